"""foodaccess:styleareas — apply a bundled style to a layer of the project (or to a model's output)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..core.errors import InputError
from ..qgis_compat import NO_THREADING
from .base import FoodAccessAlgorithm
from .styling import CLASSIFIED_AREAS, OUTLETS, PRIORITY_AREAS, apply_style, detect_style, style_on_completion

# Order of the STYLE enum; None: chosen from the layer's fields.
STYLE_CHOICES = (None, CLASSIFIED_AREAS, PRIORITY_AREAS, OUTLETS)
# What each bundled style draws, and the fields its symbols are chosen by: without them it would draw nothing.
STYLE_GEOMETRY = {
    CLASSIFIED_AREAS: QgsWkbTypes.GeometryType.PolygonGeometry,
    PRIORITY_AREAS: QgsWkbTypes.GeometryType.PolygonGeometry,
    OUTLETS: QgsWkbTypes.GeometryType.PointGeometry,
}
STYLE_FIELDS = {CLASSIFIED_AREAS: ("class",), PRIORITY_AREAS: (), OUTLETS: ("category",)}


def check_style_fits(layer, style, name_field):
    """Refuse a style the layer cannot show: another geometry type, missing fields, a label field it lacks."""
    geometry = QgsWkbTypes.geometryType(layer.wkbType())
    if geometry != STYLE_GEOMETRY[style]:
        raise InputError(
            "The style '{style}' is for {expected} layers, and {layer} holds {actual}: choose another STYLE.",
            style=style,
            expected=QgsWkbTypes.geometryDisplayString(STYLE_GEOMETRY[style]).lower(),
            layer=layer.name(),
            actual=QgsWkbTypes.geometryDisplayString(geometry).lower(),
        )
    names = layer.fields().names()
    missing = [name for name in STYLE_FIELDS[style] if name not in names]
    if missing:
        raise InputError(
            "The style '{style}' draws by the field {fields}, which {layer} does not have: choose another STYLE, "
            "or style the output of the matching algorithm.",
            style=style,
            fields=", ".join(missing),
            layer=layer.name(),
        )
    if name_field and layer.fields().lookupField(name_field) < 0:
        raise InputError(
            "{layer} has no field {field} (NAME_FIELD): choose one of its fields ({fields}).",
            layer=layer.name(),
            field=name_field,
            fields=", ".join(names),
        )


class StyleAreas(FoodAccessAlgorithm):
    NAME = "styleareas"
    GROUP = "styling"

    INPUT = "INPUT"
    STYLE = "STYLE"
    NAME_FIELD = "NAME_FIELD"
    OUTPUT = "OUTPUT"

    def display_name(self):
        return self.tr("Apply a Food Access style to a layer")

    def flags(self):
        # Styles a layer of the project: must run in the main thread.
        return super().flags() | NO_THREADING

    def define_parameters(self):
        self.add_parameter(
            QgsProcessingParameterVectorLayer(self.INPUT, self.tr("Layer to style")),
            self.tr("A layer of the project: classified areas, priority neighbourhoods (QPV) or outlets."),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.STYLE,
                self.tr("Style"),
                [
                    self.tr("Automatic (from the layer's fields)"),
                    self.tr("Classified areas: fill by class, priority areas outlined"),
                    self.tr("Priority neighbourhoods: outline and name"),
                    self.tr("Outlets: symbol by category, marks for organic and local"),
                ],
                defaultValue=0,
            ),
            self.tr(
                "Automatic picks 'classified areas' for a layer with class and share_low_access, 'outlets' for a "
                "layer with category, 'priority neighbourhoods' otherwise."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                self.NAME_FIELD, self.tr("Label field"), parentLayerParameterName=self.INPUT, optional=True
            ),
            self.tr("Field with the area's name for the labels. Empty: lib_qp, name, nom or libelle when present."),
            advanced=True,
        )
        self.addOutput(QgsProcessingOutputVectorLayer(self.OUTPUT, self.tr("Styled layer")))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        style = STYLE_CHOICES[self.parameterAsEnum(parameters, self.STYLE, context)] or detect_style(layer)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        check_style_fits(layer, style, name_field)
        apply_style(layer, style, name_field=name_field)
        # Inside a model the input is an earlier output, styled again when Processing loads it.
        for destination in {str(parameters.get(self.INPUT)), layer.id(), layer.source()}:
            style_on_completion(context, destination, style, name_field=name_field)
        feedback.pushInfo(self.tr("Applied the style '{style}' to {layer}.").format(style=style, layer=layer.name()))
        return {self.OUTPUT: layer.id()}
