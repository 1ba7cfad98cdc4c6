"""Pure-Python domain code of Food Access.

Nothing in this package imports ``qgis``: it is unit-tested without QGIS.
Optional heavy packages (requests, scipy, networkx, geopandas) are imported
inside the functions that need them, so that the plugin loads without them
and the dependency guard can say what is missing.
"""
