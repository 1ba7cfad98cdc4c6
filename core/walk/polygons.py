"""Reached street stretches -> dissolved polygons, exact outline: the stretches buffered by a width (GEOS).

The buffer of a set of lines is the union of the buffers of its pieces, so the
pieces may be grouped freely. What costs is GEOS's union of thousands of
overlapping buffers (about 60 microseconds a piece on Porto Alegre), so:

- stretches that touch or overlap along a way are merged into one line, and
  lines meeting end to end at a point where no other line ends are joined
  (``join_lines``): a street of 20 edges is one piece (about 10 % less time);
- a single polygon is dissolved by spatial groups of at most ``UNION_GROUP_LINES``
  lines (``spatial_groups``: halves of halves along the longer side), in threads
  (OGR releases the GIL), then the groups' unions, which only overlap along their
  seams, are united: memory holds the buffers of one group per thread, not those of
  every line at once (on the ~450k-node benchmark, 0.24 GB instead of 0.95 GB over
  the network, and no slower); several polygons (thresholds) run one per thread;
- one area per outlet (``TiledAreas``): the union of each tile an outlet reaches
  whole is made once and shared by every outlet reaching it whole (200 outlets at
  1,609 m on Porto Alegre reach each street 8 times over: 30 % less time).

Measured on Porto Alegre and left out: buffering groups of lines at once (GEOS
then nodes all their offset curves together: slower from 6 lines on), buffering
by a small width, uniting, then buffering the union by the rest (slower), flat or
square ends (no faster), 2 chords per quarter circle (10 % faster, but 7.6 % of
the width inside the exact buffer), GDAL's proximity and contour polygons (slower
than vectors). The fast outline is ``grid_outline.py``'s: a contour on a grid,
never wider than the exact buffer but a little narrower.

Accuracy: the round ends and joins are arcs of ``QUARTER_SEGMENTS`` chords per
quarter circle whose vertices lie on the circle, so the outline never leaves
the exact buffer and lies at most ``width * (1 - cos(pi / (4 * QUARTER_SEGMENTS)))``
inside it (1.9 % of the width); every point of a polygon is within ``width`` of
a reached point.
"""

import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial

import numpy as np

from ..arrays import ranges
from ..progress import SILENT
from ..wkb import multilinestring_wkb

QUARTER_SEGMENTS = 4
# Line ends closer than this (metres) are the same point: the network's node precision.
END_PRECISION = 0.001
# Side of the tiles whose unions are shared by overlapping areas (metres): a few city blocks.
TILE_M = 300.0
# Rounding slack (metres) when comparing positions along the ways.
POSITION_SLACK = 1e-6
# Lines buffered and dissolved together at most: their union is then dissolved with the other groups'.
UNION_GROUP_LINES = 4000


def workers():
    """Threads for the unions: the processors this process may use, 2 at most (a union cut in
    more groups gains little and adds seams)."""
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:
        available = os.cpu_count() or 1
    return max(1, min(2, available))


def chain_positions(network):
    """Distance of every vertex along the concatenated ways, with a 1 m gap between ways:
    increasing, so a position on any edge is found with one searchsorted."""
    offset = network.vertex_offset
    starts = np.flatnonzero(offset == 0)
    totals = offset[starts[1:] - 1]
    base = np.concatenate([[0.0], np.cumsum(totals + 1.0)])
    return offset + np.repeat(base, np.diff(np.append(starts, len(offset))))


def merge_intervals(low, high):
    """Union of [low, high] intervals on the chain (ways are 1 m apart there, so never joined)."""
    if not len(low):
        return low, high
    order = np.argsort(low, kind="stable")
    low, high = low[order], high[order]
    reach = np.maximum.accumulate(high)
    starts = np.flatnonzero(np.r_[True, low[1:] > reach[:-1]])
    return low[starts], np.maximum.reduceat(high, starts)


def stretch_intervals(network, chain, edge, start, end):
    """Stretches (edge, start, end measured from the edge's first node) as sorted, merged
    intervals of the chain: stretches touching or overlapping along a way are one interval."""
    keep = end > start
    edge, start, end = edge[keep], start[keep], end[keep]
    base = chain[network.edge_first[edge]]
    # (clipped to the edge: base + length may round past the edge's last vertex)
    return merge_intervals(base + start, np.minimum(base + end, chain[network.edge_last[edge]]))


def interval_lines(network, chain, low, high):
    """Chain intervals as lines: (coords (m, 2), vertex count of each line)."""
    xy = network.vertex_xy
    after_low = np.searchsorted(chain, low, side="right")
    at_high = np.searchsorted(chain, high, side="left")

    def point_at(position, before):
        fraction = (position - chain[before]) / (chain[before + 1] - chain[before])
        return xy[before] + fraction[:, None] * (xy[before + 1] - xy[before])

    counts = at_high - after_low + 2
    rank = ranges(np.zeros(len(counts)), counts)
    coords = xy[np.minimum(np.repeat(after_low - 1, counts) + rank, len(xy) - 1)]
    coords[rank == 0] = point_at(low, after_low - 1)
    coords[rank == np.repeat(counts - 1, counts)] = point_at(high, at_high - 1)
    return coords, counts


def join_lines(coords, counts):
    """Lines joined end to end where exactly two line ends meet (like shapely's linemerge)."""
    count = len(counts)
    if count < 2:
        return coords, counts
    first = np.cumsum(counts) - counts
    last = first + counts - 1
    # End k: line k % count, its start (k < count) or its end.
    ends = np.round(np.concatenate([coords[first], coords[last]]) / END_PRECISION).astype(np.int64)
    _, point, degree = np.unique(ends, axis=0, return_inverse=True, return_counts=True)
    point = point.reshape(-1)
    two_way = np.flatnonzero(degree[point] == 2)
    partner = np.full(2 * count, -1, dtype=np.int64)
    order = two_way[np.argsort(point[two_way], kind="stable")]
    partner[order[0::2]], partner[order[1::2]] = order[1::2], order[0::2]
    # A line joined to itself stays a line (a closed ring buffers the same).
    partner[partner % count == np.arange(2 * count) % count] = -1
    partner = partner.tolist()

    pieces, reverse, skip = [], [], []
    visited = bytearray(count)

    def walk(line, entry):
        """Follow a path from ``line`` entered at its end ``entry`` (0 start, 1 end)."""
        joined = False
        while not visited[line]:
            visited[line] = 1
            pieces.append(line)
            reverse.append(entry == 1)
            skip.append(joined)
            following = partner[(1 - entry) * count + line]
            if following < 0:
                return
            line, entry, joined = following % count, following // count, True

    # Paths start at a free end; what is left are rings of lines, cut anywhere.
    for line in range(count):
        for entry in (0, 1):
            if not visited[line] and partner[entry * count + line] < 0:
                walk(line, entry)
    for line in range(count):
        walk(line, 0)
    pieces, reverse, skip = np.array(pieces), np.array(reverse), np.array(skip)
    taken = counts[pieces] - skip
    local = ranges(skip.astype(np.int64), taken)
    vertex = np.repeat(first[pieces], taken) + np.where(
        np.repeat(reverse, taken), np.repeat(counts[pieces] - 1, taken) - local, local
    )
    path_start = np.flatnonzero(~skip)
    return coords[vertex], np.add.reduceat(taken, path_start)


def stretches_wkb(network, edge, start, end, chain=None):
    """The stretches as one WKB MultiLineString, merged along ways and joined end to end,
    and the number of lines."""
    chain = chain_positions(network) if chain is None else chain
    low, high = stretch_intervals(network, chain, edge, start, end)
    coords, counts = join_lines(*interval_lines(network, chain, low, high))
    return multilinestring_wkb(coords, counts), len(counts)


def _dissolve(polygons):
    """OGR union of OGR polygons or multipolygons (cascaded: GEOS unites neighbours first)."""
    from osgeo import ogr

    collection = ogr.Geometry(ogr.wkbMultiPolygon)
    for polygon in polygons:
        if ogr.GT_Flatten(polygon.GetGeometryType()) == ogr.wkbMultiPolygon:
            for index in range(polygon.GetGeometryCount()):
                collection.AddGeometry(polygon.GetGeometryRef(index))
        elif not polygon.IsEmpty():
            collection.AddGeometry(polygon)
    return collection.UnionCascaded()


def _ogr_lines(coords, counts):
    from osgeo import ogr

    return ogr.CreateGeometryFromWkb(multilinestring_wkb(coords, counts))


def _buffer_lines(lines, indices, width):
    """Union of the buffers of some lines (all when ``indices`` is None) of an OGR MultiLineString."""
    indices = range(lines.GetGeometryCount()) if indices is None else indices
    return _dissolve([lines.GetGeometryRef(int(index)).Buffer(width, QUARTER_SEGMENTS) for index in indices])


def spatial_groups(points, size):
    """Indexes of (n, 2) ``points`` in compact groups of at most ``size``: the points cut in halves
    along the longer side of their extent, and each half again until it is small enough."""

    def split(index):
        if len(index) <= size:
            return [index]
        axis = int(np.argmax(np.ptp(points[index], axis=0)))
        halves = np.array_split(index[np.argsort(points[index, axis], kind="stable")], 2)
        return split(halves[0]) + split(halves[1])

    return split(np.arange(len(points)))


def buffer_wkb(wkb, width, threads=None, progress=SILENT):
    """Polygon (WKB) of a MultiLineString buffered by ``width`` metres, dissolved.

    Each line is buffered alone and the pieces are dissolved by cascaded unions
    (on a city network 25 times faster than buffering the whole MultiLineString
    at once, whose offset curves all get noded together), by spatial groups of at
    most ``UNION_GROUP_LINES`` lines, at least one per thread, then together;
    ``progress`` is stepped group by group."""
    from osgeo import ogr

    lines = ogr.CreateGeometryFromWkb(wkb)
    count = lines.GetGeometryCount()
    threads = workers() if threads is None else threads
    if count <= UNION_GROUP_LINES and (threads < 2 or count < 64):
        progress.step(0, 1)
        return bytes(_buffer_lines(lines, None, width).ExportToIsoWkb())
    anchors = np.array([lines.GetGeometryRef(index).GetPoint_2D(0) for index in range(count)])
    groups = spatial_groups(anchors, min(UNION_GROUP_LINES, -(-count // threads)))
    parts = map_in_threads(partial(_buffer_lines, lines, width=width), groups, progress, threads)
    del lines  # (memory: only the groups' unions are left to dissolve)
    return bytes(_dissolve(parts).ExportToIsoWkb())


def buffer_all(wkbs, width, progress):
    """[polygon WKB] of each MultiLineString WKB buffered by ``width``: one polygon per thread
    when there are several, a single one by groups in threads."""
    if len(wkbs) == 1:
        return [buffer_wkb(wkbs[0], width, progress=progress)]
    return map_in_threads(lambda wkb: buffer_wkb(wkb, width, 1), wkbs, progress)


def map_in_threads(function, items, progress, threads=None):
    """[function(item)] in ``threads`` threads (default ``workers()``); ``progress`` is stepped as
    results come (a cancel drops the items not started)."""
    threads = workers() if threads is None else threads
    if threads < 2:
        results = []
        for done, item in enumerate(items):
            progress.step(done, len(items))
            results.append(function(item))
        return results
    pool = ThreadPoolExecutor(threads)
    try:
        futures = [pool.submit(function, item) for item in items]
        results = []
        for done, future in enumerate(futures):
            progress.step(done, len(futures))
            results.append(future.result())
        return results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class TiledAreas:
    """Polygons of many overlapping sets of stretches on one network (one area per outlet):
    the network is cut in square tiles (``TILE_M``, by the middle of each edge), and the union
    of a tile whose edges are all reached whole is made once and reused by every area that
    reaches it whole; only the other stretches are buffered for each area. Thread-safe."""

    def __init__(self, network, width, tile=TILE_M):
        self.network = network
        self.width = width
        self.chain = chain_positions(network)
        self.edge_low = self.chain[network.edge_first]
        self.edge_high = self.chain[network.edge_last]
        middle = (network.vertex_xy[network.edge_first] + network.vertex_xy[network.edge_last]) / 2
        cell = np.floor((middle - middle.min(axis=0)) / tile).astype(np.int64)
        _, edge_tile = np.unique(cell[:, 0] * (cell[:, 1].max() + 1) + cell[:, 1], return_inverse=True)
        self.edge_tile = edge_tile.reshape(-1)
        self.tile_edges = np.bincount(self.edge_tile)
        self.tile_order = np.argsort(self.edge_tile, kind="stable")
        self.tile_start = np.cumsum(self.tile_edges) - self.tile_edges
        self._tiles = {}
        self._lock = threading.Lock()

    def polygon(self, edge, start, end):
        """Polygon WKB of the stretches (edge, start, end) buffered by the width, or None."""
        low, high = stretch_intervals(self.network, self.chain, edge, start, end)
        if not len(low):
            return None
        # An edge inside one merged interval is reached whole; a tile whose edges all are, complete.
        inside = np.searchsorted(low, self.edge_low, side="right") - 1
        whole = (inside >= 0) & (high[np.maximum(inside, 0)] >= self.edge_high - POSITION_SLACK)
        complete = np.flatnonzero(np.bincount(self.edge_tile[whole], minlength=len(self.tile_edges)) == self.tile_edges)
        pieces = [self._tile(int(tile)) for tile in complete]
        low, high = self._outside(low, high, complete)
        if len(low):
            pieces.append(
                _buffer_lines(
                    _ogr_lines(*join_lines(*interval_lines(self.network, self.chain, low, high))), None, self.width
                )
            )
        return bytes(_dissolve(pieces).ExportToIsoWkb())

    def _outside(self, low, high, complete):
        """The merged intervals minus the edges of the complete tiles (which lie inside them)."""
        if not len(complete):
            return low, high
        blocked = self.tile_order[ranges(self.tile_start[complete], self.tile_edges[complete])]
        blocked_low, blocked_high = merge_intervals(self.edge_low[blocked], self.edge_high[blocked])
        # What is left are the gaps: the sorted starts pair with the sorted ends.
        starts = np.sort(np.concatenate([low, blocked_high]))
        ends = np.sort(np.concatenate([blocked_low, high]))
        keep = ends - starts > POSITION_SLACK
        return starts[keep], ends[keep]

    def _tile(self, tile):
        """OGR polygon of the tile's edges buffered and dissolved, made once (a thread asking
        for a tile another one is making waits for it)."""
        with self._lock:
            made = self._tiles.get(tile)
            mine = made is None
            if mine:
                made = self._tiles[tile] = Future()
        if mine:
            try:
                edges = self.tile_order[self.tile_start[tile] : self.tile_start[tile] + self.tile_edges[tile]]
                low, high = merge_intervals(self.edge_low[edges], self.edge_high[edges])
                lines = _ogr_lines(*join_lines(*interval_lines(self.network, self.chain, low, high)))
                made.set_result(_buffer_lines(lines, None, self.width))
            except BaseException as error:
                made.set_exception(error)
        return made.result()
