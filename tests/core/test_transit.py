"""core/transit/scan.py against the brute-force reference (tests/transit_reference.py)."""

import datetime
import math

import numpy as np
import pytest
from transit_reference import ReferenceRouter, trips_from_timetable

from foodaccess.core.errors import FoodAccessError
from foodaccess.core.transit import gtfs
from foodaccess.core.transit.scan import Links, Timetable, WindowTimes, departure_minutes, transit_window_times

WALK_MPS = 1.2


def timetable_from_trips(trips, stop_count):
    dep_stop, arr_stop, dep_time, arr_time, trip = [], [], [], [], []
    for number, (stops, arrivals, departures) in enumerate(trips):
        for i in range(len(stops) - 1):
            dep_stop.append(stops[i])
            arr_stop.append(stops[i + 1])
            dep_time.append(departures[i])
            arr_time.append(arrivals[i + 1])
            trip.append(number)
    return Timetable(
        stop_ids=[str(i) for i in range(stop_count)],
        stop_names=[""] * stop_count,
        stop_lon=np.zeros(stop_count),
        stop_lat=np.zeros(stop_count),
        dep_stop=np.array(dep_stop, dtype=np.int64),
        arr_stop=np.array(arr_stop, dtype=np.int64),
        dep_time=np.array(dep_time, dtype=np.int64),
        arr_time=np.array(arr_time, dtype=np.int64),
        trip=np.array(trip, dtype=np.int64),
    )


class WalkWorld:
    """Stops, origins and outlets in a plane, walking in straight lines (whole seconds)."""

    def __init__(self, stop_xy, origin_xy, outlet_xy, max_walk_s, max_transfer_s):
        self.stop_xy, self.origin_xy, self.outlet_xy = stop_xy, origin_xy, outlet_xy
        self.max_walk_s = max_walk_s
        walk = self.seconds(stop_xy, outlet_xy).min(axis=1)
        self.egress = np.where(walk <= max_walk_s, walk, np.inf)
        self.walk_only = self.seconds(origin_xy, outlet_xy).min(axis=1)
        self.access = self.links(self.seconds(origin_xy, stop_xy), max_walk_s)
        between = self.seconds(stop_xy, stop_xy)
        np.fill_diagonal(between, np.inf)
        self.transfers = self.links(between, max_transfer_s)

    @staticmethod
    def seconds(a, b):
        return np.rint(np.hypot(*(a[:, None, :] - b[None, :, :]).transpose(2, 0, 1)) / WALK_MPS)

    @staticmethod
    def links(matrix, limit):
        sources, targets = np.nonzero(matrix <= limit)
        return Links.from_pairs(matrix.shape[0], sources, targets, matrix[sources, targets])

    def reference(self, trips, max_transfers):
        egress = {s: float(v) for s, v in enumerate(self.egress)}
        transfers = {}
        for s in range(self.transfers.source_count):
            lo, hi = self.transfers.start[s], self.transfers.start[s + 1]
            transfers[s] = list(zip(self.transfers.targets[lo:hi].tolist(), self.transfers.seconds[lo:hi].tolist()))
        return ReferenceRouter(trips, egress, transfers, max_transfers + 1)

    def origin_access(self, origin):
        lo, hi = self.access.start[origin], self.access.start[origin + 1]
        return list(zip(self.access.targets[lo:hi].tolist(), self.access.seconds[lo:hi].tolist()))


def random_trips(rng, stop_xy, trip_count, start, end):
    """Trips along random stop sequences, at bus speeds, with dwell times."""
    trips = []
    lines = [rng.choice(len(stop_xy), size=rng.integers(3, 8), replace=False) for _ in range(trip_count // 3 + 1)]
    for _ in range(trip_count):
        stops = list(lines[rng.integers(len(lines))])
        if rng.random() < 0.5:
            stops.reverse()
        time = int(rng.integers(start, end))
        arrivals, departures = [], []
        for i, stop in enumerate(stops):
            if i:
                metres = float(np.hypot(*(stop_xy[stop] - stop_xy[stops[i - 1]])))
                time += int(metres / rng.uniform(4, 12))
            arrivals.append(time)
            time += int(rng.integers(0, 30))
            departures.append(time)
        trips.append(([int(s) for s in stops], arrivals, departures))
    return trips


def compare_with_reference(world, trips, stop_count, departure, window, max_transfers):
    timetable = timetable_from_trips(trips, stop_count)
    result = transit_window_times(
        timetable, world.egress, world.transfers, world.access, world.walk_only, departure, window, max_transfers
    )
    router = world.reference(trips, max_transfers)
    for origin in range(len(world.origin_xy)):
        access = world.origin_access(origin)
        for column, minute in enumerate(result.departures):
            expected = router.travel_seconds(int(minute), access, float(world.walk_only[origin]))
            assert result.seconds[origin, column] == expected, (origin, int(minute), max_transfers)
            assert result.by_transit[origin, column] == (expected < world.walk_only[origin])
    return result


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("max_transfers", [0, 1, 3])
def test_random_networks_match_the_reference(seed, max_transfers):
    rng = np.random.default_rng(seed)
    stop_xy = rng.uniform(0, 6000, size=(40, 2))
    world = WalkWorld(stop_xy, rng.uniform(0, 6000, size=(12, 2)), rng.uniform(0, 6000, size=(3, 2)), 900, 400)
    trips = random_trips(rng, stop_xy, 120, 7 * 3600, 9 * 3600)
    result = compare_with_reference(world, trips, len(stop_xy), 7 * 3600 + 1800, 30, max_transfers)
    # The case is not trivial: transit wins somewhere, walking elsewhere.
    assert result.by_transit.any() and not result.by_transit.all()


def test_more_transfers_never_hurt_and_zero_means_one_vehicle():
    rng = np.random.default_rng(7)
    stop_xy = rng.uniform(0, 6000, size=(40, 2))
    world = WalkWorld(stop_xy, rng.uniform(0, 6000, size=(12, 2)), rng.uniform(0, 6000, size=(2, 2)), 900, 400)
    trips = random_trips(rng, stop_xy, 150, 7 * 3600, 9 * 3600)
    timetable = timetable_from_trips(trips, len(stop_xy))
    times = [
        transit_window_times(
            timetable, world.egress, world.transfers, world.access, world.walk_only, 7.5 * 3600, 20, k
        ).seconds
        for k in range(4)
    ]
    for fewer, more in zip(times, times[1:]):
        assert (more <= fewer).all()
    assert (times[3] < times[0]).any()
    assert (times[0] <= world.walk_only[:, None]).all()


def test_transfer_on_a_chain_of_two_lines():
    # Line A: stop 0 -> 1; line B: stop 2 -> 3 (transfer 1 -> 2 is a 120 s walk). Outlet at stop 3.
    trips = [([0, 1], [1000, 1300], [1000, 1300]), ([2, 3], [1500, 1800], [1500, 1800])]
    timetable = timetable_from_trips(trips, 4)
    egress = np.array([np.inf, np.inf, np.inf, 30.0])
    transfers = Links.from_pairs(4, [1], [2], [120.0])
    access = Links.from_pairs(1, [0], [0], [30.0])
    walk_only = np.array([5000.0])
    one = transit_window_times(timetable, egress, transfers, access, walk_only, 910, 1, max_transfers=1)
    # Leave 910, at stop 0 at 940, board 1000 (60 s slack just met), transfer 1300 + 120, board 1500, 1800 + 30.
    assert one.seconds[0, 0] == 1830 - 910
    assert one.by_transit[0, 0]
    none = transit_window_times(timetable, egress, transfers, access, walk_only, 910, 1, max_transfers=0)
    assert none.seconds[0, 0] == 5000
    assert not none.by_transit[0, 0]
    # One second too late for the 60 s boarding slack.
    late = transit_window_times(timetable, egress, transfers, access, walk_only, 911, 1, max_transfers=1)
    assert late.seconds[0, 0] == 5000


def test_window_statistics_follow_r5_nearest_rank():
    seconds = np.array([[float(v) for v in range(1, 61)], [10.0] * 59 + [np.inf]])
    times = WindowTimes(np.arange(60), seconds, np.zeros((2, 60), dtype=bool))
    assert list(times.median()) == [30.0, 10.0]
    assert list(times.percentile(95)) == [57.0, 10.0]
    assert times.percentile(100)[1] == np.inf
    assert list(departure_minutes(43200, 3)) == [43200, 43260, 43320]


def test_negative_transfers_are_refused():
    timetable = timetable_from_trips([([0, 1], [0, 60], [0, 60])], 2)
    links = Links.from_pairs(1, [], [], [])
    with pytest.raises(FoodAccessError):
        transit_window_times(timetable, np.zeros(2), Links.from_pairs(2, [], [], []), links, [0.0], 0, 1, -1)


@pytest.fixture(scope="module")
def porto_alegre_extract(shared_data):
    """Twelve bus routes and the metro of Porto Alegre, 12:00-13:30 on Wednesday 2019-05-15."""
    folder = shared_data / "porto_alegre"
    feeds = gtfs.read_feeds([str(folder / "poa_eptc.zip"), str(folder / "poa_trensurb.zip")])
    timetable = gtfs.build_timetable(feeds, datetime.date(2019, 5, 15), 12 * 3600, 13 * 3600 + 1800)
    labels = np.array(timetable.trip_labels)
    chosen_routes = sorted(set(labels))[::10] + ["LINHA1"]
    keep = np.isin(labels[timetable.trip], chosen_routes)
    for name in ("dep_stop", "arr_stop", "dep_time", "arr_time", "trip"):
        setattr(timetable, name, getattr(timetable, name)[keep])
    return timetable


def test_porto_alegre_extract_matches_the_reference(porto_alegre_extract):
    timetable = porto_alegre_extract
    used = np.unique(np.concatenate([timetable.dep_stop, timetable.arr_stop]))
    assert len(used) > 200 and timetable.connection_count > 2000
    # Metres in a local equirectangular frame.
    lat0 = math.radians(float(timetable.stop_lat[used].mean()))
    stop_xy = np.column_stack(
        [np.radians(timetable.stop_lon) * 6371008.8 * math.cos(lat0), np.radians(timetable.stop_lat) * 6371008.8]
    )
    rng = np.random.default_rng(11)
    origins = stop_xy[rng.choice(used, 15)] + rng.normal(0, 300, size=(15, 2))
    outlets = stop_xy[rng.choice(used, 6)] + rng.normal(0, 300, size=(6, 2))
    world = WalkWorld(stop_xy, origins, outlets, 1200, 400)
    trips = trips_from_timetable(timetable)
    for max_transfers in (0, 2):
        result = compare_with_reference(world, trips, timetable.stop_count, 12 * 3600, 20, max_transfers)
        assert result.by_transit.any()
