"""An estimated timetable from OpenStreetMap public transport routes, for places
without a GTFS feed.

A route relation (type=route, route=bus/trolleybus/tram/subway/light_rail/train)
lists its stops in travel order (members with role stop, stop_entry_only,
stop_exit_only; platforms when a route has no stop members). OSM has no
times, so they are estimated:
- distance between consecutive stops along the route's ways (its members
  without a role, chained end to end), or in a straight line where the ways
  are missing or do not pass within ``MAX_STOP_OFFSET_M`` of a stop;
- run time = distance / ``speed_kmh``, an average speed that includes stops;
- a departure every ``headway_min`` minutes (the route's ``interval`` tag,
  in minutes or HH:MM, when it has one), all through the time range, the
  first half a headway after midnight (the phase is unknown, as for GTFS
  frequencies with exact_times=0);
- public_transport:version=1 routes list one direction for both: they run
  both ways; version 2 routes (one relation per direction) run as drawn.
Stops outside the extract are dropped. Every Timetable made here has
``estimated=True`` and says so in its warnings.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..geodesy import haversine_m
from ..osm.pbf import read_relations
from ..progress import SILENT
from .scan import Timetable

ROUTE_MODES = ("bus", "trolleybus", "tram", "subway", "light_rail", "train")
STOP_ROLES = ("stop", "stop_entry_only", "stop_exit_only")
PLATFORM_ROLES = ("platform", "platform_entry_only", "platform_exit_only")
# A stop further than this from its route's ways is measured in a straight line.
MAX_STOP_OFFSET_M = 150.0


def is_transit_route(tags):
    return tags.get("type") == "route" and tags.get("route") in ROUTE_MODES


@dataclass
class Route:
    """One route relation: its stops in order (keys "node/<id>", positions, names),
    the distance of each hop between consecutive stops, and its own headway when tagged."""

    label: str
    stops: list
    points: np.ndarray
    names: list
    hop_metres: np.ndarray
    interval_s: float
    both_ways: bool


def parse_interval(text):
    """Seconds of an OSM ``interval`` value ("10", "00:10", "01:00:00"), or None."""
    if not text:
        return None
    try:
        parts = [float(part) for part in text.strip().split(":")]
    except ValueError:
        return None
    if len(parts) == 1:
        seconds = parts[0] * 60
    elif len(parts) == 2:
        seconds = parts[0] * 3600 + parts[1] * 60
    elif len(parts) == 3:
        seconds = parts[0] * 3600 + parts[1] * 60 + parts[2]
    else:
        return None
    return seconds if seconds > 0 else None


def _member_point(kind, ref, selection):
    """(lon, lat) of a node member, or the mean of a way member's nodes."""
    if kind == "node" and ref in selection.nodes:
        return selection.nodes[ref][:2]
    if kind == "way" and ref in selection.ways:
        points = [selection.nodes[node][:2] for node in selection.ways[ref] if node in selection.nodes]
        if points:
            return tuple(np.mean(points, axis=0))
    return None


def _route_line(relation, selection):
    """The route's ways chained end to end, as (lon, lat) vertices (a gap is jumped)."""
    line, way_count = [], 0
    for kind, ref, role in relation.members:
        if kind != "way" or role not in ("", "forward", "backward") or ref not in selection.ways:
            continue
        nodes = [node for node in selection.ways[ref] if node in selection.nodes]
        if len(nodes) < 2:
            continue
        if way_count == 1 and line[0] in (nodes[0], nodes[-1]) and line[-1] not in (nodes[0], nodes[-1]):
            line.reverse()  # the first way is drawn against the route
        if line and line[-1] == nodes[-1]:
            nodes.reverse()
        line.extend(nodes[1:] if line and line[-1] == nodes[0] else nodes)
        way_count += 1
    return np.array([selection.nodes[node][:2] for node in line], dtype=float).reshape(-1, 2)


def _along_line(points, line):
    """Distance along ``line`` of each point projected on it, moving forward only;
    NaN for points further than MAX_STOP_OFFSET_M from the rest of the line."""
    along = np.full(len(points), np.nan)
    if len(line) < 2:
        return along
    lat0 = np.radians(np.mean(line[:, 1]))
    scale = np.array([np.cos(lat0), 1.0]) * np.radians(1.0) * 6371008.8
    xy = line * scale
    start, end = xy[:-1], xy[1:]
    vector = end - start
    length = np.hypot(vector[:, 0], vector[:, 1])
    cumulative = np.concatenate([[0.0], np.cumsum(length)])
    squared = np.maximum(length**2, 1e-12)
    first_segment = 0
    for i, point in enumerate(points * scale):
        t = np.clip(((point - start) * vector).sum(axis=1) / squared, 0.0, 1.0)
        nearest = start + t[:, None] * vector
        offset = np.hypot(*(nearest - point).T)
        offset[:first_segment] = np.inf
        segment = int(np.argmin(offset))
        if offset[segment] <= MAX_STOP_OFFSET_M:
            along[i] = cumulative[segment] + t[segment] * length[segment]
            first_segment = segment
    return along


def route_from_relation(relation, selection):
    """A Route from a relation, or None when fewer than two of its stops are in the extract."""
    for roles in (STOP_ROLES, PLATFORM_ROLES):
        members = [(kind, ref) for kind, ref, role in relation.members if role in roles]
        if members:
            break
    stops, points, names = [], [], []
    for kind, ref in members:
        point = _member_point(kind, ref, selection)
        key = f"{kind}/{ref}"
        if point is not None and (not stops or stops[-1] != key):
            stops.append(key)
            points.append(point)
            names.append(selection.nodes[ref][2].get("name", "") if kind == "node" else "")
    if len(stops) < 2:
        return None
    points = np.array(points, dtype=float)
    straight = haversine_m(points[:-1, 0], points[:-1, 1], points[1:, 0], points[1:, 1])
    along_hop = np.diff(_along_line(points, _route_line(relation, selection)))
    hop = np.where(np.isfinite(along_hop) & (along_hop >= straight), along_hop, straight)
    tags = relation.tags
    label = f"{tags.get('route')} {tags.get('ref') or tags.get('name') or relation.id}"
    interval = parse_interval(tags.get("interval"))
    return Route(label, stops, points, names, hop, interval, tags.get("public_transport:version") == "1")


def read_osm_routes(path, progress=SILENT):
    """Routes of the public transport route relations of an .osm.pbf or .osm file."""
    selection = read_relations(path, is_transit_route, progress)
    routes = (route_from_relation(relation, selection) for relation in selection.relations)
    return [route for route in routes if route is not None]


def estimated_timetable(routes, start, end, headway_min, speed_kmh):
    """A Timetable of ``routes`` for departures between ``start`` and ``end``
    (seconds after midnight), times estimated as the module docstring says."""
    if headway_min <= 0 or speed_kmh <= 0:
        raise InputError(
            "The estimated headway and speed of OSM routes must be positive (got {headway:g} min, {speed:g} km/h).",
            headway=headway_min,
            speed=speed_kmh,
        )
    stop_index, lon, lat, names = {}, [], [], []
    columns = {name: [] for name in ("dep_stop", "arr_stop", "dep_time", "arr_time", "trip")}
    labels = []
    speed = speed_kmh / 3.6
    for route in routes:
        indexes = []
        for key, point, name in zip(route.stops, route.points, route.names):
            if key not in stop_index:
                stop_index[key] = len(lon)
                lon.append(point[0])
                lat.append(point[1])
                names.append(name)
            indexes.append(stop_index[key])
        headway = route.interval_s or headway_min * 60.0
        directions = [(indexes, route.hop_metres)]
        if route.both_ways:
            directions.append((indexes[::-1], route.hop_metres[::-1]))
        for stops, hops in directions:
            offsets = np.concatenate([[0.0], np.cumsum(hops / speed)])
            duration = offsets[-1]
            first = headway / 2 + np.ceil((start - duration - headway / 2) / headway) * headway
            for run_start in np.arange(first, end + 1, headway):
                times = np.rint(run_start + offsets).astype(np.int64)
                keep = (times[:-1] >= start) & (times[:-1] <= end)
                if not keep.any():
                    continue
                trip = len(labels)
                labels.append(route.label)
                columns["dep_stop"].extend(np.array(stops[:-1])[keep])
                columns["arr_stop"].extend(np.array(stops[1:])[keep])
                columns["dep_time"].extend(times[:-1][keep])
                columns["arr_time"].extend(times[1:][keep])
                columns["trip"].extend([trip] * int(keep.sum()))
    arrays = {name: np.array(values, dtype=np.int64) for name, values in columns.items()}
    note = (
        f"Times are ESTIMATES from {len(routes)} OpenStreetMap route relations (no timetable): "
        f"a vehicle every {headway_min:g} min unless the route has an interval tag, at {speed_kmh:g} km/h."
    )
    return Timetable(
        stop_ids=[f"osm:{key}" for key in stop_index],
        stop_names=names,
        stop_lon=np.array(lon, dtype=float),
        stop_lat=np.array(lat, dtype=float),
        trip_labels=labels,
        estimated=True,
        warnings=[note],
        **arrays,
    )
