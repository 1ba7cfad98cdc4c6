"""Styles, forms and metadata of the layers of a published package (exportpackage).

The outlets and classified areas take the bundled styles (resources/styles, through styling.py);
access and service areas, which have none, get a graduated / categorised style made here. The
outlets also get an attribute form for QGIS and QField, and every layer its QGIS metadata, so the
package opens styled and documented in any QGIS, with no plugin.
"""

from qgis.core import (
    QgsAbstractMetadataBase,
    QgsCategorizedSymbolRenderer,
    QgsEditorWidgetSetup,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLayerMetadata,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRendererRange,
)

from ..core.outlets.refresh import REFRESH_FIELDS
from ..core.publish.package import ACCESS, CLASSIFIED_AREAS, OUTLETS, SERVICE_AREAS
from . import styling

# Minutes (or metres) from the nearest outlet: green near, red far.
RAMP = ("#1a9641", "#a6d96a", "#ffffbf", "#fdae61", "#d7191c")
TIME_BREAKS = (0, 5, 10, 15, 20, 10**6)
DISTANCE_BREAKS = (0, 250, 500, 1000, 2000, 10**9)
# Fields of the outlets a form shows read-only: where the outlet comes from, and what the update records.
READ_ONLY_OUTLET_FIELDS = ("source", "source_id", "osm_timestamp", "tags", "fetched_at") + tuple(
    name for name, _kind, _description in REFRESH_FIELDS
)
OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright"


def _graduated_access(layer):
    """Origins coloured by the time (or, without times, the distance) to the nearest outlet."""
    names = layer.fields().names()
    has_time = "time_min" in names and any(
        feature["time_min"] is not None and not _is_null(feature["time_min"]) for feature in layer.getFeatures()
    )
    field, breaks, unit = ("time_min", TIME_BREAKS, "min") if has_time else ("distance_m", DISTANCE_BREAKS, "m")
    ranges = []
    for index, colour in enumerate(RAMP):
        lower, upper = breaks[index], breaks[index + 1]
        label = f"{lower:g}–{upper:g} {unit}" if index < len(RAMP) - 1 else f"> {lower:g} {unit}"
        symbol = QgsMarkerSymbol.createSimple({"color": colour, "size": "2", "outline_style": "no"})
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer(field, ranges))


def _categorised_service_areas(layer):
    """One translucent colour per threshold, the smallest on top."""
    thresholds = sorted({feature["threshold"] for feature in layer.getFeatures() if not _is_null(feature["threshold"])})
    categories = []
    for index, threshold in enumerate(thresholds):
        colour = RAMP[min(index * (len(RAMP) - 1) // max(len(thresholds) - 1, 1), len(RAMP) - 1)]
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": colour, "outline_width": "0.3"})
        symbol.setOpacity(0.45)
        unit = next((f["unit"] for f in layer.getFeatures() if f["threshold"] == threshold), "")
        categories.append(QgsRendererCategory(threshold, symbol, f"{threshold:g} {unit or ''}".strip()))
    layer.setRenderer(QgsCategorizedSymbolRenderer("threshold", categories))


def _is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def style_layer(layer, kind):
    if kind == OUTLETS:
        styling.apply_style(layer, styling.OUTLETS)
    elif kind == CLASSIFIED_AREAS:
        styling.apply_style(layer, styling.CLASSIFIED_AREAS)
    elif kind == ACCESS and "distance_m" in layer.fields().names():
        _graduated_access(layer)
    elif kind == SERVICE_AREAS and "threshold" in layer.fields().names():
        _categorised_service_areas(layer)


def set_outlet_form(layer, taxonomy, language):
    """The outlets' attribute form: category as a value map (labels in ``language``), local and organic as
    check boxes, the source fields read-only."""
    fields = layer.fields()
    category = fields.lookupField("category")
    if category >= 0:
        value_map = [{category_item.label(language): category_item.id} for category_item in taxonomy.categories]
        layer.setEditorWidgetSetup(category, QgsEditorWidgetSetup("ValueMap", {"map": value_map}))
    for name in ("local", "organic"):
        index = fields.lookupField(name)
        if index >= 0:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("CheckBox", {}))
    form = layer.editFormConfig()
    for name in READ_ONLY_OUTLET_FIELDS:
        index = fields.lookupField(name)
        if index >= 0:
            form.setReadOnly(index, True)
    layer.setEditFormConfig(form)


def layer_metadata(layer, description, language, labels):
    """QgsLayerMetadata from a core LayerDescription; ``labels`` words the history lines (Method, Sources…)
    and gives the language's colon."""
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(layer.name())
    metadata.setTitle(description.title)
    colon = labels["colon"]
    thresholds = f"\n{labels['thresholds']}{colon}{description.thresholds}" if description.thresholds else ""
    metadata.setAbstract(description.abstract + thresholds)
    metadata.setType("dataset")
    metadata.setLanguage(language)
    metadata.addKeywords("keywords", description.keywords)
    metadata.setCategories(["society", "health"])
    metadata.setLicenses([description.licence])
    metadata.setRights([description.licence])
    history = [f"{labels['method']}{colon}{description.method}"]
    history += [f"{labels['sources']}{colon}{source}" for source in description.sources]
    if description.thresholds:
        history.append(f"{labels['thresholds']}{colon}{description.thresholds}")
    metadata.setHistory(history)
    metadata.setCrs(layer.crs())
    if "OpenStreetMap" in description.licence or "ODbL" in description.licence:
        link = QgsAbstractMetadataBase.Link("OpenStreetMap copyright", "WWW:LINK", OSM_COPYRIGHT)
        metadata.addLink(link)
    return metadata
