"""Styles, forms and metadata of the layers of a published package (exportpackage).

The outlets and classified areas take the bundled styles (resources/styles, through styling.py);
access and service areas, which have none, get a graduated / categorised style made here. The
outlets also get an attribute form for QGIS and QField, and every layer its QGIS metadata, so the
package opens styled and documented in any QGIS, with no plugin.
"""

from qgis.core import (
    QgsAbstractMetadataBase,
    QgsEditorWidgetSetup,
    QgsLayerMetadata,
)

from ..core.outlets.refresh import REFRESH_FIELDS
from ..core.publish.package import ACCESS, CLASSIFIED_AREAS, OUTLETS, SERVICE_AREAS
from . import styling
from .report_layout import style_service_areas

# Fields of the outlets a form shows read-only: where the outlet comes from, and what the update records.
READ_ONLY_OUTLET_FIELDS = ("source", "source_id", "osm_timestamp", "tags", "fetched_at") + tuple(
    name for name, _kind, _description in REFRESH_FIELDS
)
OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright"


def style_layer(layer, kind):
    """The style a layer of ``kind`` gets when loaded from the plugin (processing/styling.py), to be stored in the
    package as its default."""
    if kind == OUTLETS:
        styling.apply_style(layer, styling.OUTLETS)
    elif kind == CLASSIFIED_AREAS:
        styling.apply_style(layer, styling.CLASSIFIED_AREAS)
    elif kind == ACCESS and "time_min" in layer.fields().names():
        styling.apply_access_style(layer)
    elif kind == SERVICE_AREAS and "threshold" in layer.fields().names():
        style_service_areas(layer)


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
