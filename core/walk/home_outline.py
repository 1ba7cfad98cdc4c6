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
   feature transform, or two separable numpy passes without scipy) and is projected exactly onto
   that sample's segment: its street, its position along it and its straight leg. Small islands
   get their own transform, used only where no other street lies within ``max_snap`` (as snapping);
2. for an area, the nodes within reach of a source as the crow flies get ``D(t) + |q - t|`` (as
   ``SourceField.at``), and are inside when it is at most ``R + MARGIN_CELLS`` cells;
3. the inside nodes are grown by one node (so a square with one inside corner is whole inside)
   and the outline traced through the middles of the grid edges (``grid_outline.mask_outline``).

Step 1 depends only on the network, ``max_snap`` and ``min_island_nodes``, not on the outlets: the
grid covers the whole network, is tied tile by tile (``TILE_NODES`` a side, each with the streets
within ``max_snap`` around: the memory stays bounded) and is kept in memory for the network's
content (``network_grid``), so a later run only does steps 2 and 3: on Porto Alegre, 2.4 million
ties built in about 3.5 s, then some 0.05 s for 200 outlets at 1,609 m.

Walk + public transport (``HomeWalks``, a row per departure of the window): at each departure the
same walk from the node values of ``transit/access.py`` (a walk to an outlet, or to a stop in time
for a vehicle), and the home is inside when its median's (or percentile's) rank is within the
threshold; each departure's walk varies as the walking one does, so the same margin holds.

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

from ..progress import SILENT
from .grid_outline import mask_outline
from .network import lines_digest
from .routing import same_edge_pairs
from .snap import Segments, Snapped, small_island_edges

CELL_M = 10.0
# A home within the threshold has a grid corner within 2 * 0.71 + 2 cells of walk more: see above.
MARGIN_CELLS = 3.5
# Streets this many cells farther than a node's nearest are candidates too (a home near the node
# may be nearer to them: see above).
CANDIDATE_CELLS = 1.5
# The largest grid (nodes) a network gets: some 1.6 ties a node, 16 bytes a tie kept (200 MB).
MAX_NODES = 8_000_000
# A tile's side (nodes): the grid is tied tile by tile, each with the streets within max_snap
# around (memory: some 300 bytes a node while a tile is tied).
TILE_NODES = 384


@dataclass
class _KeptGrid:
    """The last grid built, for the network of that content (``digest``: a network read again from
    the disk cache or a layer is a new object) and these (max_snap, min_island_nodes) ``settings``."""

    network: weakref.ref
    digest: str
    settings: tuple
    grid: "HomeWalkGrid"


# One grid at a time (memory): it does not depend on the outlets, so a second run on the same
# network only evaluates the walk and traces the outline.
_KEPT = []


def network_grid(router, max_snap, progress=SILENT):
    """The HomeWalkGrid over the whole network of ``router`` (plus ``max_snap`` around), built once
    for its content, ``max_snap`` and the router's ``min_island_nodes``."""
    network = router.network
    settings = (float(max_snap), router.min_island_nodes)
    kept = _KEPT[0] if _KEPT and _KEPT[0].settings == settings else None
    if kept is None or kept.network() is not network:
        digest = lines_digest([network.vertex_xy, network.edge_first, network.edge_last, network.component])
        if kept is None or kept.digest != digest:
            _KEPT.clear()  # (memory: the old grid goes before the new one is built)
            extent = np.concatenate(
                [network.vertex_xy.min(axis=0) - max_snap, network.vertex_xy.max(axis=0) + max_snap]
            )
            kept = _KeptGrid(None, digest, settings, HomeWalkGrid(router, max_snap, extent, progress))
            _KEPT.append(kept)
        kept.network, kept.grid.network = weakref.ref(network), network
    progress.step(1, 1)
    return kept.grid


@dataclass(eq=False)
class _Ties:
    """One tile's records: grid ``node`` (flat index), ``edge``, ``position`` along it and straight
    ``leg`` (compact types: a city has millions)."""

    node: np.ndarray
    edge: np.ndarray
    position: np.ndarray
    leg: np.ndarray


class HomeWalkGrid:
    """Every grid node over ``extent`` ((x min, y min, x max, y max), metres) tied to the network of
    ``router`` as a home there would be (within ``max_snap``): one record per node and street it may
    be tied to (its nearest, and candidates between streets), kept by tiles of TILE_NODES."""

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
        streets = Segments.of(network, main)
        islands = Segments.of(network, np.flatnonzero(small)) if small is not None and small.any() else None
        # (rows, columns) of each tile's first node
        self.tile_first = [
            (row, column) for row in range(0, self.rows, TILE_NODES) for column in range(0, self.columns, TILE_NODES)
        ]
        self.tiles = []
        for done, first in enumerate(self.tile_first):
            progress.step(done, len(self.tile_first))
            self.tiles.append(self._tie_tile(network, streets, islands, *first))
        progress.step(1, 1)

    def _tie_tile(self, network, streets, islands, first_row, first_column):
        """_Ties of the tile's nodes: the streets within ``max_snap`` and two cells of it are sampled on
        a window holding the tile and that far around it."""
        halo = int(np.ceil(self.max_snap / self.cell)) + 4
        rows, columns = min(TILE_NODES, self.rows - first_row), min(TILE_NODES, self.columns - first_column)
        window = _Window(
            self.origin + self.cell * np.array([first_column - halo, first_row - halo]),
            rows + 2 * halo,
            columns + 2 * halo,
            self.cell,
            halo,
        )
        local = (np.arange(rows)[:, None] + halo) * window.columns + np.arange(columns) + halo
        local = local.ravel()
        edge, position, leg, candidates = window.tie(streets, local)
        if islands is not None:
            untied = np.flatnonzero(leg > self.max_snap)
            island_edge, island_position, island_leg, _ = window.tie(islands, local[untied])
            near = island_leg <= self.max_snap
            island = untied[near]
            edge[island], position[island], leg[island] = island_edge[near], island_position[near], island_leg[near]
        # (a home within max_snap has a grid corner within max_snap and 0.71 cell)
        reach = self.max_snap + self.cell
        tied = np.flatnonzero(leg <= reach)
        index, extra_edge, extra_position, extra_leg = candidates
        keep = (extra_leg <= reach) & (leg[index] <= reach)
        index = np.concatenate([tied, index[keep]])
        # In the order of the nodes (row by row), so that a run reads only the rows it needs.
        order = np.argsort(index, kind="stable")
        row, column = np.divmod(index[order], columns)
        return _Ties(
            ((row + first_row) * self.columns + column + first_column).astype(np.int32),
            np.concatenate([edge[tied], extra_edge[keep]])[order].astype(np.int32),
            np.concatenate([position[tied], extra_position[keep]])[order].astype(np.float32),
            np.concatenate([leg[tied], extra_leg[keep]])[order].astype(np.float32),
        )

    def polygon(self, field, threshold):
        """MultiPolygon WKB of the nodes whose walk alone from the sources of ``field`` (a
        SourceField, its node distances exact up to ``threshold`` plus the margin) is at most
        ``threshold`` metres (plus the margin), grown by one node; None when none is."""
        return self.polygons(HomeWalks.walking(field), threshold)[0]

    def polygons(self, walks, threshold):
        """``polygon`` for each rank of ``walks`` (``HomeWalks``)."""
        masks, first_row, first_column = self.within(walks, threshold + MARGIN_CELLS * self.cell)
        return [self._outline(inside, first_row, first_column) for inside in masks]

    def _outline(self, inside, first_row, first_column):
        """MultiPolygon WKB of the ``inside`` nodes of the part of the grid from (first row, first
        column), grown by one node; None when none is."""
        rows, columns = np.flatnonzero(inside.any(axis=1)), np.flatnonzero(inside.any(axis=0))
        if not len(rows):
            return None
        # The inside nodes' box, with two outside nodes around (the growth and the border).
        inside = np.pad(inside[rows[0] : rows[-1] + 1, columns[0] : columns[-1] + 1], 2)
        height, width = inside.shape
        grown = inside.copy()
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dy or dx:
                    grown[1 + dy : height - 1 + dy, 1 + dx : width - 1 + dx] |= inside[1:-1, 1:-1]
        del inside
        origin = self.origin + self.cell * np.array([first_column + columns[0] - 2, first_row + rows[0] - 2])
        return mask_outline(grown, origin, self.cell)

    def within(self, walks, reach):
        """([inside, one per rank], first row, first column): which nodes of a part of the grid have
        a record whose home walk (``HomeWalks``: its rank-th departure) is at most ``reach`` metres,
        computed as ``SourceField.at`` does but in float32. The part: the nodes within ``reach`` of a
        source as the crow flies (the walk is never shorter)."""
        network = self.network
        # (edges, departures): a record's departures side by side
        node_distance = walks.node_distance.T
        from_u = node_distance[network.edge_u].astype(np.float32)
        # (from the edge's first node: the walk from its last one is to_v - position)
        to_v = (node_distance[network.edge_v] + network.edge_length[:, None]).astype(np.float32)
        sources = walks.sources
        tied = sources.tied
        if not tied.any():
            return [np.zeros((0, 0), dtype=bool) for _ in walks.ranks], 0, 0
        # Along the street from a source on the same edge (a flag per edge, -1 the last never set).
        carrying = np.zeros(network.edge_count + 1, dtype=bool)
        carrying[sources.edge[tied]] = True
        # Streets within reach at some departure (or carrying a source): the others hold no inside node.
        near = carrying[:-1] | (np.minimum(from_u, to_v - network.edge_length[:, None]).min(axis=1) <= reach)
        low = np.floor((sources.xy[tied].min(axis=0) - reach - self.origin) / self.cell).astype(np.int64)
        high = np.ceil((sources.xy[tied].max(axis=0) + reach - self.origin) / self.cell).astype(np.int64) + 1
        first_column, first_row = np.maximum(low, 0).tolist()
        last_column, last_row = np.minimum(high, [self.columns, self.rows]).tolist()
        shape = (max(last_row - first_row, 0), max(last_column - first_column, 0))
        masks = [np.zeros(shape, dtype=bool) for _ in walks.ranks]
        for (tile_row, tile_column), ties in zip(self.tile_first, self.tiles):
            if (
                tile_column >= last_column
                or tile_row >= last_row
                or tile_column + TILE_NODES <= first_column
                or tile_row + TILE_NODES <= first_row
            ):
                continue
            # (the tile's nodes of the rows within reach: its records are in the nodes' order)
            rows = slice(*np.searchsorted(ties.node, [first_row * self.columns, last_row * self.columns]))
            records = np.arange(rows.start, rows.stop)[near[ties.edge[rows]]] if len(walks.node_distance) > 1 else rows
            edge, position, leg = ties.edge[records], ties.position[records], ties.leg[records]
            walk = np.minimum(from_u[edge] + position[:, None], to_v[edge] - position[:, None]) + leg[:, None]
            shared = np.flatnonzero(carrying[edge])
            homes = Snapped(
                edge[shared], position[shared].astype(float), leg[shared].astype(float), np.zeros((len(shared), 2))
            )
            point, other, along = same_edge_pairs(homes, sources)
            direct = (leg[shared[point]] + along)[:, None] + walks.source_distance[:, other].T
            # The pairs come grouped by point, a few sources each: one pass per rank in the group.
            rank_in_group = np.arange(len(point)) - np.searchsorted(point, point)
            for rank in range(int(rank_in_group.max(initial=-1)) + 1):
                pair = np.flatnonzero(rank_in_group == rank)
                home = shared[point[pair]]
                walk[home] = np.minimum(walk[home], direct[pair])
            if walk.shape[1] > 1:
                walk = np.partition(walk, sorted(walks.ranks), axis=1)
            node = ties.node[records]
            for inside, rank in zip(masks, walks.ranks):
                row, column = np.divmod(node[walk[:, rank] <= reach], self.columns)
                keep = (column >= first_column) & (column < last_column)
                inside[row[keep] - first_row, column[keep] - first_column] = True
        return masks, first_row, first_column


@dataclass(eq=False)
class HomeWalks:
    """A home's walk, per departure (a row each; one row for walking alone): ``node_distance``
    (departures, nodes) from each node, or along their own edge from the ``sources`` (Snapped)
    plus ``source_distance`` (departures, sources). A home is within a threshold for each of the
    ``ranks`` when the rank-th smallest of its walks (0-based) is."""

    node_distance: np.ndarray
    sources: Snapped
    source_distance: np.ndarray
    ranks: tuple = (0,)

    @classmethod
    def walking(cls, field):
        """The walk from the nearest source of a SourceField."""
        return cls(field.node_distance[None, :], field.sources, field.sources.distance[None, :])


class _Window:
    """A part of the grid: ``rows`` x ``columns`` nodes ``cell`` metres apart from ``origin``; nodes
    farther than ``reach`` nodes from the streets need not be tied."""

    def __init__(self, origin, rows, columns, cell, reach):
        self.origin, self.rows, self.columns, self.cell = origin, rows, columns, cell
        self.reach = reach

    def node_xy(self, nodes):
        """(n, 2) coordinates of nodes given by flat index."""
        row, column = np.divmod(nodes, self.columns)
        return self.origin + self.cell * np.column_stack([column, row])

    def tie(self, streets, nodes):
        """(edge, position, leg) of ``nodes`` (flat indexes) projected onto the segment of ``streets``
        sampled nearest them (see the module docstring; -1, NaN, inf where none is near), and the
        candidate records (index in ``nodes``, edge, position, leg) of the other streets near enough."""
        cell = self.cell
        count = len(nodes)
        edge = np.full(count, -1, dtype=np.int64)
        position = np.full(count, np.nan)
        leg = np.full(count, np.inf)
        no_candidates = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), np.zeros(0))
        streets = streets.near(self.origin, self.origin + cell * np.array([self.columns - 1, self.rows - 1]))
        if not count or not len(streets.edge):
            return edge, position, leg, no_candidates
        start, end = streets.start, streets.end
        samples = np.ceil(np.hypot(*(end - start).T) / cell).astype(np.int64) + 1
        sample_segment = np.repeat(np.arange(len(start)), samples)
        rank = np.arange(len(sample_segment)) - np.repeat(np.cumsum(samples) - samples, samples)
        along = rank / (samples - 1)[sample_segment]
        sample_xy = start[sample_segment] + along[:, None] * (end - start)[sample_segment]
        column, row = np.rint((sample_xy - self.origin) / cell).astype(np.int64).T
        on_grid = (column >= 0) & (column < self.columns) & (row >= 0) & (row < self.rows)
        segment_at = np.full(self.rows * self.columns, -1, dtype=np.int64)
        segment_at[row[on_grid] * self.columns + column[on_grid]] = sample_segment[on_grid]
        nearest = _nearest_marked((segment_at >= 0).reshape(self.rows, self.columns), self.reach)
        if nearest is None:
            return edge, position, leg, no_candidates
        node_segment = segment_at[nearest].reshape(self.rows, self.columns)

        def project(nodes, segment):
            """(leg, position along the segment's edge) of ``nodes`` projected onto ``segment``."""
            a, b = start[segment], end[segment]
            direction = b - a
            squared = np.maximum((direction**2).sum(axis=1), 1e-18)
            xy = self.node_xy(nodes)
            t = np.clip(((xy - a) * direction).sum(axis=1) / squared, 0.0, 1.0)
            foot = a + t[:, None] * direction
            return np.hypot(*(xy - foot).T), streets.offset[segment] + t * np.sqrt(squared)

        best = node_segment.ravel()[nodes]
        leg, position = project(nodes, best)
        # Where the nodes around have other segments (between streets), the nearest may be one of
        # theirs; those within CANDIDATE_CELLS of the nearest are kept as candidates too.
        boundary = np.zeros((self.rows, self.columns), dtype=bool)
        for shift in _NEIGHBOURS:
            boundary |= node_segment != _shifted(node_segment, shift)
        at = np.flatnonzero(boundary.ravel()[nodes])
        found = [(at, best[at], leg[at], position[at])]
        for shift in _NEIGHBOURS:
            other = _shifted(node_segment, shift).ravel()[nodes[at]]
            found.append((at, other, *project(nodes[at], other)))
        index, segment, found_leg, found_position = (np.concatenate(part) for part in zip(*found))
        # The nearest per node, then the others near enough, one per node and edge.
        order = np.lexsort((found_leg, index))
        found = (part[order] for part in (index, segment, found_leg, found_position))
        index, segment, found_leg, found_position = found
        nearest_first = np.ones(len(index), dtype=bool)
        nearest_first[1:] = index[1:] != index[:-1]
        leg[index[nearest_first]] = found_leg[nearest_first]
        position[index[nearest_first]] = found_position[nearest_first]
        best[index[nearest_first]] = segment[nearest_first]
        nearest_leg = np.maximum.accumulate(np.where(nearest_first, found_leg, -np.inf))
        found_edge = streets.edge[segment]
        extra = np.zeros(len(index), dtype=bool)
        extra[np.unique(index * (int(streets.edge.max()) + 1) + found_edge, return_index=True)[1]] = True
        extra &= ~nearest_first & (found_leg <= nearest_leg + CANDIDATE_CELLS * cell)
        extra &= found_edge != streets.edge[best[index]]
        edge = streets.edge[best]
        position = np.minimum(position, streets.length[best])
        return edge, position, leg, (index[extra], found_edge[extra], found_position[extra], found_leg[extra])


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


def _nearest_marked(marked, reach):
    """Flat index of the marked node nearest each node of the grid ``marked`` (exact Euclidean, for
    the nodes with one within ``reach`` nodes; any marked node for the others); None when none is
    marked."""
    if not marked.any():
        return None
    try:
        from scipy import ndimage
    except ImportError:
        return _nearest_marked_numpy(marked, reach)
    indices = ndimage.distance_transform_edt(~marked, return_distances=False, return_indices=True)
    return (indices[0] * marked.shape[1] + indices[1]).ravel()


def _nearest_marked_numpy(marked, reach):
    """``_nearest_marked`` without scipy, in two separable passes: the nearest marked node of each
    column, then the best of the columns within ``reach`` (a few seconds for a city's grid; the
    nearest-point index would take minutes where the streets are far)."""
    rows, columns = marked.shape
    row = np.arange(rows)[:, None]
    # (sentinels farther than any grid node)
    below = np.maximum.accumulate(np.where(marked, row, -4 * rows), axis=0)
    above = np.minimum.accumulate(np.where(marked, row, 5 * rows)[::-1], axis=0)[::-1]
    column_row = np.where(above - row < row - below, above, below)
    column_squared = np.where((column_row >= 0) & (column_row < rows), (column_row - row) ** 2, np.inf)
    best = np.full((rows, columns), np.inf)
    nearest = np.full((rows, columns), int(np.flatnonzero(marked.ravel())[0]), dtype=np.int64)
    for shift in range(-reach, reach + 1):
        low, high = max(0, -shift), min(columns, columns - shift)
        if low >= high:
            continue
        squared = column_squared[:, low + shift : high + shift] + shift * shift
        better = squared < best[:, low:high]
        best[:, low:high] = np.where(better, squared, best[:, low:high])
        found = column_row[:, low + shift : high + shift] * columns + np.arange(low + shift, high + shift)
        nearest[:, low:high] = np.where(better, found, nearest[:, low:high])
    return nearest.ravel()
