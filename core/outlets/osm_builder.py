"""OpenStreetMap elements → outlets of the outlet schema.

Shared by the Overpass reader (core/outlets/overpass.py) and the OSM-file reader
(core/outlets/osm_file.py) so that both modes give the same outlets: same categories,
flags, attributes, the same point for a shop mapped as a building (a point on
its surface, never a bounding-box centre that may fall outside an L-shaped
building) and the same spatial filter.
"""

import json
from collections import namedtuple
from datetime import datetime, timezone

from osgeo import gdal, ogr

from ..errors import InputError
from .schema import OUTLET_FIELD_NAMES, address_from_tags

# One outlet: the schema's values in OUTLET_FIELDS order, then its WGS 84 position.
OsmOutlet = namedtuple("OsmOutlet", OUTLET_FIELD_NAMES + ("lon", "lat"))


def utc_now():
    return datetime.now(timezone.utc).replace(microsecond=0)


def point_on_surface(geometry):
    """(lon, lat) of a point inside an OGR geometry (on it, for lines), or None.

    Invalid shapes (self-intersecting rings happen in OSM) are repaired first:
    GEOS may otherwise return a point on the boundary or nothing.
    """
    if geometry is None or geometry.IsEmpty():
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        if geometry.GetDimension() == 2 and not geometry.IsValid():
            geometry = geometry.MakeValid() or geometry
        point = geometry.PointOnSurface()
        if point is None or point.IsEmpty():
            point = geometry.Centroid()
    except RuntimeError:  # GEOS failed and another plugin turned gdal.UseExceptions() on
        point = None
    finally:
        gdal.PopErrorHandler()
    if point is None or point.IsEmpty():
        return None
    return point.GetX(), point.GetY()


class SpatialFilter:
    """Keeps the outlets whose point lies in the bounds and in the area (WGS 84).

    Both modes filter the outlet's point, not the element's shape, so an
    element crossing the edge is kept or dropped the same way in each.
    """

    def __init__(self, bounds=None, area_wkt=None):
        self.bounds = tuple(bounds) if bounds else None  # (west, south, east, north)
        self.area = None
        if area_wkt:
            self.area = ogr.CreateGeometryFromWkt(area_wkt)
            if self.area is None or self.area.IsEmpty():
                raise InputError("The AREA layer has no usable polygon: give polygons that are not empty.")
            west, east, south, north = self.area.GetEnvelope()
            if self.bounds is not None:  # both: query only where they overlap
                west, south = max(west, self.bounds[0]), max(south, self.bounds[1])
                east, north = min(east, self.bounds[2]), min(north, self.bounds[3])
                if west > east or south > north:
                    raise InputError("The EXTENT and the AREA do not overlap: give one of them, or both overlapping.")
            self.bounds = (west, south, east, north)

    def __contains__(self, point):
        lon, lat = point
        if self.bounds is not None:
            west, south, east, north = self.bounds
            if not (west <= lon <= east and south <= lat <= north):
                return False
        if self.area is not None:
            location = ogr.Geometry(ogr.wkbPoint)
            location.AddPoint_2D(lon, lat)
            return self.area.Intersects(location)
        return True


class OutletBuilder:
    """Turns one OSM element (type, id, tags, last edit, point) into an OsmOutlet, or None
    when it is not in the chosen categories or lies outside the spatial filter."""

    def __init__(self, taxonomy, category_ids, fetched_at, spatial_filter=None):
        self.taxonomy = taxonomy
        self.allowed = frozenset(category_ids)
        self.fetched_at = fetched_at
        self.spatial_filter = spatial_filter or SpatialFilter()
        self.outside = 0  # matching elements dropped by the spatial filter
        self.without_geometry = 0  # matching elements whose shape could not be built

    def category_of(self, tags):
        return self.taxonomy.classify(tags, self.allowed)

    def build(self, osm_type, osm_id, tags, timestamp, point, match=None):
        """``match`` is ``category_of(tags)`` when the caller already has it."""
        match = match or self.category_of(tags)
        if match is None:
            return None
        if point is None:
            self.without_geometry += 1
            return None
        if point not in self.spatial_filter:
            self.outside += 1
            return None
        category, subcategory = match
        flags = self.taxonomy.flags(tags)
        return OsmOutlet(
            source="osm",
            source_id=f"{osm_type}/{osm_id}",
            name=tags.get("name") or None,
            category=category.id,
            subcategory=subcategory or None,
            organic=bool(flags.get("organic")),
            local=bool(flags.get("local")),
            brand=tags.get("brand") or None,
            opening_hours=tags.get("opening_hours") or None,
            address=address_from_tags(tags) or None,
            osm_timestamp=timestamp,
            tags=json.dumps(tags, ensure_ascii=False, sort_keys=True),
            fetched_at=self.fetched_at,
            lon=point[0],
            lat=point[1],
        )
