"""The outlet schema (core/outlets/schema.py) as QGIS fields and features."""

from datetime import datetime, timezone

from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ..core.outlets.schema import OUTLET_FIELDS
from ..qgis_compat import FieldType

# The type names of core's fields (the outlet schema, the merge report) as QGIS field types.
QGIS_TYPES = {
    "string": FieldType.String,
    "bool": FieldType.Bool,
    "datetime": FieldType.DateTime,
    "double": FieldType.Double,
}


def outlet_fields():
    """QgsFields of the outlet schema, in OUTLET_FIELDS order."""
    fields = QgsFields()
    for field in OUTLET_FIELDS:
        fields.append(QgsField(field.name, QGIS_TYPES[field.type]))
    return fields


def to_qdatetime(value):
    """A UTC QDateTime from an aware datetime (None stays NULL)."""
    if not isinstance(value, datetime):
        return value
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second), Qt.TimeSpec.UTC
    )


def to_datetime(value):
    """An aware UTC datetime from a QDateTime (NULL or invalid: None); other values unchanged."""
    if isinstance(value, QDateTime):
        if value.isNull() or not value.isValid():
            return None
        return datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=timezone.utc)
    return value


def outlet_feature(fields, values, lon, lat):
    """A point feature of the outlet schema; ``values`` in OUTLET_FIELDS order."""
    feature = QgsFeature(fields)
    feature.setAttributes([to_qdatetime(value) for value in values])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
    return feature
