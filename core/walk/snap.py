"""Tie points to the walking network: the nearest point of the nearest edge.

Method: a spatial index (``core/walk/index.py``: scipy's cKDTree, or a numpy grid
without scipy, same results) of points sampled every ``SAMPLE_SPACING``
metres along every segment finds, for each point, the nearest sample at d;
since every point of a segment lies within half a spacing of one of its
samples, the truly nearest segment has a sample within d + spacing/2, so the
exact projection onto every segment with a sample in that radius gives the
exact nearest point, not an approximation.

Small islands (``snap(..., min_island_nodes)``): a courtyard path or a private
footway cut off from the streets is often the nearest edge, and a point tied
to it reaches nothing. As R5 (StreetLayer.MIN_SUBGRAPH_SIZE = 40 vertices) and
OpenTripPlanner (PruneFloatingIslands, islands of fewer than 40 vertices
without stops) do, parts of the network with fewer nodes than that are
skipped: a point is tied to the nearest edge of the larger parts, and to a
small island only when no other edge lies within ``max_snap``. The islands stay
in the graph (reported, not merged or deleted).
"""

from dataclasses import dataclass

import numpy as np

from ..arrays import ranges
from .index import point_index

SAMPLE_SPACING = 25.0
# Segments sampled at once: bounds the temporary arrays of a large network (a few MB).
SAMPLE_CHUNK_SEGMENTS = 100_000


@dataclass(eq=False)  # eq=False: arrays have no single truth value; compared by identity
class Snapped:
    """Points tied to a network: ``edge`` (-1: not tied), ``position`` along the
    edge from its first node (m), ``distance`` from the point to the network (m,
    the straight leg, NaN for a missing point), ``xy`` the point on the edge,
    ``off_island`` (True: tied to a larger part although a small island was nearer) and
    ``point`` the points themselves (NaN when unknown: never "the same point" as another,
    see ``routing.same_edge_walks``)."""

    edge: np.ndarray
    position: np.ndarray
    distance: np.ndarray
    xy: np.ndarray
    off_island: np.ndarray = None
    point: np.ndarray = None

    def __post_init__(self):
        if self.off_island is None:
            self.off_island = np.zeros(len(self.edge), dtype=bool)
        if self.point is None:
            self.point = np.full((len(self.edge), 2), np.nan)

    def __len__(self):
        return len(self.edge)

    @property
    def tied(self):
        return self.edge >= 0

    def subset(self, index):
        return Snapped(
            self.edge[index],
            self.position[index],
            self.distance[index],
            self.xy[index],
            self.off_island[index],
            self.point[index],
        )

    def concatenate(self, other):
        """These points followed by those of ``other``."""
        return Snapped(
            *(
                np.concatenate([getattr(self, name), getattr(other, name)])
                for name in ("edge", "position", "distance", "xy", "off_island")
            )
        )

    def replace(self, index, other):
        """Rows ``index`` replaced by those of ``other`` (as many)."""
        for name in ("edge", "position", "distance", "xy", "off_island", "point"):
            getattr(self, name)[index] = getattr(other, name)


def small_island_edges(network, min_island_nodes):
    """Boolean mask of the edges on parts of fewer than ``min_island_nodes`` nodes; the largest
    part never counts as small (a whole network smaller than that is still used)."""
    sizes = np.bincount(network.component)
    small = sizes < min_island_nodes
    small[0] = False
    return small[network.component[network.edge_u]]


def sample_points(start, end, samples, chunk=SAMPLE_CHUNK_SEGMENTS):
    """(samples.sum(), 2) points: ``samples`` (>= 2) evenly spaced along each segment from ``start`` to
    ``end`` ((n, 2) each), both ends included; computed by chunks of segments, so that the temporary
    arrays stay a fraction of the result."""
    points = np.empty((int(samples.sum()), 2))
    first = np.cumsum(samples) - samples
    for low in range(0, len(samples), chunk):
        counts = samples[low : low + chunk]
        segment = np.repeat(np.arange(len(counts)), counts)
        rank = ranges(np.zeros(len(counts)), counts)
        fraction = rank / (counts - 1)[segment]
        delta = (end[low : low + chunk] - start[low : low + chunk])[segment]
        points[first[low] : first[low] + len(segment)] = start[low + segment] + fraction[:, None] * delta
    return points


class IslandAwareSnapper:
    """Ties points to the edges of the parts of at least ``min_island_nodes`` nodes, falling back
    to the small islands for points with no other edge within ``max_snap``."""

    def __init__(self, network, small_edges, spacing=SAMPLE_SPACING, backend=None):
        self.main = Snapper(network, spacing, backend, np.flatnonzero(~small_edges))
        self.islands = Snapper(network, spacing, backend, np.flatnonzero(small_edges))

    def snap(self, points, max_snap):
        snapped = self.main.snap(points, max_snap)
        island = self.islands.snap(points, max_snap)
        closer = np.fmin(island.distance, np.inf) < np.fmin(snapped.distance, np.inf)
        snapped.off_island = snapped.tied & closer
        # No other edge within max_snap: the island's (tied, or the nearer of the two distances).
        fallback = np.flatnonzero(~snapped.tied & closer)
        snapped.replace(fallback, island.subset(fallback))
        return snapped


@dataclass(eq=False)  # eq=False: arrays have no single truth value
class Segments:
    """The straight segments of some edges: ``start``, ``end`` (n, 2), the ``edge`` of each, its
    ``offset`` along it and the edge's ``length``."""

    start: np.ndarray
    end: np.ndarray
    edge: np.ndarray
    offset: np.ndarray
    length: np.ndarray

    @classmethod
    def of(cls, network, edges):
        """The segments of ``edges`` (ids), edge by edge in their vertices' order."""
        segments = network.edge_last[edges] - network.edge_first[edges]
        vertex = ranges(network.edge_first[edges], segments)
        edge = np.repeat(edges, segments)
        offset = network.vertex_offset[vertex] - network.vertex_offset[network.edge_first[edge]]
        return cls(network.vertex_xy[vertex], network.vertex_xy[vertex + 1], edge, offset, network.edge_length[edge])

    def near(self, low, high):
        """The segments whose bounding box meets the box ``low``-``high``."""
        keep = (np.minimum(self.start, self.end) <= high).all(axis=1) & (np.maximum(self.start, self.end) >= low).all(
            axis=1
        )
        return Segments(self.start[keep], self.end[keep], self.edge[keep], self.offset[keep], self.length[keep])


class Snapper:
    """Snapping onto the ``edges`` (ids, default all) of ``network``."""

    def __init__(self, network, spacing=SAMPLE_SPACING, backend=None, edges=None):
        self.network = network
        self.spacing = spacing
        edges = np.arange(network.edge_count) if edges is None else np.asarray(edges, dtype=np.int64)
        segments = Segments.of(network, edges)
        self.segment_edge, self.offset = segments.edge, segments.offset
        self.start, self.end = segments.start, segments.end
        length = np.hypot(*(self.end - self.start).T)
        samples = np.ceil(length / spacing).astype(np.int64) + 1
        self.sample_segment = np.repeat(np.arange(len(length)), samples)
        self.index = point_index(sample_points(self.start, self.end, samples), backend) if len(length) else None

    def snap(self, points, max_snap):
        """Snapped for (n, 2) points in metres; points farther than ``max_snap`` are not tied
        (edge -1) but get their distance to the network. NaN points get NaN."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        count = len(points)
        edge = np.full(count, -1, dtype=np.int64)
        position = np.full(count, np.nan)
        distance = np.full(count, np.nan)
        snapped_xy = np.full((count, 2), np.nan)
        valid = np.flatnonzero(np.isfinite(points).all(axis=1))
        if not len(valid) or not len(self.start):
            return Snapped(edge, position, distance, snapped_xy, point=points.copy())
        # Every sample within d + spacing/2 of each point (d: its nearest sample) holds every
        # candidate segment (exact, see above), for points too far to be tied as well.
        found_point, pairs_sample, _ = self.index.pairs_near_nearest(points[valid], self.spacing / 2 + 1e-9)
        pairs_point = valid[found_point]
        pairs_segment = self.sample_segment[pairs_sample]
        pairs = np.unique(pairs_point * len(self.start) + pairs_segment)
        pairs_point, pairs_segment = pairs // len(self.start), pairs % len(self.start)

        start, end = self.start[pairs_segment], self.end[pairs_segment]
        direction = end - start
        squared = (direction**2).sum(axis=1)
        along = np.clip(((points[pairs_point] - start) * direction).sum(axis=1) / squared, 0.0, 1.0)
        foot = start + along[:, None] * direction
        gap = np.hypot(*(points[pairs_point] - foot).T)
        # Closest pair per point: sort by (point, gap, segment) and keep the first of each point.
        order = np.lexsort((pairs_segment, gap, pairs_point))
        first = order[np.r_[True, pairs_point[order][1:] != pairs_point[order][:-1]]]
        who = pairs_point[first]
        distance[who] = gap[first]
        tied = gap[first] <= max_snap
        tied_who, tied_pair = who[tied], first[tied]
        segment = pairs_segment[tied_pair]
        edge[tied_who] = self.segment_edge[segment]
        along_edge = self.offset[segment] + along[tied_pair] * np.sqrt(squared[tied_pair])
        position[tied_who] = np.minimum(along_edge, self.network.edge_length[edge[tied_who]])  # rounding
        snapped_xy[tied_who] = foot[tied_pair]
        return Snapped(edge, position, distance, snapped_xy, point=points.copy())
