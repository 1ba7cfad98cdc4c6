"""QGIS attribute values as plain Python, for handing them to core/."""

from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant


def attribute_value(value):
    """A QGIS attribute with NULL as None; other values unchanged."""
    if isinstance(value, QVariant) and value.isNull():
        return None
    return value


def plain_value(value):
    """A QGIS attribute as Python: None for NULL, dates as ISO text, other values unchanged."""
    value = attribute_value(value)
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss")
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss")
    return value
