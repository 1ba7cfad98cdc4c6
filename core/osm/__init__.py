"""OpenStreetMap formats: the PBF reader for route relations (``pbf``) and the tags of GDAL's OSM
driver (``tags``). Imports only the shared modules of ``core``."""
