"""Walk + public transport on Porto Alegre: OSM street network, the EPTC bus and
Trensurb metro feeds, the 1,227 H3 hexagon centroids as origins, 2,000 outlets
sampled from network nodes (fixed seed); Wednesday 2019-05-15, departures
12:00-12:59 every minute, median and 80th percentile, 2 transfers, 30 min walks.

- cold: network built from the .pbf (empty cache), both feeds parsed, stops tied
  to the network with their transfers, then the run;
- warm: the same run again (timetable for the window, egress, access, profiles,
  window times, statistics);
- the same with 20 outlets: the cost does not grow with the number of outlets
  (it grows with the walks to reach them, which bound the stops worth reaching);
- baselines in the same process: the brute-force reference of the tests (one
  Dijkstra per origin and departure minute, tests/transit_reference.py) on a
  few origins, extrapolated to all (its answers are checked equal), and walking
  alone (one multi-source pass).
"""

import csv
import datetime
import sys
import tempfile
from pathlib import Path

import numpy as np

from foodaccess.core.transit import gtfs
from foodaccess.core.transit.access import walk_transit_times
from foodaccess.core.transit.settings import TransitSettings
from foodaccess.core.walk.network import network_from_osm_file
from foodaccess.core.walk.routing import WalkRouter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from transit_reference import ReferenceRouter, trips_from_timetable  # noqa: E402

DAY = datetime.date(2019, 5, 15)
SETTINGS = TransitSettings(
    departure=12 * 3600, window_minutes=60, percentile=80, max_walk_min=30, max_transfers=2, speed_kmh=4.8
)
OUTLETS = 2000
FEW_OUTLETS = 20
REFERENCE_ORIGINS = 4


def origin_lonlat(folder):
    with open(folder / "poa_hexgrid.csv", newline="") as stream:
        return np.array([(float(row["lon"]), float(row["lat"])) for row in csv.DictReader(stream)])


def timetable(feeds):
    # Departures in the window, plus the longest useful ride after it.
    return gtfs.build_timetable(feeds, DAY, SETTINGS.departure, SETTINGS.departure + 60 * 60 + 3 * 3600)


def run_once(router, feeds, origins, outlets):
    walk_m, _ = router.from_sources(outlets).at(origins)
    result, links = walk_transit_times(router, timetable(feeds), origins, outlets, walk_m, SETTINGS, 500.0)
    return result.median(), result.percentile(SETTINGS.percentile), result.transit_share(), result, links, walk_m


def cold(folder, cache_dir, lonlat):
    network, _ = network_from_osm_file(str(folder / "poa_osm.pbf"), cache_dir)
    router = WalkRouter(network)
    feeds = gtfs.read_feeds([str(folder / "poa_eptc.zip"), str(folder / "poa_trensurb.zip")])
    origins = router.snap(network.projection.forward(lonlat), 500.0)
    rng = np.random.default_rng(2024)
    outlets = router.snap(network.node_xy[rng.choice(network.node_count, OUTLETS, replace=False)], 500.0)
    return router, feeds, origins, outlets, run_once(router, feeds, origins, outlets)


def reference_router(table, links):
    """The tests' brute-force router on the same stops and walks (whole seconds, as the fast router)."""
    egress = dict(enumerate(np.rint(links.egress).tolist()))
    transfers = {}
    for stop in range(links.transfers.source_count):
        low, high = links.transfers.start[stop], links.transfers.start[stop + 1]
        seconds = np.rint(links.transfers.seconds[low:high]).tolist()
        transfers[stop] = list(zip(links.transfers.targets[low:high].tolist(), seconds))
    return ReferenceRouter(trips_from_timetable(table), egress, transfers, SETTINGS.max_transfers + 1)


def run(bench):
    folder = bench.shared_data / "porto_alegre"
    lonlat = origin_lonlat(folder)
    with tempfile.TemporaryDirectory() as cache_dir:
        cold_s, (router, feeds, origins, outlets, first) = bench.time(cold, folder, cache_dir, lonlat)
    warm_s, (median, percentile, share, result, links, walk_m) = bench.time(
        run_once, router, feeds, origins, outlets, repeat=3
    )
    walk_s, _ = bench.time(lambda: router.from_sources(outlets).at(origins), repeat=3)
    few = outlets.subset(np.arange(FEW_OUTLETS))
    few_s, few_run = bench.time(run_once, router, feeds, origins, few, repeat=3)

    # The reference on a few origins where transit helps, with the same walking legs.
    table = timetable(feeds)
    reference = reference_router(table, links)
    access = links.access(router, origins, np.where(np.isfinite(walk_m), walk_m, np.inf), SETTINGS)
    helped = np.flatnonzero(result.by_transit.any(axis=1))
    chosen = helped[:: max(1, len(helped) // REFERENCE_ORIGINS)][:REFERENCE_ORIGINS]
    walk_seconds = np.where(np.isfinite(walk_m), walk_m, np.inf) / (SETTINGS.speed_kmh / 3.6)
    equal = True

    def reference_run():
        nonlocal equal
        for origin in chosen:
            low, high = access.start[origin], access.start[origin + 1]
            stops = list(zip(access.targets[low:high].tolist(), np.rint(access.seconds[low:high]).tolist()))
            walk = float(np.rint(walk_seconds[origin]))
            for column, minute in enumerate(result.departures):
                expected = reference.travel_seconds(int(minute), stops, walk)
                # The reference is fed whole seconds; walking alone keeps its exact time.
                equal &= bool(abs(expected - result.seconds[origin, column]) <= 0.5)

    reference_s, _ = bench.time(reference_run)
    reference_all = reference_s * len(lonlat) / max(len(chosen), 1)

    bench.note(
        f"{len(lonlat)} origins, {OUTLETS} outlets, {table.stop_count} stops ({links.off_network} off the network), "
        f"{table.connection_count} connections 12:00-16:00, {len(links.transfers.targets)} transfer walks"
    )
    finite = np.isfinite(median) & np.isfinite(walk_seconds)
    bench.note(
        f"mean median walk+transit {np.mean(median[finite]) / 60:.2f} min "
        f"(walking alone {np.mean(walk_seconds[finite]) / 60:.2f}), "
        f"p{SETTINGS.percentile:g} {np.mean(percentile[finite]) / 60:.2f} min; transit beats walking at "
        f"{100 * share.mean():.2f} % of origin-minutes, on {len(helped)} origins"
    )
    bench.note(
        f"reference on {len(chosen)} origins x {len(result.departures)} minutes: "
        f"{'agrees to the second with' if equal else 'DIFFERS from'} the fast router"
    )
    bench.report("cold: OSM network + 2 GTFS parsed + stops tied + run", cold_s, goal=20)
    bench.report(
        "warm: 1,227 origins x 60 min, median + p80",
        warm_s,
        baseline=reference_all,
        baseline_name=f"brute-force Dijkstra ({len(chosen)} origins, x{len(lonlat) / max(len(chosen), 1):.0f})",
        goal=3,
    )
    bench.report("walking alone (nearest outlet, one pass), for scale", walk_s)
    bench.report(
        f"warm with {FEW_OUTLETS} outlets (longer walks: more stops in reach)",
        few_s,
        baseline=warm_s,
        baseline_name=f"{OUTLETS} outlets",
    )
    bench.note(
        f"with {FEW_OUTLETS} outlets transit beats walking at {100 * few_run[2].mean():.1f} % of origin-minutes "
        f"(median {np.nanmean(np.where(np.isfinite(few_run[0]), few_run[0], np.nan)) / 60:.1f} min)"
    )
