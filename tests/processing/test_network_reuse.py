"""A street network from a file is found again by the file's state, without reading it: the next run on the same file
takes the network kept in memory; a file changed on disk, unsaved edits, a selection or a filter are read anew."""

import re

import pytest
from feedback import RecordingFeedback
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from walk_data import line_layer, point_layer, porto_alegre

from foodaccess.core.walk.network import build_network
from foodaccess.processing.street_network import RECENT_NETWORKS

STREETS = 300


@pytest.fixture(scope="module")
def poa(shared_data):
    return porto_alegre(shared_data)


@pytest.fixture
def streets_file(poa, tmp_path, qgis_app):
    """A GeoPackage of Porto Alegre streets, as a user saves a network layer; the memory is emptied first."""
    RECENT_NETWORKS.clear()
    path = tmp_path / "streets.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        line_layer(poa["lines"][:STREETS]), str(path), QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError
    yield path
    RECENT_NETWORKS.clear()


def walk_network(run_algorithm, poa, network=None, osm_file=None):
    """(nodes, from_cache) the log of an accesstimes run on the ``network`` layer or the ``osm_file`` reports."""
    feedback = RecordingFeedback()
    lines = poa["lines"]
    parameters = {
        "ORIGINS": point_layer(lines[0][:1] + 0.0001),
        "OUTLETS": point_layer(lines[1][:1]),
        "OUTPUT": "memory:",
        **({"OSM_FILE": str(osm_file)} if osm_file else {"NETWORK": network}),
    }
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())  # for a selection, given by the layer's id
    run_algorithm("accesstimes", parameters, feedback=feedback, context=context)
    line = next(info for info in feedback.infos if info.startswith("Street network:"))
    return int(re.search(r"(\d+) nodes", line).group(1)), "(from the cache)" in line


def nodes_of(lines, projection_of):
    return build_network([projection_of.forward(line) for line in lines], projection_of).node_count


def test_a_rerun_on_the_same_file_takes_the_network_kept_in_memory(run_algorithm, poa, streets_file):
    layer = QgsVectorLayer(str(streets_file), "streets", "ogr")
    nodes, from_cache = walk_network(run_algorithm, poa, layer)
    assert not from_cache
    kept = RECENT_NETWORKS.kept()[-1]
    assert kept.node_count == nodes == nodes_of(poa["lines"][:STREETS], kept.projection)
    # The next run, with the layer loaded anew from the same file: nothing read, the same network object.
    again = QgsVectorLayer(str(streets_file), "streets", "ogr")
    assert walk_network(run_algorithm, poa, again) == (nodes, True)
    assert RECENT_NETWORKS.kept()[-1] is kept


def test_a_file_changed_on_disk_is_read_again(run_algorithm, poa, streets_file):
    layer = QgsVectorLayer(str(streets_file), "streets", "ogr")
    nodes, _ = walk_network(run_algorithm, poa, layer)
    # Another program (here OGR through a second layer) deletes the second half of the streets.
    writer = QgsVectorLayer(str(streets_file), "writer", "ogr")
    ids = sorted(feature.id() for feature in writer.getFeatures(QgsFeatureRequest().setNoAttributes()))
    assert writer.dataProvider().deleteFeatures(ids[STREETS // 2 :])
    del writer
    fewer, from_cache = walk_network(run_algorithm, poa, QgsVectorLayer(str(streets_file), "streets", "ogr"))
    assert not from_cache
    kept = RECENT_NETWORKS.kept()[-1]
    assert fewer == nodes_of(poa["lines"][: STREETS // 2], kept.projection) < nodes


def test_unsaved_edits_a_selection_and_a_filter_are_read_not_taken_from_memory(run_algorithm, poa, streets_file):
    layer = QgsVectorLayer(str(streets_file), "streets", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        nodes, _ = walk_network(run_algorithm, poa, layer)
        half = sorted(feature.id() for feature in layer.getFeatures())[: STREETS // 2]
        # A selection of half the streets.
        layer.selectByIds(half)
        # (their networks may be in the disk cache from an earlier session: found by the content read, not by the file)
        selected, _ = walk_network(run_algorithm, poa, QgsProcessingFeatureSourceDefinition(layer.id(), True))
        assert selected == nodes_of(poa["lines"][: STREETS // 2], RECENT_NETWORKS.kept()[-1].projection) < nodes
        layer.removeSelection()
        # Unsaved edits: the other half deleted in the edit buffer.
        layer.startEditing()
        layer.deleteFeatures(sorted(set(feature.id() for feature in layer.getFeatures()) - set(half)))
        assert walk_network(run_algorithm, poa, layer)[0] == selected
        layer.rollBack()
        # A filter (subset string): a network of its own, kept under its own key.
        layer.setSubsetString(f"fid <= {STREETS // 2}")
        filtered, from_cache = walk_network(run_algorithm, poa, layer)
        assert not from_cache and filtered == selected
        layer.setSubsetString("")
        # (opening the GeoPackage for editing may touch the file: then read again, which is right)
        assert walk_network(run_algorithm, poa, layer)[0] == nodes
        assert walk_network(run_algorithm, poa, layer) == (nodes, True)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_an_osm_file_rerun_takes_the_network_kept_in_memory(run_algorithm, poa, tmp_path, qgis_app):
    RECENT_NETWORKS.clear()
    extract = tmp_path / "extract.osm.pbf"
    extract.write_bytes(open(poa["pbf"], "rb").read())
    nodes, _ = walk_network(run_algorithm, poa, osm_file=extract)
    kept = RECENT_NETWORKS.kept()
    assert [network.node_count for network in kept] == [nodes] == [19069]
    assert walk_network(run_algorithm, poa, osm_file=extract) == (nodes, True)
    assert RECENT_NETWORKS.kept()[0] is kept[0]
    RECENT_NETWORKS.clear()
