"""A replay Overpass server for the tests, fed from a real OSM extract.

``read_pbf(path)`` decodes every element of an ``.osm.pbf`` file with its
metadata, without GDAL: it is the independent reference the tests compare
the plugin's two modes with. ``OverpassReplay`` answers the Overpass
QL the plugin sends — ``nwr["key"~"^(a|b)$"](s,w,n,e);`` statements and
``out meta geom;`` — with the matching elements of that extract, shaped as
Overpass's JSON, and can be told to misbehave the way the public instances do
(429 with Retry-After, 504, a "runtime error" remark, an empty answer).
"""

import json
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np
from servers import LoopbackServer, Reply

from foodaccess.core.osm.pbf import _blocks as pbf_blocks
from foodaccess.core.osm.pbf import _fields as pbf_fields
from foodaccess.core.osm.pbf import _int64, _tags, packed_varints
from foodaccess.core.osm.pbf import _signed as zigzag_one
from foodaccess.core.osm.pbf import _zigzag as zigzag

# --- every element of an OSM PBF file, with its metadata ----------------------------------
# The protobuf wire decoding is core/osm/pbf.py's; the plugin's outlet readers use GDAL, so this
# remains an independent reference for them.


def _fields(data):
    """(field number, value) pairs of a protobuf message."""
    return ((number, value) for number, _wire, value in pbf_fields(memoryview(data)))


def _packed(data):
    return packed_varints(data).tolist()


def _delta(data):
    """A packed, delta-coded sint64 field."""
    return np.cumsum(zigzag(packed_varints(data))).tolist()


@dataclass
class Element:
    type: str
    id: int
    tags: dict
    version: int = 0
    timestamp: int = 0  # seconds since the epoch
    changeset: int = 0
    uid: int = 0
    user: str = ""
    lat: float = 0.0
    lon: float = 0.0
    refs: list = field(default_factory=list)  # way: node ids
    members: list = field(default_factory=list)  # relation: (type, ref, role)


def _info(data, strings, element):
    for number, value in _fields(data):
        if number == 1:
            element.version = value
        elif number == 2:
            element.timestamp = _int64(value)
        elif number == 3:
            element.changeset = _int64(value)
        elif number == 4:
            element.uid = _int64(value)
        elif number == 5:
            element.user = strings[value]


def _primitive_block(data, elements):
    strings, groups = [], []
    granularity, lat_offset, lon_offset, date_granularity = 100, 0, 0, 1000
    for number, value in _fields(data):
        if number == 1:
            strings = [bytes(text).decode("utf-8") for n, text in _fields(value) if n == 1]
        elif number == 2:
            groups.append(value)
        elif number == 17:
            granularity = value
        elif number == 18:
            date_granularity = value
        elif number == 19:
            lat_offset = _int64(value)
        elif number == 20:
            lon_offset = _int64(value)

    def degrees(raw, offset):
        return (offset + granularity * raw) * 1e-9

    seconds = date_granularity / 1000
    for group in groups:
        for number, value in _fields(group):
            if number == 2:
                _dense_nodes(value, strings, degrees, lat_offset, lon_offset, seconds, elements)
            elif number == 1:
                node = Element("node", 0, {})
                keys, vals = [], []
                for n, v in _fields(value):
                    if n == 1:
                        node.id = zigzag_one(v)
                    elif n == 2:
                        keys = _packed(v)
                    elif n == 3:
                        vals = _packed(v)
                    elif n == 4:
                        _info(v, strings, node)
                    elif n == 8:
                        node.lat = degrees(zigzag_one(v), lat_offset)
                    elif n == 9:
                        node.lon = degrees(zigzag_one(v), lon_offset)
                node.tags = _tags(keys, vals, strings)
                node.timestamp = int(node.timestamp * seconds)
                elements["node"][node.id] = node
            elif number in (3, 4):
                kind = "way" if number == 3 else "relation"
                element = Element(kind, 0, {})
                keys, vals, roles, memids, types = [], [], [], [], []
                for n, v in _fields(value):
                    if n == 1:
                        element.id = v
                    elif n == 2:
                        keys = _packed(v)
                    elif n == 3:
                        vals = _packed(v)
                    elif n == 4:
                        _info(v, strings, element)
                    elif n == 8 and kind == "way":
                        element.refs = _delta(v)
                    elif n == 8:
                        roles = _packed(v)
                    elif n == 9 and kind == "relation":
                        memids = _delta(v)
                    elif n == 10 and kind == "relation":
                        types = _packed(v)
                element.tags = _tags(keys, vals, strings)
                element.timestamp = int(element.timestamp * seconds)
                if kind == "relation":
                    names = ("node", "way", "relation")
                    element.members = [(names[t], ref, strings[r]) for t, ref, r in zip(types, memids, roles)]
                elements[kind][element.id] = element


def _dense_nodes(data, strings, degrees, lat_offset, lon_offset, seconds, elements):
    columns, info, keys_vals = {}, {}, []  # columns: 1 ids, 8 lats, 9 lons (delta coded)
    for number, value in _fields(data):
        if number in (1, 8, 9):
            columns[number] = _delta(value)
        elif number == 10:
            keys_vals = _packed(value)
        elif number == 5:  # DenseInfo: 1 version, then delta-coded 2 timestamp, 3 changeset, 4 uid, 5 user
            info = {n: _packed(v) if n == 1 else _delta(v) for n, v in _fields(value)}
    position = 0
    for index, node_id in enumerate(columns.get(1, ())):
        tags = {}
        while position < len(keys_vals) and keys_vals[position] != 0:
            tags[strings[keys_vals[position]]] = strings[keys_vals[position + 1]]
            position += 2
        position += 1
        node = Element(
            "node",
            node_id,
            tags,
            lat=degrees(columns[8][index], lat_offset),
            lon=degrees(columns[9][index], lon_offset),
        )
        if info:
            node.version = info[1][index]
            node.timestamp = int(info[2][index] * seconds)
            node.changeset = info[3][index]
            node.uid = info[4][index]
            node.user = strings[info[5][index]]
        elements["node"][node_id] = node


def read_pbf(path):
    """{"node": {id: Element}, "way": {...}, "relation": {...}} of a whole .osm.pbf file."""
    elements = {"node": {}, "way": {}, "relation": {}}
    for block in pbf_blocks(path):
        _primitive_block(block, elements)
    return elements


def read_osm_xml(path):
    """The same dictionary as read_pbf, from an .osm XML file."""
    elements = {"node": {}, "way": {}, "relation": {}}
    for item in ElementTree.parse(path).getroot():
        if item.tag not in elements:
            continue
        stamp = item.get("timestamp")
        element = Element(
            item.tag,
            int(item.get("id")),
            {tag.get("k"): tag.get("v") for tag in item.findall("tag")},
            version=int(item.get("version", 0)),
            timestamp=int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()) if stamp else 0,
            changeset=int(item.get("changeset", 0)),
            uid=int(item.get("uid", 0)),
            user=item.get("user", ""),
        )
        if item.tag == "node":
            element.lat, element.lon = float(item.get("lat")), float(item.get("lon"))
        element.refs = [int(nd.get("ref")) for nd in item.findall("nd")]
        element.members = [(m.get("type"), int(m.get("ref")), m.get("role", "")) for m in item.findall("member")]
        elements[item.tag][element.id] = element
    return elements


# --- Overpass answers ----------------------------------------------------------------------

_STATEMENT = re.compile(r'nwr\["((?:[^"\\]|\\.)*)"~"((?:[^"\\]|\\.)*)"\]\(([-\d.]+),([-\d.]+),([-\d.]+),([-\d.]+)\);')


def _iso(seconds):
    return datetime.fromtimestamp(seconds, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _unquote(text):
    return re.sub(r"\\(.)", r"\1", text)


class OverpassReplay:
    """Answers Overpass QL statements from the elements ``read_pbf`` returned."""

    def __init__(self, elements):
        self.elements = elements

    def _point(self, node_id):
        node = self.elements["node"].get(node_id)
        return None if node is None else (node.lat, node.lon)

    def _way_points(self, way):
        return [point for point in map(self._point, way.refs) if point is not None]

    def _touches(self, element, south, west, north, east):
        def inside(point):
            return south <= point[0] <= north and west <= point[1] <= east

        if element.type == "node":
            return inside((element.lat, element.lon))
        if element.type == "way":
            return any(map(inside, self._way_points(element)))
        for kind, ref, _role in element.members:
            member = self.elements[kind].get(ref)
            if member is not None and kind != "relation" and self._touches(member, south, west, north, east):
                return True
        return False

    def select(self, query):
        """Elements matching the query's statements, in Overpass's output order (nodes, ways, relations)."""
        statements = _STATEMENT.findall(query)
        if not statements or "out meta geom" not in query:
            raise ValueError(f"the replay server does not understand this query:\n{query}")
        found = {}
        for key, pattern, *box in statements:
            key, regex = _unquote(key), re.compile(_unquote(pattern))
            south, west, north, east = map(float, box)
            for kind in ("node", "way", "relation"):
                for element in self.elements[kind].values():
                    value = element.tags.get(key)
                    if value is not None and regex.search(value) and self._touches(element, south, west, north, east):
                        found[(kind, element.id)] = element
        order = {"node": 0, "way": 1, "relation": 2}
        return [found[key] for key in sorted(found, key=lambda key: (order[key[0]], key[1]))]

    def _json_element(self, element):
        out = {
            "type": element.type,
            "id": element.id,
            "timestamp": _iso(element.timestamp),
            "version": element.version,
            "changeset": element.changeset,
            "user": element.user,
            "uid": element.uid,
        }
        if element.type == "node":
            out.update(lat=round(element.lat, 7), lon=round(element.lon, 7))
        elif element.type == "way":
            points = self._way_points(element)
            out["bounds"] = {
                "minlat": min(p[0] for p in points),
                "minlon": min(p[1] for p in points),
                "maxlat": max(p[0] for p in points),
                "maxlon": max(p[1] for p in points),
            }
            out["nodes"] = element.refs
            out["geometry"] = [{"lat": round(lat, 7), "lon": round(lon, 7)} for lat, lon in points]
        else:
            members = []
            for kind, ref, role in element.members:
                member = {"type": kind, "ref": ref, "role": role}
                target = self.elements[kind].get(ref)
                if kind == "node" and target is not None:
                    member.update(lat=round(target.lat, 7), lon=round(target.lon, 7))
                elif kind == "way" and target is not None:
                    member["geometry"] = [
                        {"lat": round(lat, 7), "lon": round(lon, 7)} for lat, lon in self._way_points(target)
                    ]
                members.append(member)
            out["members"] = members
        if element.tags:
            out["tags"] = element.tags
        return out

    def answer(self, query, elements=None):
        """The JSON body Overpass gives for ``query`` (or for the given elements)."""
        chosen = self.select(query) if elements is None else elements
        return overpass_document([self._json_element(element) for element in chosen])


def overpass_document(elements, remark=None):
    document = {
        "version": 0.6,
        "generator": "Overpass API 0.7.62.1 084b4234",
        "osm3s": {
            "timestamp_osm_base": "2023-12-26T00:00:00Z",
            "copyright": "The data included in this document is from www.openstreetmap.org. "
            "The data is made available under ODbL.",
        },
        "elements": elements,
    }
    if remark:
        document["remark"] = remark
    return json.dumps(document).encode("utf-8")


def replay_server(replay, script=()):
    """A LoopbackServer answering Overpass POSTs from ``replay``.

    ``script`` lists Replies to give first, one per request (429, 504...);
    after it the server answers the query from the extract.
    """
    pending = list(script)

    def respond(request):
        if pending:
            return pending.pop(0)
        query = request.form().get("data", "")
        return Reply(200, replay.answer(query))

    return LoopbackServer(respond)


TOO_MANY_REQUESTS = (
    b"<html><body><p>rate_limited. Please check /api/status for the quota of your IP address.</p></body></html>"
)
GATEWAY_TIMEOUT = b"<html><body><p>The server is probably too busy to handle your request.</p></body></html>"
RUNTIME_ERROR = 'runtime error: Query timed out in "query" at line 3 after 2 seconds.'
