"""Nearest-point and within-radius queries on a fixed set of 2-D or 3-D points.

scipy's cKDTree when scipy is present; otherwise a uniform grid in numpy
alone (many QGIS installs lack scipy). Both answer exactly: the grid sorts the
points by cell, finds every point of the cells a query box overlaps with one
``searchsorted`` per row of cells, then checks the true distances. Callers
(``core/walk/snap.py``, ``core/walk/geodesic.py``) only rely on "every point
within the radius is returned", so both give them the same results.
"""

import numpy as np

from ..arrays import ranges

# Pairs (query, point) expanded at once by the grid: bounds its memory (about 100 MB).
GRID_CHUNK_PAIRS = 4_000_000
# Points per occupied grid cell aimed at.
OCCUPANCY = 4


def has_scipy():
    try:
        import scipy.spatial  # noqa: F401

        return True
    except ImportError:
        return False


def point_index(points, backend=None):
    """An index of (n, dim) ``points`` (n >= 1): "scipy" (cKDTree, default when installed) or "numpy"."""
    backend = backend or ("scipy" if has_scipy() else "numpy")
    return TreeIndex(points) if backend == "scipy" else GridIndex(points)


class TreeIndex:
    def __init__(self, points):
        from scipy.spatial import cKDTree

        self.tree = cKDTree(points)
        self.size = self.tree.n

    def nearest(self, queries):
        """(distance, index) of the nearest point to each query."""
        return self.tree.query(queries)

    def pairs_within(self, queries, radius):
        """(query index, point index) of every point within ``radius`` (one per query) of each query."""
        found = self.tree.query_ball_point(queries, radius)
        counts = np.array([len(item) for item in found], dtype=np.int64)
        point_of = np.concatenate(found).astype(np.int64) if counts.sum() else np.zeros(0, np.int64)
        return np.repeat(np.arange(len(queries)), counts), point_of

    def pairs_near_nearest(self, queries, slack, neighbours=8):
        """(query index, point index, nearest distance): every point within nearest distance + ``slack``
        of each query. The ``neighbours`` nearest hold them all for most queries, a ball query the rest."""
        neighbours = min(neighbours, self.size)
        found_distance, found = self.tree.query(queries, k=neighbours)
        found_distance, found = found_distance.reshape(len(queries), -1), found.reshape(len(queries), -1)
        nearest = found_distance[:, 0]
        radius = nearest + slack
        complete = (found_distance[:, -1] > radius) | (neighbours == self.size)
        keep = complete[:, None] & (found_distance <= radius[:, None])
        query_of = np.repeat(np.arange(len(queries)), keep.sum(axis=1))
        point_of = found[keep]
        crowded = np.flatnonzero(~complete)
        if len(crowded):
            more_query, more_point = self.pairs_within(queries[crowded], radius[crowded])
            query_of = np.concatenate([query_of, crowded[more_query]])
            point_of = np.concatenate([point_of, more_point])
        return query_of, point_of, nearest


class GridIndex:
    """Points sorted by the row-major number of their grid cell (numpy only)."""

    def __init__(self, points):
        self.points = np.asarray(points, dtype=float)
        self.size, dim = self.points.shape
        self.low = self.points.min(axis=0)
        extent = self.points.max(axis=0) - self.low
        # Start from two points per cell over the area of the two largest extents (3-D points here
        # lie on the Earth's surface: a sheet, not a volume); points along streets crowd fewer
        # cells, so shrink the cells until the occupied ones hold about OCCUPANCY points each.
        area = np.prod(np.sort(extent)[-2:]) if dim > 1 else extent[0]
        self.cell = float(max(np.sqrt(2.0 * area / self.size), extent.max() / 4096, 1e-9))
        for _ in range(3):
            coords = np.floor((self.points - self.low) / self.cell).astype(np.int64)
            crowding = self.size / len(np.unique(coords @ _row_major(coords.max(axis=0) + 1))) / OCCUPANCY
            if crowding <= 1.5 or self.cell <= extent.max() / 4096:
                break
            self.cell = max(self.cell / crowding, extent.max() / 4096)
        coords = np.floor((self.points - self.low) / self.cell).astype(np.int64)
        self.shape = coords.max(axis=0) + 1
        self.strides = _row_major(self.shape)
        key = coords @ self.strides
        self.order = np.argsort(key, kind="stable")
        self.keys = key[self.order]

    def _rows(self, queries, radius):
        """(query index, first, end) ranges of ``order`` covering the cells that the box of half-side
        ``radius`` around each query overlaps: one range per row of cells (last axis contiguous)."""
        low = np.floor((queries - radius[:, None] - self.low) / self.cell).astype(np.int64)
        high = np.floor((queries + radius[:, None] - self.low) / self.cell).astype(np.int64)
        inside = ((high >= 0) & (low < self.shape)).all(axis=1)
        low, high = np.maximum(low, 0), np.minimum(high, self.shape - 1)
        span = np.where(inside[:, None], high - low + 1, 0)
        rows = span[:, :-1].prod(axis=1)
        query_of = np.repeat(np.arange(len(queries)), rows)
        rank = np.arange(int(rows.sum())) - np.repeat(np.cumsum(rows) - rows, rows)
        key = np.zeros(len(rank), dtype=np.int64)
        for axis in range(queries.shape[1] - 2, -1, -1):  # unravel the rank over the leading axes
            width = span[query_of, axis]
            key += (low[query_of, axis] + rank % width) * self.strides[axis]
            rank //= width
        first = np.searchsorted(self.keys, key + low[query_of, -1], side="left")
        end = np.searchsorted(self.keys, key + high[query_of, -1], side="right")
        return query_of, first, end

    def _box_pairs(self, queries, radius):
        """(query index, point index, distance) of every point in the cells each query's box overlaps,
        in chunks of queries so that at most about GRID_CHUNK_PAIRS pairs are expanded at once."""
        query_of, first, end = self._rows(queries, radius)
        per_query = np.bincount(query_of, weights=end - first, minlength=len(queries))
        total = np.cumsum(per_query)
        start = 0
        while start < len(queries):
            done = total[start - 1] if start else 0
            stop = max(start + 1, int(np.searchsorted(total, done + GRID_CHUNK_PAIRS, side="right")))
            rows = slice(*np.searchsorted(query_of, [start, stop]))
            counts = end[rows] - first[rows]
            point_of = self.order[ranges(first[rows], counts)]
            pair_query = np.repeat(query_of[rows], counts)
            distance = np.sqrt(((self.points[point_of] - queries[pair_query]) ** 2).sum(axis=1))
            yield pair_query, point_of, distance
            start = stop

    def pairs_within(self, queries, radius):
        queries = np.asarray(queries, dtype=float)
        radius = np.broadcast_to(np.asarray(radius, dtype=float), (len(queries),))
        found = [
            (query_of[close], point_of[close])
            for query_of, point_of, distance in self._box_pairs(queries, radius)
            for close in [distance <= radius[query_of]]
        ]
        if not found:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.concatenate([part[0] for part in found]), np.concatenate([part[1] for part in found])

    def nearest(self, queries):
        """(distance, index) of the nearest point (the lowest index on ties) to each query."""
        queries = np.asarray(queries, dtype=float)
        count = len(queries)
        # Grow each query's box until it overlaps an occupied cell (counting only); the closest
        # point of those cells bounds the nearest distance, then every point within it is checked.
        radius = np.full(count, self.cell / 2)
        pending = np.arange(count)
        while len(pending):
            query_of, first, end = self._rows(queries[pending], radius[pending])
            occupied = np.bincount(query_of, weights=end - first, minlength=len(pending)) > 0
            pending = pending[~occupied]
            radius[pending] *= 2.0
        bound = np.full(count, np.inf)
        for query_of, _, distance in self._box_pairs(queries, radius):
            np.minimum.at(bound, query_of, distance)
        distance = np.full(count, np.inf)
        index = np.full(count, self.size, dtype=np.int64)
        for query_of, point_of, pair_distance in self._box_pairs(queries, bound * (1 + 1e-9)):
            order = np.lexsort((point_of, pair_distance, query_of))
            best = order[np.r_[True, query_of[order][1:] != query_of[order][:-1]]] if len(order) else order
            better = (pair_distance[best] < distance[query_of[best]]) | (
                (pair_distance[best] == distance[query_of[best]]) & (point_of[best] < index[query_of[best]])
            )
            who = query_of[best][better]
            distance[who], index[who] = pair_distance[best][better], point_of[best][better]
        return distance, index

    def pairs_near_nearest(self, queries, slack):
        """As ``TreeIndex.pairs_near_nearest``."""
        nearest, _ = self.nearest(queries)
        query_of, point_of = self.pairs_within(queries, nearest + slack)
        return query_of, point_of, nearest


def _row_major(shape):
    """Strides (in cells) of a row-major grid of ``shape``."""
    return np.array([np.prod(shape[axis + 1 :]) for axis in range(len(shape))], dtype=np.int64)
