"""Regenerate resources/sample/monaco_sample.gpkg from resources/sample/monaco.osm.pbf.

The demo and the end-to-end tests need, beside the OSM extract itself, areas to classify and
origins with a population. Both are derived here from the extract, with GDAL only, so the
result is reproducible:

- ``areas``: the Monaco quartiers (boundary=administrative, admin_level=10) that GDAL's OSM
  driver can assemble (the extract is clipped: quartiers and communes whose boundary runs out
  of it are incomplete and left out).
- ``origins``: one point (inside the footprint) per residential building (building=apartments,
  residential, house, terrace, dormitory) with an estimated ``population``:
  footprint area x storeys / M2_PER_INHABITANT. Storeys come from ``building:levels``, else
  ``height`` / METRES_PER_STOREY, else the median storeys of the tagged residential buildings
  of the extract (recorded per building in ``levels_source``).

Run: .venv/bin/python dev/make_sample.py  (or with /usr/bin/python3 and the repo linked as foodaccess)
"""

import os
import statistics
import sys

from osgeo import gdal, ogr, osr

from foodaccess.core.osm.tags import parse_other_tags

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_DIR = os.path.join(ROOT, "resources", "sample")
PBF_PATH = os.path.join(SAMPLE_DIR, "monaco.osm.pbf")
GPKG_PATH = os.path.join(SAMPLE_DIR, "monaco_sample.gpkg")

RESIDENTIAL_BUILDINGS = ("apartments", "residential", "house", "terrace", "dormitory")
# Living space per inhabitant in France: 40 m2 (INSEE, "Les conditions de logement en France",
# edition 2017, Enquete Logement 2013: 40.3 m2 per person).
M2_PER_INHABITANT = 40.0
# Storey height used to turn an OSM ``height`` into storeys (a common planning figure).
METRES_PER_STOREY = 3.0
# Lambert-93, France's official projection, for areas in square metres (Monaco lies in its domain).
METRIC_EPSG = 2154


def _wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _to_metric():
    metric = osr.SpatialReference()
    metric.ImportFromEPSG(METRIC_EPSG)
    metric.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(_wgs84(), metric)


def _storeys_from_tags(tags):
    """(storeys, source) from building:levels or height, or (None, None)."""
    try:
        levels = float(tags["building:levels"])
        if levels > 0:
            return levels, "building:levels"
    except (KeyError, ValueError):
        pass
    try:
        height = float(tags["height"].replace("m", "").strip())
        if height > 0:
            return max(1.0, round(height / METRES_PER_STOREY)), "height"
    except (KeyError, ValueError):
        pass
    return None, None


def read_buildings(source, to_metric):
    """Residential buildings: (osm id, building type, tags, footprint polygon in WGS 84, area m2)."""
    layer = source.GetLayerByName("multipolygons")
    quoted = ",".join(f"'{kind}'" for kind in RESIDENTIAL_BUILDINGS)
    layer.SetAttributeFilter(f"building IN ({quoted})")
    buildings = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        osm_id = f"relation/{feature['osm_id']}" if feature["osm_id"] else f"way/{feature['osm_way_id']}"
        metric = geometry.Clone()
        metric.Transform(to_metric)
        tags = parse_other_tags(feature["other_tags"])
        buildings.append((osm_id, feature["building"], tags, geometry.Clone(), metric.GetArea()))
    layer.SetAttributeFilter(None)
    return buildings


def write_origins(target, buildings):
    storeys = [_storeys_from_tags(tags) for _, _, tags, _, _ in buildings]
    default_storeys = statistics.median(levels for levels, source in storeys if source == "building:levels")
    layer = target.CreateLayer("origins", _wgs84(), ogr.wkbPoint, ["FID=fid"])
    for name, kind in (
        ("osm_id", ogr.OFTString),
        ("building", ogr.OFTString),
        ("name", ogr.OFTString),
        ("footprint_m2", ogr.OFTReal),
        ("storeys", ogr.OFTReal),
        ("levels_source", ogr.OFTString),
        ("floor_m2", ogr.OFTReal),
        ("population", ogr.OFTReal),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    total = 0.0
    for (osm_id, building, tags, footprint, area), (levels, source) in zip(buildings, storeys):
        if levels is None:
            levels, source = default_storeys, "median of the extract"
        feature = ogr.Feature(layer.GetLayerDefn())
        feature["osm_id"] = osm_id
        feature["building"] = building
        feature["name"] = tags.get("name", "")
        feature["footprint_m2"] = round(area, 1)
        feature["storeys"] = levels
        feature["levels_source"] = source
        feature["floor_m2"] = round(area * levels, 1)
        population = round(area * levels / M2_PER_INHABITANT, 2)
        feature["population"] = population
        total += population
        feature.SetGeometry(footprint.PointOnSurface())
        layer.CreateFeature(feature)
    return len(buildings), default_storeys, total


def write_areas(source, target):
    layer = source.GetLayerByName("multipolygons")
    layer.SetAttributeFilter("boundary = 'administrative' AND admin_level = '10'")
    areas = target.CreateLayer("areas", _wgs84(), ogr.wkbMultiPolygon, ["FID=fid"])
    for name in ("osm_id", "name", "ref_imsee", "admin_level"):
        areas.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    count = 0
    for feature in layer:
        out = ogr.Feature(areas.GetLayerDefn())
        out["osm_id"] = f"relation/{feature['osm_id']}"
        out["name"] = feature["name"]
        out["ref_imsee"] = parse_other_tags(feature["other_tags"]).get("ref:IMSE", "")
        out["admin_level"] = feature["admin_level"]
        out.SetGeometry(ogr.ForceToMultiPolygon(feature.GetGeometryRef().Clone()))
        areas.CreateFeature(out)
        count += 1
    layer.SetAttributeFilter(None)
    return count


def main(pbf_path=PBF_PATH, gpkg_path=GPKG_PATH):
    source = gdal.OpenEx(pbf_path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if source is None:
        raise SystemExit(f"make_sample: cannot read {pbf_path}")
    if os.path.exists(gpkg_path):
        os.remove(gpkg_path)
    target = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg_path)
    area_count = write_areas(source, target)
    buildings = read_buildings(source, _to_metric())
    origin_count, default_storeys, population = write_origins(target, buildings)
    target = None
    print(
        f"{gpkg_path}: {area_count} areas, {origin_count} residential buildings, "
        f"default storeys {default_storeys:g}, estimated population {population:,.0f}"
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
