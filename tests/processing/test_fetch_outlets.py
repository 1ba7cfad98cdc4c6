"""foodaccess:fetchoutlets through Processing: the Monaco extract, Overpass replay, errors, cancel."""

import json
import os
import subprocess
import uuid
from pathlib import Path

import pytest
from overpass_replay import OverpassReplay, read_pbf, replay_server
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from foodaccess.core.outlets.schema import OUTLET_FIELD_NAMES
from foodaccess.core.outlets.taxonomy import load_taxonomy
from foodaccess.paths import cache_directory
from foodaccess.qgis_compat import FieldType

REPO = Path(__file__).resolve().parents[2]
MONACO_EXTENT = "7.40,7.44,43.72,43.76 [EPSG:4326]"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@pytest.fixture(scope="module")
def replay(monaco_pbf):
    return OverpassReplay(read_pbf(monaco_pbf))


def outlets_of(path):
    layer = QgsVectorLayer(str(path), "outlets", "ogr")
    assert layer.isValid()
    return layer, {feature["source_id"]: feature for feature in layer.getFeatures()}


def test_file_mode_writes_the_outlet_schema(run_algorithm, monaco_pbf, tmp_path):
    output = tmp_path / "outlets.gpkg"
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "OUTPUT": str(output)})
    layer, outlets = outlets_of(output)
    assert tuple(layer.fields().names())[1:] == OUTLET_FIELD_NAMES  # after the GeoPackage fid
    assert layer.crs() == QgsCoordinateReferenceSystem("EPSG:4326")
    assert layer.wkbType() == QgsWkbTypes.Type.Point
    assert layer.fields().field("organic").type() == FieldType.Bool
    assert layer.fields().field("osm_timestamp").type() == FieldType.DateTime
    assert len(outlets) == 27
    solis = outlets["node/3665709453"]
    assert solis["organic"] and solis["category"] == "supermarket" and solis["source"] == "osm"
    assert solis["osm_timestamp"].toString("yyyy-MM-ddTHH:mm:ss") == "2020-05-06T18:52:44"
    assert json.loads(solis["tags"])["organic"] == "only"
    assert sum(1 for feature in outlets.values() if feature["organic"]) == 1
    market = outlets["way/1106783860"]
    assert market["category"] == "marketplace" and market.geometry().type() == QgsWkbTypes.GeometryType.PointGeometry


def test_overpass_mode_gives_the_same_outlets_as_the_file(run_algorithm, monaco_pbf, replay, tmp_path):
    from_file = tmp_path / "file.gpkg"
    from_overpass = tmp_path / "overpass.gpkg"
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "EXTENT": MONACO_EXTENT, "OUTPUT": str(from_file)})
    with replay_server(replay) as server:
        run_algorithm(
            "fetchoutlets",
            {
                "EXTENT": MONACO_EXTENT,
                "OVERPASS_URL": server.url + "/api/interpreter",
                "USE_CACHE": False,
                "OUTPUT": str(from_overpass),
            },
        )
    assert len(server.requests) == 1
    _layer, file_outlets = outlets_of(from_file)
    _layer, overpass_outlets = outlets_of(from_overpass)
    assert set(file_outlets) == set(overpass_outlets) and len(file_outlets) > 20
    for source_id, feature in file_outlets.items():
        other = overpass_outlets[source_id]
        for name in ("category", "subcategory", "organic", "local", "name", "address", "osm_timestamp", "tags"):
            assert feature[name] == other[name], (source_id, name)
        assert feature.geometry().asPoint().distance(other.geometry().asPoint()) < 1e-6


def to_crs(geometry, crs):
    geometry = QgsGeometry(geometry)
    geometry.transform(QgsCoordinateTransform(WGS84, QgsCoordinateReferenceSystem(crs), QgsProject.instance()))
    return geometry


def test_extent_in_another_crs_and_area_layer(run_algorithm, monaco_pbf, tmp_path):
    everything = tmp_path / "all.gpkg"
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "OUTPUT": str(everything)})
    _layer, all_outlets = outlets_of(everything)

    # Condamine and Fontvieille as a Web Mercator extent: Mercator keeps a lon/lat rectangle a rectangle
    condamine = QgsRectangle(7.415, 43.728, 7.422, 43.734)
    mercator = to_crs(QgsGeometry.fromRect(condamine), "EPSG:3857").boundingBox()
    extent = f"{mercator.xMinimum()},{mercator.xMaximum()},{mercator.yMinimum()},{mercator.yMaximum()} [EPSG:3857]"
    in_extent = tmp_path / "extent.gpkg"
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "EXTENT": extent, "OUTPUT": str(in_extent)})
    _layer, extent_outlets = outlets_of(in_extent)
    expected = {key for key, f in all_outlets.items() if condamine.contains(f.geometry().asPoint())}
    assert set(extent_outlets) == expected and 0 < len(expected) < len(all_outlets)

    # the area: a triangle in a Lambert-93 layer
    triangle = QgsGeometry.fromWkt("POLYGON((7.415 43.728,7.422 43.728,7.415 43.734,7.415 43.728))")
    area = QgsVectorLayer("Polygon?crs=EPSG:2154", "area", "memory")
    feature = QgsFeature()
    feature.setGeometry(to_crs(triangle, "EPSG:2154"))
    area.dataProvider().addFeatures([feature])
    in_area = tmp_path / "area.gpkg"
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "AREA": area, "OUTPUT": str(in_area)})
    _layer, area_outlets = outlets_of(in_area)
    # Lambert-93 bends the triangle's edges slightly: judge the points far enough from them
    edges = QgsGeometry(triangle.constGet().boundary())
    near_edge = {key for key, f in all_outlets.items() if edges.distance(f.geometry()) < 1e-5}
    expected = {key for key, f in all_outlets.items() if triangle.contains(f.geometry())}
    assert set(area_outlets) - near_edge == expected - near_edge
    assert 0 < len(area_outlets) < len(extent_outlets)


def test_lambert93_extent_clips_to_the_rectangle_drawn(run_algorithm, monaco_pbf, tmp_path):
    """A Lambert-93 rectangle is turned by about 3 degrees in lon/lat at Monaco: its WGS 84 bounding
    box holds outlets outside the rectangle, which must be left out."""
    everything = tmp_path / "all.gpkg"
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "OUTPUT": str(everything)})
    _layer, all_outlets = outlets_of(everything)
    rectangle = QgsRectangle(1055300, 6302000, 1056300, 6303500)  # metres, EPSG:2154
    expected = {
        key for key, f in all_outlets.items() if rectangle.contains(to_crs(f.geometry(), "EPSG:2154").asPoint())
    }
    extent = f"{rectangle.xMinimum()},{rectangle.xMaximum()},{rectangle.yMinimum()},{rectangle.yMaximum()} [EPSG:2154]"
    output = tmp_path / "lambert93.gpkg"
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "EXTENT": extent, "OUTPUT": str(output)})
    _layer, outlets = outlets_of(output)
    assert set(outlets) == expected and 0 < len(expected) < len(all_outlets)

    far_area = QgsVectorLayer("Polygon?crs=EPSG:4326", "area", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((7.40 43.72,7.41 43.72,7.41 43.725,7.40 43.72))"))
    far_area.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="EXTENT and the AREA do not overlap"):
        run_algorithm(
            "fetchoutlets",
            {"OSM_FILE": monaco_pbf, "EXTENT": extent, "AREA": far_area, "OUTPUT": str(tmp_path / "never.gpkg")},
        )


def test_categories_and_custom_taxonomy(run_algorithm, monaco_pbf, tmp_path):
    bundled = load_taxonomy()
    output = tmp_path / "some.gpkg"
    chosen = [bundled.ids.index("bakery"), bundled.ids.index("fast_food")]
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "CATEGORIES": chosen, "OUTPUT": str(output)})
    _layer, outlets = outlets_of(output)
    counts = {}
    for feature in outlets.values():
        counts[feature["category"]] = counts.get(feature["category"], 0) + 1
    assert counts == {"bakery": 5, "fast_food": 18}

    # a custom taxonomy: keeps "bakery", adds "newsagent" (default true) that the list cannot show
    document = json.loads(Path(bundled.path).read_text(encoding="utf-8"))
    document["categories"] = [c for c in document["categories"] if c["id"] == "bakery"] + [
        {
            "id": "newsagent",
            "label": {"en": "Newsagent", "fr": "Maison de la presse"},
            "group": "less_healthy",
            "default": True,
            "tags": [{"key": "shop", "value": "newsagent"}, {"key": "shop", "value": "kiosk"}],
        }
    ]
    custom = tmp_path / "taxonomy.json"
    custom.write_text(json.dumps(document), encoding="utf-8")
    feedback = Feedback()
    output = tmp_path / "custom.gpkg"
    run_algorithm(
        "fetchoutlets",
        {"OSM_FILE": monaco_pbf, "TAXONOMY": str(custom), "CATEGORIES": chosen, "OUTPUT": str(output)},
        feedback=feedback,
    )
    _layer, outlets = outlets_of(output)
    assert {f["category"] for f in outlets.values()} == {"bakery", "newsagent"}
    assert sum(1 for f in outlets.values() if f["category"] == "newsagent") == 8  # 3 newsagents + 5 kiosks
    assert any("has no category fast_food" in warning for warning in feedback.warnings)


class Feedback(QgsProcessingFeedback):
    """Records warnings and progress; cancels when progress reaches ``cancel_at``."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.warnings, self.progress_values = [], []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._on_progress)

    def _on_progress(self, value):
        self.progress_values.append(value)
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)


def test_progress_is_reported(run_algorithm, monaco_pbf, tmp_path):
    feedback = Feedback()
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "OUTPUT": str(tmp_path / "o.gpkg")}, feedback=feedback)
    values = feedback.progress_values
    # GDAL reports reading by blocks of the file (one for this small extract), then the layer is written
    assert values == sorted(values) and values[-1] == 100 and any(0 < value < 100 for value in values)


@pytest.mark.parametrize("cancel_at", [10, 90], ids=["while-reading", "while-writing"])
def test_cancel_leaves_no_output_file(run_algorithm, monaco_pbf, tmp_path, cancel_at):
    output = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm(
            "fetchoutlets", {"OSM_FILE": monaco_pbf, "OUTPUT": str(output)}, feedback=Feedback(cancel_at=cancel_at)
        )
    assert not output.exists()


def test_empty_answer_is_a_warning_and_a_valid_empty_layer(run_algorithm, replay, tmp_path):
    feedback = Feedback()
    output = tmp_path / "empty.gpkg"
    with replay_server(replay) as server:  # the middle of the sea: nothing there
        run_algorithm(
            "fetchoutlets",
            {
                "EXTENT": "7.50,7.51,43.60,43.61 [EPSG:4326]",
                "USE_CACHE": False,
                "OVERPASS_URL": server.url + "/api/interpreter",
                "OUTPUT": str(output),
            },
            feedback=feedback,
        )
    layer, outlets = outlets_of(output)
    assert outlets == {} and layer.fields().names()[1:] == list(OUTLET_FIELD_NAMES)
    assert any("No outlet" in warning for warning in feedback.warnings)


def test_cache_is_used_by_default(run_algorithm, replay, tmp_path):
    extent = "7.4190,7.4230,43.7300,43.7340 [EPSG:4326]"
    with replay_server(replay) as server:
        url = f"{server.url}/{uuid.uuid4().hex}/api/interpreter"  # a server the profile's cache has never seen
        for name in ("first", "second"):
            run_algorithm(
                "fetchoutlets", {"EXTENT": extent, "OVERPASS_URL": url, "OUTPUT": str(tmp_path / f"{name}.gpkg")}
            )
    assert len(server.requests) == 1
    assert outlets_of(tmp_path / "first.gpkg")[1].keys() == outlets_of(tmp_path / "second.gpkg")[1].keys()
    folder = Path(cache_directory())
    assert folder.parent.parent == Path(QgsApplication.qgisSettingsDirPath())  # <profile>/cache/foodaccess
    entries = [json.loads(meta.read_text()) for meta in folder.glob("*.meta.json")]
    assert [entry["url"] for entry in entries].count(url) == 1


@pytest.mark.parametrize(
    "parameters, message",
    [
        ({"OSM_FILE": "/nowhere/monaco.osm.pbf"}, r"OSM file '/nowhere/monaco\.osm\.pbf' does not exist"),
        ({}, "Give an EXTENT or an AREA"),
    ],
    ids=["missing-osm-file", "no-extent"],
)
def test_bad_inputs_give_clear_errors(run_algorithm, tmp_path, parameters, message):
    output = tmp_path / "never.gpkg"
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("fetchoutlets", {**parameters, "OUTPUT": str(output)})
    assert not output.exists()


def test_broken_taxonomy_names_the_file(run_algorithm, monaco_pbf, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"categories": [{"id": "bakery", "label": {"en": "Bakery"}, "group": "yummy"}]}')
    with pytest.raises(QgsProcessingException, match=r"broken\.json.*'bakery'.*group"):
        run_algorithm(
            "fetchoutlets", {"OSM_FILE": monaco_pbf, "TAXONOMY": str(broken), "OUTPUT": str(tmp_path / "o.gpkg")}
        )


@pytest.mark.slow
def test_qgis_process_reads_the_monaco_file(monaco_pbf, tmp_path):
    output = tmp_path / "outlets.gpkg"
    # dev/qgis_process uses the development profile, in which the plugin is enabled
    environment = {key: value for key, value in os.environ.items() if key != "QGIS_CUSTOM_CONFIG_PATH"}
    completed = subprocess.run(
        [
            str(REPO / "dev" / "qgis_process"),
            "run",
            "foodaccess:fetchoutlets",
            "--",
            f"OSM_FILE={monaco_pbf}",
            "CATEGORIES=0,1,5,6",
            f"OUTPUT={output}",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "outlets: bakery 5, convenience 8, marketplace 3, supermarket 8." in completed.stdout + completed.stderr
    _layer, outlets = outlets_of(output)
    assert len(outlets) == 24
