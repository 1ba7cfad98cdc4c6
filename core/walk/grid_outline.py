"""Lines -> the polygon of the points within a width of them, traced on a grid (fast).

The way R5 and OpenTripPlanner draw isochrones: a distance surface on a regular
grid, contoured by marching squares. Here the surface is the distance to the
reached street stretches, so the polygon is a network ("sausage") buffer whose
outline is drawn from grid values instead of exact arcs: no GEOS union, a few
passes over small integer arrays (on Porto Alegre, ten times faster than the
exact buffers of ``walk_polygons.py``).

Method, in grid units (cell ``c = width / CELLS_PER_WIDTH``):
1. every line is sampled at most one cell apart, ends included, and the grid
   node nearest each sample is marked (a marked node lies within ``0.71 c`` of
   a line);
2. ``F``, the exact Euclidean distance from each node to the nearest marked
   node (separable: along columns, then rows), is computed up to the level it
   is contoured at, ``level = width / c - sqrt(2)``, plus one cell;
3. marching squares trace the outline ``F = level``, crossings placed by linear
   interpolation along the grid edges; nodes inside are 4-connected (a saddle
   square separates its two inside corners), so rings never touch. Steps 1-3
   run by bands of rows (``BAND_NODES``), in threads;
4. rings are listed by scipy's graph walks or numpy's pointer doubling (inside on the left: shells
   counter-clockwise, holes clockwise); a ring whose lowest, leftmost crossing
   has an inside node to its west is a hole, and the crossing before it on that
   row bounds the same group of inside nodes, which leads to its shell.

Guarantees (``F`` changes by at most one unit per unit of distance): a point of
the polygon is within ``level + 0.71`` cells of a marked node (the corners of
its square are within ``level``, its square's centre half a diagonal away), so
within ``width`` of a line: the outline never leaks. A point of a line is within
``1.21`` cells of a marked node, well inside. The outline lies ``0.72 width``
from a straight street along the grid, between ``level - 2.6`` cells and
``width`` anywhere: a buffer narrower than the exact one, never wider (on Porto
Alegre's streets 0.89 of its area).
"""

from functools import partial

import numpy as np

from ..arrays import ranges
from ..progress import SILENT
from ..wkb import multipolygon_wkb
from .polygons import map_in_threads

CELLS_PER_WIDTH = 5
# Samples along the lines at most this many cells apart: a point of a line is then within
# 0.5 + 0.71 cells of a marked node, well inside.
SAMPLE_SPACING = 1.0
# Crossings are kept this far (in cells) from the grid nodes, so that no two rings share a point.
NODE_CLEARANCE = 1e-3
# The grid is traced in bands of about this many nodes (a few bytes each): memory stays small
# whatever the extent, and bands run in parallel (numpy releases the GIL).
BAND_NODES = 1_000_000


def outline_polygon(coords, counts, width, progress=SILENT):
    """MultiPolygon WKB of the points within ``width`` of the lines (coords (m, 2), vertex count
    of each line), traced on a grid of ``width / CELLS_PER_WIDTH`` metres; None without lines.
    ``progress`` is stepped (and cancel checked) band by band."""
    if not len(counts):
        return None
    grid = _Grid(coords, width)
    segments = _Segments(coords, counts, grid)
    del coords, counts  # (memory: the segments hold the lines)
    band_rows = max(1, BAND_NODES // grid.columns)
    bands = [(first, min(first + band_rows, grid.rows)) for first in range(0, grid.rows, band_rows)]
    crossings = partial(grid.band_crossings, segments=segments)
    parts = map_in_threads(crossings, bands, progress) if len(bands) > 1 else [crossings(bands[0])]
    del segments, crossings  # (memory: the polygon step keeps only the crossings)
    return grid.polygon(parts)


def mask_outline(inside, origin, cell):
    """MultiPolygon WKB of the ``inside`` nodes ((rows, columns) booleans, rows from the south, the
    border rows and columns outside) of a grid of ``cell`` metres whose first node is at ``origin``:
    rings through the middles of the grid edges between inside and outside nodes, so a square with
    four inside corners is whole inside; None when no node is inside."""
    rows, columns = inside.shape
    grid = _Grid.__new__(_Grid)
    grid.cell, grid.origin = float(cell), np.asarray(origin, dtype=float)
    grid.rows, grid.columns, grid.nodes = rows, columns, rows * columns

    def middle(first_nodes, second_nodes):
        return np.full(len(first_nodes), 0.5)

    return grid.polygon([grid.crossings(inside.ravel(), 0, rows, 0, middle)])


class _Grid:
    """The grid around the lines: nodes ``cell`` metres apart, numbered row by row from the
    south-west; its border (``margin`` nodes) is outside the polygon."""

    def __init__(self, coords, width):
        self.cell = width / CELLS_PER_WIDTH
        self.level = CELLS_PER_WIDTH - np.sqrt(2.0)
        self.reach = int(np.floor(self.level)) + 1  # distances are exact up to this many cells
        # Rows a band reads beyond its own: the distances' reach and one row of squares.
        self.halo = self.reach + 1
        margin = self.reach + 2
        self.origin = coords.min(axis=0) - margin * self.cell
        self.columns, self.rows = (
            np.ceil((coords.max(axis=0) - self.origin) / self.cell).astype(np.int64) + margin + 1
        ).tolist()
        self.nodes = self.rows * self.columns

    def band_crossings(self, band, segments):
        """The crossings of the outline in rows ``band`` (first, end) of the grid: horizontal ones on
        the band's rows, vertical ones starting on them, from the lines' samples on the band and its
        halo. Returns (horizontal, vertical), each a list (global number, kind of the crossing it
        leads to (0 the band's horizontal, 1 its vertical, 2 a neighbour band's), that crossing's
        number in the band, its global number, where it lies along its grid edge from the first
        node), plus for horizontal ones whether their west node is inside. Global numbers are int32
        when the grid allows it (memory: the crossings of every band are kept until all are traced)."""
        first, end = band
        low = max(first - self.halo, 0)
        high = min(end + self.halo, self.rows)
        columns = self.columns
        marked = np.zeros((high - low, columns), dtype=bool)
        marked.ravel()[segments.nodes(low, high)] = True
        squared = _squared_distances(marked, self.reach).ravel()
        inside = squared <= self.level * self.level

        def fraction(first_nodes, second_nodes):
            return _fraction(squared[first_nodes], squared[second_nodes], self.level)

        return self.crossings(inside, first, end, low, fraction)

    def crossings(self, inside, first, end, low, fraction):
        """The crossings of rows [``first``, ``end``) (see ``band_crossings``) between the ``inside``
        nodes (flat, rows from ``low`` on) and the others, each placed at ``fraction`` (of the
        nodes' local numbers: where it lies from the first node) along its grid edge."""
        columns = self.columns
        # Crossings, numbered by their first node (h: (node, node + 1), v: (node, node + columns)),
        # local to the halo; only those of the band's rows are kept (none starts on the grid's
        # last row or column: border nodes are outside).
        start, stop = (first - low) * columns, (end - low) * columns
        h_stop, v_stop = min(stop, len(inside) - 1), min(stop, len(inside) - columns)
        h_node = start + np.flatnonzero(inside[start:h_stop] != inside[start + 1 : h_stop + 1])
        v_node = start + np.flatnonzero(inside[start:v_stop] != inside[start + columns : v_stop + columns])
        # Each crossing enters the square on its forward side (inside on the left), by one of its
        # sides 0 south, 1 east, 2 north, 3 west; a square is numbered by its south-west node.
        west_inside = inside[h_node]
        south_inside = inside[v_node]
        square = np.concatenate(
            [np.where(west_inside, h_node, h_node - columns), np.where(south_inside, v_node - 1, v_node)]
        )
        side = np.concatenate([np.where(west_inside, 0, 2), np.where(south_inside, 1, 3)])
        # Corners counter-clockwise from the south-west one; side k runs from corner k to k + 1.
        corner = np.array([0, 1, columns + 1, columns])
        # Leave by the first side clockwise from the entry whose start corner is outside (so a
        # saddle square keeps its two inside corners apart).
        before, opposite = (side - 1) % 4, (side - 2) % 4
        exit_side = np.where(
            ~inside[square + corner[before]],
            before,
            np.where(~inside[square + corner[opposite]], opposite, (side + 1) % 4),
        )
        # Where each crossing leads: by its number in the band (most) or, for a crossing of a
        # neighbour band's row, by its global number (horizontal crossings by their node, vertical
        # ones after all of those).
        exit_vertical = (exit_side % 2) == 1
        target = square + np.array([0, 1, columns, 0])[exit_side]
        own = (target >= start) & (target < stop)
        number = np.empty((2, stop - start), dtype=np.int32)  # (only the crossings' entries are read)
        number[0, h_node - start] = np.arange(len(h_node), dtype=np.int32)
        number[1, v_node - start] = np.arange(len(v_node), dtype=np.int32)
        local = np.where(own, number[exit_vertical.astype(np.int64), np.where(own, target - start, 0)], -1)
        kind = np.where(own, exit_vertical, 2).astype(np.int8)
        shift = low * columns
        number_type = self.number_type()
        exit_id = (target + shift + np.where(exit_vertical, self.nodes, 0)).astype(number_type)
        count = len(h_node)
        horizontal = [
            (h_node + shift).astype(number_type),
            kind[:count],
            local[:count],
            exit_id[:count],
            fraction(h_node, h_node + 1),
            west_inside,
        ]
        vertical = [
            (v_node + shift + self.nodes).astype(number_type),
            kind[count:],
            local[count:],
            exit_id[count:],
            fraction(v_node, v_node + columns),
        ]
        return horizontal, vertical

    def number_type(self):
        """The type of the crossings' global numbers (2 per node at most)."""
        return np.int32 if 2 * self.nodes < 2**31 else np.int64

    def polygon(self, parts):
        """MultiPolygon WKB of the rings through the bands' crossings (in the order of the bands;
        the list is emptied as they are gathered)."""
        h_counts = np.array([len(h[0]) for h, _ in parts])
        v_counts = np.array([len(v[0]) for _, v in parts])
        # Crossings in the order of their numbers: the horizontal ones of every band, then the
        # vertical ones; a band's crossings lead to its own (by their number in the band) or to
        # a neighbour's (by their global number).
        offsets = np.concatenate([np.cumsum(h_counts) - h_counts, h_counts.sum() + np.cumsum(v_counts) - v_counts])
        bands = len(parts)

        def gather(field, vertical=True):
            """One field of every band's crossings, concatenated; the bands' own arrays are dropped (memory)."""
            lists = [h for h, _ in parts] + ([v for _, v in parts] if vertical else [])
            joined = np.concatenate([crossings[field] for crossings in lists])
            for crossings in lists:
                crossings[field] = None
            return joined

        ids, kind, local, exit_id, along = (gather(field) for field in range(5))
        west_inside = gather(5, vertical=False)
        parts.clear()
        horizontal_count = len(west_inside)
        if not len(ids):
            return None
        # (int32 and in place: these arrays have one entry per crossing)
        block = np.repeat(np.arange(2 * bands, dtype=np.int32), np.concatenate([h_counts, v_counts]))
        # (a band's exits to its own vertical crossings count from the band's first vertical one)
        vertical_block = block >= bands
        block[kind == 1] += bands
        block[vertical_block] -= bands
        del vertical_block
        following = offsets.astype(np.int32)[block]
        del block
        following += local
        foreign = kind == 2
        following[foreign] = np.searchsorted(ids, exit_id[foreign])
        del kind, local, exit_id, foreign
        # Every crossing is the following of exactly one: otherwise the rings would not close.
        if (
            np.bincount(np.clip(following, 0, len(ids) - 1), minlength=len(ids)).max(initial=1) != 1
            or following.min() < 0
            or following.max() >= len(ids)
        ):
            raise RuntimeError("grid outline: the contours are not closed (a bug)")
        order, ring_size = cycles(following)
        del following
        ring_start = np.cumsum(ring_size) - ring_size
        # A ring's head (its first crossing) is its lowest, leftmost crossing: a horizontal one.
        # Outside to its west: a shell; inside: a hole, whose shell is found by going west along
        # that row through inside nodes to the previous crossing, which bounds the same group of
        # inside nodes (a hole of it with a lower head, or the shell).
        head = order[ring_start]
        hole = west_inside[head]
        ring_of = np.empty(len(order), dtype=np.int64)
        ring_of[order] = np.repeat(np.arange(len(ring_size)), ring_size)
        shell = np.arange(len(ring_size))
        shell[hole] = ring_of[head[hole] - 1]
        while True:
            further = shell[shell]
            if np.array_equal(further, shell):
                break
            shell = further
        # Polygons: by shell, the shell first; each ring its crossings, then its first one again.
        ring_order = np.lexsort((hole, shell))
        points = ring_size[ring_order] + 1
        at = ranges(ring_start[ring_order], points)
        at[np.cumsum(points) - 1] = ring_start[ring_order]
        crossing = order[at]
        del order, at
        # Where each crossing lies: its first node, moved along its grid edge (in place, one axis at
        # a time: the WKB is as large as the coordinates).
        vertical = crossing >= horizontal_count
        node = ids[crossing]
        node[vertical] -= self.nodes
        along = along[crossing]
        del ids, crossing
        coords = np.empty((len(along), 2), dtype="<f8")
        for axis, moved, grid_index in ((0, ~vertical, node % self.columns), (1, vertical, node // self.columns)):
            position = np.where(moved, along, 0.0)
            position += grid_index
            del grid_index
            position *= self.cell
            position += self.origin[axis]
            coords[:, axis] = position
        del vertical, node, along, position
        return multipolygon_wkb(coords, points, shell[ring_order])


class _Segments:
    """The lines' segments in grid units, sampled band by band: at most SAMPLE_SPACING cells
    apart, ends included (each line's last vertex is a segment of one sample)."""

    def __init__(self, coords, counts, grid):
        x = (coords[:, 0] - grid.origin[0]) / grid.cell
        y = (coords[:, 1] - grid.origin[1]) / grid.cell
        last = np.zeros(len(x), dtype=bool)
        last[np.cumsum(counts) - 1] = True
        following = np.minimum(np.arange(1, len(x) + 1), len(x) - 1)
        dx = np.where(last, 0.0, x[following] - x)
        dy = np.where(last, 0.0, y[following] - y)
        pieces = np.where(last, 1, np.ceil(np.hypot(dx, dy) / SAMPLE_SPACING)).astype(np.int64)
        keep = pieces > 0  # (a segment of length 0 starts where the previous one ends)
        self.x, self.y, self.pieces = x[keep], y[keep], pieces[keep]
        self.dx, self.dy = dx[keep] / self.pieces, dy[keep] / self.pieces
        end_y = self.y + self.dy * (self.pieces - 1)
        # Rows of the nodes nearest the samples: between those of the segment's ends.
        self.low_row = np.rint(np.minimum(self.y, end_y))
        self.high_row = np.rint(np.maximum(self.y, end_y))
        self.columns = grid.columns

    def nodes(self, low, high):
        """Index of the node nearest each sample on rows [low, high), counted from row ``low``."""
        touching = np.flatnonzero((self.high_row >= low) & (self.low_row < high))
        pieces = self.pieces[touching]
        segment = np.repeat(touching, pieces)
        step = np.arange(len(segment)) - np.repeat(np.cumsum(pieces) - pieces, pieces)
        row = np.rint(self.y[segment] + step * self.dy[segment]).astype(np.int64)
        column = np.rint(self.x[segment] + step * self.dx[segment]).astype(np.int64)
        on_band = (row >= low) & (row < high)
        return (row[on_band] - low) * self.columns + column[on_band]


def _squared_distances(marked, reach):
    """Squared distance (cells) from each node to the nearest marked node, exact up to ``reach``
    cells, more than ``reach ** 2`` beyond (uint8). Shifts run along the flattened grid: no
    node within ``reach`` of the side borders is marked, so what wraps from one row to the next
    changes nothing."""
    height, width = marked.shape
    cap = reach + 1
    along_column = np.where(marked, np.uint8(0), np.uint8(cap)).ravel()
    spare = np.empty_like(along_column)
    for _ in range(reach):
        np.add(along_column[:-width], 1, out=spare[:-width])
        np.minimum(along_column[width:], spare[:-width], out=along_column[width:])
        np.add(along_column[width:], 1, out=spare[width:])
        np.minimum(along_column[:-width], spare[width:], out=along_column[:-width])
    square = (np.arange(cap + 1) ** 2).astype(np.uint8)[along_column]
    squared = square.copy()
    for shift in range(1, reach + 1):
        lift = np.uint8(shift * shift)
        np.add(square[:-shift], lift, out=spare[:-shift])
        np.minimum(squared[shift:], spare[:-shift], out=squared[shift:])
        np.add(square[shift:], lift, out=spare[shift:])
        np.minimum(squared[:-shift], spare[shift:], out=squared[:-shift])
    return squared.reshape(height, width)


def _fraction(first, second, level):
    """Where ``level`` lies between two nodes given their squared values, from the first node,
    clear of both nodes."""
    first, second = np.sqrt(first.astype(np.float64)), np.sqrt(second.astype(np.float64))
    low, high = np.minimum(first, second), np.maximum(first, second)
    t = np.clip((level - low) / (high - low), NODE_CLEARANCE, 1.0 - NODE_CLEARANCE)
    return np.where(first <= second, t, 1.0 - t)


def cycles(following):
    """(order, sizes) of the cycles of a permutation (int32): the elements cycle by cycle, cycles
    sorted by their smallest element and each followed from it, and the cycles' sizes. With
    scipy: its connected components (numbered by their smallest element) give each cycle's
    first element, and one depth-first walk lists the cycles, each first element leading, after
    its cycle, through an extra node to the next cycle's; the result is checked, and
    ``cycles_by_doubling`` (numpy alone) gives it otherwise."""
    try:
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import connected_components, depth_first_order
    except ImportError:
        return cycles_by_doubling(following)
    count = len(following)
    # (int32 indexes throughout: scipy would otherwise copy them to int32)
    graph = csr_matrix(
        (np.ones(count, dtype=np.int8), following, np.arange(count + 1, dtype=np.int32)), shape=(count, count)
    )
    cycle_count, component = connected_components(graph, directed=True, connection="weak")
    del graph
    first = np.flatnonzero(np.r_[True, component[1:] > np.maximum.accumulate(component)[:-1]])
    if len(first) != cycle_count or not np.array_equal(component[first], np.arange(cycle_count)):
        return cycles_by_doubling(following)
    # Element i leads to following[i]; a cycle's first element also to the extra node
    # count + j (numbered above every element, so visited after its cycle whether or not the
    # walk sorts each node's neighbours), which leads to the next cycle's first element.
    links = np.ones(count + cycle_count, dtype=np.int32)
    links[first] = 2
    pointer = np.r_[np.int32(0), np.cumsum(links, dtype=np.int32)]
    del links
    target = np.empty(pointer[-1], dtype=np.int32)
    target[pointer[:count]] = following
    extra = count + np.arange(cycle_count)
    target[pointer[first] + 1] = extra
    target[pointer[extra]] = np.r_[first[1:], first[0]]
    walk = csr_matrix(
        (np.ones(len(target), dtype=np.int8), target, pointer), shape=(count + cycle_count, count + cycle_count)
    )
    order = depth_first_order(walk, int(first[0]), directed=True, return_predecessors=False)
    order = order[order < count]
    start = np.flatnonzero(np.r_[True, following[order[:-1]] != order[1:]])
    sizes = np.diff(np.r_[start, count])
    if not (np.array_equal(order[start], first) and np.array_equal(sizes, np.bincount(component))):
        return cycles_by_doubling(following)
    return order, sizes


def cycles_by_doubling(following):
    """``cycles`` in numpy alone, by pointer doubling (the same result, slower)."""
    count = len(following)
    index = np.arange(count, dtype=np.int32)
    # The smallest of the next 2, 4, 8... elements, until it is the same all along each cycle
    # (then every element has seen its whole cycle).
    label, jump = index.copy(), following
    while True:
        np.minimum(label, label[jump], out=label)
        if np.array_equal(label, label[following]):
            break
        jump = jump[jump]
    size = np.bincount(label, minlength=count)
    # Steps left to the end of each cycle cut before its smallest element, by doubling.
    after = np.where(label[following] == following, index, following)
    left = (after != index).astype(np.int32)
    for _ in range(int(size.max()).bit_length()):
        left += left[after]
        after = after[after]
    start = np.cumsum(size) - size
    order = np.empty(count, dtype=np.int64)
    order[start[label] + size[label] - 1 - left] = index
    return order, size[size > 0]
