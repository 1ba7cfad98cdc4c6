"""Pure-Python domain code of Food Access, in layers that only import downward.

- shared modules (this folder): ``errors`` (typed errors), ``progress`` (progress and cancel),
  ``http`` (requests to remote services: retries, Retry-After, proxy), ``arrays``, ``text``,
  ``geodesy``, ``wkb``: they import nothing of the sub-packages;
- ``osm``: OpenStreetMap formats (PBF reading, GDAL's tags): shared modules only;
- ``outlets`` (where food is sold) and ``walk`` (the street network and walking engine): ``osm`` and
  the shared modules, never each other;
- ``transit``: timetables and walk + public transport access, on top of ``walk``;
- ``areas``: classification of areas and priority areas (QPV), on top of all the others.

Nothing here imports ``qgis`` (tests/test_architecture.py checks both rules): it is unit-tested
without QGIS. Optional heavy packages (requests, scipy, networkx) are imported inside the functions
that need them, so that the plugin loads without them and the dependency guard can say what is
missing.
"""
