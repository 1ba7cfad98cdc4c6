"""Food outlets from a local OpenStreetMap extract (.osm or .osm.pbf) read with GDAL/OGR.

GDAL's OSM driver is configured with an osmconf.ini written for the run: the
taxonomy's keys become fields (so the driver filters on them), every other
tag is kept in ``other_tags`` (nothing ignored), the last edit
(``osm_timestamp``) and version come through, and closed ways carrying an
outlet key are areas. Ways and relations become a point on their surface,
exactly as in Overpass mode (core/outlets/osm_builder.py).
"""

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone

from osgeo import gdal

from ..errors import DataFileError, InputError
from ..osm.gdal_errors import GdalErrors, incomplete_osm_file
from ..osm.tags import feature_tags
from ..progress import SILENT, Cancelled
from .osm_builder import OutletBuilder, SpatialFilter, point_on_surface, utc_now

# GDAL's default list (osmconf.ini); the taxonomy's keys are added to it.
AREA_KEYS = (
    "aeroway",
    "amenity",
    "boundary",
    "building",
    "craft",
    "geological",
    "historic",
    "landuse",
    "leisure",
    "military",
    "natural",
    "office",
    "place",
    "shop",
    "sport",
    "tourism",
    "highway=platform",
    "public_transport=platform",
)

# OGR layer -> the OSM type of its features (multipolygons hold ways and relations).
LAYER_TYPES = {"points": "node", "lines": "way", "multipolygons": "relation", "other_relations": "relation"}
LAYERS = ("points", "lines", "multilinestrings", "multipolygons", "other_relations")


def osmconf_text(keys):
    """An osmconf.ini making ``keys`` fields of every layer and keeping all other tags."""
    polygon_keys = list(AREA_KEYS) + [key for key in keys if key not in AREA_KEYS]
    lines = [
        "# Written by the Food Access plugin for one run of 'Fetch food outlets'.",
        "closed_ways_are_polygons=" + ",".join(polygon_keys),
        "attribute_name_laundering=no",
    ]
    for layer in LAYERS:
        lines += [
            f"[{layer}]",
            "osm_id=yes",
            "osm_version=yes",
            "osm_timestamp=yes",
            "osm_uid=no",
            "osm_user=no",
            "osm_changeset=no",
            "attributes=" + ",".join(keys),
            "unsignificant=created_by,converted_by",
            "ignore=",
            "other_tags=yes",
        ]
    return "\n".join(lines) + "\n"


def _sql_name(name):
    return '"' + name.replace('"', '""') + '"'


def _open(path, config_path, custom_indexing):
    if not path or not os.path.isfile(path):
        raise InputError(
            "The OSM file {path!r} does not exist: give an existing .osm or .osm.pbf file in OSM_FILE.", path=path
        )
    options = [f"CONFIG_FILE={config_path}", f"USE_CUSTOM_INDEXING={'YES' if custom_indexing else 'NO'}"]
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["OSM"], open_options=options)
        message = gdal.GetLastErrorMsg()
    except RuntimeError as error:  # another plugin turned gdal.UseExceptions() on
        dataset, message = None, str(error)
    finally:
        gdal.PopErrorHandler()
    if dataset is None and message:
        raise DataFileError(
            "GDAL cannot read {path} as an OpenStreetMap file (.osm XML or .osm.pbf): {message}. "
            "Give an OSM extract in OSM_FILE, e.g. from download.geofabrik.de or extract.bbbike.org.",
            path=path,
            message=message,
        )
    if dataset is None:
        raise DataFileError(
            "GDAL cannot read {path} as an OpenStreetMap file (.osm XML or .osm.pbf). "
            "Give an OSM extract in OSM_FILE, e.g. from download.geofabrik.de or extract.bbbike.org.",
            path=path,
        )
    return dataset


def _timestamp(feature, index):
    if index < 0 or not feature.IsFieldSetAndNotNull(index):
        return None
    year, month, day, hour, minute, second, _tz = feature.GetFieldAsDateTime(index)
    return datetime(year, month, day, hour, minute, int(second), tzinfo=timezone.utc)  # OSM times are UTC


def _element_id(feature, layer_name, way_id_index):
    """(OSM type, id) of an OGR feature of the OSM driver."""
    if layer_name == "multipolygons" and way_id_index >= 0 and feature.IsFieldSetAndNotNull(way_id_index):
        return "way", feature.GetFieldAsString(way_id_index)
    return LAYER_TYPES[layer_name], feature.GetFieldAsString("osm_id")


class _LayerReader:
    """Field positions of one layer, looked up once."""

    def __init__(self, layer, keys):
        definition = layer.GetLayerDefn()
        self.name = layer.GetName()
        self.key_indices = [(key, definition.GetFieldIndex(key)) for key in keys]
        self.other_tags = definition.GetFieldIndex("other_tags")
        self.timestamp = definition.GetFieldIndex("osm_timestamp")
        self.way_id = definition.GetFieldIndex("osm_way_id")

    def tags(self, feature):
        fields = {
            key: feature.GetFieldAsString(index)
            for key, index in self.key_indices
            if index >= 0 and feature.IsFieldSetAndNotNull(index)
        }
        other = feature.GetFieldAsString(self.other_tags) if self.other_tags >= 0 else ""
        return feature_tags(fields, other)


@dataclass
class OsmFileResult:
    """The outlets read from an OSM file, and the matching elements left out."""

    outlets: list  # OsmOutlet
    outside: int = 0  # outside the extent or area
    without_geometry: int = 0  # whose shape could not be built


def read_outlets(path, taxonomy, category_ids, bounds=None, area_wkt=None, progress=SILENT, fetched_at=None):
    """The outlets of ``category_ids`` in an OSM file, inside ``bounds`` (west, south, east,
    north, WGS 84) and ``area_wkt`` when given, as an OsmFileResult."""
    if not category_ids:
        raise InputError("No category chosen: choose at least one in CATEGORIES.")
    keys = [key for key, _values in taxonomy.tag_filters(category_ids)]
    spatial_filter = SpatialFilter(bounds, area_wkt)
    handle, config_path = tempfile.mkstemp(prefix="foodaccess-osmconf-", suffix=".ini")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(osmconf_text(keys))
    try:
        # GDAL's fast node index needs node ids in increasing order, as in extracts from Geofabrik
        # or osmium; files saved by an editor (JOSM, negative ids) are read again with the slower one.
        for custom_indexing in (True, False):
            builder = OutletBuilder(taxonomy, category_ids, fetched_at or utc_now(), spatial_filter)
            dataset = _open(path, config_path, custom_indexing)
            try:
                with GdalErrors() as errors:
                    outlets = _read(dataset, keys, builder, spatial_filter, progress)
            finally:
                dataset = None  # closes the file and the driver's temporary node index
            if not errors.messages:
                return OsmFileResult(outlets, builder.outside, builder.without_geometry)
            if not (custom_indexing and errors.unsorted_node_ids):
                break
        raise incomplete_osm_file(path, errors.messages[0])
    finally:
        os.remove(config_path)


def _read(dataset, keys, builder, spatial_filter, progress):
    readers = {}
    any_key = " OR ".join(f"{_sql_name(key)} IS NOT NULL" for key in keys)
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(index)
        if layer.GetName() in LAYER_TYPES:
            layer.SetAttributeFilter(any_key)
            if spatial_filter.bounds is not None:
                layer.SetSpatialFilterRect(*spatial_filter.bounds)
            readers[layer.GetName()] = _LayerReader(layer, keys)
        else:
            layer.SetAttributeFilter("1 = 0")  # multilinestrings: no outlet there

    cancelled = []

    def on_progress(fraction, _message, _data):
        try:
            progress.step(min(fraction, 1.0), 1.0)
        except Cancelled:
            cancelled.append(True)
            return 0
        return 1

    outlets = []
    dataset.ResetReading()
    while True:
        feature, layer = dataset.GetNextFeature(callback=on_progress)
        if cancelled:
            raise Cancelled()
        if feature is None:
            break
        reader = readers.get(layer.GetName()) if layer is not None else None
        if reader is None:
            continue
        tags = reader.tags(feature)
        match = builder.category_of(tags)
        if match is None:
            continue
        osm_type, osm_id = _element_id(feature, reader.name, reader.way_id)
        geometry = feature.GetGeometryRef()
        if reader.name == "points" and geometry is not None:
            point = (geometry.GetX(), geometry.GetY())
        else:
            point = point_on_surface(geometry)
        outlet = builder.build(osm_type, osm_id, tags, _timestamp(feature, reader.timestamp), point, match)
        if outlet is not None:
            outlets.append(outlet)
    progress.step(1, 1)
    return outlets
