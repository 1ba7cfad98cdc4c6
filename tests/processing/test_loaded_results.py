"""What a user sees when a result loads into the project (dialog, runAndLoadResults): every layer
to load exists (no red "not correctly generated" line), styled, named, and stacked points above
lines above polygons."""

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorLayer,
)


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
