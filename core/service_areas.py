"""Service areas: the part of the street network reachable within a threshold
from the outlets, as polygons.

Method: walking distances to every node (one multi-source pass, or one
bounded pass per outlet), then on each edge the reached stretches: from each
end as far as the threshold leaves (cut exactly, by linear interpolation along
the edge's own vertices), and around each outlet lying on the edge. Those
stretches are buffered by ``width`` metres (GEOS through OGR) and dissolved.
So a polygon never extends more than ``width`` beyond a point of the network
that is within the threshold (the isochrone interpolations of QNEAT3 or of a
concave hull over reached nodes can leak much farther). Default width: 50 m,
the "sausage" network buffer of Oliver, Schuurman & Hall (2007,
International Journal of Health Geographics 6:41).
"""

import numpy as np

from .errors import FoodAccessError
from .progress import SILENT

DEFAULT_WIDTH = 50.0
# Arc segments per quarter circle of the buffer ends: 4 keeps the outline within 4 % of the width.
QUARTER_SEGMENTS = 4


def reached_stretches(network, node_distance, sources, threshold):
    """(edge, start, end) of every stretch within ``threshold`` metres, start/end measured
    from the edge's first node; ``node_distance`` (N,) from the sources, which are
    ``Snapped`` points (their own edges are reached around them directly)."""
    length = network.edge_length
    left = threshold - node_distance[network.edge_u]
    right = threshold - node_distance[network.edge_v]
    whole = (left >= 0) & (right >= 0) & (left + right >= length)
    from_u = (left > 0) & ~whole
    from_v = (right > 0) & ~whole
    all_edges = np.arange(network.edge_count)
    edge = [all_edges[whole], all_edges[from_u], all_edges[from_v]]
    start = [np.zeros(whole.sum()), np.zeros(from_u.sum()), np.maximum(length[from_v] - right[from_v], 0.0)]
    end = [length[whole], np.minimum(left[from_u], length[from_u]), length[from_v]]
    tied = np.flatnonzero(sources.tied)
    reach = threshold - sources.distance[tied]
    on_edge = reach > 0
    source_edge = sources.edge[tied][on_edge]
    position = sources.position[tied][on_edge]
    edge.append(source_edge)
    start.append(np.maximum(position - reach[on_edge], 0.0))
    end.append(np.minimum(position + reach[on_edge], length[source_edge]))
    return np.concatenate(edge), np.concatenate(start), np.concatenate(end)


def _chain(network):
    """Distance of every vertex along the concatenated ways, with a 1 m gap between ways:
    increasing, so a position on any edge is found with one searchsorted."""
    offset = network.vertex_offset
    starts = np.flatnonzero(offset == 0)
    totals = offset[starts[1:] - 1]
    base = np.concatenate([[0.0], np.cumsum(totals + 1.0)])
    return offset + np.repeat(base, np.diff(np.append(starts, len(offset))))


def stretches_wkb(network, edge, start, end, chain=None):
    """The stretches as one WKB MultiLineString (little endian), built with numpy; stretches
    that touch or overlap along a way are merged into one line (fewer, longer pieces make
    the buffer's union faster)."""
    keep = end > start
    edge, start, end = edge[keep], start[keep], end[keep]
    chain = _chain(network) if chain is None else chain
    xy = network.vertex_xy
    base = chain[network.edge_first[edge]]
    # (clipped to the edge: base + length may round past the edge's last vertex)
    low, high = _merge_intervals(base + start, np.minimum(base + end, chain[network.edge_last[edge]]))
    after_low = np.searchsorted(chain, low, side="right")
    at_high = np.searchsorted(chain, high, side="left")
    interior = at_high - after_low

    def point_at(position, before):
        fraction = (position - chain[before]) / (chain[before + 1] - chain[before])
        return xy[before] + fraction[:, None] * (xy[before + 1] - xy[before])

    first_point = point_at(low, after_low - 1)
    last_point = point_at(high, at_high - 1)
    counts = interior + 2
    part_of = np.repeat(np.arange(len(low)), counts)
    rank = np.arange(len(part_of)) - np.repeat(np.cumsum(counts) - counts, counts)
    coords = xy[np.minimum(np.repeat(after_low - 1, counts) + rank, len(xy) - 1)]
    is_first = rank == 0
    is_last = rank == np.repeat(counts - 1, counts)
    coords[is_first] = first_point
    coords[is_last] = last_point

    header = np.zeros(9, dtype=np.uint8)
    header[0], header[1] = 1, 5
    header[5:9] = np.frombuffer(np.uint32(len(low)).tobytes(), dtype=np.uint8)
    part_bytes = 9 + 16 * counts
    part_start = 9 + np.cumsum(part_bytes) - part_bytes
    out = np.empty(9 + int(part_bytes.sum()), dtype=np.uint8)
    out[:9] = header
    part_header = np.zeros((len(low), 9), dtype=np.uint8)
    part_header[:, 0], part_header[:, 1] = 1, 2
    part_header[:, 5:9] = counts.astype("<u4").view(np.uint8).reshape(-1, 4)
    out[part_start[:, None] + np.arange(9)] = part_header
    coordinate_start = part_start[part_of] + 9 + 16 * rank
    out[coordinate_start[:, None] + np.arange(16)] = coords.astype("<f8").view(np.uint8).reshape(-1, 16)
    return out.tobytes(), len(low)


def _merge_intervals(low, high):
    """Union of [low, high] intervals on the chain (ways are 1 m apart there, so never joined)."""
    if not len(low):
        return low, high
    order = np.argsort(low, kind="stable")
    low, high = low[order], high[order]
    reach = np.maximum.accumulate(high)
    starts = np.flatnonzero(np.r_[True, low[1:] > reach[:-1]])
    return low[starts], np.maximum.reduceat(high, starts)


def buffer_wkb(wkb, width):
    """Polygon (WKB) of a MultiLineString buffered by ``width`` metres, dissolved.

    Each stretch is buffered alone and the pieces are dissolved by a cascaded
    union: on a city network that is 25 times faster than buffering the whole
    MultiLineString at once (whose offset curves all get noded together)."""
    from osgeo import ogr

    lines = ogr.CreateGeometryFromWkb(wkb)
    pieces = ogr.Geometry(ogr.wkbMultiPolygon)
    for index in range(lines.GetGeometryCount()):
        pieces.AddGeometry(lines.GetGeometryRef(index).Buffer(width, QUARTER_SEGMENTS))
    return bytes(pieces.UnionCascaded().ExportToIsoWkb())


def circles_wkb(points, radius):
    """Polygon (WKB) of discs of ``radius`` metres around (n, 2) points, dissolved
    (straight-line service areas)."""
    from osgeo import ogr

    discs = ogr.Geometry(ogr.wkbMultiPolygon)
    for x, y in np.asarray(points, dtype=float).reshape(-1, 2):
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x), float(y))
        discs.AddGeometry(point.Buffer(radius, 16))
    return bytes(discs.UnionCascaded().ExportToIsoWkb())


def service_areas(router, outlets, thresholds, width=DEFAULT_WIDTH, per_outlet=False, progress=SILENT):
    """[(threshold, outlet index or -1, polygon WKB)] for snapped ``outlets`` and thresholds
    in metres: one polygon per threshold over all outlets, or per outlet and threshold."""
    thresholds = sorted(float(value) for value in thresholds)
    if not thresholds or thresholds[0] <= 0:
        raise FoodAccessError("Give at least one threshold, all greater than zero.")
    if width <= 0:
        raise FoodAccessError("The buffer width must be greater than zero.")
    network = router.network
    chain = _chain(network)
    tied = np.flatnonzero(outlets.tied)
    results = []
    if not per_outlet:
        field = router.from_sources(outlets, limit=thresholds[-1])
        for done, threshold in enumerate(thresholds):
            progress.step(done, len(thresholds))
            results.append((threshold, -1, _polygon(network, field.node_distance, outlets, threshold, width, chain)))
        return [item for item in results if item[2] is not None]
    graph, virtual, _ = router._augmented(outlets)
    matrix = router._csr(graph) if router.backend == "scipy" else router._networkx(graph)
    for done, (outlet, node) in enumerate(zip(tied, virtual)):
        progress.step(done, len(tied))
        node_distance = router._bounded(matrix, np.array([node]), thresholds[-1], graph[3])[0, : network.node_count]
        alone = outlets.subset(np.array([outlet]))
        for threshold in thresholds:
            polygon = _polygon(network, node_distance, alone, threshold, width, chain)
            if polygon is not None:
                results.append((threshold, int(outlet), polygon))
    return results


def _polygon(network, node_distance, sources, threshold, width, chain):
    edge, start, end = reached_stretches(network, node_distance, sources, threshold)
    wkb, parts = stretches_wkb(network, edge, start, end, chain)
    return buffer_wkb(wkb, width) if parts else None
