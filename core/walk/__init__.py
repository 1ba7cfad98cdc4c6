"""The walking engine: the street network built from OSM or any line layer (``network``), points
tied to it (``snap``, with the spatial ``index``), shortest paths from outlets (``routing``),
straight-line distances (``geodesic``), service-area polygons (``service_areas``, drawn by
``polygons`` or ``grid_outline``) and the settings the algorithms share (``settings``: defaults,
metres and minutes). Imports ``osm`` and the shared modules of ``core``, never
``outlets`` or above."""
