"""core/transit/settings.py: the walk + public transport settings and which timetables are used."""

import pytest

from foodaccess.core.errors import InputError
from foodaccess.core.transit.settings import (
    TIMETABLE_GTFS,
    TIMETABLE_OSM_ROUTES,
    TRANSIT_HORIZON_S,
    TransitSettings,
    timetable_source,
)


def settings(window_minutes=60, percentile=80):
    return TransitSettings(
        departure=10 * 3600,
        window_minutes=window_minutes,
        percentile=percentile,
        max_walk_min=30.0,
        max_transfers=2,
        speed_kmh=4.8,
    )


def test_gtfs_feeds_win_over_the_osm_routes():
    assert timetable_source(["a.zip"], "area.osm.pbf") == TIMETABLE_GTFS
    assert timetable_source(["a.zip"], "") == TIMETABLE_GTFS
    assert timetable_source([], "area.osm.pbf") == TIMETABLE_OSM_ROUTES
    with pytest.raises(InputError, match="needs timetables: give GTFS files"):
        timetable_source([], "")


def test_the_search_runs_past_the_window():
    assert settings(window_minutes=30).search_end() == 10 * 3600 + 30 * 60 + TRANSIT_HORIZON_S


def test_window_statistics_are_nearest_ranks_the_median_winning_a_tie():
    # 60 departures: the median is the 30th time (index 29), the 80th percentile the 48th (47).
    assert settings().window_statistics() == {29: "median", 47: "p80"}
    assert settings(percentile=50).window_statistics() == {29: "median"}
    assert settings(window_minutes=10, percentile=90).window_statistics() == {4: "median", 8: "p90"}
    assert settings(percentile=90).percentile_label() == "p90"
    assert settings().walk_limit_m() == pytest.approx(30 * 80.0)
