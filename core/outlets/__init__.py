"""Food outlets: their schema (``schema``) and taxonomy (``taxonomy``), and every source of them:
Overpass (``overpass``), a local OSM extract (``osm_file``), both through ``osm_builder``; a local
directory (``directory``) placed by the geocoder (``geocoder``); and the merge of sources
(``merge``). Imports ``osm`` and the shared modules of ``core``, never ``walk`` or above."""
