"""The walk + public transport settings: their defaults (README, "Public transport"), the
departure window and the statistics reported over it, and which timetables are used.

The Processing algorithms show these defaults and read the parameters into a
``TransitSettings``; the engines (``access``) take nothing else.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..walk.settings import metres_per_minute, walk_minutes
from .scan import departure_minutes

DEFAULT_DEPARTURE_S = 10 * 3600  # 10:00
DEFAULT_WINDOW_MIN = 60
DEFAULT_PERCENTILE = 80
DEFAULT_MAX_WALK_MIN = 30.0  # R5's ProfileRequest.maxWalkTime
DEFAULT_MAX_TRANSFERS = 2  # r5r's max_rides = 3
DEFAULT_HEADWAY_MIN = 15.0  # OSM routes without an interval tag
DEFAULT_TRANSIT_SPEED = 18.0  # km/h, a typical urban bus, stops included
# Journeys are searched this long after the last departure of the window.
TRANSIT_HORIZON_S = 4 * 3600

TIMETABLE_GTFS = "gtfs"
TIMETABLE_OSM_ROUTES = "osm routes"


@dataclass
class TransitSettings:
    """The walk + transit parameters: departure (seconds after midnight), window
    (minutes), percentile, walking limit (minutes), transfers, walking speed (km/h)."""

    departure: int
    window_minutes: int
    percentile: float
    max_walk_min: float
    max_transfers: int
    speed_kmh: float

    def walk_limit_m(self):
        return self.max_walk_min * metres_per_minute(self.speed_kmh)

    def seconds(self, metres):
        return walk_minutes(metres, self.speed_kmh) * 60.0

    def search_end(self):
        """The latest time (seconds after midnight) a journey is searched until."""
        return self.departure + self.window_minutes * 60 + TRANSIT_HORIZON_S

    def percentile_label(self):
        """ "p80" for the 80th percentile: the name of the statistic in the results."""
        return f"p{self.percentile:g}"

    def window_statistics(self):
        """{rank: "median" or the percentile's label}: the 0-based positions in the sorted times of
        the window's departures (R5's nearest rank) of the statistics the results report; the median
        wins when both are the same."""
        count = len(departure_minutes(self.departure, self.window_minutes))
        return {
            int(np.ceil(self.percentile / 100.0 * count)) - 1: self.percentile_label(),
            int(np.ceil(0.5 * count)) - 1: "median",
        }


def timetable_source(gtfs_paths, osm_file):
    """TIMETABLE_GTFS when GTFS feeds are given, else TIMETABLE_OSM_ROUTES (estimated times from
    the route relations of ``osm_file``); an InputError when there is neither."""
    if gtfs_paths:
        return TIMETABLE_GTFS
    if not osm_file:
        raise InputError(
            "Walk + public transport needs timetables: give GTFS files (GTFS), or an OSM file (OSM_FILE) "
            "with public transport route relations for estimated times."
        )
    return TIMETABLE_OSM_ROUTES
