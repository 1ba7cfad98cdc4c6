"""The walking engine without scipy (many QGIS installs lack it): the numpy grid index, the numpy
union-find and networkx routing give the same results as scipy's cKDTree and csgraph.

The engine runs twice on the same Porto Alegre data: here, with scipy, and in a fresh Python
where ``sys.modules["scipy"] = None`` before anything imports foodaccess (a top-level scipy
import anywhere in the walking code shows up as a failure). Same for ``accesstimes`` MODE 1 in
a QGIS session without scipy.
"""

import os
import pickle
import subprocess
import sys

import numpy as np
import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
THRESHOLDS = (400.0, 800.0, 1609.0)
MAX_SNAP = 500.0


def engine_results(folder):
    """Everything the walking engine computes on Porto Alegre, with whatever packages this Python has."""
    from walk_data import hexagon_centroids, sample_vertices, walkable_lines_lonlat

    from foodaccess.core.walk.network import network_from_osm_file
    from foodaccess.core.walk.routing import WalkRouter, default_backend, straight_access, walk_access
    from foodaccess.core.walk.service_areas import service_areas

    pbf = os.path.join(folder, "poa_osm.pbf")
    network, from_cache = network_from_osm_file(pbf)  # no cache: built by this process
    assert not from_cache
    origins_lonlat = hexagon_centroids(os.path.join(folder, "poa_hexgrid.csv"))
    outlets_lonlat = sample_vertices(walkable_lines_lonlat(pbf), 40)
    projection = network.projection
    rng = np.random.default_rng(7)
    origins_xy = projection.forward(origins_lonlat)
    # Besides the hexagon centroids: points scattered off the streets, some kilometres away.
    origins_xy = np.concatenate([origins_xy, origins_xy[::5] + rng.normal(0, 1500.0, (len(origins_xy[::5]), 2))])
    outlets = network.snap(projection.forward(outlets_lonlat), MAX_SNAP)
    origins = network.snap(origins_xy, MAX_SNAP)
    router = WalkRouter(network)
    walk = walk_access(router, origins_xy, outlets, 1200.0, 4.8, MAX_SNAP)
    straight = straight_access(projection.inverse(origins_xy), outlets_lonlat, 1200.0, 4.8)
    dissolved = service_areas(router, outlets, THRESHOLDS)
    alone = service_areas(router, outlets.subset(np.arange(4)), THRESHOLDS[:2], per_outlet=True)
    from foodaccess.core.walk.snap import Snapper

    return {
        "backend": default_backend(),
        "index": type(Snapper(network).index).__name__,
        "scipy_imported": "scipy" in sys.modules and sys.modules["scipy"] is not None,
        "component": network.component,
        "origins": (origins.edge, origins.position, origins.distance),
        "outlets": (outlets.edge, outlets.position, outlets.distance),
        "walk": (walk.nearest, walk.distance_m, walk.within, walk.snap_m, walk.status),
        "straight": (straight.nearest, straight.distance_m, straight.within),
        "areas": [(area.threshold, area.outlet, area.wkb) for area in dissolved + alone],
    }


def run_child(args, env=None):
    """This module run in a fresh Python with ``args``; what it pickled."""
    process = subprocess.run([sys.executable, "-P", __file__, *args], capture_output=True, timeout=600, env=env)
    assert process.returncode == 0, process.stderr.decode()[-4000:]
    with open(args[-1], "rb") as stream:
        return pickle.load(stream)


@pytest.fixture(scope="module")
def folder(shared_data):
    return str(shared_data / "porto_alegre")


@pytest.fixture(scope="module")
def with_scipy(folder):
    return engine_results(folder)


@pytest.fixture(scope="module")
def without_scipy(folder, tmp_path_factory):
    return run_child(["engine", folder, str(tmp_path_factory.mktemp("engine") / "without.pickle")])


def test_the_child_really_runs_without_scipy(with_scipy, without_scipy):
    assert (with_scipy["backend"], with_scipy["index"]) == ("scipy", "TreeIndex")
    assert (without_scipy["backend"], without_scipy["index"]) == ("networkx", "GridIndex")
    assert not without_scipy["scipy_imported"]


def test_network_components_are_identical(with_scipy, without_scipy):
    assert with_scipy["component"].max() > 0, "Porto Alegre has islands: the check must see some"
    np.testing.assert_array_equal(with_scipy["component"], without_scipy["component"])


@pytest.mark.parametrize("points", ["origins", "outlets"])
def test_snapped_edges_and_distances_are_identical(with_scipy, without_scipy, points):
    edge, position, distance = with_scipy[points]
    other_edge, other_position, other_distance = without_scipy[points]
    np.testing.assert_array_equal(edge, other_edge)
    np.testing.assert_array_equal(position, other_position)
    np.testing.assert_array_equal(distance, other_distance)
    if points == "origins":
        assert (edge < 0).sum() > 10 and np.isfinite(distance).all(), "points too far to be tied are covered"


def test_nearest_outlets_distances_and_counts_are_identical(with_scipy, without_scipy):
    nearest, distance, within, snap, status = with_scipy["walk"]
    other_nearest, other_distance, other_within, other_snap, other_status = without_scipy["walk"]
    np.testing.assert_array_equal(nearest, other_nearest)
    np.testing.assert_allclose(distance, other_distance, rtol=0, atol=1e-9)  # Dijkstra's sums may round apart
    np.testing.assert_array_equal(within, other_within)
    np.testing.assert_array_equal(snap, other_snap)
    np.testing.assert_array_equal(status, other_status)
    assert within.sum() > 0 and (nearest >= 0).sum() > 1000


def test_straight_line_distances_are_identical(with_scipy, without_scipy):
    for ours, theirs in zip(with_scipy["straight"], without_scipy["straight"]):
        np.testing.assert_array_equal(ours, theirs)
    assert with_scipy["straight"][2].sum() > 0


def test_service_area_polygons_are_the_same(with_scipy, without_scipy):
    from osgeo import ogr

    assert [area[:2] for area in with_scipy["areas"]] == [area[:2] for area in without_scipy["areas"]]
    assert len(with_scipy["areas"]) == len(THRESHOLDS) + 4 * 2
    for (threshold, outlet, wkb), (_, _, other_wkb) in zip(with_scipy["areas"], without_scipy["areas"]):
        polygon, other = ogr.CreateGeometryFromWkb(wkb), ogr.CreateGeometryFromWkb(other_wkb)
        assert polygon.GetArea() > 0
        assert abs(polygon.GetArea() - other.GetArea()) <= 1e-9 * polygon.GetArea(), (threshold, outlet)
        assert polygon.SymDifference(other).GetArea() <= 1e-6 * polygon.GetArea(), (threshold, outlet)


# --- the index itself, both backends in this process ----------------------------------------------
def test_grid_and_tree_answer_the_same_queries(shared_data):
    from foodaccess.core.walk.index import GridIndex, TreeIndex
    from foodaccess.core.walk.network import network_from_osm_file

    network, _ = network_from_osm_file(str(shared_data / "porto_alegre" / "poa_osm.pbf"))
    rng = np.random.default_rng(3)
    points = network.vertex_xy
    queries = np.concatenate(
        [
            points[rng.integers(0, len(points), 3000)] + rng.normal(0, 80.0, (3000, 2)),
            rng.uniform(points.min(0) - 5000, points.max(0) + 5000, (300, 2)),
        ]
    )
    grid, tree = GridIndex(points), TreeIndex(points)
    distance, _ = grid.nearest(queries)
    np.testing.assert_allclose(distance, tree.nearest(queries)[0], rtol=1e-15, atol=1e-9)
    radius = rng.uniform(0, 300, len(queries))
    pairs = set(zip(*grid.pairs_within(queries, radius)))
    assert pairs == set(zip(*tree.pairs_within(queries, radius)))
    assert len(pairs) > len(queries)
    brute = np.hypot(*(points[None, :, :] - queries[:50, None, :]).transpose(2, 0, 1)) <= radius[:50, None]
    assert {pair for pair in pairs if pair[0] < 50} == set(zip(*np.nonzero(brute)))


# --- accesstimes in QGIS without scipy ------------------------------------------------------------
def access_times_results(folder, mode=1):
    """accesstimes MODE 1 (hexagon centroids to 40 sampled vertices, OSM file) in a started QGIS; MODE 2 (walk +
    public transport, Porto Alegre's two GTFS feeds, a Wednesday noon, 30-minute window) on every fourth centroid."""
    from qgis.core import NULL, QgsApplication
    from walk_data import hexagon_centroids, point_layer, sample_vertices, walkable_lines_lonlat

    pbf = os.path.join(folder, "poa_osm.pbf")
    centroids = hexagon_centroids(os.path.join(folder, "poa_hexgrid.csv"))
    origins = point_layer(centroids if mode == 1 else centroids[::4], name="origins")
    outlets = point_layer(sample_vertices(walkable_lines_lonlat(pbf), 40), name="outlets")
    import processing

    result = processing.run(
        "foodaccess:accesstimes",
        {
            "ORIGINS": origins,
            "OUTLETS": outlets,
            "OSM_FILE": pbf,
            "MODE": mode,
            "THRESHOLD": 1000,
            "UNIT": 0,
            "OUTPUT": "memory:",
            **(transit_parameters(folder) if mode == 2 else {}),
        },
    )
    fields = ("nearest_id", "distance_m", "outlets_within", "snap_m", "status")
    fields += ("time_min", "time_p90", "transit_share") if mode == 2 else ()
    rows = [
        tuple(None if feature[name] == NULL else feature[name] for name in fields)
        for feature in result["OUTPUT"].getFeatures()
    ]
    cache = os.path.join(QgsApplication.qgisSettingsDirPath(), "cache", "foodaccess", "networks")
    return {"rows": rows, "scipy_imported": sys.modules.get("scipy") is not None, "cache": os.listdir(cache)}


def _start_qgis_with_provider():
    from qgis.core import QgsApplication

    global _APP, _PROVIDER  # kept alive while the child runs
    _APP = QgsApplication([], False)
    _APP.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    from foodaccess.processing.provider import FoodAccessProvider

    _PROVIDER = FoodAccessProvider()
    QgsApplication.processingRegistry().addProvider(_PROVIDER)


def transit_parameters(folder):
    gtfs = [os.path.join(folder, name) for name in ("poa_eptc.zip", "poa_trensurb.zip")]
    return {"GTFS": gtfs, "DATE": "2019-05-15", "DEPARTURE": "12:00:00", "WINDOW": 30, "PERCENTILE": 90}


def approx_or_none(value, other, tolerance):
    return other is None if value is None else value == pytest.approx(other, abs=tolerance)


@pytest.mark.parametrize(("mode", "origins"), [(1, 1227), (2, 307)])
def test_access_times_runs_without_scipy_and_gives_the_same_results(folder, tmp_path, mode, origins):
    from plugin_session import qgis_env

    runs = {}
    for name, block in (("with", ""), ("without", "scipy")):
        profile = tmp_path / name  # a fresh profile each: the child builds its own network cache
        pickled = str(tmp_path / f"{name}.pickle")
        runs[name] = run_child(["accesstimes", block, folder, str(mode), pickled], qgis_env(profile))
    assert runs["with"]["scipy_imported"] and not runs["without"]["scipy_imported"]
    assert runs["without"]["cache"], "the network was built and cached without scipy"
    ours, theirs = runs["with"]["rows"], runs["without"]["rows"]
    assert len(ours) == len(theirs) == origins
    assert sum(row[4] == "ok" for row in ours) > 0.8 * origins
    for row, other in zip(ours, theirs):
        assert (row[0], row[2], row[4]) == (other[0], other[2], other[4])
        assert approx_or_none(row[1], other[1], 1e-6)
        assert row[3] == pytest.approx(other[3], abs=1e-9)
        assert all(approx_or_none(value, theirs_, 1e-6) for value, theirs_ in zip(row[5:], other[5:]))
    if mode == 2:  # public transport helped some origins, identically with and without scipy
        assert sum(row[7] is not None and row[7] > 0 for row in ours) > 10


if __name__ == "__main__":
    mode, arguments = sys.argv[1], sys.argv[2:]
    if mode == "engine":
        sys.modules["scipy"] = None  # "import scipy..." now raises ImportError
        data_folder, out = arguments
    else:
        blocked, data_folder, access_mode, out = arguments
        for package in filter(None, blocked.split(",")):
            sys.modules[package] = None
        _start_qgis_with_provider()
    sys.path.insert(0, TESTS)  # walk_data (never the repository root: see DEVELOPERS.md)
    results = engine_results(data_folder) if mode == "engine" else access_times_results(data_folder, int(access_mode))
    with open(out, "wb") as stream:
        pickle.dump(results, stream)
    os._exit(0)  # skip QGIS's slow teardown
