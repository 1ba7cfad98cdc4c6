"""Distances on the Earth between WGS 84 positions, shared by the outlet merge, the GTFS reader and
the transit engine (the walking engine works in local metres, see walk/network.py)."""

import numpy as np

EARTH_RADIUS_M = 6371008.8  # mean Earth radius (IUGG)


def haversine_m(lon1, lat1, lon2, lat2):
    """Great-circle distances in metres between WGS 84 positions (numbers or numpy arrays)."""
    lon1, lat1, lon2, lat2 = (np.radians(value) for value in (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
