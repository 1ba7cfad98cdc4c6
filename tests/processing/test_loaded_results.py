"""What a user sees when a result loads into the project (dialog, runAndLoadResults): every layer
to load exists (no red "not correctly generated" line), styled, named, and stacked points above
lines above polygons."""

import os

import pytest
from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from foodaccess.paths import PLUGIN_DIR


def test_a_temporary_output_registers_only_the_layer_it_writes(provider, monaco_pbf, qgis_new_project):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, QgsProject.instance())
    processing.run(
        "foodaccess:fetchoutlets",
        {"OSM_FILE": monaco_pbf, "OUTPUT": output},
        feedback=QgsProcessingFeedback(),
        context=context,
    )
    to_load = context.layersToLoadOnCompletion()
    # Before: a second entry, "memory:Food outlets", which never exists (the red line after each dialog run).
    assert len(to_load) == 1 and not any(name.startswith("memory:") for name in to_load), list(to_load)


SAMPLE = os.path.join(PLUGIN_DIR, "resources", "sample", "monaco_sample.gpkg")


def sample_layer(name):
    layer = QgsVectorLayer(f"{SAMPLE}|layername={name}", name, "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def loaded(name):
    layers = QgsProject.instance().mapLayersByName(name)
    assert len(layers) == 1, [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    return layers[0]


def rule_labels(layer):
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer), type(layer.renderer()).__name__
    return [rule.label() for rule in layer.renderer().rootRule().children()]


def tree_order(group=None):
    return [node.name() for node in (group or QgsProject.instance().layerTreeRoot()).children()]


@pytest.mark.slow
def test_single_algorithms_load_styled_named_and_stacked(provider, qgis_iface, qgis_new_project, monaco_pbf):
    import processing

    areas = sample_layer("areas")
    origins = sample_layer("origins")
    processing.runAndLoadResults("foodaccess:fetchoutlets", {"OSM_FILE": monaco_pbf, "OUTPUT": "TEMPORARY_OUTPUT"})
    outlets = loaded("Food outlets")
    assert "Supermarket" in rule_labels(outlets), "outlets by category, fetchoutlets alone too"

    processing.runAndLoadResults(
        "foodaccess:serviceareas",
        {"OUTLETS": outlets.id(), "MODE": 0, "THRESHOLDS": "400,800,1609", "UNIT": 0, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    bands = loaded("Service areas")
    assert rule_labels(bands) == ["within 400 m", "within 800 m", "within 1609 m"]
    renderer = bands.renderer()
    assert renderer.orderByEnabled() and not renderer.orderBy().list()[0].ascending(), "the nearest band drawn last"
    outlines = [rule.symbol().symbolLayer(0) for rule in renderer.rootRule().children()]
    assert all(outline.brushStyle() == Qt.BrushStyle.NoBrush for outline in outlines), "no fill hides the areas below"
    assert len({outline.strokeColor().name() for outline in outlines}) == 3, "each band its own colour"

    processing.runAndLoadResults(
        "foodaccess:accesstimes",
        {"ORIGINS": origins.id(), "OUTLETS": outlets.id(), "MODE": 0, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    access = loaded("Access to the nearest outlet")
    labels = rule_labels(access)
    assert labels[0] == "5 min or less" and labels[-1] == "no measure (see the status field)"
    # Every origin is drawn by one rule (the ELSE rule takes those without a time).
    context = QgsRenderContext()
    renderer = access.renderer().clone()
    renderer.startRender(context, access.fields())
    assert all(renderer.willRenderFeature(feature, context) for feature in access.getFeatures())
    renderer.stopRender(context)

    # Outlets above other points, points above lines above polygons, whatever the order they were loaded in.
    order = tree_order()
    assert order.index("Food outlets") < order.index("Access to the nearest outlet") < order.index(origins.name())
    assert order.index("Service areas") > max(order.index("Food outlets"), order.index("Access to the nearest outlet"))
    assert order.index("Service areas") < order.index(areas.name()), "a new result above the older polygons"
