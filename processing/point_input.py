"""Points of the accessibility algorithms' input layers: the checks every input passes, origins
and outlets read as points in the CRS the engine works in, the outlets' identity in the results,
and what the log says about points tied to the network.
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import InputError
from ..i18n import plural, tr


def check_source(source, name, label):
    """The feature source, or a clear error when it is missing, empty or without CRS."""
    if source is None:
        raise InputError("The input {label} ({name}) is missing or cannot be read.", label=label, name=name)
    if not source.sourceCrs().isValid():
        raise InputError("The layer {name} has no valid CRS: set its CRS first.", name=name)
    if source.featureCount() == 0:
        raise InputError(
            "The input {label} ({name}) has no feature: give a layer with features.", label=label, name=name
        )
    return source


def read_points(source, target_crs, context, request=None):
    """(features, (n, 2) coordinates in ``target_crs``): points as they are, polygons and lines by
    their point on surface; NaN for a feature without (usable) geometry, which is kept.
    The features keep their geometry in the source CRS."""
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    features, coordinates = [], []
    # Invalid polygons are repaired here (make valid, then point on surface): never skipped or fatal.
    flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    for feature in source.getFeatures(request or QgsFeatureRequest(), flags):
        features.append(feature)
        x, y = _representative_point(feature.geometry())
        if np.isfinite(x):
            point = transform.transform(QgsPointXY(x, y))
            x, y = point.x(), point.y()
        coordinates.append((x, y))
    return features, np.array(coordinates, dtype=float).reshape(-1, 2)


def _representative_point(geometry):
    if geometry is None or geometry.isEmpty():
        return (np.nan, np.nan)
    if geometry.type() != QgsWkbTypes.GeometryType.PointGeometry:
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        geometry = geometry.pointOnSurface()
    elif geometry.isMultipart():
        geometry = QgsGeometry.fromPointXY(geometry.asMultiPoint()[0]) if geometry.asMultiPoint() else QgsGeometry()
    if geometry is None or geometry.isEmpty():
        return (np.nan, np.nan)
    point = geometry.asPoint()
    return (point.x(), point.y())


def point_crs_note(feedback, sources):
    """Say which inputs were in another CRS than the first (they are reprojected)."""
    crs_ids = {label: source.sourceCrs().authid() or source.sourceCrs().toProj() for label, source in sources if source}
    if len(set(crs_ids.values())) > 1:
        feedback.pushInfo(
            tr("Inputs are in different CRSs ({list}): all are reprojected to a common local metric CRS.").format(
                list=", ".join(f"{label} {crs}" for label, crs in crs_ids.items())
            )
        )


@dataclass
class OutletIdentity:
    """What the results say of an outlet: its ``source_id`` (else the feature id), name and category."""

    id: str
    name: Optional[str]
    category: Optional[str]

    @classmethod
    def of(cls, feature):
        return cls(
            _attribute(feature, "source_id") or str(feature.id()),
            _attribute(feature, "name"),
            _attribute(feature, "category"),
        )


def _attribute(feature, name):
    if feature.fields().indexOf(name) < 0:
        return None
    value = feature[name]
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)


def snap_outlets(router, xy, max_snap, feedback, outlets):
    """Snapped outlets; a clear error when none is near the network, a warning naming those left out."""
    snapped = router.snap(xy, max_snap)
    report_off_island(feedback, snapped.off_island, OUTLETS_OFF_ISLAND)
    off_network = np.flatnonzero(~snapped.tied)
    if len(off_network) == len(xy):
        raise InputError(
            "No outlet lies within {max_snap:g} m of the street network: check that the network covers the "
            "outlets' area, or raise MAX_SNAP.",
            max_snap=max_snap,
        )
    if len(off_network):
        identities = (OutletIdentity.of(outlets[index]) for index in off_network[:10])
        names = ", ".join(identity.name or identity.id for identity in identities)
        feedback.pushWarning(
            plural(
                len(off_network),
                tr("{count} outlet farther than {max_snap:g} m from the network is left out: {names}"),
                tr("{count} outlets farther than {max_snap:g} m from the network are left out: {names}"),
            ).format(count=len(off_network), max_snap=max_snap, names=names)
        )
    return snapped


# The message of report_off_island for each kind of point, singular and plural.
ORIGINS_OFF_ISLAND = (
    QT_TRANSLATE_NOOP(
        "FoodAccess",
        "{count} origin nearest to a small island of the network was tied to the nearest street of a larger part "
        "instead (MIN_ISLAND_NODES).",
    ),
    QT_TRANSLATE_NOOP(
        "FoodAccess",
        "{count} origins nearest to a small island of the network were tied to the nearest street of a larger part "
        "instead (MIN_ISLAND_NODES).",
    ),
)
OUTLETS_OFF_ISLAND = (
    QT_TRANSLATE_NOOP(
        "FoodAccess",
        "{count} outlet nearest to a small island of the network was tied to the nearest street of a larger part "
        "instead (MIN_ISLAND_NODES).",
    ),
    QT_TRANSLATE_NOOP(
        "FoodAccess",
        "{count} outlets nearest to a small island of the network were tied to the nearest street of a larger part "
        "instead (MIN_ISLAND_NODES).",
    ),
)


def report_off_island(feedback, off_island, messages):
    """Say how many points were tied to a larger part of the network than the small island nearest them
    (``messages``: ORIGINS_OFF_ISLAND or OUTLETS_OFF_ISLAND)."""
    if off_island.any():
        count = int(off_island.sum())
        singular, plural_text = messages
        feedback.pushInfo(plural(count, tr(singular), tr(plural_text)).format(count=count))
