"""Service areas: where the outlets are reachable within a threshold, as polygons.

Walking distances to every node (one multi-source pass, or one bounded pass per outlet), then
one of three outlines:

- ``OUTLINE_HOMES`` (default): as access times, a point is inside when a home placed there
  would walk at most the threshold (its straight leg to the nearest street within ``max_snap``,
  then along the streets): ``home_outline.py``, as R5 draws isochrones;
- the reached streets buffered by ``width`` metres and dissolved: on each edge the reached
  stretches, from each end as far as the threshold leaves (cut exactly, by linear interpolation
  along the edge's own vertices) and around each outlet lying on the edge, then
  ``OUTLINE_GRID``, the outline traced on a grid of ``width / 5`` metres (``grid_outline.py``):
  never wider than the exact buffer, 0.72 times as wide along a street; or ``OUTLINE_EXACT``,
  exact buffers with GEOS through OGR, dissolved (``polygons.py``), for a publication-grade
  outline. Either way a polygon never extends more than ``width`` beyond a point of the network
  that is within the threshold (the isochrone interpolations of QNEAT3 or of a concave hull over
  reached nodes can leak much farther). Default width: 50 m, the "sausage" network buffer of
  Oliver, Schuurman & Hall (2007, International Journal of Health Geographics 6:41).
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..errors import InputError
from ..progress import SILENT
from .grid_outline import outline_polygon
from .home_outline import MARGIN_CELLS, network_grid
from .polygons import (
    TiledAreas,
    buffer_all,
    buffer_wkb,
    chain_positions,
    interval_lines,
    map_in_threads,
    stretch_intervals,
    stretches_wkb,
)
from .routing import SourceField
from .settings import DEFAULT_MAX_SNAP

DEFAULT_WIDTH = 50.0
OUTLINE_GRID, OUTLINE_EXACT, OUTLINE_HOMES = "grid", "exact", "homes"
# In the order of the OUTLINE parameter (processing/service_areas.py): as access times by default.
OUTLINES = (OUTLINE_HOMES, OUTLINE_GRID, OUTLINE_EXACT)


@dataclass(frozen=True)
class ServiceArea:
    """One polygon (WKB, in the network's metres) reached within ``threshold`` (metres walking,
    minutes by walk + public transport) from outlet ``outlet`` (index), or from all (-1);
    walk + public transport areas name the ``statistic`` of the window ("median", "p80")."""

    threshold: float
    outlet: int
    wkb: bytes
    statistic: Optional[str] = None


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


def circle_areas(points, thresholds, per_outlet=False, progress=SILENT):
    """[ServiceArea] of straight-line distance: discs of each threshold (metres) around (n, 2)
    outlet points, dissolved over all outlets or one per outlet (``circles_wkb``)."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    groups = [(index, points[index : index + 1]) for index in range(len(points))] if per_outlet else [(-1, points)]
    areas = []
    for done, (outlet, group) in enumerate(groups):
        progress.step(done, len(groups))
        for threshold in thresholds:
            areas.append(ServiceArea(threshold, outlet, circles_wkb(group, threshold)))
    return areas


def stretches_polygon(network, stretches, width, outline=OUTLINE_GRID, chain=None, progress=SILENT):
    """Polygon WKB of the stretches (edge, start, end) buffered by ``width`` and dissolved,
    None when there is none (in threads: the grid's bands, the exact outline's two halves)."""
    chain = chain_positions(network) if chain is None else chain
    if outline == OUTLINE_GRID:
        # (the lines are not kept here: outline_polygon frees them once sampled)
        return outline_polygon(
            *interval_lines(network, chain, *stretch_intervals(network, chain, *stretches)), width, progress
        )
    wkb, parts = stretches_wkb(network, *stretches, chain)
    return buffer_wkb(wkb, width) if parts else None


def check_area_settings(thresholds, width, outline):
    """InputError unless there is a threshold, all > 0, the width > 0 and the outline one of OUTLINES."""
    if not len(thresholds) or min(thresholds) <= 0:
        raise InputError("Give at least one threshold, all greater than zero.")
    if width <= 0:
        raise InputError("The buffer width must be greater than zero.")
    if outline not in OUTLINES:
        raise InputError(
            "Unknown outline {outline}: use one of {choices}.", outline=repr(outline), choices=", ".join(OUTLINES)
        )


def service_areas(
    router,
    outlets,
    thresholds,
    width=DEFAULT_WIDTH,
    per_outlet=False,
    outline=OUTLINE_HOMES,
    max_snap=DEFAULT_MAX_SNAP,
    progress=SILENT,
):
    """[ServiceArea] for snapped ``outlets`` and thresholds in metres: one polygon per threshold
    over all outlets, or per outlet and threshold. ``outline``: OUTLINE_HOMES (where a home tied
    within ``max_snap`` would be within the threshold, ``home_outline.py``), or the reached streets
    buffered by ``width``: OUTLINE_GRID or OUTLINE_EXACT."""
    thresholds = sorted(float(value) for value in thresholds)
    check_area_settings(thresholds, width, outline)
    if outline == OUTLINE_HOMES:
        return home_areas(router, outlets, thresholds, max_snap, per_outlet, progress)
    network = router.network
    chain = chain_positions(network)
    if not per_outlet:
        field = router.from_sources(outlets, limit=thresholds[-1])
        stretches = [
            (threshold, reached_stretches(network, field.node_distance, outlets, threshold)) for threshold in thresholds
        ]
        if outline == OUTLINE_GRID:
            polygons = [
                stretches_polygon(
                    network,
                    reached,
                    width,
                    outline,
                    chain,
                    progress.sub(done / len(stretches), (done + 1) / len(stretches)),
                )
                for done, (_, reached) in enumerate(stretches)
            ]
            return [
                ServiceArea(threshold, -1, polygon)
                for (threshold, _), polygon in zip(stretches, polygons)
                if polygon is not None
            ]
        # Exact outlines: several polygons are buffered one per thread.
        lines = [(threshold, _lines(network, reached, chain)) for threshold, reached in stretches]
        lines = [(threshold, wkb) for threshold, wkb in lines if wkb is not None]
        polygons = buffer_all([wkb for _, wkb in lines], width, progress)
        return [ServiceArea(threshold, -1, polygon) for (threshold, _), polygon in zip(lines, polygons)]
    # One area per outlet: the reached stretches of each (cheap), then their polygons (in threads;
    # exact ones share the unions of the tiles they reach whole).
    reaching = progress.sub(0.0, 0.1)
    count = int(outlets.tied.sum())
    areas = []
    for done, (outlet, node_distance) in enumerate(router.from_each_source(outlets, limit=thresholds[-1])):
        reaching.step(done, count)
        alone = outlets.subset(np.array([outlet]))
        for threshold in thresholds:
            areas.append((threshold, outlet, reached_stretches(network, node_distance, alone, threshold)))
    if outline == OUTLINE_GRID:
        polygons = map_in_threads(
            lambda area: stretches_polygon(network, area[2], width, outline, chain), areas, progress.sub(0.1, 1.0)
        )
    else:
        tiles = TiledAreas(network, width)
        polygons = map_in_threads(lambda area: tiles.polygon(*area[2]), areas, progress.sub(0.1, 1.0))
    return [
        ServiceArea(threshold, outlet, polygon)
        for (threshold, outlet, _), polygon in zip(areas, polygons)
        if polygon is not None
    ]


def home_areas(router, outlets, thresholds, max_snap, per_outlet=False, progress=SILENT):
    """[ServiceArea] of OUTLINE_HOMES (``home_outline.py``): the points where a home would walk at
    most each threshold (metres) to the nearest outlet, or to each outlet with ``per_outlet``."""
    tied = np.flatnonzero(outlets.tied)
    if not len(tied):
        return []
    grid = network_grid(router, max_snap, progress.sub(0.0, 0.3))
    # (exact node distances up to the margin beyond the longest threshold: home_outline.py)
    limit = thresholds[-1] + MARGIN_CELLS * grid.cell
    drawing = progress.sub(0.3, 1.0)
    areas = []
    if not per_outlet:
        field = router.from_sources(outlets, limit=limit)
        for done, threshold in enumerate(thresholds):
            drawing.step(done, len(thresholds))
            polygon = grid.polygon(field, threshold)
            if polygon is not None:
                areas.append(ServiceArea(threshold, -1, polygon))
        return areas
    for done, (outlet, node_distance) in enumerate(router.from_each_source(outlets, limit=limit)):
        drawing.step(done, len(tied))
        alone = outlets.subset(np.array([outlet]))
        field = SourceField(router, alone, node_distance, np.zeros(len(node_distance), dtype=np.int64))
        for threshold in thresholds:
            polygon = grid.polygon(field, threshold)
            if polygon is not None:
                areas.append(ServiceArea(threshold, outlet, polygon))
    return areas


def _lines(network, stretches, chain):
    """WKB MultiLineString of the stretches, None when there is none."""
    wkb, parts = stretches_wkb(network, *stretches, chain)
    return wkb if parts else None
