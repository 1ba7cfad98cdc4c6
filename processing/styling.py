"""The bundled styles (``resources/styles/*.qml``) and how outputs get them.

A layer in the project is styled directly with ``apply_style``. An algorithm
output is styled when Processing loads it into the project, through a
QgsProcessingLayerPostProcessorInterface (``style_on_completion``), which
also works for outputs of models. Legend texts follow the user's language.
"""

import json
import os

from qgis.core import (
    QgsMapLayer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from ..core.errors import FoodAccessError
from ..core.outlets.taxonomy import load_taxonomy
from ..i18n import user_language
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
        raise FoodAccessError("Only a valid vector layer can get a Food Access style.")
    message, loaded = layer.loadNamedStyle(style_path(style), STYLE_CATEGORIES)
    if not loaded:
        raise FoodAccessError(f"Cannot load the style {style_path(style)}: {message}")
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


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a bundled style to an output once Processing has loaded it into the project."""

    def __init__(self, style, taxonomy_path=None, name_field=None):
        super().__init__()
        self.style = style
        self.taxonomy_path = taxonomy_path
        self.name_field = name_field

    def postProcessLayer(self, layer, context, feedback):
        try:
            apply_style(layer, self.style, taxonomy_path=self.taxonomy_path, name_field=self.name_field)
        except FoodAccessError as error:
            feedback.reportError(str(error))


def style_on_completion(context, destination, style, taxonomy_path=None, name_field=None):
    """Style the output ``destination`` (the id an algorithm's sink returned) when it is loaded into the project.

    For algorithms of any owner: ``style_on_completion(context, dest_id, styling.OUTLETS)`` after creating the sink.
    Returns False when the output is not going to be loaded (qgis_process, outputs of a model kept internal).
    """
    if not context.willLoadLayerOnCompletion(destination):
        return False
    processor = StylePostProcessor(style, taxonomy_path, name_field)
    _POST_PROCESSORS.append(processor)
    context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
    return True
