"""Walking engine on Porto Alegre: network build, nearest outlet, service areas (against QGIS's
native:serviceareafromlayer in the same process), and the network copied side by side to ~450k nodes.

Origins: the 1,227 hexagon centroids of poa_hexgrid.csv; outlets: network vertices drawn with a
fixed seed."""

import os
import resource
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for walk_data

from foodaccess.core.walk.network import LocalProjection, build_network, network_from_osm_file  # noqa: E402
from foodaccess.core.walk.polygons import workers  # noqa: E402
from foodaccess.core.walk.routing import WalkRouter  # noqa: E402
from foodaccess.core.walk.service_areas import (  # noqa: E402
    OUTLINE_EXACT,
    OUTLINE_GRID,
    OUTLINE_HOMES,
    reached_stretches,
    service_areas,
    stretches_wkb,
)

SEED = 20240501
# Issue 15: the whole process, the ~450k-node network and QGIS's native service area included.
PEAK_MEMORY_GOAL_MB = 1024


def rss_mb():
    with open("/proc/self/status", encoding="ascii") as stream:
        for line in stream:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def run(bench):
    poa = bench.shared_data / "porto_alegre"
    pbf = str(poa / "poa_osm.pbf")
    cache = tempfile.mkdtemp(prefix="foodaccess-bench-cache-")

    seconds, (network, _) = bench.time(network_from_osm_file, pbf, None)
    bench.report("network build, cold (read OSM file + graph)", seconds, goal=10)
    bench.note(
        f"network: {network.node_count} nodes, {network.edge_count} edges, {network.edge_length.sum() / 1000:.0f} km"
    )
    network_from_osm_file(pbf, cache)
    seconds, _ = bench.time(network_from_osm_file, pbf, cache, repeat=3)
    bench.report("network load from the disk cache", seconds)

    from walk_data import hexagon_centroids

    projection = network.projection
    origins_xy = projection.forward(hexagon_centroids(poa / "poa_hexgrid.csv"))
    rng = np.random.default_rng(SEED)
    router = WalkRouter(network)
    network.snap(network.node_xy[:1], 500.0)  # warm: the snapping index exists

    def nearest(outlet_xy):
        outlets = network.snap(outlet_xy, 500.0)
        return router.from_sources(outlets).at(network.snap(origins_xy, 500.0))

    outlets_2000 = network.vertex_xy[rng.choice(len(network.vertex_xy), 2000, replace=False)]
    seconds, (distance, _) = bench.time(nearest, outlets_2000, repeat=5)
    bench.report("nearest outlet, 1,227 origins x 2,000 outlets (warm, snapping included)", seconds, goal=0.1)
    bench.note(f"median walking distance to the nearest of 2,000 outlets: {np.nanmedian(distance):.0f} m")
    snapped_2000, snapped_origins = network.snap(outlets_2000, 500.0), network.snap(origins_xy, 500.0)
    seconds, pairs = bench.time(router.pairs_within, snapped_origins, snapped_2000, 1609.0)
    bench.report("outlets within 1,609 m, 1,227 origins x 2,000 outlets", seconds)
    bench.note(f"{len(pairs[0])} origin-outlet pairs within 1,609 m")

    outlets_200 = network.vertex_xy[rng.choice(len(network.vertex_xy), 200, replace=False)]
    snapped_200 = network.snap(outlets_200, 500.0)

    def reached_lines():
        """What native:serviceareafromlayer returns: the reached network, cut at the threshold (no polygon)."""
        field = router.from_sources(snapped_200, limit=1609.0)
        return stretches_wkb(network, *reached_stretches(network, field.node_distance, snapped_200, 1609.0))

    ours_lines, _ = bench.time(reached_lines, repeat=3)
    timings = {}
    # As access times (the default): the first run ties the network's grid, kept for the next ones.
    first, _ = bench.time(service_areas, router, snapped_200, [1609.0], outline=OUTLINE_HOMES)
    for outline in (OUTLINE_HOMES, OUTLINE_GRID, OUTLINE_EXACT):
        timings[outline, False] = bench.time(service_areas, router, snapped_200, [1609.0], outline=outline, repeat=3)[0]
        timings[outline, True] = bench.time(
            service_areas, router, snapped_200, [1609.0], per_outlet=True, outline=outline
        )[0]
    # The exact unions and the per-outlet polygons run in threads: what else runs on the machine counts.
    bench.note(f"polygons in {workers()} threads; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} processors")

    big_network(bench, network, rng)  # before QGIS starts, so that the peak memory is the engine's

    native = native_service_areas(bench, network, outlets_200)
    bench.report(
        "service areas, 200 outlets at 1,609 m (reached lines only)",
        ours_lines,
        baseline=native,
        baseline_name="native:serviceareafromlayer (lines only)",
    )
    bench.report(
        "service areas, 200 outlets at 1,609 m (homes, first run: the grid)",
        first,
        baseline=native,
        baseline_name="native:serviceareafromlayer (lines only)",
    )
    for (outline, per_outlet), seconds in timings.items():
        how = "per outlet" if per_outlet else "dissolved"
        what = f"service areas, 200 outlets at 1,609 m ({outline} polygons, {how})"
        goal = 50 if (outline, per_outlet) in ((OUTLINE_GRID, False), (OUTLINE_HOMES, False)) else None
        bench.report(
            what, seconds, baseline=native, baseline_name="native:serviceareafromlayer (lines only)", goal_ratio=goal
        )


def native_service_areas(bench, network, outlets_xy):
    """Seconds of QGIS's native:serviceareafromlayer on the same lines and outlets (local metric CRS)."""
    from benchmarks.qgis_session import start_qgis

    start_qgis()
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsVectorLayer,
    )

    import processing
    from foodaccess.processing.street_network import local_crs

    crs = local_crs(network.projection)
    # (without a field, native:serviceareafromlayer crashes QGIS 3.22)
    lines = QgsVectorLayer("LineString?field=id:integer", "lines", "memory")
    lines.setCrs(crs)
    features = []
    for index, (first, last) in enumerate(zip(network.edge_first, network.edge_last)):
        feature = QgsFeature(lines.fields())
        feature.setAttributes([index])
        vertices = network.vertex_xy[first : last + 1]
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in vertices]))
        features.append(feature)
    lines.dataProvider().addFeatures(features)
    points = QgsVectorLayer("Point?field=id:integer", "outlets", "memory")
    points.setCrs(crs)
    features = []
    for index, (x, y) in enumerate(outlets_xy):
        feature = QgsFeature(points.fields())
        feature.setAttributes([index])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    points.dataProvider().addFeatures(features)

    def native():
        return processing.run(
            "native:serviceareafromlayer",
            {
                "INPUT": lines,
                "STRATEGY": 0,
                "START_POINTS": points,
                "TRAVEL_COST2": 1609.0,
                "INCLUDE_BOUNDS": False,
                "OUTPUT_LINES": "memory:",
            },
        )

    seconds, _ = bench.time(native)
    return seconds


def big_network(bench, network, rng):
    """The POA network copied side by side (5 x 5) to ~450k nodes."""
    from walk_data import side_by_side_ways

    copies = side_by_side_ways(network, 5)
    before = rss_mb()
    seconds, big = bench.time(build_network, copies, LocalProjection(*network.origin))
    del copies
    bench.report(f"network build, {big.node_count:,} nodes (POA x 25, from coordinates)", seconds)
    router = WalkRouter(big)
    big.snap(big.node_xy[:1], 500.0)
    outlets = big.vertex_xy[rng.choice(len(big.vertex_xy), 2000, replace=False)]
    origins = big.vertex_xy[rng.choice(len(big.vertex_xy), 30000, replace=False)] + 20.0

    def nearest():
        return router.from_sources(big.snap(outlets, 500.0)).at(big.snap(origins, 500.0))

    seconds, _ = bench.time(nearest, repeat=3)
    bench.report("nearest outlet on ~450k nodes, 30,000 origins x 2,000 outlets", seconds, goal=1)
    bench.note(f"resident memory: {before:.0f} MB before the big network, {rss_mb():.0f} MB with it")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    bench.memory("peak memory of the process so far", peak, PEAK_MEMORY_GOAL_MB)
