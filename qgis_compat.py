"""What differs between the supported QGIS and Qt versions (3.22 to QGIS 4 on Qt 6), in one place.

Each name below is the right form for the running QGIS; the comment says which versions need which form.
Code elsewhere writes scoped enums (``Qt.AlignmentFlag.AlignLeft``), imports Qt through ``qgis.PyQt`` and
uses ``exec()``: PyQt5 5.15 (QGIS 3.22) and PyQt6 (QGIS 4) both accept those, and
tests/test_qgis4_ready.py keeps the Qt 5-only forms out of every file but this one.
"""

from qgis.core import Qgis, QgsFeatureRequest, QgsProcessingAlgorithm, QgsProcessingParameterDefinition
from qgis.PyQt.QtCore import QT_VERSION_STR

__all__ = [
    "ADVANCED_PARAMETER",
    "NO_GEOMETRY",
    "NO_GEOMETRY_CHECK",
    "NO_THREADING",
    "OPTIONAL_PARAMETER",
    "QT6",
    "FieldType",
    "QAction",
    "enum_value",
    "keep_step_output_names",
    "model_output_name",
    "parameter_as_fields",
    "save_style_to_database",
    "set_label_text_format",
    "set_legend_text_format",
]

QT6 = int(QT_VERSION_STR.split(".")[0]) >= 6

# Field types: QGIS 3.38 moved QgsField from QVariant.Type to QMetaType.Type, the only one PyQt6 (QGIS 4)
# has; QGIS 3.22 to 3.36 accept only QVariant.Type. ``FieldType.String`` (Int, LongLong, Double, Bool,
# DateTime) is the right one for QgsField(...) and for comparing with ``field.type()``.
if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    class FieldType:
        String = QMetaType.Type.QString
        Int = QMetaType.Type.Int
        LongLong = QMetaType.Type.LongLong
        Double = QMetaType.Type.Double
        Bool = QMetaType.Type.Bool
        DateTime = QMetaType.Type.QDateTime

else:  # Qt 5 only: never reached on QGIS 4
    from qgis.PyQt.QtCore import QVariant

    class FieldType:
        String = QVariant.String
        Int = QVariant.Int
        LongLong = QVariant.LongLong
        Double = QVariant.Double
        Bool = QVariant.Bool
        DateTime = QVariant.DateTime


# QAction (a menu or toolbar action): in QtWidgets on Qt 5 (QGIS 3), in QtGui on Qt 6 (QGIS 4).
if QT6:
    from qgis.PyQt.QtGui import QAction
else:
    from qgis.PyQt.QtWidgets import QAction

# Flags of processing parameters and algorithms and of feature requests: QGIS 3.36 moved them to
# Qgis.ProcessingParameterFlag, Qgis.ProcessingAlgorithmFlag and Qgis.FeatureRequestFlag; the
# QgsProcessingParameterDefinition.Flag, QgsProcessingAlgorithm.Flag and QgsFeatureRequest.Flag spellings
# of 3.22 to 3.34 are deprecated since and may be gone in QGIS 4.
if Qgis.QGIS_VERSION_INT >= 33600:
    ADVANCED_PARAMETER = Qgis.ProcessingParameterFlag.Advanced
    OPTIONAL_PARAMETER = Qgis.ProcessingParameterFlag.Optional
    NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
    NO_GEOMETRY = Qgis.FeatureRequestFlag.NoGeometry
else:
    ADVANCED_PARAMETER = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    OPTIONAL_PARAMETER = QgsProcessingParameterDefinition.Flag.FlagOptional
    NO_THREADING = QgsProcessingAlgorithm.Flag.FlagNoThreading
    NO_GEOMETRY = QgsFeatureRequest.Flag.NoGeometry


# Invalid geometries: NO_GEOMETRY_CHECK turns off Processing's own check on a source. On QGIS 3.22 that check
# throws a C++ exception from inside the feature iterator, which the Python bindings do not catch: it unwinds
# through the interpreter's frames, the algorithm never sees it, and the next run in the same process crashes.
# Algorithms read with it off and check validity themselves (QGIS 3.36 moved the enum to Qgis).
if Qgis.QGIS_VERSION_INT >= 33600:
    NO_GEOMETRY_CHECK = Qgis.InvalidGeometryCheck.NoCheck
else:  # never reached on QGIS 4
    NO_GEOMETRY_CHECK = QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck


def enum_value(member):
    """The integer value of a Qt or QGIS enum member: PyQt5's members are ints already, PyQt6's are Python
    enums, and int() fails on those that are flags (Qt.AlignmentFlag, for one)."""
    return int(getattr(member, "value", member))


def model_output_name(model, child_id, output_name):
    """The name of the model parameter for the output ``output_name`` of the model step ``child_id``, or
    None when the model has no such output.

    QGIS 3.22 names it ``child_id:output_name`` and records nothing else; later QGIS record the step and
    output in the parameter's metadata (_modelChildId, _modelChildOutputName) and name the outputs of a
    model made in code after their descriptions ("Food access map" becomes food_access_map).
    """
    for definition in model.destinationParameterDefinitions():
        metadata = definition.metadata()
        if metadata.get("_modelChildId") == child_id and metadata.get("_modelChildOutputName") == output_name:
            return definition.name()
    legacy = f"{child_id}:{output_name}"
    return legacy if model.parameterDefinition(legacy) is not None else None


def keep_step_output_names(model):
    """Name the outputs of ``model`` ``child_id:output_name`` on every QGIS, as QGIS 3.22 does.

    Later QGIS name the outputs of a model made in code after their descriptions and save it as
    internal_version Version2, while a model file without that version (any file QGIS 3.22 saved) keeps
    the step names: set back to Version1, a model built in code keeps the parameter names its users
    pass (qgis_process, scripts) whichever QGIS builds it. Returns ``model``.
    """
    definition = model.toVariant()
    if definition.get("internal_version", "Version1") != "Version1":
        definition["internal_version"] = "Version1"
        model.loadVariant(definition)
    return model


def parameter_as_fields(algorithm, parameters, name, context):
    """The field names chosen in the field parameter ``name``: QgsProcessingAlgorithm.parameterAsStrings since
    QGIS 3.32, which deprecated parameterAsFields, the only one QGIS 3.22 has."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def save_style_to_database(layer, name, description, use_as_default):
    """Save the layer's style into its data source (a GeoPackage's layer_styles table); the error message,
    empty when it was saved. QGIS 3.44 deprecates saveStyleToDatabase, the only one QGIS 3.22 has, for
    saveStyleToDatabaseV2, which also returns what was saved."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        _saved, error = layer.saveStyleToDatabaseV2(name, description, use_as_default, "")
        return error
    return layer.saveStyleToDatabase(name, description, use_as_default, "")


def set_label_text_format(label, text_format):
    """Font, size and colour of a layout label: QgsLayoutItemLabel.setTextFormat since QGIS 3.24, which
    deprecated the setFont and setFontColor that QGIS 3.22 has only."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(text_format)
    else:
        label.setFont(text_format.toQFont())
        label.setFontColor(text_format.color())


def set_legend_text_format(legend, component, text_format):
    """Font and size of one part of a layout legend (title, group, item labels): each part's QgsLegendStyle
    has a text format since QGIS 3.30, which deprecated QgsLayoutItemLegend.setStyleFont, the only way on
    QGIS 3.22 (where the format's colour is not applied: the legend's font colour, black, stays)."""
    style = legend.rstyle(component)
    if hasattr(style, "setTextFormat"):
        style.setTextFormat(text_format)
    else:
        legend.setStyleFont(component, text_format.toQFont())
