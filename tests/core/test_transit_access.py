"""core/transit/access.py: walk + transit on the Porto Alegre street network and feeds."""

import datetime

import numpy as np
import pytest
import shapely.wkb
from walk_data import contains_xy

from foodaccess.core.errors import InputError
from foodaccess.core.transit import gtfs
from foodaccess.core.transit.access import (
    StopLinks,
    transit_node_fields,
    transit_service_areas,
    walk_transit_access,
    walk_transit_times,
)
from foodaccess.core.transit.scan import Links, transit_window_times
from foodaccess.core.transit.settings import TransitSettings
from foodaccess.core.walk.network import network_from_osm_file
from foodaccess.core.walk.routing import WalkRouter, walk_access
from foodaccess.core.walk.settings import walk_minutes

SETTINGS = TransitSettings(
    departure=12 * 3600, window_minutes=20, percentile=80, max_walk_min=20, max_transfers=2, speed_kmh=4.8
)


@pytest.fixture(scope="module")
def porto_alegre(shared_data, tmp_path_factory):
    folder = shared_data / "porto_alegre"
    network, _ = network_from_osm_file(str(folder / "poa_osm.pbf"), str(tmp_path_factory.mktemp("networks")))
    router = WalkRouter(network)
    feeds = gtfs.read_feeds([str(folder / "poa_eptc.zip"), str(folder / "poa_trensurb.zip")])
    timetable = gtfs.build_timetable(feeds, datetime.date(2019, 5, 15), 12 * 3600, 15 * 3600)
    rng = np.random.default_rng(3)
    outlets = router.snap(network.node_xy[rng.choice(network.node_count, 25, replace=False)], 500)
    origins = router.snap(network.node_xy[rng.choice(network.node_count, 150, replace=False)] + 20.0, 500)
    walk_m, _ = router.from_sources(outlets).at(origins)
    return router, timetable, outlets, origins, walk_m


def test_walking_legs_come_from_the_network(porto_alegre):
    router, timetable, outlets, origins, walk_m = porto_alegre
    links = StopLinks(router, timetable, outlets, SETTINGS, 500)
    metres_per_second = 4.8 / 3.6
    egress_m, _ = router.from_sources(outlets).at(links.stops)
    near = np.isfinite(egress_m) & (egress_m <= SETTINGS.walk_limit_m())
    assert np.allclose(links.egress[near], egress_m[near] / metres_per_second)
    assert np.isinf(links.egress[~near]).all()
    # Access by radius classes: exactly the pairs a single search finds within each origin's own reach.
    access = links.access(router, origins, np.where(np.isfinite(walk_m), walk_m, np.inf), SETTINGS)
    origin, stop, metres = router.pairs_within(origins, links.stops, SETTINGS.walk_limit_m())
    reach = np.minimum(np.nan_to_num(walk_m, nan=np.inf), SETTINGS.walk_limit_m())
    wanted = metres <= reach[origin]
    expected = Links.from_pairs(len(walk_m), origin[wanted], stop[wanted], metres[wanted] / metres_per_second)
    got_sources = access.sources()
    useful = access.seconds < reach[got_sources] / metres_per_second + 1e-9
    assert set(zip(got_sources[useful].tolist(), access.targets[useful].tolist())) == set(
        zip(expected.sources().tolist(), expected.targets.tolist())
    )


def test_walk_transit_is_never_slower_than_walking_and_helps_somewhere(porto_alegre):
    router, timetable, outlets, origins, walk_m = porto_alegre
    result, links = walk_transit_times(router, timetable, origins, outlets, walk_m, SETTINGS, 500)
    walk_s = np.where(np.isfinite(walk_m), walk_m, np.inf) / (4.8 / 3.6)
    assert (result.seconds <= np.rint(walk_s)[:, None] + 0.5).all()
    assert result.by_transit.any()
    assert (result.median() <= result.percentile(80)).all()
    # Without any stop link, only walking remains.
    none = transit_window_times(
        timetable,
        links.egress,
        links.transfers,
        Links.from_pairs(len(walk_m), [], [], []),
        walk_s,
        SETTINGS.departure,
        SETTINGS.window_minutes,
        2,
    )
    assert not none.by_transit.any()


def test_minutes_are_walking_alones_own_time_min_when_walking_wins(porto_alegre):
    """Walk + transit minutes never exceed walking alone's time_min, not even by a float rounding."""
    router, timetable, outlets, origins, walk_m = porto_alegre
    result, _ = walk_transit_times(router, timetable, origins, outlets, walk_m, SETTINGS, 500)
    walk_min = walk_minutes(walk_m, SETTINGS.speed_kmh)
    reached = np.isfinite(walk_min)
    for p in (50, 80):
        minutes = result.minutes(p, walk_min)
        assert (minutes[reached] <= walk_min[reached]).all()
        rank = int(np.ceil(p / 100 * result.seconds.shape[1])) - 1
        transit_wins = np.sort(np.where(result.by_transit, result.seconds, np.inf), axis=1)[:, rank] < np.inf
        assert (minutes[reached & ~transit_wins] == walk_min[reached & ~transit_wins]).all()
        assert (reached & ~transit_wins).any() and (reached & transit_wins).any()
        np.testing.assert_allclose(minutes[transit_wins], result.percentile(p)[transit_wins] / 60.0, rtol=1e-12)


def test_service_area_fields_agree_with_access_times_at_nodes(porto_alegre):
    router, timetable, outlets, _, _ = porto_alegre
    network = router.network
    rng = np.random.default_rng(5)
    nodes = rng.choice(network.node_count, 300, replace=False)
    at_nodes = router.snap(network.node_xy[nodes], 500)
    walk_m, _ = router.from_sources(outlets).at(at_nodes)
    result, _ = walk_transit_times(router, timetable, at_nodes, outlets, walk_m, SETTINGS, 500)
    median_rank = int(np.ceil(0.5 * SETTINGS.window_minutes)) - 1
    thresholds = (10, 20)
    fields, _ = transit_node_fields(router, timetable, outlets, SETTINGS, thresholds, (median_rank,), 500)
    metres_per_second = 4.8 / 3.6
    sorted_times = np.sort(result.seconds, axis=1)[:, median_rank]
    compared = thanks_to_transit = 0
    for threshold in thresholds:
        node_distance, _ = fields[(threshold, median_rank)]
        within_by_field = node_distance[nodes] <= threshold * 60 * metres_per_second
        within_by_times = sorted_times <= threshold * 60
        clear = np.abs(sorted_times - threshold * 60) > 2  # whole-second rounding in the router
        assert (within_by_field[clear] == within_by_times[clear]).all()
        compared += int(clear.sum())
        thanks_to_transit += int((within_by_times & (walk_m > threshold * 60 * metres_per_second))[clear].sum())
        assert within_by_times.any() and not within_by_times.all()
    assert compared > 500 and thanks_to_transit > 10


def test_stop_walks_are_kept_per_island_setting():
    """The stops' ties, kept for later runs, depend on MIN_ISLAND_NODES: a run that skips small
    islands does not get the ties of a run that did not."""
    from foodaccess.core.transit.access import _stop_walks
    from foodaccess.core.walk.network import LocalProjection, build_network

    # A street of 45 pieces (46 nodes) at y = 30, and a lone 2-node footway at y = 0.
    main = [np.array([[10.0 * k, 30.0], [10.0 * (k + 1), 30.0]]) for k in range(45)]
    network = build_network(main + [np.array([[100.0, 0.0], [140.0, 0.0]])], LocalProjection(0, 0))
    stop_lonlat = network.projection.inverse(np.array([[120.0, 5.0]]))
    nearest = _stop_walks(WalkRouter(network), stop_lonlat, 500.0, 100.0)[0]
    skipping = _stop_walks(WalkRouter(network, min_island_nodes=40), stop_lonlat, 500.0, 100.0)[0]
    assert nearest.distance[0] == pytest.approx(5.0, abs=0.01)  # on the footway
    assert skipping.distance[0] == pytest.approx(25.0, abs=0.01)  # on the street


def test_walk_transit_access_reports_the_window_statistics_of_each_routed_origin(porto_alegre):
    """The fields accesstimes writes: the median as time_min, the percentile, the transit share;
    walking alone's nearest outlet, counts and status; nothing for an origin walking reaches no outlet from."""
    router, timetable, outlets, _, _ = porto_alegre
    network = router.network
    rng = np.random.default_rng(9)
    origins_xy = network.node_xy[rng.choice(network.node_count, 120, replace=False)] + 15.0
    origins_xy[0] = np.nan  # no geometry
    result = walk_transit_access(router, timetable, origins_xy, outlets, 1000.0, SETTINGS, 500)
    walk = walk_access(router, origins_xy, outlets, 1000.0, SETTINGS.speed_kmh, 500)
    times, links = walk_transit_times(
        router, timetable, router.snap(origins_xy, 500), outlets, walk.distance_m, SETTINGS, 500
    )
    routed = walk.status == "ok"
    assert not routed[0] and routed.sum() > 100
    for name in ("nearest", "distance_m", "within", "snap_m", "status"):
        np.testing.assert_array_equal(getattr(result.access, name), getattr(walk, name))
    np.testing.assert_array_equal(result.access.time_min[routed], times.minutes(50, walk.time_min)[routed])
    np.testing.assert_array_equal(result.percentile_min[routed], times.minutes(80, walk.time_min)[routed])
    np.testing.assert_array_equal(result.transit_share[routed], times.transit_share()[routed])
    assert np.isnan(result.access.time_min[~routed]).all() and np.isnan(result.transit_share[~routed]).all()
    assert result.helped == int((times.by_transit.any(axis=1) & routed).sum()) > 0
    assert result.mean_share() == pytest.approx(float(times.transit_share()[routed].mean()))
    assert result.stops_off_network == links.off_network and result.estimated is False


def test_transit_service_areas_carry_their_outlet_and_statistic(porto_alegre):
    router, timetable, outlets, _, _ = porto_alegre
    two = outlets.subset(np.arange(2))
    settings = TransitSettings(
        departure=12 * 3600, window_minutes=5, percentile=90, max_walk_min=10, max_transfers=1, speed_kmh=4.8
    )
    areas = transit_service_areas(router, timetable, two, settings, [8.0], 500, 25.0, "grid", per_outlet=True)
    assert sorted((area.outlet, area.statistic, area.threshold) for area in areas) == [
        (0, "median", 8.0),
        (0, "p90", 8.0),
        (1, "median", 8.0),
        (1, "p90", 8.0),
    ]
    assert all(area.wkb for area in areas)
    with pytest.raises(InputError, match="width"):
        transit_service_areas(router, timetable, two, settings, [8.0], 500, 0.0, "grid")


def test_transit_areas_as_access_times_hold_every_home_within_the_threshold(porto_alegre):
    """OUTLINE_HOMES by walk + public transport: no home whose median (or percentile) time from
    walk_transit_access is within the threshold lies outside the area of that statistic, and homes
    well beyond it (by 300 m of walking) seldom lie inside."""
    router, timetable, outlets, _, _ = porto_alegre
    network = router.network
    rng = np.random.default_rng(8)
    homes = network.node_xy[rng.integers(0, network.node_count, 3000)] + rng.normal(0, 120, (3000, 2))
    areas = transit_service_areas(router, timetable, outlets, SETTINGS, [10.0, 20.0], 500, 50.0, "homes")
    assert sorted((area.threshold, area.statistic) for area in areas) == [
        (10.0, "median"),
        (10.0, "p80"),
        (20.0, "median"),
        (20.0, "p80"),
    ]
    access = walk_transit_access(router, timetable, homes, outlets, 1000.0, SETTINGS, 500)
    for area in areas:
        minutes = access.access.time_min if area.statistic == "median" else access.percentile_min
        minutes = np.where(np.isfinite(minutes), minutes, np.inf)
        inside = contains_xy(shapely.wkb.loads(area.wkb), homes[:, 0], homes[:, 1])
        within = minutes <= area.threshold
        beyond = minutes > area.threshold + walk_minutes(300.0, 4.8)
        assert within.sum() > 300 and beyond.sum() > 300
        assert not (within & ~inside).any()
        assert (beyond & inside).sum() <= 0.05 * beyond.sum()
