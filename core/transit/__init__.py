"""Walk + public transport: timetables from GTFS (``gtfs``) or estimated from OSM route relations
(``osm_routes``), the Connection Scan over a departure window (``scan``), the settings and their
defaults (``settings``) and access and service areas that combine it with the walking engine
(``access``). Imports ``walk``, ``osm`` and the shared modules of ``core``."""
