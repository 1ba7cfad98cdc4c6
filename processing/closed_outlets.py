"""Outlets that updateoutlets marked closed (``status`` = ``closed``) stay in the layer, with their hand tags and
``closed_at``, so that a later refresh can reopen them; they are no food access. The algorithms that read outlets
leave them out and say how many."""

from qgis.core import QgsExpression, QgsFeatureRequest

from ..core.outlets.refresh import STATUS_CLOSED
from ..i18n import plural, tr
from ..qgis_compat import NO_GEOMETRY


def status_field(source):
    """The name of the layer's ``status`` field (any case), or None when it has none."""
    return next((name for name in source.fields().names() if name.lower() == "status"), None)


def open_outlets_filter(field):
    """An expression keeping the outlets whose ``field`` is not ``closed`` (NULL counts as open)."""
    name = QgsExpression.quotedColumnRef(field)
    return f"({name} IS NULL OR {name} <> {QgsExpression.quotedValue(STATUS_CLOSED)})"


def report_closed(source, field, feedback):
    """Say how many outlets of ``source`` are marked closed in ``field`` (they are left out); their number."""
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY).setNoAttributes()
    request.setFilterExpression(f"{QgsExpression.quotedColumnRef(field)} = {QgsExpression.quotedValue(STATUS_CLOSED)}")
    count = sum(1 for _ in source.getFeatures(request))
    if count:
        feedback.pushInfo(
            plural(
                count,
                tr('{count} outlet is marked closed (status, set by "Update food outlets") and is left out.'),
                tr('{count} outlets are marked closed (status, set by "Update food outlets") and are left out.'),
            ).format(count=count)
        )
    return count
