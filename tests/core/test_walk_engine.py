"""The walking engine (core/walk/network.py, walk_snap.py, routing.py, walk_geodesic.py) against
independent references: brute-force projections, networkx on a graph where the points are
inserted as real nodes, pyproj's geodesic (Karney)."""

import shutil

import networkx
import numpy as np
import pytest

from foodaccess.core.errors import FoodAccessError
from foodaccess.core.osm.tags import feature_tags
from foodaccess.core.progress import Cancelled, Progress
from foodaccess.core.walk.geodesic import geodesic_distance, nearest_geodesic
from foodaccess.core.walk.network import (
    LocalProjection,
    build_network,
    is_walkable,
    is_walkable_way,
    network_from_osm_file,
    read_osm_lines,
)
from foodaccess.core.walk.routing import StaggeredSources, WalkRouter, straight_access, walk_access

PROJECTION = LocalProjection(0, 0)


@pytest.fixture(scope="module")
def poa(shared_data):
    network, _ = network_from_osm_file(str(shared_data / "porto_alegre" / "poa_osm.pbf"))
    return network


def random_points(network, count, spread, seed):
    rng = np.random.default_rng(seed)
    return network.node_xy[rng.integers(0, network.node_count, count)] + rng.normal(0, spread, (count, 2))


@pytest.mark.parametrize(
    "tags, walkable",
    [
        ({"highway": "residential"}, True),
        ({"highway": "footway"}, True),
        ({"highway": "motorway"}, False),
        ({"highway": "trunk"}, False),
        ({"highway": "trunk", "foot": "yes"}, True),
        ({"highway": "cycleway"}, False),
        ({"highway": "cycleway", "foot": "designated"}, True),
        ({"highway": "residential", "access": "private"}, False),
        ({"highway": "residential", "access": "no", "foot": "yes"}, True),
        ({"highway": "residential", "foot": "no"}, False),
        ({"highway": "proposed", "foot": "yes"}, False),
        ({"waterway": "river"}, False),
    ],
)
def test_walkable_rules(tags, walkable):
    assert is_walkable(tags) is walkable


@pytest.mark.parametrize(
    "fields, other_tags",
    [
        ({"highway": "residential"}, None),
        ({"highway": "residential"}, '"access"=>"private"'),
        ({"highway": "residential"}, '"surface"=>"asphalt","access"=>"no","foot"=>"yes"'),
        ({"highway": "trunk"}, '"foot"=>"designated"'),
        ({"highway": "trunk"}, '"name"=>"says \\"foot\\"=>\\"yes\\""'),  # "foot" only inside a value
        ({"highway": "residential", "foot": "no"}, '"foot"=>"yes"'),  # the field wins, as in feature_tags
        ({"highway": "residential", "foot": ""}, '"foot"=>"no"'),  # an empty field leaves other_tags' value
        ({"highway": None}, '"highway"=>"footway"'),
        ({"highway": "proposed"}, '"foot"=>"yes"'),
        ({}, '"highway"=>"motorway","foot"=>"permissive"'),
    ],
)
def test_walkable_way_parses_other_tags_only_when_needed_and_decides_as_all_tags(fields, other_tags):
    assert is_walkable_way(fields, other_tags) is is_walkable(feature_tags(fields, other_tags))


def test_ways_are_split_at_shared_vertices_and_zero_length_pieces_dropped():
    # A cross whose ways share their middle vertex, a repeated vertex, a one-point way and a lone island.
    lines = [
        np.array([[0.0, 0.0], [100.0, 0.0], [100.0, 0.0], [200.0, 0.0]]),
        np.array([[100.0, -100.0], [100.0, 0.0], [100.0, 100.0]]),
        np.array([[50.0, 50.0], [50.0, 50.0]]),
        np.array([[1000.0, 1000.0], [1000.0, 1100.0]]),
    ]
    network = build_network(lines, PROJECTION)
    assert network.node_count == 7 and network.edge_count == 5
    assert sorted(network.edge_length.tolist()) == [100.0] * 5
    assert network.dropped_zero_length == 1
    assert network.islands() == (2, pytest.approx(400 / 500))
    with pytest.raises(FoodAccessError, match="zero-length"):
        build_network([np.array([[5.0, 5.0], [5.0, 5.0]])], PROJECTION)
    with pytest.raises(FoodAccessError, match="empty"):
        build_network([], PROJECTION)


def test_snapping_is_the_exact_nearest_point_of_the_nearest_edge(poa):
    points = random_points(poa, 300, 120.0, seed=1)
    snapped = poa.snap(points, max_snap=500.0)
    # Brute force over every segment.
    starts = np.concatenate([poa.vertex_xy[a:b] for a, b in zip(poa.edge_first, poa.edge_last)])
    ends = np.concatenate([poa.vertex_xy[a + 1 : b + 1] for a, b in zip(poa.edge_first, poa.edge_last)])
    direction = ends - starts
    squared = (direction**2).sum(axis=1)
    for point, distance, xy in zip(points, snapped.distance, snapped.xy):
        t = np.clip(((point - starts) * direction).sum(axis=1) / squared, 0, 1)
        gaps = np.hypot(*(starts + t[:, None] * direction - point).T)
        assert distance == pytest.approx(gaps.min(), abs=1e-6)
        assert np.hypot(*(xy - point)) == pytest.approx(distance, abs=1e-6)
    assert snapped.tied.all()
    far = poa.snap(np.array([[1e6, 1e6], [np.nan, np.nan]]), max_snap=500.0)
    assert list(far.edge) == [-1, -1] and far.distance[0] > 1e5 and np.isnan(far.distance[1])


def reference_graph(network, groups):
    """networkx graph of the network where every snapped point of ``groups`` is a node of its own
    (its edge split at it, plus its straight leg): the independent reference."""
    graph = networkx.Graph()
    cuts = {}
    for name, snapped in groups.items():
        for index in np.flatnonzero(snapped.tied):
            cuts.setdefault(int(snapped.edge[index]), []).append((float(snapped.position[index]), (name, int(index))))
            graph.add_edge((name, int(index)), ("leg", name, int(index)), weight=float(snapped.distance[index]))
    for edge in range(network.edge_count):
        stops = (
            [(0.0, int(network.edge_u[edge]))]
            + sorted(cuts.get(edge, []))
            + [(float(network.edge_length[edge]), int(network.edge_v[edge]))]
        )
        for (a, node_a), (b, node_b) in zip(stops[:-1], stops[1:]):
            if node_a == node_b:
                continue
            if not graph.has_edge(node_a, node_b) or graph[node_a][node_b]["weight"] > b - a:
                graph.add_edge(node_a, node_b, weight=b - a)
    return graph


def join_same_points(graph, groups):
    """Joins (zero walk) the legs of the points of two groups at the same place and on the same edge."""
    (name_a, a), (name_b, b) = groups.items()
    for i in np.flatnonzero(a.tied):
        for j in np.flatnonzero(b.tied & (b.edge == a.edge[i])):
            if np.hypot(*(a.point[i] - b.point[j])) <= 0.01:
                graph.add_edge(("leg", name_a, int(i)), ("leg", name_b, int(j)), weight=0.0)
    return graph


def test_a_home_at_an_outlet_walks_zero_and_a_home_beside_it_along_the_edge():
    network = build_network([np.array([[0.0, 0.0], [1000.0, 0.0]])], PROJECTION)
    router = WalkRouter(network)
    outlets = network.snap(np.array([[400.0, 300.0]]), 500.0)
    homes = network.snap(np.array([[400.0, 300.0], [403.0, 296.0], [400.0, -300.0]]), 500.0)
    distance, nearest = router.from_sources(outlets).at(homes)
    # Same point: zero; 5 m away: both legs (300 + 296) and 3 m along the edge, not via a node.
    assert distance == pytest.approx([0.0, 300 + 3 + 296, 600.0])
    assert list(nearest) == [0, 0, 0]
    point, target, pair_distance = router.pairs_within(homes, outlets, 599.0)
    assert list(point) == [0, 1] and list(target) == [0, 0] and pair_distance == pytest.approx([0.0, 599.0])
    assert walk_access(router, np.array([[400.0, 300.0]]), outlets, 100.0, 4.8, 500.0).time_min == [0.0]


def test_homes_at_outlets_match_a_graph_with_the_same_points_joined(poa):
    rng = np.random.default_rng(11)
    router = WalkRouter(poa)
    outlet_xy = random_points(poa, 30, 150.0, seed=12)
    home_xy = np.concatenate([outlet_xy[rng.integers(0, 30, 40)], random_points(poa, 40, 150.0, seed=13)])
    outlets, homes = poa.snap(outlet_xy, 500.0), poa.snap(home_xy, 500.0)
    distance, _ = router.from_sources(outlets).at(homes)
    groups = {"outlet": outlets, "home": homes}
    graph = join_same_points(reference_graph(poa, groups), groups)
    lengths = networkx.multi_source_dijkstra_path_length(graph, {("leg", "outlet", i) for i in range(len(outlets))})
    expected = np.array([lengths.get(("leg", "home", index), np.inf) for index in range(len(homes))])
    assert (expected[:40] == 0).all() and (expected[40:] > 0).all()
    np.testing.assert_allclose(np.where(np.isfinite(distance), distance, np.inf), expected, rtol=0, atol=1e-6)
    point, target, pair_distance = router.pairs_within(homes, outlets, 700.0)
    found = {(int(p), int(t)): d for p, t, d in zip(point, target, pair_distance)}
    for index in range(len(outlets)):
        reach = networkx.single_source_dijkstra_path_length(graph, ("leg", "outlet", index), cutoff=700.0)
        homes_reached = ((key, value) for key, value in reach.items() if isinstance(key, tuple))
        want = {(key[2], index): value for key, value in homes_reached if key[:2] == ("leg", "home")}
        assert {key: found[key] for key in found if key[1] == index} == pytest.approx(want, abs=1e-6)


def test_nearest_outlet_matches_a_graph_with_the_points_inserted(poa):
    router = WalkRouter(poa)
    outlets = poa.snap(random_points(poa, 40, 30.0, seed=2), 500.0)
    origins = poa.snap(random_points(poa, 150, 80.0, seed=3), 500.0)
    distance, nearest = router.from_sources(outlets).at(origins)
    graph = reference_graph(poa, {"outlet": outlets, "origin": origins})
    lengths = networkx.multi_source_dijkstra_path_length(graph, {("leg", "outlet", i) for i in range(len(outlets))})
    for index in range(len(origins)):
        expected = lengths.get(("leg", "origin", index), np.inf)
        assert (distance[index] if np.isfinite(distance[index]) else np.inf) == pytest.approx(expected, abs=1e-6)
    # The nearest outlet's own distance is the reported one.
    single = reference_graph(poa, {"outlet": outlets, "origin": origins})
    for index in np.flatnonzero(nearest >= 0)[:20]:
        own = networkx.dijkstra_path_length(
            single, ("leg", "outlet", int(nearest[index])), ("leg", "origin", int(index))
        )
        assert own == pytest.approx(distance[index], abs=1e-6)


def test_an_origin_and_an_outlet_on_the_same_long_edge():
    network = build_network(
        [np.array([[0.0, 0.0], [1000.0, 0.0]]), np.array([[1000.0, 0.0], [1000.0, 50.0]])], PROJECTION
    )
    router = WalkRouter(network)
    outlets = network.snap(np.array([[400.0, 10.0]]), 500.0)
    origins = network.snap(np.array([[450.0, -20.0], [1000.0, 60.0]]), 500.0)
    distance, nearest = router.from_sources(outlets).at(origins)
    assert distance == pytest.approx([10 + 50 + 20, 10 + 600 + 50 + 10])
    assert list(nearest) == [0, 0]
    point, target, pair_distance = router.pairs_within(origins, outlets, 100.0)
    assert list(point) == [0] and list(target) == [0] and pair_distance == pytest.approx([80.0])


def grid_and_island():
    """A 8 x 8 street grid (64 nodes, 100 m blocks, crossings on shared vertices) and, inside the
    block (100..200, 100..200), a courtyard path cut off from it: one bent edge, 2 nodes."""
    steps = np.arange(0.0, 800.0, 100.0)
    lines = [np.column_stack([steps, np.full(8, y)]) for y in steps]
    lines += [np.column_stack([np.full(8, x), steps]) for x in steps]
    lines.append(np.array([[130.0, 150.0], [170.0, 150.0], [170.0, 130.0]]))
    return build_network(lines, PROJECTION)


def test_points_skip_a_small_island_for_a_street_a_little_farther():
    network = grid_and_island()
    assert np.bincount(network.component).tolist() == [64, 2]
    assert network.small_islands(40) == 1 and network.small_islands(2) == 0
    point = np.array([[150.0, 158.0]])  # 8 m from the courtyard path, 42 m from the street y = 200
    outlet = network.snap(np.array([[0.0, 0.0]]), 500.0)

    pruned = walk_access(WalkRouter(network, min_island_nodes=40), point, outlet, 1000.0, 4.8, 500.0)
    snapped = network.snap(point, 500.0, min_island_nodes=40)
    assert snapped.xy[0] == pytest.approx([150.0, 200.0]) and snapped.off_island.tolist() == [True]
    assert network.component[network.edge_u[snapped.edge[0]]] == 0
    assert pruned.status.tolist() == ["ok"] and pruned.off_island.tolist() == [True]
    # The straight leg (42 m), then along the grid to (0, 0): 150 m west and 200 m south.
    assert pruned.distance_m == pytest.approx([42.0 + 150.0 + 200.0]) and pruned.snap_m == pytest.approx([42.0])

    # No pruning (0), or an island as large as the minimum: tied to the path, which reaches nothing.
    for router in (WalkRouter(network), WalkRouter(network, min_island_nodes=2)):
        kept = walk_access(router, point, outlet, 1000.0, 4.8, 500.0)
        assert kept.status.tolist() == ["no outlet reachable"] and kept.snap_m == pytest.approx([8.0])
        assert np.isnan(kept.distance_m[0]) and not kept.off_island.any()


def test_a_point_with_only_an_island_within_max_snap_is_tied_to_it():
    network = grid_and_island()
    point = np.array([[150.0, 158.0]])
    outlet = network.snap(np.array([[0.0, 0.0]]), 500.0)
    router = WalkRouter(network, min_island_nodes=40)
    # MAX_SNAP 30 m: the street (42 m) is too far, the island (8 m) is not.
    island = walk_access(router, point, outlet, 1000.0, 4.8, 30.0)
    assert island.status.tolist() == ["no outlet reachable"] and island.snap_m == pytest.approx([8.0])
    assert not island.off_island.any()
    assert network.component[network.edge_u[router.snap(point, 30.0).edge[0]]] == 1
    # MAX_SNAP 5 m: nothing; the distance reported is to the nearest edge of any part.
    too_far = walk_access(router, point, outlet, 1000.0, 4.8, 5.0)
    assert too_far.status.tolist() == ["too far from network"] and too_far.snap_m == pytest.approx([8.0])


def test_island_pruning_is_the_brute_force_nearest_main_edge(poa):
    """On Porto Alegre (many small islands): every point tied to the nearest edge of the parts of at
    least 40 nodes when one is within MAX_SNAP, else to the nearest edge of all."""
    points = random_points(poa, 400, 150.0, seed=14)
    snapped = poa.snap(points, 200.0, min_island_nodes=40)
    sizes = np.bincount(poa.component)
    main = (sizes >= 40)[poa.component[poa.edge_u]]
    main[poa.component[poa.edge_u] == 0] = True
    edge_of = np.concatenate([np.full(b - a, e) for e, (a, b) in enumerate(zip(poa.edge_first, poa.edge_last))])
    starts = np.concatenate([poa.vertex_xy[a:b] for a, b in zip(poa.edge_first, poa.edge_last)])
    ends = np.concatenate([poa.vertex_xy[a + 1 : b + 1] for a, b in zip(poa.edge_first, poa.edge_last)])
    direction = ends - starts
    squared = (direction**2).sum(axis=1)
    moved = 0
    for point, edge, distance, off_island in zip(points, snapped.edge, snapped.distance, snapped.off_island):
        t = np.clip(((point - starts) * direction).sum(axis=1) / squared, 0, 1)
        gaps = np.hypot(*(starts + t[:, None] * direction - point).T)
        on_main = main[edge_of]
        expected = gaps[on_main].min() if gaps[on_main].min() <= 200.0 else gaps.min()
        assert distance == pytest.approx(expected, abs=1e-6)
        assert (edge >= 0) == (expected <= 200.0)
        assert off_island == (gaps[on_main].min() <= 200.0 and gaps[~on_main].min() < gaps[on_main].min())
        moved += off_island
    assert moved > 0, "the sample must hit some small island"


def test_scipy_and_networkx_give_the_same_numbers(poa):
    outlets = poa.snap(random_points(poa, 60, 30.0, seed=4), 500.0)
    origins_xy = random_points(poa, 300, 100.0, seed=5)
    results = [
        walk_access(WalkRouter(poa, backend), origins_xy, outlets, 1200.0, 4.8, 500.0)
        for backend in ("scipy", "networkx")
    ]
    scipy_result, networkx_result = results
    np.testing.assert_allclose(scipy_result.distance_m, networkx_result.distance_m, rtol=0, atol=1e-9)
    assert (scipy_result.within == networkx_result.within).all()
    assert (scipy_result.status == networkx_result.status).all()
    assert (scipy_result.nearest == networkx_result.nearest).all()
    assert scipy_result.within.sum() > 0


@pytest.mark.parametrize("backend", ["scipy", "networkx"])
def test_searches_from_each_source_match_single_source_fields(poa, backend):
    router = WalkRouter(poa, backend)
    sources = poa.snap(random_points(poa, 6, 30.0, seed=11), 500.0)
    found = dict(router.from_each_source(sources, limit=1500.0))
    assert sorted(found) == np.flatnonzero(sources.tied).tolist()
    for source, node_distance in found.items():
        alone = router.from_sources(sources.subset(np.array([source]))).node_distance
        alone = np.where(alone <= 1500.0, alone, np.inf)
        np.testing.assert_allclose(node_distance, alone, rtol=0, atol=1e-6)


def test_staggered_sources_are_the_minimum_of_offset_single_source_walks(poa):
    router = WalkRouter(poa)
    sources = poa.snap(random_points(poa, 8, 30.0, seed=12), 500.0)
    staggered = StaggeredSources(router, sources)
    singles = np.array(
        [router.from_sources(sources.subset(np.array([index]))).node_distance for index in staggered.tied]
    )
    rng = np.random.default_rng(13)
    for _ in range(2):  # the second call reuses the graph with other offsets
        offsets = rng.uniform(0, 800, len(staggered.tied))
        expected = (singles + offsets[:, None]).min(axis=0)
        np.testing.assert_allclose(staggered.distances(offsets), expected, rtol=0, atol=1e-6)


def test_pairs_within_matches_the_reference(poa):
    router = WalkRouter(poa)
    stops = poa.snap(random_points(poa, 25, 20.0, seed=6), 500.0)
    points = poa.snap(random_points(poa, 60, 60.0, seed=7), 500.0)
    point, stop, distance = router.pairs_within(points, stops, 900.0)
    found = {(int(p), int(s)): d for p, s, d in zip(point, stop, distance)}
    graph = reference_graph(poa, {"stop": stops, "point": points})
    expected = {}
    for index in range(len(stops)):
        lengths = networkx.single_source_dijkstra_path_length(graph, ("leg", "stop", index), cutoff=900.0)
        for (kind, *rest), value in ((key, value) for key, value in lengths.items() if isinstance(key, tuple)):
            if kind == "leg" and rest[0] == "point":
                expected[(rest[1], index)] = value
    assert set(found) == set(expected) and expected
    for key, value in expected.items():
        assert found[key] == pytest.approx(value, abs=1e-6)


def test_straight_line_distances_match_pyproj_geodesic():
    pyproj = pytest.importorskip("pyproj")
    geod = pyproj.Geod(ellps="WGS84")
    rng = np.random.default_rng(8)
    lon1, lat1 = rng.uniform(-180, 180, 500), rng.uniform(-80, 80, 500)
    lon2, lat2 = lon1 + rng.normal(0, 0.05, 500), np.clip(lat1 + rng.normal(0, 0.05, 500), -89, 89)
    _, _, expected = geod.inv(lon1, lat1, lon2, lat2)
    np.testing.assert_allclose(geodesic_distance(lon1, lat1, lon2, lat2), expected, rtol=1e-9, atol=1e-6)
    _, _, far = geod.inv([2.35], [48.85], [-51.2], [-30.03])  # Paris - Porto Alegre
    assert geodesic_distance(2.35, 48.85, -51.2, -30.03) == pytest.approx(far[0], rel=1e-9)


def test_nearest_geodesic_is_the_brute_force_minimum():
    rng = np.random.default_rng(9)
    outlets = np.column_stack([rng.uniform(5.3, 5.5, 80), rng.uniform(43.2, 43.4, 80)])
    origins = np.column_stack([rng.uniform(5.3, 5.5, 400), rng.uniform(43.2, 43.4, 400)])
    origins[5] = np.nan
    nearest, distance, within = nearest_geodesic(origins, outlets, 1500.0)
    for index, origin in enumerate(origins):
        if index == 5:
            assert nearest[index] == -1 and np.isnan(distance[index]) and within[index] == 0
            continue
        all_distances = geodesic_distance(origin[0], origin[1], outlets[:, 0], outlets[:, 1])
        assert distance[index] == pytest.approx(all_distances.min(), abs=1e-6)
        assert within[index] == (all_distances <= 1500.0).sum()
    access = straight_access(origins, outlets, 1500.0, 4.8)
    assert access.status[5] == "no geometry" and (access.status != "no geometry").sum() == 399


def test_point_ids_are_those_of_unique_rows():
    """build_network numbers the vertices' points as np.unique of the rounded coordinate rows would, by one
    number per point (lighter), and by rows when the coordinates span too far for one number."""
    from foodaccess.core.walk import network as network_module

    rng = np.random.default_rng(4)
    xy = rng.uniform(-5000, 5000, (3000, 2))
    xy[1000:1500] = xy[:500] + rng.uniform(-4e-4, 4e-4, (500, 2))  # the same points to the millimetre
    for points in (xy, xy * np.array([1.0, 1e9])):  # the second spans too far for one number
        keys = np.round(points / network_module.NODE_PRECISION).astype(np.int64)
        _, expected_ids, expected_uses = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
        point_id, uses = network_module._point_ids(points)
        assert point_id.tolist() == expected_ids.ravel().tolist() and uses.tolist() == expected_uses.tolist()


def test_snapping_samples_by_chunks_are_those_of_all_segments_at_once():
    from foodaccess.core.walk.snap import sample_points

    rng = np.random.default_rng(6)
    start, end = rng.uniform(0, 1000, (50, 2)), rng.uniform(0, 1000, (50, 2))
    samples = rng.integers(2, 9, 50)
    segment = np.repeat(np.arange(50), samples)
    rank = np.arange(len(segment)) - (np.cumsum(samples) - samples)[segment]
    expected = start[segment] + (rank / (samples - 1)[segment])[:, None] * (end - start)[segment]
    for chunk in (1, 7, 50, 1000):
        assert sample_points(start, end, samples, chunk).tobytes() == expected.tobytes()


def test_the_outlets_spatial_index_is_built_once_per_search(monkeypatch):
    """nearest_geodesic with a threshold, and straight access (nearest outlet and pairs), index the
    outlets once, with the same results as the searches given their own indexes."""
    from foodaccess.core.walk import geodesic

    rng = np.random.default_rng(11)
    outlets = np.column_stack([rng.uniform(5.3, 5.5, 60), rng.uniform(43.2, 43.4, 60)])
    origins = np.column_stack([rng.uniform(5.3, 5.5, 300), rng.uniform(43.2, 43.4, 300)])
    built = []
    real_point_index = geodesic.point_index

    def counting_point_index(points, backend=None):
        built.append(len(points))
        return real_point_index(points, backend)

    monkeypatch.setattr(geodesic, "point_index", counting_point_index)
    nearest, distance, within = nearest_geodesic(origins, outlets, 1500.0)
    assert built == [60]
    pairs = geodesic.geodesic_pairs(origins, outlets, 1500.0)
    assert within.tolist() == np.bincount(pairs.origin, minlength=300).tolist()
    built.clear()
    access = straight_access(origins, outlets, 1500.0, 4.8)
    assert built == [60]
    assert access.nearest.tolist() == nearest.tolist() and access.within.tolist() == within.tolist()
    np.testing.assert_array_equal(access.distance_m, distance)
    assert straight_access(origins, outlets[:0], 1500.0, 4.8).nearest.tolist() == [-1] * 300


def test_nearest_geodesic_finds_a_lone_outlet_whose_chord_rounds_above_its_geodesic_distance():
    """On the Monaco sample the chord to the nearest outlet came out 2 micrometres longer than the computed
    geodesic (Vincenty's convergence): the outlet fell out of its own candidate radius, and the origin got
    status ok with no nearest outlet and no distance."""
    origin, outlet = np.array([[7.43835692171853413, 43.75066755000000285]]), np.array([[7.4329761, 43.7484711]])
    nearest, distance, within = nearest_geodesic(origin, outlet, 800.0)
    assert nearest.tolist() == [0] and within.tolist() == [1]
    assert distance[0] == pytest.approx(geodesic_distance(*origin[0], *outlet[0]), abs=1e-9)
    # Everywhere: with one outlet, every origin's nearest is that outlet, at its geodesic distance.
    rng = np.random.default_rng(3)
    origins = np.column_stack([rng.uniform(7.40, 7.45, 2000), rng.uniform(43.72, 43.76, 2000)])
    nearest, distance, _ = nearest_geodesic(origins, outlet, 800.0)
    assert (nearest == 0).all()
    np.testing.assert_allclose(distance, geodesic_distance(*origins.T, *outlet[0]), rtol=0, atol=1e-9)


def test_the_cache_is_reused_and_invalidated_by_a_changed_file(shared_data, tmp_path):
    extract = tmp_path / "area.osm.pbf"
    shutil.copy(shared_data / "monaco" / "monaco.osm.pbf", extract)
    cache = tmp_path / "cache"
    first, from_cache = network_from_osm_file(str(extract), str(cache))
    assert not from_cache
    again, from_cache = network_from_osm_file(str(extract), str(cache))
    assert from_cache and again.edge_count == first.edge_count
    np.testing.assert_array_equal(again.edge_length, first.edge_length)
    assert again.projection.proj4 == first.projection.proj4
    shutil.copy(shared_data / "porto_alegre" / "poa_osm.pbf", extract)
    changed, from_cache = network_from_osm_file(str(extract), str(cache))
    assert not from_cache and changed.edge_count != first.edge_count


@pytest.mark.parametrize("exceptions_on", [False, True])
def test_reading_an_osm_file_leaves_gdals_exception_mode_alone(shared_data, tmp_path, exceptions_on):
    """GDAL's exception mode is process-wide: other plugins' code depends on it."""
    from osgeo import gdal, ogr

    was_on = gdal.GetUseExceptions(), ogr.GetUseExceptions()
    (gdal.UseExceptions if exceptions_on else gdal.DontUseExceptions)()
    (ogr.UseExceptions if exceptions_on else ogr.DontUseExceptions)()
    try:
        assert read_osm_lines(str(shared_data / "monaco" / "monaco.osm.pbf"))
        not_osm = tmp_path / "notes.osm.pbf"
        not_osm.write_text("not an OSM file")
        with pytest.raises(FoodAccessError, match="Cannot read the OSM file .*notes.osm.pbf"):
            read_osm_lines(str(not_osm))
        assert (bool(gdal.GetUseExceptions()), bool(ogr.GetUseExceptions())) == (exceptions_on, exceptions_on)
    finally:
        # In reverse order: GDAL keeps a stack of error handlers.
        (ogr.UseExceptions if was_on[1] else ogr.DontUseExceptions)()
        (gdal.UseExceptions if was_on[0] else gdal.DontUseExceptions)()


def test_cancel_stops_the_work(poa):
    cancelled = Progress(is_canceled=lambda: True)
    with pytest.raises(Cancelled):
        walk_access(
            WalkRouter(poa),
            random_points(poa, 10, 10.0, seed=10),
            poa.snap(poa.node_xy[:5], 500.0),
            1000.0,
            4.8,
            500.0,
            cancelled,
        )
    with pytest.raises(Cancelled):
        build_network([np.array([[0.0, 0.0], [1.0, 0.0]])], PROJECTION, cancelled)
