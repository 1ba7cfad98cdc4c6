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
2. for an area, the nodes tied to a street within reach get ``D(t) + |q - t|`` (as
   ``SourceField.at``), and are inside when it is at most ``R + MARGIN_CELLS`` cells;
3. the inside nodes are grown by one node (so a square with one inside corner is whole inside)
   and the outline traced through the middles of the grid edges (``grid_outline.mask_outline``).

Step 1 depends only on the network, ``max_snap`` and ``min_island_nodes``, not on the outlets: the
grid covers the whole network and is kept with it in memory (``network_grid``, as the network keeps
its snappers), its ties sorted by street, so a later run only does steps 2 and 3 (some 0.05 s for
200 outlets at 1,609 m on Porto Alegre, 2.4 million ties; the first run about 6 s).

Accuracy. The walk is continuous on the points tied to one segment and changes there by at most
two metres per metre moved (the leg and the tie point each move at most as much), and a grid
node's segment is the nearest one or one within two cells of it: a home within the threshold has
a corner of its grid square within the margin, so it lies inside the polygon; the polygon extends
at most ``MARGIN_CELLS + 1.5`` cells beyond the exact area (50 m with 10 m cells). Where two
streets close in space are far apart on the network (a home midway between a reached street and
an unreached one behind a wall), the walk jumps, and the outline follows the grid's nodes there.
"""

import weakref
from dataclasses import dataclass

import numpy as np

from ..arrays import ranges
from ..progress import SILENT
from .grid_outline import mask_outline
from .routing import same_edge_walks
from .snap import Snapped, small_island_edges

CELL_M = 10.0
# A home within the threshold has a grid corner within 2 * 0.71 + 2 cells of walk more: see above.
MARGIN_CELLS = 3.5
# Streets this many cells farther than a node's nearest are candidates too (a home near the node
# may be nearer to them: see above).
CANDIDATE_CELLS = 1.5
# The largest grid (nodes) a run builds: about 24 bytes a node, 300 MB.
MAX_NODES = 12_000_000
# Nodes tied at once (memory: some 300 bytes each while tied).
BAND_NODES = 250_000


# The grid of each network (in memory while the network is), for its last (max_snap, min_island_nodes):
# it does not depend on the outlets, so a second run only evaluates the walk and traces the outline.
_GRIDS = weakref.WeakKeyDictionary()


def network_grid(router, max_snap, progress=SILENT):
    """The HomeWalkGrid over the whole network of ``router`` (plus ``max_snap`` around), built once
    for it, ``max_snap`` and the router's ``min_island_nodes``."""
    network = router.network
    key = (float(max_snap), router.min_island_nodes)
    kept = _GRIDS.get(network)
    if kept is None or kept[0] != key:
        _GRIDS.pop(network, None)  # (memory: the old grid goes before the new one is built)
        extent = np.concatenate([network.vertex_xy.min(axis=0) - max_snap, network.vertex_xy.max(axis=0) + max_snap])
        kept = _GRIDS[network] = (key, HomeWalkGrid(router, max_snap, extent, progress))
    progress.step(1, 1)
    return kept[1]


class HomeWalkGrid:
    """Every grid node over ``extent`` ((x min, y min, x max, y max), metres) tied to the network of
    ``router`` as a home there would be (within ``max_snap``): one ``_Ties`` record per node and
    street it may be tied to (its nearest, and candidates between streets), sorted by street so
    that a run reads only the records of the streets it reaches."""

    def __init__(self, router, max_snap, extent, progress=SILENT):
        network = router.network
        self.network = network
        self.max_snap = float(max_snap)
        low, high = np.asarray(extent[:2], dtype=float), np.asarray(extent[2:], dtype=float)
        span = np.maximum(high - low, 0.0)
        self.cell = max(CELL_M, float(np.sqrt((span[0] + 4 * CELL_M) * (span[1] + 4 * CELL_M) / MAX_NODES)))
        # Two outside nodes on every side: the outline's border, and the node the growth adds.
        self.origin = low - 2 * self.cell
        self.columns, self.rows = (np.ceil(span / self.cell).astype(np.int64) + 5).tolist()
        small = small_island_edges(network, router.min_island_nodes) if router.min_island_nodes > 0 else None
        main = np.flatnonzero(~small) if small is not None else np.arange(network.edge_count)
        edge, position, leg, candidates = self._tie(network, main, progress=progress.sub(0.0, 0.7))
        if small is not None and small.any():
            untied = leg > self.max_snap
            island_edge, island_position, island_leg, _ = self._tie(
                network, np.flatnonzero(small), untied, progress.sub(0.7, 0.9)
            )
            island = untied & (island_leg <= self.max_snap)
            edge[island], position[island] = island_edge[island], island_position[island]
            leg[island] = island_leg[island]
            del island_edge, island_position, island_leg, untied, island
        # (a home within max_snap has a grid corner within max_snap and 0.71 cell)
        edge[leg > self.max_snap + self.cell] = -1
        node, extra_edge, extra_position, extra_leg = candidates
        keep = (extra_leg <= self.max_snap + self.cell) & (edge[node] >= 0)
        tied = np.flatnonzero(edge >= 0)
        self.ties = _Ties.by_edge(
            network.edge_count,
            np.concatenate([tied, node[keep]]),
            np.concatenate([edge[tied], extra_edge[keep]]),
            np.concatenate([position[tied], extra_position[keep]]),
            np.concatenate([leg[tied], extra_leg[keep]]),
        )
        progress.step(1, 1)

    def _node_xy(self, nodes):
        """(n, 2) coordinates of grid nodes given by flat index."""
        row, column = np.divmod(nodes, self.columns)
        return self.origin + self.cell * np.column_stack([column, row])

    def _tie(self, network, edges, wanted=None, progress=SILENT):
        """(edge, position, leg) of every node projected onto the segment of ``edges`` sampled
        nearest it (see the module docstring; -1, NaN, inf where not tied), and the candidate
        records (node, edge, position, leg) of the other streets near enough; only ``wanted``
        nodes count (default all). By bands of rows (memory: cities have millions of nodes)."""
        count = self.rows * self.columns
        edge = np.full(count, -1, dtype=np.int32)
        position = np.full(count, np.nan, dtype=np.float32)
        leg = np.full(count, np.inf, dtype=np.float32)
        no_candidates = (np.zeros(0, np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32), np.zeros(0, np.float32))
        if not len(edges):
            return edge, position, leg, no_candidates
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
        del rank, along
        column, row = np.rint((sample_xy - self.origin) / self.cell).astype(np.int64).T
        del sample_xy
        on_grid = (column >= 0) & (column < self.columns) & (row >= 0) & (row < self.rows)
        segment_at = np.full(count, -1, dtype=np.int32)
        segment_at[row[on_grid] * self.columns + column[on_grid]] = sample_segment[on_grid]
        del column, row, on_grid, sample_segment
        nearest = _nearest_marked((segment_at >= 0).reshape(self.rows, self.columns), self._node_xy)
        if nearest is None:
            return edge, position, leg, no_candidates
        node_segment = segment_at[nearest].reshape(self.rows, self.columns)
        del nearest, segment_at

        def project(nodes, segment):
            """(leg, position along the segment's edge) of ``nodes`` projected onto ``segment``."""
            a, b = start[segment], end[segment]
            direction = b - a
            squared = np.maximum((direction**2).sum(axis=1), 1e-18)
            xy = self._node_xy(nodes)
            t = np.clip(((xy - a) * direction).sum(axis=1) / squared, 0.0, 1.0)
            foot = a + t[:, None] * direction
            return np.hypot(*(xy - foot).T), offset[segment] + t * np.sqrt(squared)

        candidates = []
        band_rows = max(1, BAND_NODES // self.columns)
        for first in range(0, self.rows, band_rows):
            progress.step(first, self.rows)
            last = min(first + band_rows, self.rows)
            # The band and a row on each side (the neighbours of its first and last rows).
            low, high = max(first - 1, 0), min(last + 1, self.rows)
            block = node_segment[low:high]
            inner = slice(first - low, first - low + last - first)
            nodes = np.arange(first * self.columns, last * self.columns)
            if wanted is not None:
                nodes = nodes[wanted[nodes]]
            local = nodes - first * self.columns
            best = block[inner].ravel()[local].astype(np.int64)
            band_leg, band_position = project(nodes, best)
            # Where the nodes around have other segments (between streets), the nearest may be one
            # of theirs; those within CANDIDATE_CELLS of the nearest are kept as candidates too.
            boundary = np.zeros(block.shape, dtype=bool)
            for shift in _NEIGHBOURS:
                boundary |= block != _shifted(block, shift)
            on_boundary = boundary[inner].ravel()[local]
            between, between_local = nodes[on_boundary], local[on_boundary]
            at = np.flatnonzero(on_boundary)
            found = [(at, best[at], band_leg[at], band_position[at])]
            for shift in _NEIGHBOURS:
                other = _shifted(block, shift)[inner].ravel()[between_local].astype(np.int64)
                found.append((at, other, *project(between, other)))
            index, segment, found_leg, found_position = (np.concatenate(part) for part in zip(*found))
            # The nearest per node, then the others near enough, one per node and edge.
            order = np.lexsort((found_leg, index))
            found = (part[order] for part in (index, segment, found_leg, found_position))
            index, segment, found_leg, found_position = found
            nearest_first = np.r_[True, index[1:] != index[:-1]]
            band_leg[index[nearest_first]] = found_leg[nearest_first]
            band_position[index[nearest_first]] = found_position[nearest_first]
            best[index[nearest_first]] = segment[nearest_first]
            nearest_leg = np.maximum.accumulate(np.where(nearest_first, found_leg, -np.inf))
            found_edge = segment_edge[segment]
            extra = np.zeros(len(index), dtype=bool)
            extra[np.unique(index * network.edge_count + found_edge, return_index=True)[1]] = True
            extra &= ~nearest_first & (found_leg <= nearest_leg + CANDIDATE_CELLS * self.cell)
            extra &= found_edge != segment_edge[best[index]]
            candidates.append((nodes[index[extra]], found_edge[extra], found_position[extra], found_leg[extra]))
            band_edge = segment_edge[best]
            edge[nodes], leg[nodes] = band_edge, band_leg
            position[nodes] = np.minimum(band_position, network.edge_length[band_edge])
        node, extra_edge, extra_position, extra_leg = (np.concatenate(part) for part in zip(*candidates))
        return edge, position, leg, (node, extra_edge.astype(np.int32), extra_position, extra_leg)

    def polygon(self, field, threshold):
        """MultiPolygon WKB of the nodes whose home walk from the sources of ``field`` (a
        SourceField, its node distances exact up to ``threshold`` plus the margin) is at most
        ``threshold`` metres (plus the margin), grown by one node; None when none is."""
        reach = threshold + MARGIN_CELLS * self.cell
        node = self.ties.within(field, reach)
        if not len(node):
            return None
        row, column = np.divmod(node, self.columns)
        # The window of the inside nodes, with two outside nodes around (the growth and the border).
        first_row, first_column = int(row.min()) - 2, int(column.min()) - 2
        height, width = int(row.max()) + 3 - first_row, int(column.max()) + 3 - first_column
        inside = np.zeros((height, width), dtype=bool)
        inside[row - first_row, column - first_column] = True
        grown = inside.copy()
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dy or dx:
                    grown[1 + dy : height - 1 + dy, 1 + dx : width - 1 + dx] |= inside[1:-1, 1:-1]
        origin = self.origin + self.cell * np.array([first_column, first_row])
        return mask_outline(grown, origin, self.cell)


@dataclass(eq=False)  # eq=False: arrays have no single truth value
class _Ties:
    """Records (grid ``node`` flat index, ``edge``, ``position`` along it, straight ``leg``) sorted
    by edge; ``edge_start[e]``: the first record of edge ``e`` (compact types: a city has millions)."""

    node: np.ndarray
    edge: np.ndarray
    position: np.ndarray
    leg: np.ndarray
    edge_start: np.ndarray

    @classmethod
    def by_edge(cls, edge_count, node, edge, position, leg):
        order = np.argsort(edge, kind="stable")
        edge = edge[order]
        return cls(
            node[order].astype(np.int32),
            edge.astype(np.int32),
            position[order].astype(np.float32),
            leg[order].astype(np.float32),
            np.searchsorted(edge, np.arange(edge_count + 1)),
        )

    def within(self, field, reach):
        """Grid nodes (flat indexes, repeated) with a record whose home walk from the sources of
        ``field`` (a SourceField) is at most ``reach`` metres: ``SourceField.at``'s walk, in float32
        over records sorted by edge (millions a run)."""
        network = field.router.network
        from_u = field.node_distance[network.edge_u].astype(np.float32)
        # (from the edge's first node: the walk from its last one is to_v - position)
        to_v = (field.node_distance[network.edge_v] + network.edge_length).astype(np.float32)
        sources = field.sources
        source_edges = np.unique(sources.edge[sources.tied])
        # Only streets with a point within reach (from one end, or carrying a source) have nodes
        # inside; when they hold few records (one outlet's area) only theirs are read.
        reached = np.minimum(from_u, to_v - network.edge_length) < reach
        reached[source_edges] = True
        edges = np.flatnonzero(reached)
        starts, counts = self.edge_start[edges], self.edge_start[edges + 1] - self.edge_start[edges]
        if counts.sum() < len(self.node) // 4:
            records = ranges(starts, counts)
            node, edge, position, leg = (part[records] for part in (self.node, self.edge, self.position, self.leg))
        else:
            node, edge, position, leg = self.node, self.edge, self.position, self.leg
        walk = np.minimum(from_u[edge] + position, to_v[edge] - position) + leg
        # Along the street from a source on the same edge (the records stay sorted by edge).
        low, high = np.searchsorted(edge, source_edges, "left"), np.searchsorted(edge, source_edges, "right")
        shared = ranges(low, high - low)
        homes = Snapped(
            edge[shared], position[shared].astype(float), leg[shared].astype(float), np.zeros((len(shared), 2))
        )
        point, _, direct = same_edge_walks(homes, sources)
        np.minimum.at(walk, shared[point], direct.astype(np.float32))
        return node[walk <= reach]


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
    None when none is marked. ``node_xy``: coordinates of nodes given by flat index."""
    if not marked.any():
        return None
    try:
        from scipy import ndimage
    except ImportError:
        from .index import point_index

        marked_nodes = np.flatnonzero(marked.ravel())
        _, nearest = point_index(node_xy(marked_nodes), "numpy").nearest(node_xy(np.arange(marked.size)))
        return marked_nodes[nearest]
    indices = ndimage.distance_transform_edt(~marked, return_distances=False, return_indices=True)
    return (indices[0] * marked.shape[1] + indices[1]).ravel()
