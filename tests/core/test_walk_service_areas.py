"""Service areas: cut exactly at the threshold, never leaking beyond it by more than the width,
covering every reached point of the network."""

import numpy as np
import pytest
import shapely.wkb
from osgeo import ogr
from scipy.spatial import cKDTree
from walk_data import contains_xy, home_area_consistency

from foodaccess.core.errors import FoodAccessError
from foodaccess.core.walk.network import LocalProjection, build_network, network_from_osm_file
from foodaccess.core.walk.polygons import (
    QUARTER_SEGMENTS,
    TiledAreas,
    buffer_wkb,
    chain_positions,
    interval_lines,
    join_lines,
    stretch_intervals,
    stretches_wkb,
)
from foodaccess.core.walk.routing import WalkRouter
from foodaccess.core.walk.service_areas import (
    OUTLINE_EXACT,
    OUTLINE_GRID,
    circle_areas,
    reached_stretches,
    service_areas,
)
from foodaccess.core.walk.snap import Snapped
from foodaccess.core.wkb import multilinestring_wkb

SPACING = 5.0
# The outlines that buffer the reached streets by a width (OUTLINE_HOMES: see its own test below).
BUFFER_OUTLINES = (OUTLINE_GRID, OUTLINE_EXACT)


def polygon(wkb):
    return ogr.CreateGeometryFromWkb(wkb)


def network_samples(network):
    """Points every SPACING metres along every edge (and at its end), as Snapped (no straight leg)."""
    counts = np.ceil(network.edge_length / SPACING).astype(int) + 1
    edge = np.repeat(np.arange(network.edge_count), counts)
    rank = np.arange(len(edge)) - np.repeat(np.cumsum(counts) - counts, counts)
    position = np.minimum(rank * SPACING, network.edge_length[edge])
    # Vertex positions along all ways laid end to end (a 1 km gap between ways), to interpolate at once.
    offset = network.vertex_offset
    starts = np.flatnonzero(offset == 0)
    base = np.concatenate([[0.0], np.cumsum(offset[starts[1:] - 1] + 1000.0)])
    chain = offset + np.repeat(base, np.diff(np.append(starts, len(offset))))
    along = chain[network.edge_first[edge]] + position
    xy = np.column_stack(
        [np.interp(along, chain, network.vertex_xy[:, 0]), np.interp(along, chain, network.vertex_xy[:, 1])]
    )
    return Snapped(edge, position, np.zeros(len(edge)), xy)


def boundary_points(geometry):
    points = []
    geometry = ogr.ForceToMultiPolygon(geometry.Clone())
    for index in range(geometry.GetGeometryCount()):
        part = geometry.GetGeometryRef(index)
        for ring_index in range(part.GetGeometryCount()):
            ring = part.GetGeometryRef(ring_index).Clone()
            ring.Segmentize(2.0)
            points.extend(ring.GetPoints())
    return np.array(points)[:, :2]


@pytest.mark.parametrize("outline", BUFFER_OUTLINES)
def test_a_long_street_is_cut_exactly_at_the_threshold(outline):
    network = build_network([np.array([[0.0, 0.0], [600.0, 0.0], [1000.0, 0.0]])], LocalProjection(0, 0))
    outlets = network.snap(np.array([[0.0, 0.0]]), 500.0)
    (area,) = service_areas(WalkRouter(network), outlets, [300.0], width=10.0, outline=outline)
    threshold, outlet, wkb = area.threshold, area.outlet, area.wkb
    envelope = polygon(wkb).GetEnvelope()
    assert (threshold, outlet) == (300.0, -1)
    if outline == OUTLINE_EXACT:
        assert envelope[1] == pytest.approx(310.0, abs=1e-6)  # max x: the threshold plus the width, no more
        assert envelope[0] == pytest.approx(-10.0, abs=1e-6)
    else:
        # The grid's outline: never beyond the width, 0.72 of it along a street on the grid's axes.
        assert envelope[1] == pytest.approx(300.0 + 10.0 * (1 - np.sqrt(2.0) / 5))
        assert envelope[0] == pytest.approx(-10.0 * (1 - np.sqrt(2.0) / 5))


def test_an_unknown_outline_is_refused(poa):
    with pytest.raises(FoodAccessError, match="outline"):
        service_areas(WalkRouter(poa), poa.snap(poa.node_xy[:1], 500.0), [100.0], outline="smooth")


@pytest.fixture(scope="module")
def poa(shared_data):
    network, _ = network_from_osm_file(str(shared_data / "porto_alegre" / "poa_osm.pbf"))
    return network


@pytest.mark.parametrize("outline", BUFFER_OUTLINES)
@pytest.mark.parametrize("per_outlet", [False, True])
def test_areas_cover_the_reached_network_and_never_leak(poa, per_outlet, outline):
    router = WalkRouter(poa)
    rng = np.random.default_rng(11)
    outlets = poa.snap(poa.node_xy[rng.integers(0, poa.node_count, 4)] + rng.normal(0, 40, (4, 2)), 500.0)
    width, thresholds = 25.0, [300.0, 700.0]
    areas = service_areas(router, outlets, thresholds, width=width, per_outlet=per_outlet, outline=outline)
    assert len(areas) == len(thresholds) * (4 if per_outlet else 1)
    samples = network_samples(poa)
    for threshold, outlet, wkb in ((area.threshold, area.outlet, area.wkb) for area in areas):
        sources = outlets if outlet < 0 else outlets.subset(np.array([outlet]))
        distance, _ = router.from_sources(sources).at(samples)
        reached = distance <= threshold
        area = polygon(wkb)
        # Every reached point of the network is inside (to a millimetre).
        grown = shapely.wkb.loads(bytes(area.Buffer(0.001).ExportToWkb()))
        assert contains_xy(grown, *samples.xy[reached].T).all()
        # No point of the outline is farther than the width from a reached point of the network
        # (a cut lies less than one sample spacing beyond the last reached sample).
        reached_tree = cKDTree(samples.xy[reached])
        gap, _ = reached_tree.query(boundary_points(area))
        assert gap.max() <= width + SPACING + 0.01
        # Nor any point inside (the farthest point of a polygon from the streets may be inside it).
        low_x, high_x, low_y, high_y = area.GetEnvelope()
        grid = np.stack(np.meshgrid(np.arange(low_x, high_x, 4.0), np.arange(low_y, high_y, 4.0)), -1).reshape(-1, 2)
        within = grid[contains_xy(shapely.wkb.loads(wkb), *grid.T)]
        assert len(within) > 100
        assert reached_tree.query(within)[0].max() <= width + SPACING + 0.01
        # So points of the network beyond the threshold, away from any reached street, are outside.
        beyond = samples.xy[distance > threshold]
        away = reached_tree.query(beyond)[0] > width + SPACING + 0.01
        assert away.sum() > 1000
        assert not contains_xy(shapely.wkb.loads(wkb), *beyond[away].T).any()


def test_bad_thresholds_and_width(poa):
    outlets = poa.snap(poa.node_xy[:2], 500.0)
    with pytest.raises(FoodAccessError, match="threshold"):
        service_areas(WalkRouter(poa), outlets, [0.0])
    with pytest.raises(FoodAccessError, match="width"):
        service_areas(WalkRouter(poa), outlets, [100.0], width=0.0)


def segment_set(coords, counts):
    """The lines' segments as a set of unordered pairs of points (to the millimetre)."""
    ends = np.cumsum(counts)
    rounded = [tuple(point) for point in np.round(coords, 3)]
    return {
        frozenset((rounded[index], rounded[index + 1]))
        for index in range(len(coords) - 1)
        if index + 1 not in ends and rounded[index] != rounded[index + 1]
    }


def test_lines_join_only_where_two_ends_meet():
    # A T (three ends at (0, 0)), a street in two pieces meeting at (0, -50), a ring in three pieces.
    pieces = [
        [(0, 0), (100, 0)],
        [(0, 0), (-100, 0)],
        [(0, 0), (0, -50)],
        [(0, -100), (0, -50)],
        [(500, 0), (600, 0)],
        [(600, 0), (550, 80)],
        [(500, 0), (550, 80)],
    ]
    coords = np.array([point for piece in pieces for point in piece], dtype=float)
    counts = np.full(len(pieces), 2)
    joined, joined_counts = join_lines(coords, counts)
    assert sorted(joined_counts.tolist()) == [2, 2, 3, 4]  # the T's arms; the street; the ring, closed
    assert segment_set(joined, joined_counts) == segment_set(coords, counts)
    ring = np.split(joined, np.cumsum(joined_counts)[:-1])[list(joined_counts).index(4)]
    assert tuple(ring[0]) == tuple(ring[-1])


def test_joined_lines_and_threads_give_the_naive_polygon(poa):
    """The polygon step (stretches merged along ways and joined end to end, dissolved in two
    threads) against the naive one: every reached edge stretch buffered alone, one union."""
    router = WalkRouter(poa)
    outlets = poa.snap(poa.node_xy[[100, 5000, 15000]], 500.0)
    edge, start, end = reached_stretches(poa, router.from_sources(outlets).node_distance, outlets, 600.0)
    wkb, parts = stretches_wkb(poa, edge, start, end)
    naive = ogr.Geometry(ogr.wkbMultiPolygon)
    chain = chain_positions(poa)

    for one in range(len(edge)):
        one_stretch = edge[one : one + 1], start[one : one + 1], end[one : one + 1]
        coords, counts = interval_lines(poa, chain, *stretch_intervals(poa, chain, *one_stretch))
        if len(counts):
            lines = ogr.CreateGeometryFromWkb(multilinestring_wkb(coords, counts))  # (owns the line)
            naive.AddGeometry(lines.GetGeometryRef(0).Buffer(25.0, QUARTER_SEGMENTS))
    naive = naive.UnionCascaded()
    assert parts < len(edge) / 2  # merged and joined: far fewer pieces than stretches
    lines = interval_lines(poa, chain, *stretch_intervals(poa, chain, edge, start, end))
    assert segment_set(*join_lines(*lines)) == segment_set(*lines)
    for threads in (1, 2):
        fast = polygon(buffer_wkb(wkb, 25.0, threads))
        assert fast.IsValid()
        # Only the chords of the round joins differ (a join instead of two overlapping caps).
        assert fast.SymDifference(naive).GetArea() < 1e-4 * naive.GetArea()
        assert fast.GetArea() == pytest.approx(naive.GetArea(), rel=1e-5)


def test_exact_unions_by_groups_give_the_same_polygon(poa, monkeypatch):
    """The exact outline dissolved by spatial groups of a few lines (memory), in one thread or two, covers
    the same ground as the union of all the buffers at once: only the order of the unions differs."""
    from foodaccess.core.walk import polygons

    router = WalkRouter(poa)
    outlets = poa.snap(poa.node_xy[[100, 5000, 15000]], 500.0)
    wkb, parts = stretches_wkb(poa, *reached_stretches(poa, router.from_sources(outlets).node_distance, outlets, 900.0))
    whole = polygon(buffer_wkb(wkb, 25.0, 1))
    assert parts > 200
    monkeypatch.setattr(polygons, "UNION_GROUP_LINES", 40)
    groups = polygons.spatial_groups(np.random.default_rng(2).uniform(0, 1000, (parts, 2)), 40)
    assert len(groups) > 5 and max(len(group) for group in groups) <= 40
    assert sorted(np.concatenate(groups).tolist()) == list(range(parts))
    for threads in (1, 2):
        grouped = polygon(buffer_wkb(wkb, 25.0, threads))
        assert grouped.IsValid()
        assert grouped.SymDifference(whole).GetArea() < 1e-9 * whole.GetArea()
        assert grouped.GetArea() == pytest.approx(whole.GetArea(), rel=1e-12)


def test_tiles_reached_whole_are_shared_without_changing_the_areas(poa):
    """One area per outlet from the unions of tiles reached whole plus the other stretches, against
    each area's own polygon."""
    router = WalkRouter(poa)
    outlets = poa.snap(poa.node_xy[[5000, 5001, 5002, 5003]], 500.0)
    tiles = TiledAreas(poa, 25.0, tile=150.0)
    for outlet in range(len(outlets)):
        alone = outlets.subset(np.array([outlet]))
        reached = reached_stretches(poa, router.from_sources(alone).node_distance, alone, 1000.0)
        shared = polygon(tiles.polygon(*reached))
        own = polygon(buffer_wkb(stretches_wkb(poa, *reached)[0], 25.0, 1))
        assert shared.IsValid()
        assert shared.SymDifference(own).GetArea() < 1e-4 * own.GetArea()
    assert len(tiles._tiles) > 10  # tiles were reached whole, and shared: the test exercised them


@pytest.mark.parametrize("per_outlet", [False, True])
def test_straight_line_areas_are_discs_around_the_outlets(per_outlet):
    points = np.array([[0.0, 0.0], [1000.0, 0.0], [5000.0, 0.0]])
    areas = circle_areas(points, [100.0, 600.0], per_outlet=per_outlet)
    expected = [(outlet, threshold) for outlet in ([0, 1, 2] if per_outlet else [-1]) for threshold in (100.0, 600.0)]
    assert [(area.outlet, area.threshold) for area in areas] == expected
    for area in areas:
        geometry = polygon(area.wkb)
        # Dissolved, the 600 m discs of the first two outlets (1 km apart) merge.
        parts = 1 if per_outlet else (2 if area.threshold == 600.0 else 3)
        assert ogr.ForceToMultiPolygon(geometry).GetGeometryCount() == parts
        disc = np.pi * area.threshold**2  # (16 segments a quarter: 0.6 % less)
        if per_outlet or area.threshold == 100.0:
            assert geometry.GetArea() == pytest.approx(disc * (1 if per_outlet else 3), rel=0.01)
        else:
            assert 2 * disc < geometry.GetArea() < 3 * disc


@pytest.mark.parametrize("place", ["monaco", "porto_alegre"])
def test_home_areas_hold_every_home_within_the_threshold(shared_data, place):
    """OUTLINE_HOMES agrees with access times: 0 homes within the threshold outside the area, and
    homes well beyond it outside (but for a few between a reached street and one far on the network)."""
    for check in home_area_consistency(shared_data, place):
        assert check.outside == 0
        assert check.beyond > 0 and check.beyond_inside <= 0.05 * check.beyond


def test_the_nearest_marked_node_without_scipy_is_scipys():
    """The home outline's numpy transform (no scipy) finds, for every node with a marked node within
    its reach, a marked node at the same distance as scipy's exact feature transform."""
    from foodaccess.core.walk.home_outline import _nearest_marked, _nearest_marked_numpy

    rng = np.random.default_rng(1)
    marked = rng.random((300, 420)) < 0.002
    marked[:, 100:250] = False  # columns without any marked node
    rows, columns = np.divmod(np.arange(marked.size), marked.shape[1])

    def distance(nearest):
        return np.hypot(*(np.divmod(nearest, marked.shape[1]) - np.array([rows, columns])))

    exact, ours = distance(_nearest_marked(marked, 60)), distance(_nearest_marked_numpy(marked, 60))
    near = exact <= 60
    assert near.mean() > 0.5 and not near.all()
    np.testing.assert_array_equal(ours[near], exact[near])
    assert (ours[~near] > 60).all()
