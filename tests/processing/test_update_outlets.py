"""foodaccess:updateoutlets through Processing: a layer fetched from a replayed Overpass, tagged by hand,
refreshed after OpenStreetMap changed (outlets added, removed, moved, renamed, re-tagged)."""

import copy
import hashlib
import os
import shutil
import stat
import subprocess

import pytest
from feedback import RecordingFeedback
from overpass_replay import Element, OverpassReplay, read_pbf, replay_server
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from foodaccess.core.geodesy import haversine_m
from foodaccess.qgis_compat import FieldType

MONACO_EXTENT = "7.40,7.44,43.72,43.76 [EPSG:4326]"

# The outlets the scenario changes (Monaco extract, nodes fetched with the default categories).
HAND_LOCAL = "node/267885935"  # Marché U: ticked local by hand, unchanged in OSM
HAND_CATEGORY = "node/1661243623"  # Maison Mullot: bakery set to greengrocer by hand; OSM re-tags it butcher
RETAGGED = "node/1712696722"  # L'Épi d'Or: bakery re-tagged shop=deli in OSM
MOVED = "node/3665709453"  # Solis Bio: moved about 111 m north in OSM
RENAMED = "node/1864120676"  # Petit Casino renamed Casino Shop in OSM
REMOVED = "node/7111828565"  # Boulangerie Costa: deleted from OSM
CONVERGED = "node/268113123"  # Spar: ticked organic by hand; OSM adds organic=yes
NEW_NODE_ID = 99000000001


@pytest.fixture(scope="module")
def elements(monaco_pbf):
    return read_pbf(monaco_pbf)


def changed_osm(elements):
    """The Monaco extract after a year of mapping: the changes the scenario expects."""
    changed = copy.deepcopy(elements)
    nodes = changed["node"]

    def node(source_id):
        return nodes[int(source_id.split("/")[1])]

    node(HAND_CATEGORY).tags["shop"] = "butcher"
    node(RETAGGED).tags["shop"] = "deli"
    node(MOVED).lat += 0.001
    node(RENAMED).tags["name"] = "Casino Shop"
    node(CONVERGED).tags["organic"] = "yes"
    del nodes[int(REMOVED.split("/")[1])]
    nodes[NEW_NODE_ID] = Element(
        "node",
        NEW_NODE_ID,
        {"shop": "bakery", "name": "Nouvelle boulangerie"},
        version=1,
        timestamp=1700000000,
        lat=43.7360,
        lon=7.4210,
    )
    return changed


def overpass_parameters(server, **more):
    return {
        "EXTENT": MONACO_EXTENT,
        "OVERPASS_URL": server.url + "/api/interpreter",
        "USE_CACHE": False,
        **more,
    }


def file_digest(path):
    with open(path, "rb") as stream:
        return hashlib.sha256(stream.read()).hexdigest()


def features_by_id(path):
    layer = QgsVectorLayer(str(path), "outlets", "ogr")
    assert layer.isValid()
    return {feature["source_id"]: feature for feature in layer.getFeatures()}


def tag_by_hand(path, edits):
    """Hand edits as the attribute table would make them: {source_id: {field: value}}."""
    layer = QgsVectorLayer(str(path), "outlets", "ogr")
    assert layer.startEditing()
    for feature in layer.getFeatures():
        for name, value in edits.get(feature["source_id"], {}).items():
            assert layer.changeAttributeValue(feature.id(), layer.fields().lookupField(name), value)
    assert layer.commitChanges()


@pytest.fixture
def tagged_layer(run_algorithm, elements, tmp_path):
    """A layer fetched from the replayed Overpass, then tagged by hand."""
    path = tmp_path / "outlets.gpkg"
    with replay_server(OverpassReplay(elements)) as server:
        run_algorithm("fetchoutlets", {**overpass_parameters(server), "OUTPUT": str(path)})
    tag_by_hand(
        path, {HAND_LOCAL: {"local": True}, HAND_CATEGORY: {"category": "greengrocer"}, CONVERGED: {"organic": True}}
    )
    return path


def report_rows(result):
    report = result["REPORT"]
    if isinstance(report, str):
        report = QgsVectorLayer(report, "report", "ogr")
    return sorted(
        (feature["change"], feature["source_id"], feature["name"], feature["before"], feature["after"])
        for feature in report.getFeatures()
    )


KEPT_HAND_EDITS = [
    ("kept_hand_edit", HAND_CATEGORY, "Maison Mullot", "category=butcher", "category=greengrocer"),
    ("kept_hand_edit", HAND_LOCAL, "Marché U", "local=false", "local=true"),
]


def test_refresh_keeps_hand_edits_reports_changes_and_is_idempotent(run_algorithm, elements, tagged_layer):
    feedback = RecordingFeedback()
    solis = elements["node"][int(MOVED.split("/")[1])]
    lon, lat, moved_lat = round(solis.lon, 7), round(solis.lat, 7), round(solis.lat + 0.001, 7)
    with replay_server(OverpassReplay(changed_osm(elements))) as server:
        result = run_algorithm(
            "updateoutlets",
            overpass_parameters(server, INPUT=str(tagged_layer), REPORT="memory:"),
            feedback=feedback,
        )
        assert report_rows(result) == sorted(
            KEPT_HAND_EDITS
            + [
                ("closed", REMOVED, "Boulangerie Costa", "open", "closed"),
                ("moved", MOVED, "Solis Bio", f"{lon:.6f} {lat:.6f}", f"{lon:.6f} {moved_lat:.6f}"),
                ("new", f"node/{NEW_NODE_ID}", "Nouvelle boulangerie", "", "bakery"),
                ("recategorised", RETAGGED, "L'Épi d'Or", "category=bakery", "category=deli"),
                ("renamed", RENAMED, "Casino Shop", "Petit Casino", "Casino Shop"),
            ]
        )
        assert any("1 new, 1 closed, 1 moved, 1 renamed, 1 re-categorised" in info for info in feedback.infos)
        assert any("2 hand edits kept" in info for info in feedback.infos)

        outlets = features_by_id(tagged_layer)
        assert outlets[HAND_LOCAL]["local"] is True and outlets[HAND_LOCAL]["src_local"] is False
        assert outlets[HAND_CATEGORY]["category"] == "greengrocer"
        assert outlets[HAND_CATEGORY]["src_category"] == "butcher"
        assert outlets[CONVERGED]["organic"] is True and outlets[CONVERGED]["src_organic"] is True
        assert outlets[RETAGGED]["category"] == "deli" and outlets[RETAGGED]["src_category"] == "deli"
        assert outlets[RENAMED]["name"] == "Casino Shop"
        assert outlets[REMOVED]["status"] == "closed" and not outlets[REMOVED]["closed_at"].isNull()
        new = outlets[f"node/{NEW_NODE_ID}"]
        assert new["status"] == "open" and new["category"] == "bakery" and new["src_category"] == "bakery"
        point = outlets[MOVED].geometry().asPoint()
        assert haversine_m(point.x(), point.y(), lon, moved_lat) < 0.01
        assert sum(1 for feature in outlets.values() if feature["status"] == "open") == 27
        assert all(feature["edit_age_years"] >= 0 for feature in outlets.values() if feature["status"] == "open")
        assert any(info.startswith("Freshness:") for info in feedback.infos)

        # Again with the same source: the file does not change, the hand edits are still reported.
        digest = file_digest(tagged_layer)
        again = run_algorithm("updateoutlets", overpass_parameters(server, INPUT=str(tagged_layer), REPORT="memory:"))
    assert file_digest(tagged_layer) == digest
    assert report_rows(again) == sorted(KEPT_HAND_EDITS)


class CancellingFeedback(QgsProcessingFeedback):
    def __init__(self, cancel_at):
        super().__init__()
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._on_progress)

    def _on_progress(self, value):
        if value >= self.cancel_at:
            self.cancel()


@pytest.mark.parametrize("cancel_at", [30, 90], ids=["while-fetching", "while-planning"])
def test_cancel_leaves_the_file_byte_identical(run_algorithm, elements, tagged_layer, cancel_at):
    digest = file_digest(tagged_layer)
    with replay_server(OverpassReplay(changed_osm(elements))) as server:
        with pytest.raises(QgsProcessingException, match="Cancelled"):
            run_algorithm(
                "updateoutlets",
                overpass_parameters(server, INPUT=str(tagged_layer), REPORT="memory:"),
                feedback=CancellingFeedback(cancel_at),
            )
    assert file_digest(tagged_layer) == digest


def test_a_source_of_another_area_is_refused(run_algorithm, elements, tagged_layer):
    """Everything would be closed: refused, nothing written."""
    digest = file_digest(tagged_layer)
    emptied = {"node": {}, "way": {}, "relation": {}}
    with replay_server(OverpassReplay(emptied)) as server:
        with pytest.raises(QgsProcessingException, match=r"would close 27 of the 27 open outlets.*another area"):
            run_algorithm("updateoutlets", overpass_parameters(server, INPUT=str(tagged_layer), REPORT="memory:"))
    assert file_digest(tagged_layer) == digest


def test_a_layer_without_source_id_is_refused(run_algorithm, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string&field=category:string", "shops", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Épicerie", "convenience"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(7.42, 43.73)))
    layer.dataProvider().addFeatures([feature])
    path = tmp_path / "shops.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), options)
    with pytest.raises(QgsProcessingException, match=r"The layer shops has no field source, source_id"):
        run_algorithm("updateoutlets", {"INPUT": str(path), "OSM_FILE": "", "REPORT": "memory:"})


def test_a_read_only_geopackage_is_refused(run_algorithm, monaco_pbf, tagged_layer):
    digest = file_digest(tagged_layer)
    os.chmod(tagged_layer, stat.S_IRUSR | stat.S_IRGRP)
    immutable = False
    try:
        if os.access(tagged_layer, os.W_OK):  # root may write read-only files, not immutable ones
            immutable = shutil.which("chattr") is not None and (
                subprocess.run(["chattr", "+i", str(tagged_layer)], capture_output=True).returncode == 0
            )
        if os.access(tagged_layer, os.W_OK):
            pytest.skip("cannot make a file read-only for this user")
        with pytest.raises(QgsProcessingException, match=r"cannot be changed \(.*outlets.gpkg is read-only\)"):
            run_algorithm("updateoutlets", {"INPUT": str(tagged_layer), "OSM_FILE": monaco_pbf, "REPORT": "memory:"})
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(tagged_layer)], check=True)
        os.chmod(tagged_layer, stat.S_IRUSR | stat.S_IWUSR)
    assert file_digest(tagged_layer) == digest


def test_a_read_only_layer_is_refused(run_algorithm, monaco_pbf, tagged_layer):
    layer = QgsVectorLayer(str(tagged_layer), "outlets", "ogr")
    layer.setReadOnly(True)
    with pytest.raises(QgsProcessingException, match=r"The layer outlets cannot be changed"):
        run_algorithm("updateoutlets", {"INPUT": layer, "OSM_FILE": monaco_pbf, "REPORT": "memory:"})


def test_unsaved_edits_are_refused_and_kept(run_algorithm, monaco_pbf, tagged_layer):
    layer = QgsVectorLayer(str(tagged_layer), "my outlets", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert layer.startEditing()
        fid = next(layer.getFeatures()).id()
        assert layer.changeAttributeValue(fid, layer.fields().lookupField("category"), "bakery")
        with pytest.raises(QgsProcessingException, match="The layer my outlets has unsaved edits"):
            run_algorithm("updateoutlets", {"INPUT": layer, "OSM_FILE": monaco_pbf, "REPORT": "memory:"})
        assert layer.isModified() and layer.getFeature(fid)["category"] == "bakery"
        layer.rollBack()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_newer_directory_refreshes_directory_rows(run_algorithm, tmp_path):
    """Directory rows are matched by source_id, then by name and distance when renumbered."""
    fields = "&".join(
        f"field={name}:{kind}"
        for name, kind in (
            ("source", "string"),
            ("source_id", "string"),
            ("name", "string"),
            ("category", "string"),
            ("local", "boolean"),
            ("organic", "boolean"),
        )
    )

    def directory_layer(path, rows):
        layer = QgsVectorLayer(f"Point?crs=EPSG:4326&{fields}", "directory", "memory")
        features = []
        for values, (lon, lat) in rows:
            feature = QgsFeature(layer.fields())
            feature.setAttributes(values)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), options)
        return str(path)

    layer_path = directory_layer(
        tmp_path / "layer.gpkg",
        [
            (["directory", "1", "Ferme des Lilas", "farm_shop", True, False], (5.40, 43.30)),
            (["directory", "2", "Le Panier Bio", "organic", False, True], (5.41, 43.30)),
            (["directory", "3", "Chez Paul", "bakery", False, False], (5.42, 43.30)),
        ],
    )
    tag_by_hand(layer_path, {"3": {"local": True}})
    newer = directory_layer(
        tmp_path / "newer.gpkg",
        [
            (["directory", "7", "Ferme des Lilas", "farm_shop", True, False], (5.4001, 43.30)),  # renumbered
            (["directory", "2", "Le Panier Bio", "organic", False, True], (5.41, 43.30)),
            (["directory", "3", "Chez Paul", "bakery", False, False], (5.42, 43.30)),
        ],
    )
    result = run_algorithm("updateoutlets", {"INPUT": layer_path, "DIRECTORY": newer, "REPORT": "memory:"})
    rows = report_rows(result)
    assert [row[:2] for row in rows] == [("kept_hand_edit", "3"), ("moved", "7")]
    outlets = features_by_id(layer_path)
    assert set(outlets) == {"7", "2", "3"} and outlets["3"]["local"] is True
    assert all(feature["status"] == "open" for feature in outlets.values())


def test_the_added_fields_have_the_schema_types(run_algorithm, monaco_pbf, tmp_path):
    path = tmp_path / "outlets.gpkg"
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "OUTPUT": str(path)})
    run_algorithm("updateoutlets", {"INPUT": str(path), "OSM_FILE": monaco_pbf, "REPORT": "memory:"})
    layer = QgsVectorLayer(str(path), "outlets", "ogr")
    fields = layer.fields()
    assert fields.field("status").type() == FieldType.String
    assert fields.field("closed_at").type() == FieldType.DateTime
    assert fields.field("src_local").type() == FieldType.Bool
    assert fields.field("edit_age_years").type() == FieldType.Double
    assert layer.crs() == QgsCoordinateReferenceSystem("EPSG:4326")


def test_fetch_logs_the_freshness_share(run_algorithm, monaco_pbf, tmp_path):
    """The share of outlets whose last OSM edit is more than 3 years older than the extract's newest edit."""
    path = tmp_path / "outlets.gpkg"
    feedback = RecordingFeedback()
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "OUTPUT": str(path)}, feedback=feedback)
    stamps = [feature["osm_timestamp"].toSecsSinceEpoch() for feature in features_by_id(path).values()]
    stale = sum(1 for stamp in stamps if (max(stamps) - stamp) / 86400 / 365.25 > 3)
    expected = f"Freshness: {stale} of {len(stamps)} open OpenStreetMap outlets ({100 * stale / len(stamps):.0f}%)"
    assert 0 < stale < len(stamps)
    assert any(info.startswith(expected) for info in feedback.infos)
