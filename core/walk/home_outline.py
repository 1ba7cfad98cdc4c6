"""Service areas that agree with access times: where a home would reach an outlet within the threshold.

A home at ``p`` is tied to the nearest point ``t`` of the nearest street (small islands skipped,
within ``max_snap``: ``snap.py``) and walks ``D(t) + |p - t|``, ``D`` being the walk on the network
from the nearest outlet to ``t`` (``routing.SourceField``: the outlet's own straight leg included,
along the street when the outlet lies on the same one). The area of threshold ``R`` is the set of
points where that walk is at most ``R``: what ``accesstimes`` gives a home placed there. As R5
draws its isochrones, the walk is evaluated on a grid and the grid contoured.

Method, on a grid of ``cell`` metres (``CELL_M``, larger when the extent would need more than
``MAX_NODES`` nodes):

1. the streets' segments are sampled at most a cell apart and the grid node nearest each sample
   marked with it; every grid node gets its nearest marked node (scipy.ndimage's exact Euclidean
   feature transform, or a nearest-point index without scipy) and is projected exactly onto that
   sample's segment: its street, its position along it and its straight leg. Small islands get
   their own transform, used only where no other street lies within ``max_snap`` (as snapping);
2. for an area, the nodes of its window get ``D(t) + |q - t|`` (``SourceField.at``), and are inside
   when it is at most ``R + MARGIN_CELLS`` cells and the leg at most ``max_snap``;
3. the inside nodes are grown by one node (so a square with one inside corner is whole inside)
   and the outline traced through the middles of the grid edges (``grid_outline.mask_outline``).

Accuracy. The walk is continuous on the points tied to one segment and changes there by at most
two metres per metre moved (the leg and the tie point each move at most as much), and a grid
node's segment is the nearest one or one within two cells of it: a home within the threshold has
a corner of its grid square within the margin, so it lies inside the polygon; the polygon extends
at most ``MARGIN_CELLS + 1.5`` cells beyond the exact area (50 m with 10 m cells). Where two
streets close in space are far apart on the network (a home midway between a reached street and
an unreached one behind a wall), the walk jumps, and the outline follows the grid's nodes there.
"""

import numpy as np

from ..arrays import ranges
from ..progress import SILENT
from .grid_outline import mask_outline
from .snap import Snapped, small_island_edges

CELL_M = 10.0
# A home within the threshold has a grid corner within 2 * 0.71 + 2 cells of walk more: see above.
MARGIN_CELLS = 3.5
# Streets this many cells farther than a node's nearest are candidates too (a home near the node
# may be nearer to them: see above).
CANDIDATE_CELLS = 1.5
# The largest grid (nodes) a run builds: about 24 bytes a node, 300 MB.
MAX_NODES = 12_000_000


class HomeWalkGrid:
    """Every grid node over ``extent`` ((x min, y min, x max, y max), metres) tied to the network of
    ``router`` as a home there would be (within ``max_snap``): its ``edge`` (-1: not tied),
    ``position`` along it and straight ``leg``."""

    def __init__(self, router, max_snap, extent, progress=SILENT):
        network = router.network
        self.router = router
        self.max_snap = float(max_snap)
        low, high = np.asarray(extent[:2], dtype=float), np.asarray(extent[2:], dtype=float)
        span = np.maximum(high - low, 0.0)
        self.cell = max(CELL_M, float(np.sqrt((span[0] + 4 * CELL_M) * (span[1] + 4 * CELL_M) / MAX_NODES)))
        # Two outside nodes on every side: the outline's border, and the node the growth adds.
        self.origin = low - 2 * self.cell
        self.columns, self.rows = (np.ceil(span / self.cell).astype(np.int64) + 5).tolist()
        node_x = self.origin[0] + self.cell * np.arange(self.columns)
        node_y = self.origin[1] + self.cell * np.arange(self.rows)
        self.xy = np.stack(np.meshgrid(node_x, node_y), axis=-1).reshape(-1, 2)
        small = small_island_edges(network, router.min_island_nodes) if router.min_island_nodes > 0 else None
        main = np.flatnonzero(~small) if small is not None else np.arange(network.edge_count)
        progress.step(0, 2)
        self.edge, self.position, self.leg = self._tie(network, main)
        candidates = self.extra
        progress.step(1, 2)
        if small is not None and small.any():
            untied = self.leg > self.max_snap
            edge, position, leg = self._tie(network, np.flatnonzero(small), untied)
            island = untied & (leg <= self.max_snap)
            self.edge[island], self.position[island], self.leg[island] = edge[island], position[island], leg[island]
        # (a home within max_snap has a grid corner within max_snap and 0.71 cell)
        self.edge[self.leg > self.max_snap + self.cell] = -1
        node, edge, position, leg = candidates
        keep = (leg <= self.max_snap + self.cell) & (self.edge[node] >= 0)
        self.extra = (node[keep], edge[keep], position[keep], leg[keep])
        progress.step(2, 2)

    def _tie(self, network, edges, wanted=None):
        """(edge, position, leg) of every node projected onto the segment of ``edges`` sampled
        nearest it (see the module docstring); only ``wanted`` nodes count (default all)."""
        count = self.rows * self.columns
        edge = np.full(count, -1, dtype=np.int64)
        position = np.full(count, np.nan)
        leg = np.full(count, np.inf)
        if not len(edges):
            return edge, position, leg
        segments = network.edge_last[edges] - network.edge_first[edges]
        vertex = ranges(network.edge_first[edges], segments)
        segment_edge = np.repeat(edges, segments)
        start, end = network.vertex_xy[vertex], network.vertex_xy[vertex + 1]
        offset = network.vertex_offset[vertex] - network.vertex_offset[network.edge_first[segment_edge]]
        samples = np.ceil(np.hypot(*(end - start).T) / self.cell).astype(np.int64) + 1
        sample_segment = np.repeat(np.arange(len(start)), samples)
        rank = np.arange(len(sample_segment)) - np.repeat(np.cumsum(samples) - samples, samples)
        along = rank / (samples - 1)[sample_segment]
        sample_xy = start[sample_segment] + along[:, None] * (end - start)[sample_segment]
        column, row = np.rint((sample_xy - self.origin) / self.cell).astype(np.int64).T
        on_grid = (column >= 0) & (column < self.columns) & (row >= 0) & (row < self.rows)
        segment_at = np.full(count, -1, dtype=np.int64)
        segment_at[row[on_grid] * self.columns + column[on_grid]] = sample_segment[on_grid]
        nearest = _nearest_marked(segment_at.reshape(self.rows, self.columns) >= 0, self.xy)
        if nearest is None:
            return edge, position, leg
        node_segment = segment_at[nearest].reshape(self.rows, self.columns)
        nodes = np.arange(count) if wanted is None else np.flatnonzero(wanted)

        def project(nodes, segment):
            """(leg, position along the segment's edge) of ``nodes`` projected onto ``segment``."""
            a, b = start[segment], end[segment]
            direction = b - a
            squared = np.maximum((direction**2).sum(axis=1), 1e-18)
            t = np.clip(((self.xy[nodes] - a) * direction).sum(axis=1) / squared, 0.0, 1.0)
            foot = a + t[:, None] * direction
            return np.hypot(*(self.xy[nodes] - foot).T), offset[segment] + t * np.sqrt(squared)

        best = node_segment.ravel()[nodes]
        leg[nodes], position[nodes] = project(nodes, best)
        # Where the nodes around have other segments (between streets), the nearest may be one of
        # theirs; those within CANDIDATE_CELLS of the nearest are kept as candidates too.
        boundary = np.zeros((self.rows, self.columns), dtype=bool)
        for shift in _NEIGHBOURS:
            boundary |= node_segment != _shifted(node_segment, shift)
        between = nodes[boundary.ravel()[nodes]]
        candidates = [(between, best[boundary.ravel()[nodes]], leg[between], position[between])]
        for shift in _NEIGHBOURS:
            other = _shifted(node_segment, shift).ravel()[between]
            candidates.append((between, other, *project(between, other)))
        node, segment, candidate_leg, candidate_position = (np.concatenate(part) for part in zip(*candidates))
        # The nearest per node, then the others near enough, one per node and edge.
        order = np.lexsort((candidate_leg, node))
        node, segment = node[order], segment[order]
        candidate_leg, candidate_position = candidate_leg[order], candidate_position[order]
        first = np.r_[True, node[1:] != node[:-1]]
        leg[node[first]], position[node[first]] = candidate_leg[first], candidate_position[first]
        node_segment.ravel()[node[first]] = segment[first]
        nearest_leg = np.maximum.accumulate(np.where(first, candidate_leg, -np.inf))
        candidate_edge = segment_edge[segment]
        unique = np.unique(node * network.edge_count + candidate_edge, return_index=True)[1]
        extra = np.zeros(len(node), dtype=bool)
        extra[unique] = True
        extra &= ~first & (candidate_leg <= nearest_leg + CANDIDATE_CELLS * self.cell)
        extra &= candidate_edge != segment_edge[node_segment.ravel()[node]]
        self.extra = (node[extra], candidate_edge[extra], candidate_position[extra], candidate_leg[extra])
        edge[nodes] = segment_edge[node_segment.ravel()[nodes]]
        position[nodes] = np.minimum(position[nodes], network.edge_length[edge[nodes]])
        return edge, position, leg

    def window(self, extent):
        """(rows, columns) slices of the nodes within ``extent`` (x min, y min, x max, y max) plus
        two nodes each side, kept inside the grid."""
        low = np.floor((np.asarray(extent[:2]) - self.origin) / self.cell).astype(np.int64) - 2
        high = np.ceil((np.asarray(extent[2:]) - self.origin) / self.cell).astype(np.int64) + 3
        return (
            slice(max(low[1], 0), min(high[1], self.rows)),
            slice(max(low[0], 0), min(high[0], self.columns)),
        )

    def polygon(self, field, threshold, extent=None):
        """MultiPolygon WKB of the nodes within ``extent`` (default all) whose home walk from the
        sources of ``field`` (a SourceField) is at most ``threshold`` metres (plus the margin),
        grown by one node; None when none is."""
        rows, columns = self.window(extent) if extent is not None else (slice(0, self.rows), slice(0, self.columns))
        height, width = rows.stop - rows.start, columns.stop - columns.start
        if height < 1 or width < 1:
            return None
        local = np.arange(rows.start, rows.stop)[:, None] * self.columns + np.arange(columns.start, columns.stop)
        local = local.ravel()
        walk = np.full(len(local), np.inf)
        tied = np.flatnonzero(self.edge[local] >= 0)
        nodes = local[tied]
        distance, _ = field.at(Snapped(self.edge[nodes], self.position[nodes], self.leg[nodes], self.xy[nodes]))
        walk[tied] = np.where(np.isfinite(distance), distance, np.inf)
        # Nodes between streets: the best of their candidate streets.
        node, edge, position, leg = self.extra
        row, column = node // self.columns, node % self.columns
        here = (row >= rows.start) & (row < rows.stop) & (column >= columns.start) & (column < columns.stop)
        distance, _ = field.at(Snapped(edge[here], position[here], leg[here], self.xy[node[here]]))
        at = (row[here] - rows.start) * width + column[here] - columns.start
        np.minimum.at(walk, at, np.where(np.isfinite(distance), distance, np.inf))
        inside = (walk <= threshold + MARGIN_CELLS * self.cell).reshape(height, width)
        if not inside.any():
            return None
        grown = np.zeros((height + 4, width + 4), dtype=bool)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                grown[2 + dy : 2 + dy + height, 2 + dx : 2 + dx + width] |= inside
        origin = self.origin + self.cell * (np.array([columns.start, rows.start]) - 2)
        return mask_outline(grown, origin, self.cell)


_NEIGHBOURS = [(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx]


def _shifted(grid, shift):
    """``grid`` moved by (rows, columns) ``shift``: each node gets its neighbour's value (its own
    on the border)."""
    dy, dx = shift
    rows, columns = grid.shape
    moved = grid.copy()
    moved[max(-dy, 0) : rows - max(dy, 0), max(-dx, 0) : columns - max(dx, 0)] = grid[
        max(dy, 0) : rows - max(-dy, 0), max(dx, 0) : columns - max(-dx, 0)
    ]
    return moved


def _nearest_marked(marked, node_xy):
    """Flat index of the marked node nearest each node of the grid ``marked`` (exact Euclidean);
    None when none is marked."""
    if not marked.any():
        return None
    try:
        from scipy import ndimage
    except ImportError:
        from .index import point_index

        marked_nodes = np.flatnonzero(marked.ravel())
        _, nearest = point_index(node_xy[marked_nodes], "numpy").nearest(node_xy)
        return marked_nodes[nearest]
    indices = ndimage.distance_transform_edt(~marked, return_distances=False, return_indices=True)
    return (indices[0] * marked.shape[1] + indices[1]).ravel()
