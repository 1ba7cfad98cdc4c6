"""The bundled styles (``resources/styles/*.qml``), the styles built from a run's settings (access
times, service areas) and how outputs get them.

A layer in the project is styled directly with ``apply_style``. An algorithm
output is styled when Processing loads it into the project, through a
QgsProcessingLayerPostProcessorInterface (``style_on_completion``,
``style_access_on_completion``, ``style_service_areas_on_completion``), which
also works for outputs of models and puts the layer among the others by
geometry: points above lines above polygons. Legend texts follow the user's language.
"""

import json
import os

from qgis.core import (
    QgsFeatureRequest,
    QgsGradientColorRamp,
    QgsLayerTreeLayer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core.errors import DataFileError, FoodAccessError, InputError
from ..core.outlets.schema import OUTLET_REQUIRED_FIELDS
from ..core.outlets.taxonomy import load_taxonomy
from ..i18n import error_message, tr, user_language
from ..paths import PLUGIN_DIR

STYLES_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")
CLASSIFIED_AREAS = "classified_areas"
PRIORITY_AREAS = "priority_areas"
OUTLETS = "outlets"
STYLES = (CLASSIFIED_AREAS, PRIORITY_AREAS, OUTLETS)
# The planning algorithms' outputs (suggestsites, scenario): styled on completion, not offered by styleareas.
SUGGESTED_SITES = "suggested_sites"
SCENARIO_ORIGINS = "scenario_origins"
SCENARIO_AREAS = "scenario_areas"
STYLE_CATEGORIES = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling

# The label of classified areas: the area's name, then the share of people beyond the threshold.
SHARE_LABEL = (
    "CASE WHEN attribute('share_low_access') IS NULL THEN '' "
    "ELSE '\\n' || format_number(attribute('share_low_access'), 0) || ' %' END"
)
# The area and outlet styles are rule-based: one rule per class or taxonomy category (its rule key is the
# value), with the plain symbol, and one rule per mark (priority outline; organic ring, local triangle) drawn
# above them, so the legend shows each class once and each mark once. Outlets of a category the style
# lacks share the 'other_category' rule: styling never reads the layer's data, which a model may still be writing.

# Post-processors must outlive the algorithm that registers them (models run
# child algorithms on temporary instances): they live here until QGIS exits.
_POST_PROCESSORS = []


def style_path(style):
    return os.path.join(STYLES_DIR, style + ".qml")


def legend_labels(style, language=None):
    """{rule key: legend text} of a bundled style in ``language`` (the user's).

    English for a language the plugin does not ship.
    """
    with open(os.path.join(STYLES_DIR, "legend.json"), encoding="utf-8") as stream:
        texts = json.load(stream).get(style, {})
    language = language or user_language()
    return {value: labels.get(language) or labels["en"] for value, labels in texts.items()}


def detect_style(layer):
    """The bundled style that fits a layer, from its fields: class → classified areas, category → outlets."""
    names = set(layer.fields().names())
    if "class" in names and "share_low_access" in names:
        return CLASSIFIED_AREAS
    if "category" in names:
        return OUTLETS
    return PRIORITY_AREAS


def name_label(field_name):
    """Label expression showing the value of ``field_name``."""
    return f"coalesce(to_string(\"{field_name.replace(chr(34), chr(34) * 2)}\"), '')"


def apply_style(layer, style, language=None, taxonomy_path=None, name_field=None):
    """Load a bundled style on ``layer`` and word its legend in ``language``."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise InputError("Only a valid vector layer can get a Food Access style.")
    message, loaded = layer.loadNamedStyle(style_path(style), STYLE_CATEGORIES)
    if not loaded:
        raise DataFileError("Cannot load the style {path}: {message}", path=style_path(style), message=message)
    language = language or user_language()
    if isinstance(layer.renderer(), QgsRuleBasedRenderer):
        labels = legend_labels(style, language)
        if style == OUTLETS:
            taxonomy = load_taxonomy(taxonomy_path)
            labels.update((category.id, category.label(language)) for category in taxonomy.categories)
        # Worded on a copy set back on the layer: a legend already shown (Layers panel) then refreshes.
        renderer = layer.renderer().clone()
        for rule in renderer.rootRule().children():
            if rule.ruleKey() in labels:
                rule.setLabel(labels[rule.ruleKey()])
        layer.setRenderer(renderer)
    if name_field and layer.labeling() is not None:
        settings = layer.labeling().settings()
        expression = name_label(name_field)
        settings.fieldName = expression + " || " + SHARE_LABEL if style == CLASSIFIED_AREAS else expression
        settings.isExpression = True
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.triggerRepaint()
    layer.emitStyleChanged()


# Access times: upper bounds (minutes) of the classes, nearest first, and their colours (ColorBrewer's
# colour-blind-safe RdBu, blue near, red far); origins without a measure (status other than ok) are grey.
ACCESS_CLASSES_MIN = (5, 10, 15, 20, 30)
ACCESS_COLOURS = ("#2166ac", "#67a9cf", "#d1e5f0", "#fddbc7", "#ef8a62", "#b2182b")
NO_MEASURE_COLOUR = "#9e9e9e"
# Service areas: nearest band dark blue to farthest light green (ColorBrewer's YlGnBu), outlines without fill,
# the nearest drawn last (on top): filled bands, even translucent, stacked over the classified areas and hid
# their classes (seen after the model run on the sample).
BAND_NEAREST, BAND_FARTHEST = QColor("#253494"), QColor("#7fcdbb")
BAND_OUTLINE_MM = 0.8
# Stacking of loaded layers: outlets above other points (origins), points above lines above polygons above
# anything else (rasters, groups).
OUTLET_RANK = -1
GEOMETRY_RANK = {
    QgsWkbTypes.GeometryType.PointGeometry: 0,
    QgsWkbTypes.GeometryType.LineGeometry: 1,
    QgsWkbTypes.GeometryType.PolygonGeometry: 2,
}
OTHER_RANK = 3


def _symbol(layer, colour):
    """The default symbol of the layer's geometry in ``colour``: small outlined dots, or plain fills."""
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(colour))
    if isinstance(symbol, QgsMarkerSymbol):
        symbol.setSize(2.4)
        symbol.symbolLayer(0).setStrokeColor(QColor("#404040"))
        symbol.symbolLayer(0).setStrokeWidth(0.15)
    elif layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
        symbol.symbolLayer(0).setStrokeColor(QColor(colour).darker(130))
        symbol.symbolLayer(0).setStrokeWidth(0.1)
    return symbol


def _rule_renderer(rules):
    """A rule-based renderer of (symbol, label, filter expression or None for ELSE) rules, in legend order."""
    root = QgsRuleBasedRenderer.Rule(None)
    for symbol, label, expression in rules:
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression or "", label)
        if expression is None:
            rule.setIsElse(True)  # only then: setIsElse() also replaces the filter with ELSE
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def apply_access_style(layer, time_field="time_min"):
    """Colour the origins of an access layer by their time to the nearest outlet (classes of minutes)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or layer.fields().lookupField(time_field) < 0:
        raise InputError(
            "The access style needs a valid layer with the field {field} (an output of Access to the nearest outlet).",
            field=time_field,
        )
    field = f'"{time_field}"'
    rules, low = [], None
    for high, colour in zip(ACCESS_CLASSES_MIN, ACCESS_COLOURS):
        if low is None:
            label, expression = tr("{high} min or less").format(high=high), f"{field} <= {high}"
        else:
            label, expression = (
                tr("{low}–{high} min").format(low=low, high=high),
                f"{field} > {low} AND {field} <= {high}",
            )
        rules.append((_symbol(layer, colour), label, expression))
        low = high
    rules.append((_symbol(layer, ACCESS_COLOURS[-1]), tr("more than {low} min").format(low=low), f"{field} > {low}"))
    rules.append((_symbol(layer, NO_MEASURE_COLOUR), tr("no measure (see the status field)"), None))
    layer.setRenderer(_rule_renderer(rules))
    layer.triggerRepaint()
    layer.emitStyleChanged()


def apply_service_area_style(layer, thresholds, unit, statistic=None):
    """One outlined band per threshold (nearest darkest and drawn on top); with ``statistic`` ('median'),
    only the rows of that statistic are drawn (walk + public transport areas also hold a percentile)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise InputError("Only a valid vector layer can get a Food Access style.")
    ramp = QgsGradientColorRamp(BAND_NEAREST, BAND_FARTHEST)
    ordered = sorted(thresholds)
    rules = []
    for index, threshold in enumerate(ordered):
        colour = ramp.color(index / max(len(ordered) - 1, 1))
        symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.PolygonGeometry)
        symbol.setColor(colour)
        symbol.symbolLayer(0).setBrushStyle(Qt.BrushStyle.NoBrush)
        symbol.symbolLayer(0).setStrokeColor(colour)
        symbol.symbolLayer(0).setStrokeWidth(BAND_OUTLINE_MM)
        expression = f'"threshold" = {threshold!r}'
        if statistic:
            expression += f" AND \"statistic\" = '{statistic}'"
        rules.append((symbol, tr("within {threshold:g} {unit}").format(threshold=threshold, unit=unit), expression))
    renderer = _rule_renderer(rules)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("threshold", False)]))
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    layer.emitStyleChanged()


def _rank(node):
    layer = node.layer() if isinstance(node, QgsLayerTreeLayer) else None
    if isinstance(layer, QgsVectorLayer):
        rank = GEOMETRY_RANK.get(layer.geometryType(), 0)
        if rank == 0 and all(layer.fields().lookupField(name) >= 0 for name in OUTLET_REQUIRED_FIELDS):
            return OUTLET_RANK
        return rank
    return OTHER_RANK


def place_by_geometry(layer, project):
    """Move the layer's node, among its siblings, just below the last one of a lower rank (outlets above other
    points, points above lines above polygons), so that no loaded result hides under another, also when several
    results were added at once before their post-processing (a model's outputs on QGIS 3.40, as a block on top).
    Only the layers above the first raster or group count: base maps stay below."""
    node = project.layerTreeRoot().findLayer(layer.id())
    if node is None:
        return
    parent = node.parent()
    siblings = [child for child in parent.children() if child is not node]
    rank = _rank(node)
    stack_end = next((index for index, child in enumerate(siblings) if _rank(child) == OTHER_RANK), len(siblings))
    lower = [index for index, child in enumerate(siblings[:stack_end]) if _rank(child) < rank]
    position = lower[-1] + 1 if lower else 0
    current = parent.children().index(node)
    if current == position:
        return
    # Inserted before the old node goes (the layer stays in the tree throughout).
    parent.insertChildNode(position if position < current else position + 1, node.clone())
    parent.removeChildNode(node)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles an output once Processing has loaded it into the project (``style`` is a function of the
    layer), then stacks it by geometry."""

    def __init__(self, style):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):
        try:
            self.style(layer)
        except FoodAccessError as error:
            feedback.reportError(error_message(error))
        place_by_geometry(layer, context.project() or QgsProject.instance())


def _on_completion(context, destination, style):
    """Call ``style(layer)`` on the output ``destination`` when it is loaded; False if it is not going to be."""
    if not context.willLoadLayerOnCompletion(destination):
        return False
    processor = StylePostProcessor(style)
    _POST_PROCESSORS.append(processor)
    context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
    return True


def style_on_completion(context, destination, style, taxonomy_path=None, name_field=None):
    """Style the output ``destination`` (the id an algorithm's sink returned) when it is loaded into the project.

    For algorithms of any owner: ``style_on_completion(context, dest_id, styling.OUTLETS)`` after creating the sink.
    Returns False when the output is not going to be loaded (qgis_process, outputs of a model kept internal).
    """
    return _on_completion(
        context,
        destination,
        lambda layer: apply_style(layer, style, taxonomy_path=taxonomy_path, name_field=name_field),
    )


def style_access_on_completion(context, destination):
    """Colour an access layer by time to the nearest outlet when it is loaded."""
    return _on_completion(context, destination, apply_access_style)


def style_service_areas_on_completion(context, destination, thresholds, unit, statistic=None):
    """One band per threshold on service areas when they are loaded (see apply_service_area_style)."""
    return _on_completion(
        context, destination, lambda layer: apply_service_area_style(layer, thresholds, unit, statistic)
    )
