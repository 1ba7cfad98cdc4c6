"""foodaccess:fetchpriorityareas against a local replay of the ANCT QPV 2024 resource."""

import uuid

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qpv_replay import FEATURES, MARSEILLE_EPCI, OFFICIAL_FIELDS, zip_reply
from servers import LoopbackServer, Reply

from foodaccess.qgis_compat import FieldType


@pytest.fixture
def qpv_server():
    with LoopbackServer(zip_reply) as server:
        server.resource = resource_url(server)
        yield server


def resource_url(server):
    """A URL no earlier run has cached: the cache (in the test profile, kept between runs) is keyed by URL, and a
    new server may get the port of an old one."""
    return f"{server.url}/fr/datasets/r/{uuid.uuid4().hex}"


def fetch(run_algorithm, server, **parameters):
    result = run_algorithm("fetchpriorityareas", {"URL": server.resource, "OUTPUT": "memory:", **parameters})
    return result["OUTPUT"]


def codes(layer):
    return sorted(feature["code_qp"] for feature in layer.getFeatures())


def test_filter_by_commune_keeps_the_official_fields(run_algorithm, qpv_server):
    layer = fetch(run_algorithm, qpv_server, COMMUNES="13055")
    assert codes(layer) == ["QN01301M", "QN01302I", "QN01303M"]
    assert layer.fields().names() == OFFICIAL_FIELDS
    assert all(field.type() == FieldType.String for field in layer.fields())
    assert layer.crs() == QgsCoordinateReferenceSystem("EPSG:4326")
    assert layer.wkbType() == QgsWkbTypes.Type.MultiPolygon
    canourgues = next(feature for feature in layer.getFeatures() if feature["code_qp"] == "QN01303M")
    assert canourgues["insee_com"] == "13055, 13070" and canourgues["lib_qp"].startswith("Les Canourgues")
    assert canourgues.geometry().boundingBox().xMinimum() == pytest.approx(5.40)


def test_epci_extent_and_arrondissement(run_algorithm, qpv_server):
    assert codes(fetch(run_algorithm, qpv_server, EPCI=MARSEILLE_EPCI)) == [
        "QN01301M",
        "QN01302I",
        "QN01303M",
        "QN01304N",
    ]
    # The extent comes in Lambert-93 and is reprojected: around Air Bel only.
    extent = "898265,898732,6246714,6247396 [EPSG:2154]"
    assert codes(fetch(run_algorithm, qpv_server, EXTENT=extent)) == ["QN01302I"]
    feedback = QgsProcessingFeedback()
    result = run_algorithm(
        "fetchpriorityareas", {"URL": qpv_server.resource, "COMMUNES": "13203", "OUTPUT": "memory:"}, feedback=feedback
    )
    assert codes(result["OUTPUT"]) == ["QN01301M", "QN01302I", "QN01303M"]
    assert "arrondissement" in feedback.textLog()
    # No filter: the whole country.
    assert len(codes(fetch(run_algorithm, qpv_server))) == len(FEATURES)


def test_download_once_then_cache(run_algorithm, qpv_server):
    fetch(run_algorithm, qpv_server, COMMUNES="75056")
    fetch(run_algorithm, qpv_server, COMMUNES="13001")
    assert len(qpv_server.requests) == 1
    fetch(run_algorithm, qpv_server, COMMUNES="13001", REFRESH=True)
    assert len(qpv_server.requests) == 2


def test_nothing_matching_is_explained(run_algorithm, qpv_server):
    with pytest.raises(QgsProcessingException, match=r"No priority neighbourhood matches communes 01053 among the 5 "):
        fetch(run_algorithm, qpv_server, COMMUNES="01053")
    with pytest.raises(QgsProcessingException, match="not a valid code"):
        fetch(run_algorithm, qpv_server, COMMUNES="1305")
    with pytest.raises(QgsProcessingException, match="EPCI: 2000548 is not a valid code"):
        fetch(run_algorithm, qpv_server, EPCI="2000548")


@pytest.mark.parametrize(
    "reply, message",
    [
        (Reply(404, b"Not Found", content_type="text/plain"), "HTTP 404"),
        (Reply(200, b"<!doctype html><title>data.gouv.fr</title>", content_type="text/html"), "not valid JSON"),
    ],
)
def test_server_problems_are_explained(run_algorithm, tmp_path, reply, message):
    with LoopbackServer(lambda request: reply) as server:
        output = tmp_path / "qpv.gpkg"
        with pytest.raises(QgsProcessingException, match=message):
            run_algorithm("fetchpriorityareas", {"URL": resource_url(server), "OUTPUT": str(output)})
    assert not output.exists()


def test_loaded_output_gets_the_priority_style(provider, qgis_iface, qgis_new_project, qpv_server):
    import processing

    processing.runAndLoadResults(
        "foodaccess:fetchpriorityareas",
        {"URL": qpv_server.resource, "COMMUNES": "13055", "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT},
    )
    layers = [layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsVectorLayer)]
    assert len(layers) == 1
    assert isinstance(layers[0].renderer(), QgsSingleSymbolRenderer)
    assert layers[0].renderer().symbol().symbolLayer(0).strokeWidth() == pytest.approx(0.9)
    assert layers[0].labelsEnabled()
