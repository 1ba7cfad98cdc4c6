"""Walking + public transport on the street network: the walking legs come from
the walking engine (``walk.routing.WalkRouter``), the rest from ``scan.py``.

- egress: ONE multi-source pass from all outlets gives every stop its walk to
  the nearest outlet;
- access: every (origin, stop) pair within the walking limit, searched only as
  far as the longest useful walk (a walk to a stop as long as the walk to the
  outlet cannot help);
- transfers: stop-to-stop walks within min(MAX_WALK, 1 km) (R5's
  TRANSFER_DISTANCE_LIMIT_METERS), plus platforms of one station in a
  straight line (the street network rarely goes inside stations).
Stops farther than the snapping distance from the network are left out.

What the algorithms write comes from here: ``walk_transit_access`` (the median,
percentile and transit share of each origin, ``TransitAccess``) and
``transit_service_areas`` (``ServiceArea`` records per statistic).
"""

import dataclasses

import numpy as np

from ..errors import InputError
from ..geodesy import haversine_m
from ..kept import Kept
from ..progress import SILENT
from ..walk.network import lines_digest
from ..walk.routing import ROUTED_STATUSES, Access, StaggeredSources, walk_access
from ..walk.settings import metres_per_minute
from ..walk.snap import Snapped
from .scan import UNREACHED, Links, departure_minutes, stop_profiles, transit_window_times

TRANSFER_LIMIT_M = 1000.0
ACCESS_RADIUS_STEP_M = 250.0
# Arrival keys of profile entries, one block of seconds per stop.
_ARRIVAL_SPAN = UNREACHED + 1


# Stops tied to a network and the walks between them, per (network, stops, settings):
# like R5's transfer tables, built once and reused by later runs of the session.
_STOP_WALKS = Kept(size=4)


def _stop_walks(router, lonlat, max_snap, radius):
    network = router.network
    key = (
        lines_digest([network.node_xy, network.edge_u, network.edge_v, network.edge_length]),
        lines_digest([lonlat]),
        float(max_snap),
        router.min_island_nodes,  # stops skip small islands like origins do
        float(radius),
    )
    walks = _STOP_WALKS.get(key)
    if walks is None:
        stops = router.snap(network.projection.forward(lonlat), max_snap)
        walks = (stops, router.pairs_within(stops, stops, radius))
        _STOP_WALKS.keep(key, walks)
    return walks


class StopLinks:
    """The timetable's stops tied to the network, with their walking links."""

    def __init__(self, router, timetable, outlets, settings, max_snap, progress=SILENT):
        if not timetable.stop_count:
            raise InputError("The timetable has no stop served in the time window.")
        lonlat = np.column_stack([timetable.stop_lon, timetable.stop_lat])
        limit = settings.walk_limit_m()
        self.stops, (a, b, metres) = _stop_walks(router, lonlat, max_snap, min(limit, TRANSFER_LIMIT_M))
        self.off_network = int((~self.stops.tied).sum())
        if self.off_network == timetable.stop_count:
            raise InputError(
                "None of the {count} public transport stops lies within {max_snap:g} m of the street network: "
                "do the timetables (GTFS feeds, or the OSM file's routes) cover the network's area?",
                count=timetable.stop_count,
                max_snap=max_snap,
            )
        progress.step(1, 2)
        egress_m, _ = router.from_sources(outlets, limit=limit).at(self.stops)
        egress_m = np.where(np.isfinite(egress_m) & (egress_m <= limit), egress_m, np.inf)
        self.egress = settings.seconds(egress_m)
        station_a, station_b = timetable.station_pairs()
        straight = haversine_m(*lonlat[station_a].T, *lonlat[station_b].T)
        sources = np.concatenate([a, station_a])
        targets = np.concatenate([b, station_b])
        seconds = settings.seconds(np.concatenate([metres, straight]))
        different = sources != targets
        self.transfers = Links.from_pairs(
            timetable.stop_count, sources[different], targets[different], seconds[different]
        )
        progress.step(2, 2)

    def access(self, router, origins, walk_m, settings):
        """Links from snapped origins to the stops worth walking to: each origin is
        searched only as far as its own walk to the nearest outlet (by radius classes
        doubling from ACCESS_RADIUS_STEP_M), within the walking limit."""
        limit = settings.walk_limit_m()
        reach = np.minimum(np.where(np.isfinite(walk_m), walk_m, np.inf), limit)
        parts = [], [], []
        radius, low = ACCESS_RADIUS_STEP_M, -1.0
        while low < limit:
            radius = min(radius, limit)
            members = np.flatnonzero((reach > low) & (reach <= radius))
            if len(members):
                origin, stop, metres = router.pairs_within(origins.subset(members), self.stops, radius)
                for part, values in zip(parts, (members[origin], stop, metres)):
                    part.append(values)
            low, radius = radius, radius * 2
        origin, stop, metres = (np.concatenate(part) if part else np.zeros(0) for part in parts)
        return Links.from_pairs(len(walk_m), origin.astype(np.int64), stop.astype(np.int64), settings.seconds(metres))


def walk_transit_times(router, timetable, origins, outlets, walk_m, settings, max_snap, progress=SILENT):
    """``WindowTimes`` (seconds) from snapped ``origins`` to the nearest of the snapped
    ``outlets``; ``walk_m``: each origin's walking distance to its nearest outlet (NaN/inf
    when none), which bounds every result. Also returns the StopLinks."""
    walk_m = np.where(np.isfinite(walk_m), walk_m, np.inf)
    links = StopLinks(router, timetable, outlets, settings, max_snap, progress.sub(0.0, 0.4))
    access = links.access(router, origins, walk_m, settings)
    progress.step(1, 2)
    result = transit_window_times(
        timetable,
        links.egress,
        links.transfers,
        access,
        settings.seconds(walk_m),
        settings.departure,
        settings.window_minutes,
        settings.max_transfers,
        progress.sub(0.6, 1.0),
    )
    return result, links


@dataclasses.dataclass(eq=False)  # eq=False: arrays have no single truth value; compared by identity
class TransitAccess:
    """Walk + public transport access of each origin over the departure window. ``access``: as
    walking alone (nearest outlet on foot, counts within the threshold, status), but ``time_min``
    is the median walk + transit time; ``percentile_min``: the settings' percentile;
    ``transit_share``: the share of the departures at which transit beats walking alone (NaN, as
    both times, where walking alone reaches no outlet); ``helped``: the origins transit helps at
    least once; ``stops_off_network``: the timetable's stops left out, too far from the network;
    ``estimated``: the times come from OSM routes, not from a timetable."""

    access: Access
    percentile_min: np.ndarray
    transit_share: np.ndarray
    helped: int
    stops_off_network: int
    estimated: bool

    def mean_share(self):
        """Share of the departures of all routed origins at which transit beats walking (0 without any)."""
        routed = np.isfinite(self.transit_share)
        return float(np.nanmean(self.transit_share)) if routed.any() else 0.0


def walk_transit_access(router, timetable, origins_xy, outlets, threshold_m, settings, max_snap, progress=SILENT):
    """TransitAccess from origins (n, 2 metres, NaN = no geometry) to the nearest of the snapped
    ``outlets``: walking alone first (``walk_access``, counts within ``threshold_m``), which
    bounds every walk + transit time, then the departure window."""
    walk = walk_access(router, origins_xy, outlets, threshold_m, settings.speed_kmh, max_snap, progress.sub(0.0, 0.3))
    times, links = walk_transit_times(
        router,
        timetable,
        router.snap(origins_xy, max_snap),
        outlets,
        walk.distance_m,
        settings,
        max_snap,
        progress.sub(0.3, 1.0),
    )
    routed = np.isin(walk.status, ROUTED_STATUSES)
    return TransitAccess(
        access=dataclasses.replace(walk, time_min=np.where(routed, times.minutes(50, walk.time_min), np.nan)),
        percentile_min=np.where(routed, times.minutes(settings.percentile, walk.time_min), np.nan),
        transit_share=np.where(routed, times.transit_share(), np.nan),
        helped=int((times.by_transit.any(axis=1) & routed).sum()),
        stops_off_network=links.off_network,
        estimated=timetable.estimated,
    )


def _order_statistic(values, rank):
    """The ``rank``-th smallest (0-based) along the first axis."""
    return np.partition(values, rank, axis=0)[rank]


def _latest_boarding(profiles, stops, deadline):
    """For each (stop, deadline) pair: the latest ready time (relative seconds) at the
    stop from which an outlet is reached by ``deadline`` (relative), or -inf."""
    # Within a stop the arrivals never decrease with the ready time: the entries
    # arriving in time are a prefix of the stop's block.
    if not len(profiles.entry_stop):  # no vehicle in the window: no boarding anywhere
        return np.full(np.broadcast(stops, deadline).shape, -np.inf)
    arrival_keys = profiles.entry_stop * _ARRIVAL_SPAN + np.minimum(profiles.arrival, _ARRIVAL_SPAN - 1)
    index = np.searchsorted(arrival_keys, stops * _ARRIVAL_SPAN + np.minimum(deadline, _ARRIVAL_SPAN - 1), "right") - 1
    inside = np.maximum(index, 0)
    found = (index >= 0) & (profiles.entry_stop[inside] == stops)
    return np.where(found, profiles.entry_ready[inside].astype(float), -np.inf)


def transit_node_fields(router, timetable, outlets, settings, thresholds_min, ranks, max_snap, progress=SILENT):
    """{(threshold in minutes, rank): node values} and the StopLinks, where a node is
    within the threshold for the ``rank``-th fastest departure of the window (0-based,
    e.g. the median's) when its value is <= the threshold in walking metres
    (``_departure_fields``, reduced to each rank). Like walking distances, these values
    change by at most one metre per metre along an edge."""
    fields = {}
    departure_fields, links = _departure_fields(
        router, timetable, outlets, settings, thresholds_min, max_snap, progress
    )
    for threshold, threshold_m, node_values, budget_m in departure_fields:
        for rank in ranks:
            # Stops inside an edge reach along it by their (rank + 1)-th largest budget.
            stop_reach = -_order_statistic(-budget_m.T, rank) if len(budget_m) else np.zeros(0)
            fields[(threshold, rank)] = (_order_statistic(node_values, rank) + threshold_m, stop_reach)
    return fields, links


def _departure_fields(router, timetable, outlets, settings, thresholds_min, max_snap, progress=SILENT, beyond_m=0.0):
    """For each threshold (minutes), lazily: (threshold, threshold in walking metres, node values
    (departures, nodes), budgets (tied stops, departures) in metres), and the StopLinks. Node
    values are exact up to ``beyond_m`` (inf beyond).

    For one departure minute m and threshold T, a point x is within when it walks to
    an outlet within T, or to some stop s within the time left there: budget_s(m) =
    the latest boarding time at s that still arrives by m + T, minus m. So one
    multi-source walk from the stops, each starting "late" by T - budget_s, gives
    every node D_m(x) <= 0 exactly when x is within: its node value. Over the window,
    x is within for a statistic when at least rank + 1 minutes are: the (rank + 1)-th
    smallest D_m(x) <= 0."""
    departures = departure_minutes(settings.departure, settings.window_minutes)
    metres_per_second = metres_per_minute(settings.speed_kmh) / 60.0
    links = StopLinks(router, timetable, outlets, settings, max_snap, progress.sub(0.0, 0.2))
    longest = max(thresholds_min) * 60
    profiles = stop_profiles(
        timetable,
        links.egress,
        links.transfers,
        departures[0],
        departures[-1] + longest,
        settings.max_transfers,
        progress.sub(0.2, 0.3),
    )
    walk_node = router.from_sources(outlets, limit=longest * metres_per_second + beyond_m).node_distance
    tied = np.flatnonzero(links.stops.tied)
    late_walk = _LateStartWalk(router, links.stops)
    relative = departures - profiles.origin
    steps = len(thresholds_min) * len(departures)

    def fields():
        for threshold_index, threshold in enumerate(thresholds_min):
            threshold_m = threshold * 60 * metres_per_second
            latest = _latest_boarding(
                profiles, np.repeat(tied, len(departures)), np.tile(relative + threshold * 60, len(tied))
            ).reshape(len(tied), len(departures))
            budget_m = np.minimum((latest - relative[None, :]) * metres_per_second, settings.walk_limit_m())
            node_values = np.empty((len(departures), router.network.node_count))
            for column in range(len(departures)):
                progress.step(0.3 * steps + 0.7 * (threshold_index * len(departures) + column), steps)
                node_values[column] = np.minimum(walk_node - threshold_m, late_walk(budget_m[:, column], beyond_m))
            yield threshold, threshold_m, node_values, budget_m

    return fields(), links


class _LateStartWalk:
    """Walking distance to every node from the nearest stop, each stop starting
    late by its own offset: one Dijkstra over the walking engine's StaggeredSources."""

    def __init__(self, router, stops):
        self.graph = StaggeredSources(router, stops)
        self.stop_distance = stops.distance[self.graph.tied]

    def __call__(self, budget_m, beyond_m=0.0):
        """D(x) = min over stops of (walk from x to the stop - its budget), inf where it is above
        ``beyond_m`` (by default: where positive budgets do not reach x)."""
        usable = budget_m > self.stop_distance
        if not usable.any():
            return np.full(self.graph.node_count, np.inf)
        shift = float(budget_m[usable].max())
        offsets = np.where(usable, shift - budget_m, 2 * shift + beyond_m + 1.0)
        return self.graph.distances(offsets, limit=shift + beyond_m) - shift


def transit_service_areas(
    router, timetable, outlets, settings, thresholds_min, max_snap, width, outline, per_outlet=False, progress=SILENT
):
    """[ServiceArea] by walk + public transport from the snapped ``outlets``: for each threshold
    (minutes) the area from which the median walk + transit time over the window is within it,
    and in other records the settings' percentile (``statistic`` "median" or "pNN"); one area
    over all outlets, or per outlet. Drawn with the ``outline`` method like walking service areas
    (``walk/service_areas.py``): as access times, or cut and buffered by ``width``."""
    from ..walk.service_areas import ServiceArea, check_area_settings

    check_area_settings(thresholds_min, width, outline)
    statistics = settings.window_statistics()
    groups = (
        [(int(index), outlets.subset(np.array([index]))) for index in np.flatnonzero(outlets.tied)]
        if per_outlet
        else [(-1, outlets)]
    )
    areas = []
    for done, (outlet, group) in enumerate(groups):
        part = progress.sub(done / len(groups), (done + 1) / len(groups))
        for threshold, rank, wkb in _ranked_areas(
            router, timetable, group, settings, thresholds_min, sorted(statistics), max_snap, width, outline, part
        ):
            areas.append(ServiceArea(threshold, outlet, wkb, statistics[rank]))
    return areas


def _ranked_areas(router, timetable, outlets, settings, thresholds_min, ranks, max_snap, width, outline, progress):
    """[(threshold in minutes, rank, polygon WKB)]: the node fields of ``transit_node_fields``
    cut along the edges at the threshold and buffered; around outlets and stops lying inside
    an edge, the edge is reached directly. OUTLINE_HOMES: ``_home_ranked_areas``."""
    from ..walk.service_areas import OUTLINE_HOMES, chain_positions, reached_stretches, stretches_polygon

    if outline == OUTLINE_HOMES:
        return _home_ranked_areas(router, timetable, outlets, settings, thresholds_min, ranks, max_snap, progress)

    fields, links = transit_node_fields(
        router, timetable, outlets, settings, thresholds_min, ranks, max_snap, progress.sub(0.0, 0.8)
    )
    stops = links.stops
    tied = np.flatnonzero(stops.tied)
    metres_per_second = metres_per_minute(settings.speed_kmh) / 60.0
    chain = chain_positions(router.network)
    results = []
    for done, ((threshold, rank), (node_distance, stop_reach)) in enumerate(fields.items()):
        progress.sub(0.8, 1.0).step(done, len(fields))
        threshold_m = threshold * 60 * metres_per_second
        sources = Snapped(
            np.concatenate([outlets.edge, stops.edge[tied]]),
            np.concatenate([outlets.position, stops.position[tied]]),
            np.concatenate([outlets.distance, threshold_m - stop_reach + stops.distance[tied]]),
            np.concatenate([outlets.xy, stops.xy[tied]]),
        )
        polygon = stretches_polygon(
            router.network,
            reached_stretches(router.network, node_distance, sources, threshold_m),
            width,
            outline,
            chain,
        )
        if polygon is not None:
            results.append((threshold, rank, polygon))
    progress.step(1, 1)
    return results


def _home_ranked_areas(router, timetable, outlets, settings, thresholds_min, ranks, max_snap, progress):
    """[(threshold in minutes, rank, polygon WKB)] as access times (``walk/home_outline.py``): a
    point is inside when a home placed there would get the rank-th time of the window within the
    threshold, as ``walk_transit_access`` gives it. At each departure its walk is the node values'
    (``_departure_fields``) from the ends of its street, or along the street from an outlet or a
    stop on it (late by its budget), plus its straight leg; then the rank-th of the departures."""
    from ..walk.home_outline import MARGIN_CELLS, HomeWalks, network_grid

    grid = network_grid(router, max_snap, progress.sub(0.0, 0.3))
    departure_fields, links = _departure_fields(
        router,
        timetable,
        outlets,
        settings,
        thresholds_min,
        max_snap,
        progress.sub(0.3, 0.8),
        beyond_m=MARGIN_CELLS * grid.cell,
    )
    stops = links.stops.subset(np.flatnonzero(links.stops.tied))
    sources = outlets.concatenate(stops)
    drawing = progress.sub(0.8, 1.0)
    results = []
    for done, (threshold, threshold_m, node_values, budget_m) in enumerate(departure_fields):
        drawing.step(done, len(thresholds_min))
        # (D_m + T: a home's walk <= T exactly when it is within the threshold at departure m)
        outlet_walks = np.broadcast_to(outlets.distance, (len(node_values), len(outlets)))
        stop_walks = threshold_m - budget_m.T + stops.distance
        source_distance = np.concatenate([outlet_walks, stop_walks], axis=1)
        walks = HomeWalks(node_values + threshold_m, sources, source_distance, tuple(ranks))
        for rank, polygon in zip(ranks, grid.polygons(walks, threshold_m)):
            if polygon is not None:
                results.append((threshold, rank, polygon))
    progress.step(1, 1)
    return results
