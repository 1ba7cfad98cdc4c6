"""Walking distances on a ``Network``: nearest outlet, outlets within a radius.

What other engines (walk + public transport, service areas) build on, all distances in
metres and including the straight legs between the points and the network. The public
interface of ``WalkRouter`` (no caller needs anything else of it):

(a) ``from_sources(sources)`` -> ``SourceField``: ONE multi-source shortest-path pass
    giving, for every node, the walking distance to the nearest source (outlet, stop)
    and which one; ``SourceField.at(points)`` gives the same for arbitrary snapped
    points (origins, stops). ``from_each_source(sources, limit)``: node distances from
    each source on its own, one bounded search each (per-outlet service areas).
(b) ``pairs_within(points, targets, radius)`` -> (point, target, distance) arrays of
    every pair within ``radius`` (bounded searches, see below): access legs from
    origins to stops, counts of outlets within a threshold.
(c) ``snap(xy, max_snap)`` -> ``Snapped`` (``core/walk/snap.py``): ties any points to
    the nearest point of the nearest edge, skipping small islands.
(d) ``StaggeredSources(router, sources)``: for engines running their own searches
    (core/transit/access.py), the walking graph with the sources as virtual nodes and
    a super source joined to each by an adjustable start offset; ``distances(offsets)``
    gives every node min over sources of (offset + walk from the source) in one
    Dijkstra, and only those weights change between calls.

Method. Each source is a virtual node joined to both ends of its edge by its offsets
(straight leg + distance along the edge), so one Dijkstra from all virtual nodes at once
labels every node with its nearest source. A point's distance is the best of its two
edge ends plus its offsets, or the direct way along the edge when a source lies on the
same edge (a home and an outlet at the same point: zero, not twice the straight leg).
``pairs_within`` runs Dijkstra bounded by the radius (``limit``) from the
smaller of the two sets, in chunks sized so the dense distance block stays within
``CHUNK_CELLS`` numbers (about 64 MB).

Two search backends behind one interface (``_ScipySearch``, ``_NetworkxSearch``: build
the graph, nearest source, bounded distances), chosen once by ``WalkRouter``:

- scipy.sparse.csgraph (C) is the fast path and the default;
- networkx (pure Python, slower, same numbers) is kept for (a) and (b), which are all
  that walking (MODE 0 and 1) and its service areas need: many QGIS installs lack scipy,
  the walking algorithms' REQUIRES accept networkx instead, and the fallback costs only
  the ``_NetworkxSearch`` class here (tests/core/test_walk_without_scipy.py checks that
  both give the same results, service areas included);
- (d) is scipy only: walk + public transport service areas run one search per departure
  minute and threshold, rewriting a CSR matrix's start weights in place between them,
  which networkx has no cheap way to do; without scipy they stop with the install
  instructions (processing/base.py). Walk + public transport access times only use (a)
  and (b): they run without scipy too, slowly (the README asks for scipy for MODE 2).

Modes: ``straight_access`` (0) and ``walk_access`` (1) return the same ``Access``
record; the Processing algorithms dispatch on MODE (``processing/access_base.py``),
where walk + public transport (2, ``core/transit/access.py``) plugs in.
"""

from dataclasses import dataclass

import numpy as np

from ..arrays import ranges
from ..progress import SILENT
from .coverage import beyond_edge, coverage
from .measures import Pairs
from .settings import walk_minutes
from .snap import Snapped

CHUNK_CELLS = 8_000_000
# Two points closer than this (metres) are the same point: their walk is zero, not two straight legs.
SAME_POINT_M = 0.01
# csgraph treats stored zeros as missing edges: a source exactly on a node gets this instead.
ZERO_WEIGHT = 1e-9

STATUS_OK = "ok"
STATUS_TOO_FAR = "too far from network"
STATUS_UNREACHABLE = "no outlet reachable"
STATUS_NO_GEOMETRY = "no geometry"
STATUS_BEYOND_EDGE = "outside network extent"  # tied and routed, but beyond the network's edge (coverage.py)
# The statuses of the origins with a distance on the network.
ROUTED_STATUSES = (STATUS_OK, STATUS_BEYOND_EDGE)


def default_backend():
    try:
        import scipy.sparse.csgraph  # noqa: F401

        return "scipy"
    except ImportError:
        return "networkx"


@dataclass(eq=False)  # eq=False: arrays have no single truth value; compared by identity
class SourceField:
    """Walking distance from the nearest source to every node (``node_distance``,
    inf when unreachable) and that source (``node_source``, -1)."""

    router: "WalkRouter"
    sources: Snapped
    node_distance: np.ndarray
    node_source: np.ndarray

    def at(self, points):
        """(distance, source) for snapped points; NaN / -1 when not tied or unreachable."""
        network = self.router.network
        count = len(points)
        distance = np.full(count, np.inf)
        source = np.full(count, -1, dtype=np.int64)
        tied = np.flatnonzero(points.tied)
        edge = points.edge[tied]
        from_u = self.node_distance[network.edge_u[edge]] + points.position[tied]
        from_v = self.node_distance[network.edge_v[edge]] + network.edge_length[edge] - points.position[tied]
        use_v = from_v < from_u
        distance[tied] = np.where(use_v, from_v, from_u)
        source[tied] = np.where(use_v, self.node_source[network.edge_v[edge]], self.node_source[network.edge_u[edge]])
        distance = distance + points.distance
        # A source on the same edge may be nearer along the edge itself (or be the same point).
        point, other, direct = same_edge_walks(points, self.sources)
        order = np.lexsort((other, direct, point))
        best = order[np.r_[True, point[order][1:] != point[order][:-1]]] if len(order) else order
        better = direct[best] < distance[point[best]]
        distance[point[best][better]] = direct[best][better]
        source[point[best][better]] = other[best][better]
        unreachable = ~np.isfinite(distance)
        distance[unreachable] = np.nan
        source[unreachable] = -1
        return distance, source


def same_edge_walks(points, sources):
    """(point index, source index, walking distance) of the pairs tied to the same edge: the
    straight legs and the way along the edge between the two tie points, zero for the same point
    (closer than ``SAME_POINT_M``: a home and an outlet at the same address, as R5 gives)."""
    point, other, along = same_edge_pairs(points, sources)
    walk = points.distance[point] + along + sources.distance[other]
    gap = np.hypot(*(points.point[point] - sources.point[other]).T)
    return point, other, np.where(gap <= SAME_POINT_M, 0.0, walk)


def same_edge_pairs(points, sources):
    """(point index, source index, distance along the edge) for pairs tied to the same edge."""
    source_index = np.flatnonzero(sources.tied)
    order = source_index[np.argsort(sources.edge[source_index], kind="stable")]
    sorted_edges = sources.edge[order]
    point_index = np.flatnonzero(points.tied)
    low = np.searchsorted(sorted_edges, points.edge[point_index], side="left")
    high = np.searchsorted(sorted_edges, points.edge[point_index], side="right")
    point = np.repeat(point_index, high - low)
    other = order[ranges(low, high - low)]
    return point, other, np.abs(points.position[point] - sources.position[other])


@dataclass(eq=False)
class _Arcs:
    """Directed arcs ``rows`` -> ``cols`` of ``weights`` metres in a graph of ``size`` nodes."""

    rows: np.ndarray
    cols: np.ndarray
    weights: np.ndarray
    size: int


@dataclass(eq=False)
class _SourceGraph:
    """The walking arcs plus one virtual node per tied source (ids from the network's node
    count on, in the order of ``tied``, the sources' indexes) joined to both ends of its edge."""

    arcs: _Arcs
    virtual: np.ndarray
    tied: np.ndarray


class _ScipySearch:
    """Dijkstra with scipy.sparse.csgraph: the fast path."""

    def __init__(self, streets):
        self.streets = streets
        self._streets_csr = None

    def graph(self, arcs):
        """CSR matrix of ``arcs``; duplicate arcs keep the shorter (a virtual node on a loop
        edge joins the same node twice)."""
        from scipy.sparse import csr_matrix

        streets = self.streets
        base = len(streets.rows)
        node_count = streets.size
        rows, cols, weights, size = arcs.rows, arcs.cols, arcs.weights, arcs.size
        if not (
            len(rows) >= base
            and np.array_equal(rows[:base], streets.rows)
            and np.array_equal(cols[:base], streets.cols)
            and (rows[base:] >= node_count).all()
        ):
            return _canonical_csr(rows, cols, weights, size)
        # The arcs extend the streets' with rows after them: reuse the cached canonical
        # matrix of the streets and only sort the extra rows.
        if self._streets_csr is None:
            self._streets_csr = csr_matrix(
                (streets.weights, (streets.rows, streets.cols)), shape=(node_count, node_count)
            )
        extra = _canonical_csr(rows[base:] - node_count, cols[base:], weights[base:], size - node_count, size)
        indptr = np.concatenate([self._streets_csr.indptr, base + extra.indptr[1:]])
        return csr_matrix(
            (
                np.concatenate([self._streets_csr.data, extra.data]),
                np.concatenate([self._streets_csr.indices, extra.indices]),
                indptr,
            ),
            shape=(size, size),
        )

    def nearest(self, graph, starts, limit):
        """(distance, position in ``starts`` of the nearest start or -1) of every node of
        ``graph``; ``starts`` are the virtual nodes, numbered from the streets' node count on."""
        from scipy.sparse.csgraph import dijkstra

        distance, _, origin = dijkstra(
            graph, directed=True, indices=starts, limit=limit, min_only=True, return_predecessors=True
        )
        node_count = self.streets.size
        return distance, np.where(origin >= node_count, origin - node_count, -1)

    def bounded(self, graph, starts, limit):
        """Dense (len(starts), nodes) distances, inf beyond ``limit``."""
        from scipy.sparse.csgraph import dijkstra

        return np.atleast_2d(dijkstra(graph, directed=True, indices=starts, limit=limit))


class _NetworkxSearch:
    """The same searches with networkx, for QGIS installs without scipy."""

    def __init__(self, streets):
        self.streets = streets

    def graph(self, arcs):
        import networkx

        directed = networkx.DiGraph()
        directed.add_nodes_from(range(arcs.size))
        for row, col, weight in zip(arcs.rows.tolist(), arcs.cols.tolist(), arcs.weights.tolist()):
            if not directed.has_edge(row, col) or directed[row][col]["weight"] > weight:
                directed.add_edge(row, col, weight=weight)
        return directed

    def nearest(self, graph, starts, limit):
        import networkx

        size = graph.number_of_nodes()
        start = size  # a super source joined to every start
        graph.add_edges_from((start, int(node)) for node in starts)
        nx_limit = None if not np.isfinite(limit) else float(limit)
        predecessors, lengths = networkx.dijkstra_predecessor_and_distance(
            graph, start, cutoff=nx_limit, weight=lambda u, v, data: data.get("weight", 0.0)
        )
        distance = np.full(size, np.inf)
        label = np.full(size, -1, dtype=np.int64)
        for position, node in enumerate(starts.tolist()):
            label[node] = position
        # In order of distance (virtual nodes first on ties), every node inherits the source of
        # its predecessors (the smallest on ties).
        node_count = size - len(starts)
        for node in sorted((n for n in lengths if n != start), key=lambda n: (lengths[n], n < node_count)):
            distance[node] = lengths[node]
            if label[node] < 0:
                label[node] = min(label[p] for p in predecessors[node])
        return distance, label

    def bounded(self, graph, starts, limit):
        import networkx

        block = np.full((len(starts), graph.number_of_nodes()), np.inf)
        for row, source in enumerate(starts.tolist()):
            lengths = networkx.single_source_dijkstra_path_length(graph, source, cutoff=float(limit))
            block[row, list(lengths)] = list(lengths.values())
        return block


_SEARCHES = {"scipy": _ScipySearch, "networkx": _NetworkxSearch}


class WalkRouter:
    """Shortest walking distances on ``network`` with scipy (default) or networkx; its ``snap``
    skips the parts of fewer than ``min_island_nodes`` nodes (``core/walk/snap.py``)."""

    def __init__(self, network, backend=None, min_island_nodes=0):
        self.network = network
        self.backend = backend or default_backend()
        self.min_island_nodes = int(min_island_nodes)
        rows = np.concatenate([network.edge_u, network.edge_v])
        cols = np.concatenate([network.edge_v, network.edge_u])
        weights = np.concatenate([network.edge_length, network.edge_length])
        keep = rows != cols
        rows, cols, weights = rows[keep], cols[keep], weights[keep]
        # Parallel edges: the shortest one routes (csgraph would add them up).
        order = np.lexsort((weights, cols, rows))
        rows, cols, weights = rows[order], cols[order], weights[order]
        first = np.r_[True, (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])]
        self._streets = _Arcs(rows[first], cols[first], weights[first], network.node_count)
        self._search = _SEARCHES[self.backend](self._streets)

    def snap(self, points, max_snap):
        return self.network.snap(points, max_snap, self.min_island_nodes)

    def _with_sources(self, sources):
        """_SourceGraph of the tied ``sources`` (Snapped)."""
        network = self.network
        streets = self._streets
        tied = np.flatnonzero(sources.tied)
        virtual = network.node_count + np.arange(len(tied))
        edge = sources.edge[tied]
        to_u = sources.distance[tied] + sources.position[tied]
        to_v = sources.distance[tied] + network.edge_length[edge] - sources.position[tied]
        arcs = _Arcs(
            np.concatenate([streets.rows, virtual, virtual]),
            np.concatenate([streets.cols, network.edge_u[edge], network.edge_v[edge]]),
            np.maximum(np.concatenate([streets.weights, to_u, to_v]), ZERO_WEIGHT),
            network.node_count + len(tied),
        )
        return _SourceGraph(arcs, virtual, tied)

    # --- (a) nearest source, each source ------------------------------------------------------
    def from_sources(self, sources, limit=np.inf):
        """SourceField of ``sources`` (Snapped): one multi-source pass."""
        graph = self._with_sources(sources)
        node_count = self.network.node_count
        if not len(graph.virtual):
            return SourceField(self, sources, np.full(node_count, np.inf), np.full(node_count, -1, dtype=np.int64))
        distance, label = self._search.nearest(self._search.graph(graph.arcs), graph.virtual, limit)
        distance, label = distance[:node_count], label[:node_count]
        node_source = np.where(label >= 0, graph.tied[np.maximum(label, 0)], -1)
        return SourceField(self, sources, distance, node_source)

    def from_each_source(self, sources, limit=np.inf):
        """For each tied source on its own (per-outlet service areas): yields (source index,
        walking distance to every node, inf beyond ``limit``), one bounded search each."""
        graph = self._with_sources(sources)
        search_graph = self._search.graph(graph.arcs)
        node_count = self.network.node_count
        for source, node in zip(graph.tied.tolist(), graph.virtual.tolist()):
            yield source, self._search.bounded(search_graph, np.array([node]), limit)[0, :node_count]

    # --- (b) every pair within a radius -------------------------------------------------------
    def pairs_within(self, points, targets, radius, progress=SILENT):
        """(point index, target index, distance) of every pair of snapped ``points`` and
        ``targets`` whose walking distance (straight legs included) is <= ``radius``."""
        if len(np.flatnonzero(points.tied)) < len(np.flatnonzero(targets.tied)):
            target, point, distance = self.pairs_within(targets, points, radius, progress)
            return point, target, distance
        graph = self._with_sources(targets)
        virtual, tied = graph.virtual, graph.tied
        network = self.network
        found = ([np.zeros(0, np.int64)], [np.zeros(0, np.int64)], [np.zeros(0)])  # points, targets, distances
        point_index = np.flatnonzero(points.tied & (points.distance <= radius))
        edge = points.edge[point_index]
        end_u, end_v = network.edge_u[edge], network.edge_v[edge]
        to_u = points.position[point_index] + points.distance[point_index]
        to_v = network.edge_length[edge] - points.position[point_index] + points.distance[point_index]
        chunk = max(1, CHUNK_CELLS // (graph.arcs.size + len(point_index) + 1))
        search_graph = self._search.graph(graph.arcs)
        for start in range(0, len(virtual), chunk):
            progress.step(start, len(virtual))
            block = self._search.bounded(search_graph, virtual[start : start + chunk], radius)
            via = np.minimum(block[:, end_u] + to_u, block[:, end_v] + to_v)
            row, column = np.nonzero(via <= radius)
            found[0].append(point_index[column])
            found[1].append(tied[start + row])
            found[2].append(via[row, column])
        progress.step(1, 1)
        point, target, direct = same_edge_walks(points, targets)
        near = direct <= radius
        found[0].append(point[near])
        found[1].append(target[near])
        found[2].append(direct[near])
        point, target, distance = (np.concatenate(part) for part in found)
        # One row per pair: the shorter of the way through the nodes and along the edge.
        order = np.lexsort((distance, target, point))
        point, target, distance = point[order], target[order], distance[order]
        first = np.r_[True, (point[1:] != point[:-1]) | (target[1:] != target[:-1])] if len(point) else []
        return point[first], target[first], distance[first]


class StaggeredSources:
    """The walking graph of ``router`` (scipy CSR) with the tied ``sources`` as virtual
    nodes and a super source joined to each of them by a start offset (metres).

    ``distances(offsets)``: one Dijkstra from the super source gives every node the
    minimum over sources of (offset + walking distance from the source, straight leg
    included). The graph is built once; each call only rewrites the offset weights,
    a view into the matrix (the super source's row, one weight per tied source in the
    order of ``tied``). Needs scipy whatever the router's backend (module docstring)."""

    def __init__(self, router, sources):
        graph = router._with_sources(sources)
        self.tied = graph.tied
        self.node_count = router.network.node_count
        arcs, virtual = graph.arcs, graph.virtual
        size = arcs.size
        self.super_source = size
        search = router._search if isinstance(router._search, _ScipySearch) else _ScipySearch(router._streets)
        self.matrix = search.graph(
            _Arcs(
                np.concatenate([arcs.rows, np.full(len(virtual), size)]),
                np.concatenate([arcs.cols, virtual]),
                np.concatenate([arcs.weights, np.ones(len(virtual))]),
                size + 1,
            )
        )
        start, end = self.matrix.indptr[size], self.matrix.indptr[size + 1]
        self._offsets = self.matrix.data[start:end]

    def distances(self, offsets, limit=np.inf):
        """Distance of every network node from the sources started ``offsets`` (metres, one per
        tied source, >= 0) late; inf beyond ``limit``."""
        from scipy.sparse.csgraph import dijkstra

        self._offsets[:] = np.maximum(offsets, ZERO_WEIGHT)
        distance = dijkstra(self.matrix, directed=True, indices=self.super_source, limit=limit)
        return distance[: self.node_count]


def _canonical_csr(rows, cols, weights, row_count, col_count=None):
    from scipy.sparse import csr_matrix

    order = np.lexsort((weights, cols, rows))
    rows, cols, weights = rows[order], cols[order], weights[order]
    first = np.r_[True, (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])] if len(rows) else np.zeros(0, bool)
    shape = (row_count, row_count if col_count is None else col_count)
    return csr_matrix((weights[first], (rows[first], cols[first])), shape=shape)


@dataclass(eq=False)
class Access:
    """Access of each origin to its nearest outlet: ``nearest`` (outlet index, -1),
    ``distance_m``, ``time_min``, ``within`` (outlets within the threshold), ``snap_m``
    (straight leg to the network, NaN without network), ``status``, ``off_island`` (tied
    to a larger part of the network although a small island was nearer) and ``coverage`` (how
    the network covers the origins, ``coverage.Coverage``; None without network) and ``pairs`` (every
    origin/outlet pair within the threshold, ``measures.Pairs``)."""

    nearest: np.ndarray
    distance_m: np.ndarray
    time_min: np.ndarray
    within: np.ndarray
    snap_m: np.ndarray
    status: np.ndarray
    off_island: np.ndarray = None
    coverage: object = None
    pairs: Pairs = None

    def __post_init__(self):
        if self.off_island is None:
            self.off_island = np.zeros(len(self.nearest), dtype=bool)


def straight_access(origins_lonlat, outlets_lonlat, threshold_m, speed_kmh, progress=SILENT):
    """Mode 0 (USDA): geodesic straight-line distance to the nearest outlet; NaN origins
    get the status "no geometry"."""
    from .geodesic import geodesic_pairs, nearest_geodesic, outlet_index

    origins_lonlat = np.asarray(origins_lonlat, dtype=float).reshape(-1, 2)
    outlets_lonlat = np.asarray(outlets_lonlat, dtype=float).reshape(-1, 2)
    # (one spatial index of the outlets for both searches)
    index = outlet_index(outlets_lonlat) if len(outlets_lonlat) else None
    nearest, distance, _ = nearest_geodesic(origins_lonlat, outlets_lonlat, 0.0, progress.sub(0.0, 0.7), index=index)
    pairs = geodesic_pairs(origins_lonlat, outlets_lonlat, threshold_m, index=index)
    progress.step(1, 1)
    within = np.bincount(pairs.origin, minlength=len(nearest)).astype(np.int64)
    missing = ~np.isfinite(origins_lonlat).all(axis=1)
    status = np.where(missing, STATUS_NO_GEOMETRY, STATUS_OK).astype(object)
    return Access(
        nearest, distance, walk_minutes(distance, speed_kmh), within, np.full(len(nearest), np.nan), status, pairs=pairs
    )


def walk_access(router, origins_xy, outlets, threshold_m, speed_kmh, max_snap, progress=SILENT):
    """Mode 1: walking distance on the network from origins (n, 2 metres, NaN = no
    geometry) to the nearest of the snapped ``outlets``; counts within ``threshold_m``. Origins
    beyond the network's edge (``coverage.beyond_edge``) keep their values with their own status."""
    origins_xy = np.asarray(origins_xy, dtype=float).reshape(-1, 2)
    progress.step(0, 3)
    origins = router.snap(origins_xy, max_snap)
    progress.step(1, 3)
    distance, nearest = router.from_sources(outlets).at(origins)
    progress.step(2, 3)
    pairs = Pairs(*router.pairs_within(origins, outlets, threshold_m, progress.sub(2 / 3, 1.0)))
    pairs = pairs.keep(origins.tied[pairs.origin])
    within = np.bincount(pairs.origin, minlength=len(origins)).astype(np.int64)
    status = np.full(len(origins), STATUS_OK, dtype=object)
    status[nearest < 0] = STATUS_UNREACHABLE
    beyond = beyond_edge(router.network, origins_xy, origins.distance) & origins.tied
    status[beyond] = STATUS_BEYOND_EDGE
    status[~origins.tied] = STATUS_TOO_FAR
    status[~np.isfinite(origins_xy).all(axis=1)] = STATUS_NO_GEOMETRY
    too_far = np.isfinite(origins_xy).all(axis=1) & ~origins.tied
    return Access(
        nearest,
        distance,
        walk_minutes(distance, speed_kmh),
        within,
        origins.distance,
        status,
        origins.off_island,
        coverage(router.network, origins_xy, origins.distance, too_far, beyond),
        pairs=pairs,
    )
