"""Tagging edits of an outlet layer, each one undo step in the layer's edit buffer.

Nothing here saves or discards edits: saving stays the user's explicit choice.
An edit the layer cannot take raises FoodAccessError with a message for the user.

Local and Organic toggle: if every outlet given already has the flag, the edit
clears it on all of them; otherwise (none or some have it) it sets it on all of
them, like Bold in a word processor. A category is set on every outlet given.
Flags are written in the field's own type, so tagging never changes a field's kind.
"""

from qgis.core import QgsFeatureRequest, QgsField, QgsVectorDataProvider, QgsVectorLayer, QgsWkbTypes

from ..core.errors import FoodAccessError
from ..core.outlets.schema import OUTLET_REQUIRED_FIELDS
from ..i18n import plural, tr
from ..qgis_compat import NO_GEOMETRY, FieldType


def is_point_layer(layer):
    return isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry


def missing_outlet_fields(layer):
    return [name for name in OUTLET_REQUIRED_FIELDS if layer.fields().lookupField(name) < 0]


def is_outlet_layer(layer):
    return is_point_layer(layer) and not missing_outlet_fields(layer)


def flag_value(field, flag):
    """A flag written in the field's own type: bool, 0/1, or yes/no text."""
    if field.type() == FieldType.Bool:
        return flag
    if field.isNumeric():
        return int(flag)
    return "yes" if flag else "no"


def start_editing(layer, capability):
    """Put ``layer`` in edit mode for this kind of edit, or raise FoodAccessError saying why it cannot."""
    if layer.readOnly() or not layer.dataProvider().capabilities() & capability:
        raise FoodAccessError(
            tr(
                "The layer '{name}' is read-only: its outlets cannot be tagged. Save a copy that can be "
                "edited (right-click the layer ▸ Export ▸ Save Features As… ▸ GeoPackage) and tag the copy."
            ).format(name=layer.name())
        )
    if not layer.isEditable() and not layer.startEditing():
        raise FoodAccessError(tr("The layer '{name}' cannot be switched to edit mode.").format(name=layer.name()))


def toggle_flag(layer, rows, name):
    """Toggle the flag ``name`` ("local" or "organic") on ``rows`` (outlet rows with ``fid`` and the
    flag); returns whether the layer changed."""
    flag = not all(getattr(row, name) for row in rows)
    fields = layer.fields()
    field = fields.at(fields.lookupField(name))
    singular, plural_text = {
        ("local", True): (tr("Tag {count} outlet as local"), tr("Tag {count} outlets as local")),
        ("local", False): (tr("Untag {count} outlet as local"), tr("Untag {count} outlets as local")),
        ("organic", True): (tr("Tag {count} outlet as organic"), tr("Tag {count} outlets as organic")),
        ("organic", False): (tr("Untag {count} outlet as organic"), tr("Untag {count} outlets as organic")),
    }[name, flag]
    description = plural(len(rows), singular, plural_text).format(count=len(rows))
    values = {row.fid: flag_value(field, flag) for row in rows if getattr(row, name) != flag}
    return write_values(layer, name, values, description)


def set_category(layer, rows, category_id, category_label):
    """Set the category of ``rows``; returns whether the layer changed."""
    description = plural(
        len(rows), tr("Set category {category} on {count} outlet"), tr("Set category {category} on {count} outlets")
    ).format(category=category_label, count=len(rows))
    values = {row.fid: category_id for row in rows if row.category != category_id}
    return write_values(layer, "category", values, description)


def write_values(layer, field_name, values, description):
    """Write ``values`` ({fid: value}) into one field as one undo step; returns whether there was any."""
    if not values:
        return False
    start_editing(layer, QgsVectorDataProvider.Capability.ChangeAttributeValues)
    index = layer.fields().lookupField(field_name)
    old_values = {
        feature.id(): feature.attribute(index)
        for feature in layer.getFeatures(
            QgsFeatureRequest().setFilterFids(list(values)).setFlags(NO_GEOMETRY).setSubsetOfAttributes([index])
        )
    }
    layer.beginEditCommand(description)
    for fid, value in values.items():
        layer.changeAttributeValue(fid, index, value, old_values.get(fid))
    layer.endEditCommand()
    layer.triggerRepaint()
    return True


def add_outlet_fields(layer):
    """Add the missing category/local/organic fields as one undo step (existing values stay as they
    are); returns the names added."""
    missing = missing_outlet_fields(layer)
    if not missing:
        return []
    start_editing(layer, QgsVectorDataProvider.Capability.AddAttributes)
    layer.beginEditCommand(tr("Add outlet fields"))
    added = all(
        layer.addAttribute(
            QgsField(name, FieldType.String, "string", 50)
            if name == "category"
            else QgsField(name, FieldType.Bool, "boolean")
        )
        for name in missing
    )
    if not added:
        layer.destroyEditCommand()
        raise FoodAccessError(tr("The layer '{name}' did not accept the new fields.").format(name=layer.name()))
    layer.endEditCommand()
    return missing
