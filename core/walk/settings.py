"""The walking settings the accessibility algorithms share: their defaults (speed, snapping
distance, smallest island) and thresholds in metres or minutes.

``walk_minutes`` is THE conversion of walking metres to minutes: every mode's ``time_min``
goes through it, so walk + public transport can return walking alone's own value when
walking wins.
"""

import numpy as np

from ..errors import InputError

DEFAULT_WALK_SPEED = 4.8  # km/h: 1.33 m/s, OpenTripPlanner's default walkSpeed
DEFAULT_MAX_SNAP = 500.0  # metres
# Smallest part of the network points are tied to: R5's StreetLayer.MIN_SUBGRAPH_SIZE (40 vertices),
# OpenTripPlanner 1's PruneFloatingIslands (islands without stops under 40 vertices).
DEFAULT_MIN_ISLAND_NODES = 40

# Threshold units, in the order of the algorithms' UNIT parameter; UNIT_NAMES label the results.
UNIT_METRES = 0
UNIT_MINUTES = 1
UNIT_NAMES = ("m", "min")


def metres_per_minute(speed_kmh):
    if not speed_kmh or speed_kmh <= 0:
        raise InputError("The walking speed must be positive (got {speed} km/h).", speed=speed_kmh)
    return speed_kmh * 1000.0 / 60.0


def walk_minutes(distance_m, speed_kmh):
    """Walking minutes for metres: the one conversion behind every mode's time_min."""
    return np.asarray(distance_m, dtype=float) / metres_per_minute(speed_kmh)


def to_metres(value, unit, speed_kmh):
    """A threshold in metres, from metres or from minutes (``unit``) at ``speed_kmh``."""
    return float(value) * (metres_per_minute(speed_kmh) if unit == UNIT_MINUTES else 1.0)


def parse_thresholds(text):
    """ "5,10,15" -> [5.0, 10.0, 15.0] (sorted, unique; commas or semicolons)."""
    try:
        values = sorted({float(part) for part in text.replace(";", ",").split(",") if part.strip()})
    except ValueError:
        values = []
    if not values or values[0] <= 0:
        raise InputError(
            "THRESHOLDS must be positive numbers separated by commas, e.g. 5,10,15 (got '{text}').", text=text
        )
    return values
