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
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import InputError
from ..core.walk.coverage import EDGE_SNAP_M, LEG_PERCENTILE
from ..core.walk.routing import STATUS_UNREACHABLE
from ..i18n import plural, tr
from ..qgis_compat import NO_GEOMETRY_CHECK


def check_source(source, name, label):
    """The feature source, read without Processing's invalid-geometry check, or a clear error when it is missing,
    empty or without CRS. Every input of the accessibility algorithms passes here: QGIS 3.22's check throws
    through Python and crashes the next run (see qgis_compat.NO_GEOMETRY_CHECK), and the readers handle invalid
    geometries themselves (``read_points`` repairs polygons; a line's points are read as they are)."""
    if source is None:
        raise InputError("The input {label} ({name}) is missing or cannot be read.", label=label, name=name)
    source.setInvalidGeometryCheck(NO_GEOMETRY_CHECK)
    if not source.sourceCrs().isValid():
        raise InputError("The layer {name} has no valid CRS: set its CRS first.", name=name)
    if source.featureCount() == 0:
        raise InputError(
            "The input {label} ({name}) has no feature: give a layer with features.", label=label, name=name
        )
    return source


def read_points(source, target_crs, context, request=None):
    """(features, (n, 2) coordinates in ``target_crs``) of a source that passed ``check_source``: points as they
    are, polygons and lines by their point on surface; NaN for a feature without (usable) geometry, which is
    kept. Invalid polygons are repaired (make valid, then point on surface): never skipped or fatal.
    The features keep their geometry in the source CRS."""
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    features, coordinates = [], []
    for feature in source.getFeatures(request or QgsFeatureRequest()):
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
        "instead (option 'Smallest part of the network to tie points to').",
    ),
    QT_TRANSLATE_NOOP(
        "FoodAccess",
        "{count} origins nearest to a small island of the network were tied to the nearest street of a larger part "
        "instead (option 'Smallest part of the network to tie points to').",
    ),
)
OUTLETS_OFF_ISLAND = (
    QT_TRANSLATE_NOOP(
        "FoodAccess",
        "{count} outlet nearest to a small island of the network was tied to the nearest street of a larger part "
        "instead (option 'Smallest part of the network to tie points to').",
    ),
    QT_TRANSLATE_NOOP(
        "FoodAccess",
        "{count} outlets nearest to a small island of the network were tied to the nearest street of a larger part "
        "instead (option 'Smallest part of the network to tie points to').",
    ),
)


def report_coverage(feedback, coverage, max_snap):
    """Say, with figures, how the street network covers the origins (core ``walk.coverage.Coverage``): the
    straight legs, and warnings for origins beyond MAX_SNAP, outside the network's extent or far from it."""
    if coverage is None or not coverage.origins:
        return
    if coverage.tied:
        feedback.pushInfo(
            tr(
                "Straight legs from the origins to the street network (snap_m): {percentile}th percentile "
                "{leg:.0f} m, longest {longest:.0f} m."
            ).format(percentile=LEG_PERCENTILE, leg=coverage.leg_percentile_m, longest=coverage.longest_leg_m)
        )
    if coverage.too_far:
        feedback.pushWarning(
            tr(
                "{count} of {total} origins ({share:.1f} %) lie farther than MAX_SNAP ({max_snap:g} m) from the street "
                "network: their status is 'too far from network' and they have no measure of access. Give a street "
                "network (NETWORK or OSM_FILE) that covers all the origins; raise MAX_SNAP only if they really lie "
                "that far from any street."
            ).format(
                count=coverage.too_far,
                total=coverage.origins,
                share=100.0 * coverage.too_far / coverage.origins,
                max_snap=max_snap,
            )
        )
    if coverage.outside:
        network, origins = coverage.network_lonlat, coverage.origins_lonlat
        feedback.pushWarning(
            tr(
                "{count} of {total} origins lie outside the extent of the street network (longitude {west:.4f} to "
                "{east:.4f}, latitude {south:.4f} to {north:.4f}; the origins span longitude {origins_west:.4f} to "
                "{origins_east:.4f}, latitude {origins_south:.4f} to {origins_north:.4f}). {beyond} of them are tied "
                "to a street more than {limit:g} m away: their status is 'outside network extent', their distance and "
                "time describe the edge of the extract rather than the place, and the classification counts them as "
                "without a measure. Use a street extract that covers all the origins."
            ).format(
                count=coverage.outside,
                total=coverage.origins,
                west=network.west,
                east=network.east,
                south=network.south,
                north=network.north,
                origins_west=origins.west,
                origins_east=origins.east,
                origins_south=origins.south,
                origins_north=origins.north,
                beyond=coverage.beyond_edge,
                limit=EDGE_SNAP_M,
            )
        )
    if coverage.leg_percentile_m > EDGE_SNAP_M:
        feedback.pushWarning(
            tr(
                "Long straight legs to the street network: {count} of the {tied} origins tied to it lie more than "
                "{limit:g} m from a street ({percentile}th percentile of snap_m: {leg:.0f} m), a leg walked in a "
                "straight line. The network may lack streets there (an extract cut too small, a layer without "
                "footpaths): use a larger or more complete street network. Origins that are large cells taken at a "
                "point on their surface have long legs by nature."
            ).format(
                count=coverage.long_legs,
                tied=coverage.tied,
                limit=EDGE_SNAP_M,
                percentile=LEG_PERCENTILE,
                leg=coverage.leg_percentile_m,
            )
        )


def report_unreachable(feedback, status):
    """Warn, with the figure, when origins tied to the network reach no outlet: the classification counts them
    beyond every threshold, which is right for a real island and wrong for streets that should connect."""
    count = int((status == STATUS_UNREACHABLE).sum())
    if count:
        feedback.pushWarning(
            tr(
                "{count} of {total} origins lie on parts of the street network from which no outlet can be reached "
                "(status 'no outlet reachable'): the classification counts them beyond every threshold. If those "
                "streets should connect to the rest, check that the network's lines meet at shared vertices."
            ).format(count=count, total=len(status))
        )


def report_off_island(feedback, off_island, messages):
    """Say how many points were tied to a larger part of the network than the small island nearest them
    (``messages``: ORIGINS_OFF_ISLAND or OUTLETS_OFF_ISLAND)."""
    if off_island.any():
        count = int(off_island.sum())
        singular, plural_text = messages
        feedback.pushInfo(plural(count, tr(singular), tr(plural_text)).format(count=count))
