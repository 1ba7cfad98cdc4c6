"""Straight-line (geodesic) distances on the WGS 84 ellipsoid, vectorized.

``geodesic_distance`` is Vincenty's inverse formula (Survey Review 23(176),
1975), accurate to well under a millimetre for any two points that are not
nearly antipodal; ``nearest_geodesic`` finds the nearest outlet exactly: a
spatial index (``core/walk/index.py``) on 3-D (ECEF) coordinates gives
candidates, since the chord never exceeds the geodesic, every outlet nearer
than a candidate's geodesic distance is within that chord radius.
"""

import numpy as np

from ..progress import SILENT
from .index import point_index
from .measures import Pairs

A = 6378137.0
F = 1 / 298.257223563
B = A * (1 - F)
E2 = F * (2 - F)
# Metres added to a geodesic distance used as a chord radius: far above Vincenty's numerical error, far below
# any distance that matters.
GEODESIC_SLACK_M = 1e-3


def geodesic_distance(lon1, lat1, lon2, lat2, iterations=200):
    """Geodesic distance in metres between arrays of points (degrees)."""
    lon1, lat1, lon2, lat2 = np.broadcast_arrays(
        *(np.radians(np.asarray(value, dtype=float)) for value in (lon1, lat1, lon2, lat2))
    )
    u1 = np.arctan((1 - F) * np.tan(lat1))
    u2 = np.arctan((1 - F) * np.tan(lat2))
    sin_u1, cos_u1, sin_u2, cos_u2 = np.sin(u1), np.cos(u1), np.sin(u2), np.cos(u2)
    big_l = lon2 - lon1
    lam = big_l.copy()
    for _ in range(iterations):
        sin_lam, cos_lam = np.sin(lam), np.cos(lam)
        sin_sigma = np.hypot(cos_u2 * sin_lam, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_lam)
        cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_lam
        sigma = np.arctan2(sin_sigma, cos_sigma)
        with np.errstate(invalid="ignore", divide="ignore"):
            sin_alpha = np.where(sin_sigma > 0, cos_u1 * cos_u2 * sin_lam / sin_sigma, 0.0)
            cos2_alpha = 1 - sin_alpha**2
            cos_2sm = np.where(cos2_alpha > 0, cos_sigma - 2 * sin_u1 * sin_u2 / cos2_alpha, 0.0)
        c = F / 16 * cos2_alpha * (4 + F * (4 - 3 * cos2_alpha))
        previous = lam
        lam = big_l + (1 - c) * F * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm**2))
        )
        if np.all(np.abs(lam - previous) < 1e-12):
            break
    u_sq = cos2_alpha * (A**2 - B**2) / B**2
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    delta_sigma = (
        big_b
        * sin_sigma
        * (
            cos_2sm
            + big_b
            / 4
            * (
                cos_sigma * (-1 + 2 * cos_2sm**2)
                - big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma**2) * (-3 + 4 * cos_2sm**2)
            )
        )
    )
    return B * big_a * (sigma - delta_sigma)


def ecef(lonlat):
    """(n, 2) lon/lat degrees -> (n, 3) Earth-centred coordinates in metres (height 0)."""
    lon, lat = np.radians(lonlat[:, 0]), np.radians(lonlat[:, 1])
    n = A / np.sqrt(1 - E2 * np.sin(lat) ** 2)
    return np.column_stack([n * np.cos(lat) * np.cos(lon), n * np.cos(lat) * np.sin(lon), n * (1 - E2) * np.sin(lat)])


def outlet_index(outlets, backend=None):
    """The spatial index (``core/walk/index.py``, ``backend``) of (m >= 1, 2) lon/lat outlets' ``ecef``
    coordinates that ``nearest_geodesic`` and ``geodesic_pairs`` search: build it once for both."""
    return point_index(ecef(np.asarray(outlets, dtype=float).reshape(-1, 2)), backend)


def nearest_geodesic(origins, outlets, threshold_m, progress=SILENT, backend=None, index=None):
    """For (n, 2) lon/lat origins (NaN allowed) and (m, 2) outlets: nearest outlet index
    (-1), its geodesic distance (NaN) and the number of outlets within ``threshold_m``
    (``backend``: the spatial index, see ``core/walk/index.py``; ``index``: the outlets'
    ``outlet_index`` when the caller has it)."""
    origins = np.asarray(origins, dtype=float).reshape(-1, 2)
    outlets = np.asarray(outlets, dtype=float).reshape(-1, 2)
    nearest = np.full(len(origins), -1, dtype=np.int64)
    distance = np.full(len(origins), np.nan)
    within = np.zeros(len(origins), dtype=np.int64)
    valid = np.flatnonzero(np.isfinite(origins).all(axis=1))
    if not len(valid) or not len(outlets):
        return nearest, distance, within
    index = outlet_index(outlets, backend) if index is None else index
    points = ecef(origins[valid])
    _, first = index.nearest(points)
    radius = geodesic_distance(*origins[valid].T, *outlets[first].T)
    nearest[valid], distance[valid] = first, radius
    progress.step(1, 3)
    # Candidates: every outlet whose chord is within the first candidate's geodesic distance. The slack covers
    # Vincenty's convergence (1e-12 rad, a few micrometres): the chord of the first candidate itself may exceed
    # its computed geodesic distance by that much (seen on Monaco at 497 m).
    origin_of, outlet_of = index.pairs_within(points, radius * (1 + 1e-9) + GEODESIC_SLACK_M)
    candidate = geodesic_distance(*origins[valid][origin_of].T, *outlets[outlet_of].T)
    order = np.lexsort((outlet_of, candidate, origin_of))
    best = order[np.r_[True, origin_of[order][1:] != origin_of[order][:-1]]]
    nearest[valid[origin_of[best]]] = outlet_of[best]
    distance[valid[origin_of[best]]] = candidate[best]
    progress.step(2, 3)
    if threshold_m > 0:
        pairs = geodesic_pairs(origins, outlets, threshold_m, index=index)
        within[:] = np.bincount(pairs.origin, minlength=len(origins))
    progress.step(3, 3)
    return nearest, distance, within


def geodesic_pairs(origins, outlets, threshold_m, backend=None, index=None):
    """``measures.Pairs`` of every (n, 2) lon/lat origin (NaN allowed) and (m, 2) outlet whose geodesic
    distance is <= ``threshold_m``: chord candidates from the spatial index (``index``: the outlets'
    ``outlet_index`` when the caller has it), kept on their geodesic distance."""
    origins = np.asarray(origins, dtype=float).reshape(-1, 2)
    outlets = np.asarray(outlets, dtype=float).reshape(-1, 2)
    valid = np.flatnonzero(np.isfinite(origins).all(axis=1))
    if not len(valid) or not len(outlets) or threshold_m <= 0:
        return Pairs.empty()
    points = ecef(origins[valid])
    index = outlet_index(outlets, backend) if index is None else index
    origin_of, outlet_of = index.pairs_within(points, np.full(len(points), threshold_m * (1 + 1e-9) + GEODESIC_SLACK_M))
    metres = geodesic_distance(*origins[valid][origin_of].T, *outlets[outlet_of].T)
    close = metres <= threshold_m
    return Pairs(valid[origin_of[close]], outlet_of[close], metres[close])
