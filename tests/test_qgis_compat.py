"""qgis_compat: each name works on the running QGIS, the same way on every supported version."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, Qt

from foodaccess.processing.style_areas import StyleAreas
from foodaccess.qgis_compat import (
    ADVANCED_PARAMETER,
    NO_GEOMETRY,
    NO_THREADING,
    QAction,
    enum_value,
    keep_step_output_names,
    model_output_name,
)


def test_model_output_name_is_the_name_this_qgis_gives_the_output(buffer_model):
    model = buffer_model("Buffered areas")
    name = model_output_name(model, "buffer", "buffered")
    # buffer:buffered on QGIS 3.22, buffered_areas (from the description) on later QGIS.
    assert [definition.name() for definition in model.destinationParameterDefinitions()] == [name]
    assert model_output_name(model, "buffer", "missing") is None
    assert model_output_name(model, "missing", "buffered") is None


def test_kept_step_output_names_are_the_same_on_every_qgis_and_run(buffer_model, tmp_path):
    import processing

    model = keep_step_output_names(buffer_model("Buffered areas"))
    assert model_output_name(model, "buffer", "buffered") == "buffer:buffered"
    assert [definition.name() for definition in model.destinationParameterDefinitions()] == ["buffer:buffered"]
    assert [output.name() for output in model.outputDefinitions()] == ["buffer:buffered"]
    areas = QgsVectorLayer("Polygon?crs=EPSG:2154", "areas", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,100 0,100 100,0 100,0 0))"))
    areas.dataProvider().addFeatures([feature])
    destination = str(tmp_path / "buffered.gpkg")
    results = processing.run(
        model,
        {"areas": areas, "buffer:buffered": destination},
        feedback=QgsProcessingFeedback(),
        context=QgsProcessingContext(),
    )
    assert results["buffer:buffered"].split("|")[0] == destination


def test_enum_value_is_the_int_of_a_qt_enum_member():
    assert enum_value(Qt.AlignmentFlag.AlignCenter) == 0x0084
    assert enum_value(Qt.Key.Key_L) == ord("L")
    assert type(enum_value(Qt.ItemDataRole.UserRole)) is int


def test_qaction_comes_from_the_running_qt():
    action = QAction("Tag")
    assert isinstance(action, QObject) and action.text() == "Tag"


def test_the_flags_mark_a_parameter_advanced_an_algorithm_main_thread_a_request_without_geometry():
    parameter = QgsProcessingParameterNumber("SPEED", "Speed")
    assert not parameter.flags() & ADVANCED_PARAMETER
    parameter.setFlags(parameter.flags() | ADVANCED_PARAMETER)
    assert parameter.flags() & ADVANCED_PARAMETER
    assert StyleAreas().flags() & NO_THREADING
    assert QgsFeatureRequest().setFlags(NO_GEOMETRY).flags() & NO_GEOMETRY
