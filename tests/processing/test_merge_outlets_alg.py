"""mergeoutlets on the real OSM outlets of Monaco and a directory that repeats some of them."""

import math

import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from foodaccess.core.osm.tags import feature_tags
from foodaccess.core.outlets.schema import OUTLET_FIELDS
from foodaccess.core.outlets.taxonomy import load_taxonomy

OGR_TYPES = {
    "string": (ogr.OFTString, ogr.OFSTNone),
    "bool": (ogr.OFTInteger, ogr.OFSTBoolean),
    "datetime": (ogr.OFTDateTime, ogr.OFSTNone),
}
NOT_TAGS = {"osm_id", "osm_way_id", "other_tags", "z_order"}


def osm_outlets(pbf):
    """The food outlets of the extract, read with GDAL's OSM driver and classified with the taxonomy."""
    taxonomy = load_taxonomy()
    dataset = gdal.OpenEx(pbf, gdal.OF_VECTOR)
    outlets = []
    for layer_name, kind in (("points", "node"), ("multipolygons", "way")):
        layer = dataset.GetLayerByName(layer_name)
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        for feature in layer:
            fields = {n: feature.GetField(n) for n in names if n not in NOT_TAGS}
            tags = feature_tags(fields, feature.GetField("other_tags"))
            found = taxonomy.classify(tags, set(taxonomy.default_ids))
            if not found:
                continue
            point = feature.GetGeometryRef().PointOnSurface()
            osm_id = feature.GetField("osm_id") or feature.GetField("osm_way_id")
            values = {
                "source": "osm",
                "source_id": f"{kind}/{osm_id}",
                "name": tags.get("name"),
                "category": found[0].id,
                "subcategory": found[1] or None,
                **taxonomy.flags(tags),
                "brand": tags.get("brand"),
                "opening_hours": tags.get("opening_hours"),
            }
            outlets.append((values, point.GetX(), point.GetY()))
    return outlets


def write_outlets(path, outlets, epsg):
    """A GeoPackage in the outlet schema; positions given in WGS 84, stored in EPSG:``epsg``."""
    wgs84, target = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    target.ImportFromEPSG(epsg)
    for srs in (wgs84, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(wgs84, target)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("outlets", target, ogr.wkbPoint)
    for field in OUTLET_FIELDS:
        definition = ogr.FieldDefn(field.name, OGR_TYPES[field.type][0])
        definition.SetSubType(OGR_TYPES[field.type][1])
        layer.CreateField(definition)
    for values, lon, lat in outlets:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in values.items():
            if value is not None:
                feature.SetField(name, value)
        x, y, _ = transform.TransformPoint(lon, lat)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def moved(lon, lat, metres, bearing_degrees):
    """The point ``metres`` away on the sphere in the given direction (0 = north)."""
    delta, theta = metres / 6371008.8, math.radians(bearing_degrees)
    phi1, lambda1 = math.radians(lat), math.radians(lon)
    phi2 = math.asin(math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(theta))
    lambda2 = lambda1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi1), math.cos(delta) - math.sin(phi1) * math.sin(phi2)
    )
    return math.degrees(lambda2), math.degrees(phi2)


def directory_entry(name, category, lon, lat, number, **values):
    base = {
        "source": "directory",
        "source_id": f"D{number}",
        "name": name,
        "category": category,
        "organic": False,
        "local": False,
    }
    base.update(values)
    return base, lon, lat


# (OSM name, directory name, category, metres, bearing, extra values, should merge)
REPEATED = (
    ("Carrefour City", "Carrefour city", "supermarket", 12, 0, {}, True),
    ("Marché U", "MARCHE U", "supermarket", 8, 90, {"local": True}, True),
    ("L'Épi d'Or", "Boulangerie L'Épi d'Or", "bakery", 18, 200, {"subcategory": "pastry"}, True),
    ("Solis Bio", "Solis Bio", "organic", 20, 180, {"organic": True}, True),
    ("Gladys", "Gladys Primeur", "greengrocer", 10, 270, {}, True),
    ("Spar", "SPAR", "supermarket", 25, 45, {"address": "Avenue des Spélugues"}, True),  # 34 m in EPSG:3857 units
    ("Formia", "Boucherie du Port", "butcher", 15, 90, {}, False),  # near, another name
    ("Casino", "Casino", "supermarket", 2400, 30, {}, False),  # same name, far away
    ("Utile", "Utile", "supermarket", 45, 160, {}, False),  # same name, beyond 30 m
)


@pytest.fixture(scope="module")
def osm(monaco_pbf):
    return osm_outlets(monaco_pbf)


def by_name(outlets, name):
    matches = [(lon, lat) for values, lon, lat in outlets if values["name"] == name]
    assert len(matches) >= 1, name
    return matches[0]


def test_directory_merges_with_real_osm_outlets(run_algorithm, tmp_path, osm):
    directory = []
    for number, (osm_name, name, category, metres, bearing, extra, _) in enumerate(REPEATED, start=1):
        directory.append(
            directory_entry(name, category, *moved(*by_name(osm, osm_name), metres, bearing), number, **extra)
        )
    directory.append(directory_entry("Ferme des Moneghetti", "farm_shop", 7.4151, 43.7398, 99, local=True))
    osm_path = write_outlets(tmp_path / "osm.gpkg", osm, 4326)
    directory_path = write_outlets(tmp_path / "directory.gpkg", directory, 3857)  # metres ≠ CRS units

    results = run_algorithm(
        "mergeoutlets",
        {
            "LAYERS": [osm_path, directory_path],
            "OUTPUT": str(tmp_path / "merged.gpkg"),
            "MERGE_REPORT": str(tmp_path / "report.gpkg"),
        },
    )
    merged_layer = QgsVectorLayer(results["OUTPUT"], "merged", "ogr")
    assert merged_layer.crs().authid() == "EPSG:4326"  # the first layer's CRS
    merged = list(merged_layer.getFeatures())
    expected_merges = [entry for entry in REPEATED if entry[-1]]
    assert len(merged) == len(osm) + len(directory) - len(expected_merges)

    both = {f["name"]: f for f in merged if f["source"] == "osm+directory"}
    assert set(both) == {entry[0] for entry in expected_merges}  # OSM's name and position win
    for osm_name, *_ in expected_merges:
        feature = both[osm_name]
        osm_values = next(values for values, *_ in osm if values["name"] == osm_name)
        number = REPEATED.index(next(e for e in REPEATED if e[0] == osm_name)) + 1
        assert feature["source_id"] == f"{osm_values['source_id']};D{number}"
        point = feature.geometry().asPoint()
        assert (point.x(), point.y()) == pytest.approx(by_name(osm, osm_name), abs=1e-9)
    assert both["Marché U"]["local"] is True  # flags OR-ed
    assert both["Solis Bio"]["organic"] is True
    assert both["Solis Bio"]["category"] == "supermarket"  # as specific as "organic": the first layer wins
    assert both["Gladys"]["category"] == "greengrocer"  # greengrocer (1 tag) is more specific than convenience (3)
    assert (both["L'Épi d'Or"]["category"], both["L'Épi d'Or"]["subcategory"]) == ("bakery", "pastry")
    assert both["Spar"]["address"] == "Avenue des Spélugues"  # filled from the directory
    assert sum(1 for f in merged if f["name"] == "Casino") == 2 and sum(1 for f in merged if f["name"] == "Utile") == 2

    report = list(QgsVectorLayer(results["MERGE_REPORT"], "report", "ogr").getFeatures())
    merged_rows = [r for r in report if r["decision"] == "merged"]
    assert sorted(r["name_a"] for r in merged_rows) == sorted(e[0] for e in expected_merges)
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")
    for row in merged_rows:
        entry = next(e for e in REPEATED if e[0] == row["name_a"])
        assert row["source_a"] == "osm" and row["source_b"] == "directory" and row["name_b"] == entry[1]
        start = QgsPointXY(*by_name(osm, entry[0]))
        end = QgsPointXY(*moved(*by_name(osm, entry[0]), entry[3], entry[4]))
        assert row["distance_m"] == pytest.approx(measure.measureLine(start, end), rel=0.005)
        assert row["merged_source_id"].endswith(f";{row['source_id_b']}")
    apart = [r for r in report if r["name_b"] == "Boucherie du Port" and r["name_a"] == "Formia"]
    assert len(apart) == 1 and apart[0]["decision"] == "kept apart" and "names differ" in apart[0]["reason"]
    assert not any(r["name_b"] == "Casino" for r in report)  # 2.4 km: never a candidate


def test_layers_that_are_not_outlet_layers_are_refused(run_algorithm, tmp_path, osm):
    osm_path = write_outlets(tmp_path / "osm.gpkg", osm[:3], 4326)
    other = tmp_path / "other.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(other))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("points", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    dataset = None
    with pytest.raises(QgsProcessingException, match="lacks the field\\(s\\) category, local, organic"):
        run_algorithm(
            "mergeoutlets",
            {"LAYERS": [osm_path, str(other)], "OUTPUT": "TEMPORARY_OUTPUT", "MERGE_REPORT": "TEMPORARY_OUTPUT"},
        )
