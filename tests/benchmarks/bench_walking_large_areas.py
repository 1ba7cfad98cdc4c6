"""Service areas at scale: the Porto Alegre network copied side by side (5 x 5, ~450k nodes, a
70 km square), 2,000 outlets at 1,609 m, grid outline (traced by bands: some 47 million grid
nodes) against the exact one. In its own process, so that the peak memory printed is its own."""

import resource
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for walk_data

from foodaccess.core.walk import home_outline  # noqa: E402
from foodaccess.core.walk.network import LocalProjection, build_network, network_from_osm_file  # noqa: E402
from foodaccess.core.walk.routing import WalkRouter  # noqa: E402
from foodaccess.core.walk.service_areas import OUTLINE_EXACT, OUTLINE_GRID, OUTLINE_HOMES, service_areas  # noqa: E402

SEED = 20240501
# Issue 15: the whole process, the exact outline (the baseline) included.
PEAK_MEMORY_GOAL_MB = 1024


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(bench):
    from walk_data import side_by_side_ways

    network, _ = network_from_osm_file(str(bench.shared_data / "porto_alegre" / "poa_osm.pbf"))
    big = build_network(side_by_side_ways(network, 5), LocalProjection(*network.origin))
    router = WalkRouter(big)
    rng = np.random.default_rng(SEED)
    outlets = big.snap(big.vertex_xy[rng.choice(len(big.vertex_xy), 2000, replace=False)], 500.0)
    router.from_sources(outlets, limit=1.0)  # warm: the routing matrix exists
    homes = [bench.time(service_areas, router, outlets, [1609.0], outline=OUTLINE_HOMES)[0] for _ in range(2)]
    bench.note(f"as access times (default): {homes[0]:.1f} s, then {homes[1]:.2f} s; peak {peak_mb():.0f} MB (<= 1024)")
    home_outline._KEPT.clear()  # (the grid kept for later runs: not the next lines' memory)
    before = peak_mb()
    grid, areas = bench.time(service_areas, router, outlets, [1609.0], outline=OUTLINE_GRID)
    bench.note(
        f"{big.node_count:,} nodes; grid outline: {(len(areas[0].wkb) - 9) / 16e6:.1f} million vertices; "
        f"peak memory {before:.0f} MB before the service areas, {peak_mb():.0f} MB after"
    )
    bench.memory("peak memory after the grid outline", peak_mb(), PEAK_MEMORY_GOAL_MB)
    exact, _ = bench.time(service_areas, router, outlets, [1609.0], outline=OUTLINE_EXACT)
    bench.memory("peak memory after the exact outline", peak_mb(), PEAK_MEMORY_GOAL_MB)
    bench.report(
        "service areas, ~450k nodes, 2,000 outlets at 1,609 m (grid, dissolved)",
        grid,
        baseline=exact,
        baseline_name="exact outline",
    )
