"""The grid outline (core/walk/grid_outline.py) against GEOS's exact buffer of the same lines: never
wider, every point of a line inside, valid polygons with the right shells and holes."""

import numpy as np
import pytest
import shapely.wkb
from osgeo import ogr
from scipy.spatial import cKDTree
from walk_data import contains_xy

from foodaccess.core.progress import Cancelled, Progress
from foodaccess.core.walk import grid_outline
from foodaccess.core.walk.grid_outline import CELLS_PER_WIDTH, cycles, cycles_by_doubling, outline_polygon
from foodaccess.core.wkb import multilinestring_wkb

# The outline's guarantees, in cells (see the module's docstring).
LEVEL = CELLS_PER_WIDTH - np.sqrt(2.0)
# Every point within this of a line is inside (all corners of its square are within the level).
SURELY_INSIDE = LEVEL - np.sqrt(2.0) - 0.5 - np.sqrt(0.5)


def lines_of(pieces):
    coords = np.concatenate([np.asarray(piece, dtype=float) for piece in pieces])
    return coords, np.array([len(piece) for piece in pieces])


def exact_buffer(coords, counts, width):
    """GEOS's buffer with 64 chords per quarter circle (within 0.03 % of the true one), grown by 0.05 %."""
    lines = ogr.CreateGeometryFromWkb(multilinestring_wkb(coords, counts))
    return lines.Buffer(width * 1.0005, 64)


def line_points(coords, counts, spacing):
    """Points every ``spacing`` (or less) along the lines, ends included."""
    points = []
    for line in np.split(coords, np.cumsum(counts)[:-1]):
        for start, end in zip(line[:-1], line[1:]):
            steps = max(1, int(np.ceil(np.hypot(*(end - start)) / spacing)))
            points.append(start + np.linspace(0.0, 1.0, steps + 1)[:, None] * (end - start))
    return np.concatenate(points)


def check_outline(coords, counts, width):
    """The outline's contract against an independent computation; returns the OGR polygon."""
    wkb = outline_polygon(coords, counts, width)
    polygon = ogr.CreateGeometryFromWkb(wkb)
    assert polygon.IsValid()
    # Never wider than the exact buffer.
    assert polygon.Difference(exact_buffer(coords, counts, width)).GetArea() == pytest.approx(0.0, abs=1e-9)
    # Everything close to the lines is inside, every point of a line among them.
    cell = width / CELLS_PER_WIDTH
    assert exact_buffer(coords, counts, SURELY_INSIDE * cell * 0.999).Difference(polygon).GetArea() == pytest.approx(
        0.0, abs=1e-9
    )
    assert contains_xy(shapely.wkb.loads(wkb), *line_points(coords, counts, cell / 4).T).all()
    return polygon


def rings(polygon):
    return sorted(polygon.GetGeometryRef(index).GetGeometryCount() for index in range(polygon.GetGeometryCount()))


def square(x, y, side):
    return [(x, y), (x + side, y), (x + side, y + side), (x, y + side), (x, y)]


def test_a_block_larger_than_twice_the_width_is_a_hole_and_a_smaller_one_is_not():
    big = check_outline(*lines_of([square(0, 0, 400)]), 50.0)
    assert rings(big) == [2]  # one polygon, one hole
    hole = big.GetGeometryRef(0).GetGeometryRef(1).Clone()
    # The hole is the block shrunk by the outline's distance: at most the width, at least the
    # surely-inside distance (along a street on the grid's axes, exactly the level).
    envelope = hole.GetEnvelope()
    assert envelope[0] == pytest.approx(LEVEL * 10)
    assert SURELY_INSIDE * 10 <= envelope[0] <= 50.0
    small = check_outline(*lines_of([square(0, 0, 60)]), 50.0)
    assert rings(small) == [1]


def test_an_island_in_a_hole_is_its_own_polygon_and_far_streets_stay_apart():
    pieces = [square(0, 0, 1000), square(400, 400, 200), [(3000, 0), (3500, 300)]]
    polygon = check_outline(*lines_of(pieces), 40.0)
    # The outer block with its hole, the island with its own (200 m less twice about 29 m), the far street.
    assert rings(polygon) == [1, 2, 2]


def test_diagonal_streets_crossing_and_touching_corners_give_valid_polygons():
    # Saddle squares: diagonal lines a little more than twice the width apart, and an X.
    pieces = [[(0, 0), (500, 500)], [(0, 71), (429, 500)], [(600, 0), (1000, 400)], [(600, 400), (1000, 0)]]
    check_outline(*lines_of(pieces), 25.0)


def test_lines_shorter_than_a_cell_and_a_lone_point():
    pieces = [[(0.0, 0.0), (1.5, 0.7)], [(100.0, 100.0), (100.0, 100.0)], [(200.0, 0.0), (200.4, 0.3), (200.1, 0.9)]]
    polygon = check_outline(*lines_of(pieces), 20.0)
    assert polygon.GetGeometryCount() == 3


@pytest.mark.parametrize("seed", range(12))
def test_random_streets_against_the_exact_buffer(seed):
    rng = np.random.default_rng(seed)
    count = int(rng.integers(1, 40))
    pieces = []
    for _ in range(count):
        vertices = int(rng.integers(2, 6))
        start = rng.uniform(0, 2000, 2)
        pieces.append(start + np.cumsum(rng.normal(0, 150, (vertices, 2)), axis=0))
    width = float(rng.uniform(5, 120))
    check_outline(*lines_of(pieces), width)


def test_bands_give_the_same_polygon(monkeypatch):
    """Traced in bands of a few rows (narrower than the rows they read around them), in threads:
    the same polygon, byte for byte."""
    rng = np.random.default_rng(5)
    pieces = [start + np.cumsum(rng.normal(0, 120, (5, 2)), axis=0) for start in rng.uniform(0, 1500, (30, 2))]
    coords, counts = lines_of(pieces)
    whole = outline_polygon(coords, counts, 30.0)
    for band_nodes in (1, 3000, 40000):
        monkeypatch.setattr(grid_outline, "BAND_NODES", band_nodes)
        assert outline_polygon(coords, counts, 30.0) == whole


def test_wide_crossing_numbers_give_the_same_polygon(monkeypatch):
    """The crossings' global numbers are int32 on grids that allow it (memory) and int64 beyond: the same
    polygon either way, byte for byte, in bands or whole."""
    rng = np.random.default_rng(8)
    pieces = [start + np.cumsum(rng.normal(0, 150, (6, 2)), axis=0) for start in rng.uniform(0, 2000, (40, 2))]
    coords, counts = lines_of(pieces)
    narrow = outline_polygon(coords, counts, 30.0)
    monkeypatch.setattr(grid_outline._Grid, "number_type", lambda grid: np.int64)
    assert outline_polygon(coords, counts, 30.0) == narrow
    monkeypatch.setattr(grid_outline, "BAND_NODES", 3000)
    assert outline_polygon(coords, counts, 30.0) == narrow


def test_bands_report_progress_and_honour_cancel(monkeypatch):
    coords, counts = lines_of([[(0, 0), (3000, 0), (3000, 3000)]])
    monkeypatch.setattr(grid_outline, "BAND_NODES", 5000)
    reported = []
    outline_polygon(coords, counts, 50.0, Progress(report=reported.append))
    assert len(reported) >= 10 and reported == sorted(reported)
    with pytest.raises(Cancelled):
        outline_polygon(coords, counts, 50.0, Progress(is_canceled=lambda: True))


def test_no_lines_no_polygon():
    assert outline_polygon(np.zeros((0, 2)), np.zeros(0, dtype=int), 50.0) is None


def test_the_outline_is_close_to_the_exact_one_on_a_city(shared_data):
    """Porto Alegre's walkable streets: the grid polygon against GEOS's, by area."""
    from foodaccess.core.walk.network import network_from_osm_file
    from foodaccess.core.walk.polygons import chain_positions, interval_lines, merge_intervals

    network, _ = network_from_osm_file(str(shared_data / "porto_alegre" / "poa_osm.pbf"))
    chain = chain_positions(network)
    # The streets within 1.5 km of the centre of the extent, whole.
    middle = (network.vertex_xy.min(axis=0) + network.vertex_xy.max(axis=0)) / 2
    near = np.hypot(*(network.vertex_xy[network.edge_first] - middle).T) < 1500
    coords, counts = interval_lines(
        network, chain, *merge_intervals(chain[network.edge_first[near]], chain[network.edge_last[near]])
    )
    polygon = check_outline(coords, counts, 50.0)
    exact = ogr.CreateGeometryFromWkb(multilinestring_wkb(coords, counts)).Buffer(50.0, 8)
    # Narrower (about 0.72 of the width along a street), but dense blocks merge either way.
    assert 0.8 < polygon.GetArea() / exact.GetArea() < 0.97
    # Every vertex of the outline lies between the surely-inside distance and the width.
    ring_points = []
    for part in range(polygon.GetGeometryCount()):
        for ring in range(polygon.GetGeometryRef(part).GetGeometryCount()):
            ring_points.extend(polygon.GetGeometryRef(part).GetGeometryRef(ring).GetPoints())
    gap, _ = cKDTree(line_points(coords, counts, 0.5)).query(np.array(ring_points)[:, :2])
    assert gap.max() <= 50.0 + 0.25 + 1e-6
    assert gap.min() >= SURELY_INSIDE * 10 - 0.25


@pytest.mark.parametrize("method", [cycles, cycles_by_doubling])
def test_cycles_of_a_permutation(method, monkeypatch):
    """Both ways (scipy's graph walks, numpy's doubling used without scipy) against a plain walk;
    the scipy way must not fall back on the doubling."""
    if method is cycles:
        monkeypatch.setattr(grid_outline, "cycles_by_doubling", None)
    rng = np.random.default_rng(3)
    sizes = [1, 2, 5, 300, 1, 4096, 7] + [4] * 200
    elements = rng.permutation(sum(sizes))
    following = np.empty(len(elements), dtype=np.int32)
    start = 0
    for size in sizes:
        cycle = elements[start : start + size]
        following[cycle] = np.roll(cycle, -1)
        start += size
    expected, expected_sizes, seen = [], [], np.zeros(len(following), dtype=bool)
    for first in range(len(following)):
        if not seen[first]:
            element, size = first, 0
            while not seen[element]:
                seen[element] = True
                expected.append(element)
                element, size = following[element], size + 1
            expected_sizes.append(size)
    order, found = method(following)
    assert order.tolist() == expected
    assert found.tolist() == expected_sizes
