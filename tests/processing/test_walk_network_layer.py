"""NETWORK as a line layer: what is read from it (only the walking tags, other_tags parsed where needed;
plain lines straight from their WKB) gives the same network as the plain rules on every tag."""

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLineString,
    QgsMultiLineString,
    QgsPoint,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsVectorLayer,
)
from walk_data import line_layer, porto_alegre

from foodaccess.core.progress import SILENT
from foodaccess.core.walk.network import build_network
from foodaccess.processing.street_network import _network_from_layer, layer_extent


@pytest.fixture(scope="module")
def poa(shared_data):
    return porto_alegre(shared_data)


def network_of(layer):
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    return _network_from_layer(source, context, QgsProcessingFeedback(), None, SILENT)[0]


def test_an_osm_lines_layer_gives_the_network_of_every_walkable_way(poa, qgis_app):
    """GDAL's 'lines' layer of the OSM file as NETWORK (other_tags parsed only where a walking tag may
    hide) gives the same graph as the ways kept by the plain rules on all their tags (walk_data)."""
    layer = QgsVectorLayer(f"{poa['pbf']}|layername=lines", "lines", "ogr")
    assert layer.isValid()
    network = network_of(layer)
    reference = build_network([network.projection.forward(line) for line in poa["lines"]], network.projection)
    assert (network.node_count, network.edge_count) == (reference.node_count, reference.edge_count) == (19069, 26237)
    assert network.edge_length.sum() == pytest.approx(reference.edge_length.sum(), rel=1e-9)
    # The length on the ground, as the OSM file gives it (network_from_osm_file: 1,844,490.31 m).
    assert network.edge_length.sum() == pytest.approx(1844490.31, abs=0.01)


def test_multi_part_and_3d_lines_give_the_same_network_as_plain_lines(poa, qgis_app):
    """Plain 2D LineStrings are read from their WKB, the others through QGIS's polylines: the same graph."""
    lines = poa["lines"][:400]
    multi = QgsVectorLayer("MultiLineStringZ?crs=EPSG:4326&field=id:integer", "network", "memory")
    features = []
    for index in range(0, len(lines), 2):
        parts = QgsMultiLineString()
        for line in lines[index : index + 2]:
            parts.addGeometry(QgsLineString([QgsPoint(x, y, 12.5) for x, y in line]))
        feature = QgsFeature(multi.fields())
        feature.setGeometry(QgsGeometry(parts))
        feature.setAttributes([index])
        features.append(feature)
    multi.dataProvider().addFeatures(features)
    plain, parts = network_of(line_layer(lines)), network_of(multi)
    assert (parts.node_count, parts.edge_count) == (plain.node_count, plain.edge_count)
    assert parts.node_count > 400
    np.testing.assert_allclose(parts.edge_length, plain.edge_length, rtol=1e-12)


class ExtentUnknown:
    """A source whose provider does not know its extent before reading (GDAL 3.10's OSM driver in QGIS 3.40)."""

    def __init__(self, layer):
        self.layer = layer

    def sourceExtent(self):  # noqa: N802 (QGIS's name)
        return QgsRectangle(float("nan"), float("nan"), float("nan"), float("nan"))

    def getFeatures(self, request):  # noqa: N802 (QGIS's name)
        return self.layer.getFeatures(request)


def test_a_layer_that_does_not_know_its_extent_gets_it_from_its_features(poa, qgis_app):
    """The OSM 'lines' layer does not know its extent before reading: QGIS 3.22 gave an empty rectangle (the local
    projection was then centred on 0°, 0° and Porto Alegre's streets came out 36 % too long), QGIS 3.40 NaN."""
    layer = QgsVectorLayer(f"{poa['pbf']}|layername=lines", "lines", "ogr")
    found = layer_extent(ExtentUnknown(layer))
    assert -51.35 < found.xMinimum() < found.xMaximum() < -51.0 and -30.3 < found.yMinimum() < found.yMaximum() < -29.9
    assert layer_extent(QgsProcessingFeatureSource(layer, QgsProcessingContext())).center().x() < -51.0
