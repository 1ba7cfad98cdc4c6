"""core/osm/pbf.py and core/transit/osm_routes.py: a PBF written here by an independent encoder,
hand-made .osm XML, and the Monaco extract checked against GDAL's OSM driver."""

import math
import struct
import zlib

import numpy as np
import pytest
from osgeo import ogr

from foodaccess.core.errors import FoodAccessError
from foodaccess.core.geodesy import haversine_m
from foodaccess.core.osm import pbf
from foodaccess.core.transit import osm_routes

# --- a minimal PBF encoder (protobuf by hand) --------------------------------------------------


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def zigzag(value):
    return (value << 1) ^ (value >> 63)


def field(number, payload):
    if isinstance(payload, int):
        return varint(number << 3) + varint(payload)
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def packed(values, signed=False, delta=False):
    previous, out = 0, b""
    for value in values:
        encoded = value - previous if delta else value
        previous = value
        out += varint(zigzag(encoded) if signed else encoded)
    return out


def blob(kind, data, compress):
    body = field(2, len(data)) + field(3, zlib.compress(data)) if compress else field(1, data)
    header = field(1, kind.encode()) + field(3, len(body))
    return struct.pack(">I", len(header)) + header + body


def write_pbf(path, nodes, ways, relations, compress=True, dense=True):
    """nodes: [(id, lon, lat, tags)]; ways: [(id, refs, tags)]; relations: [(id, members, tags)]."""
    strings = [""]

    def sid(text):
        if text not in strings:
            strings.append(text)
        return strings.index(text)

    groups = []
    if dense:
        keys_values = []
        for _, _, _, tags in nodes:
            for key, value in tags.items():
                keys_values += [sid(key), sid(value)]
            keys_values.append(0)
        dense_message = (
            field(1, packed([n[0] for n in nodes], True, True))
            + field(8, packed([round(n[2] * 1e7) for n in nodes], True, True))
            + field(9, packed([round(n[1] * 1e7) for n in nodes], True, True))
            + field(10, packed(keys_values))
        )
        groups.append(field(2, dense_message))
    else:
        group = b""
        for node_id, lon, lat, tags in nodes:
            group += field(
                1,
                field(1, zigzag(node_id))
                + field(2, packed([sid(k) for k in tags]))
                + field(3, packed([sid(v) for v in tags.values()]))
                + field(8, zigzag(round(lat * 1e7)))
                + field(9, zigzag(round(lon * 1e7))),
            )
        groups.append(group)
    way_group = b""
    for way_id, refs, tags in ways:
        way_group += field(
            3,
            field(1, way_id)
            + field(2, packed([sid(k) for k in tags]))
            + field(3, packed([sid(v) for v in tags.values()]))
            + field(8, packed(refs, True, True)),
        )
    groups.append(way_group)
    relation_group = b""
    types = {"node": 0, "way": 1, "relation": 2}
    for relation_id, members, tags in relations:
        relation_group += field(
            4,
            field(1, relation_id)
            + field(2, packed([sid(k) for k in tags]))
            + field(3, packed([sid(v) for v in tags.values()]))
            + field(8, packed([sid(role) for _, _, role in members]))
            + field(9, packed([ref for _, ref, _ in members], True, True))
            + field(10, packed([types[kind] for kind, _, _ in members])),
        )
    groups.append(relation_group)
    table = field(1, b"".join(field(1, text.encode()) for text in strings))
    block = table + b"".join(field(2, group) for group in groups)
    header_block = field(4, b"OsmSchema-V0.6") + field(4, b"DenseNodes")
    with open(path, "wb") as stream:
        stream.write(blob("OSMHeader", header_block, compress))
        stream.write(blob("OSMData", block, compress))


# An L-shaped street: west-east 1000 m along the equator, then 500 m north; a bus stop at each end
# and one at the corner; the route runs on two ways, the second drawn backwards.
DEG_PER_M = 1 / (6371008.8 * math.pi / 180)
NODES = [
    (1, 0.0, 0.0, {"highway": "bus_stop", "name": "West"}),
    (2, 1000 * DEG_PER_M, 0.0, {"highway": "bus_stop", "name": "Corner"}),
    (3, 1000 * DEG_PER_M, 500 * DEG_PER_M, {"highway": "bus_stop", "name": "North"}),
    (4, 500 * DEG_PER_M, 0.0, {}),
    (-5, 0.5, 0.5, {"note": "negative ids exist in unsaved edits"}),
]
WAYS = [(10, [1, 4, 2], {"highway": "residential"}), (11, [3, 2], {"highway": "residential"})]
ROUTE_MEMBERS = [
    ("node", 1, "stop"),
    ("node", 2, "stop"),
    ("node", 3, "stop_exit_only"),
    ("way", 10, ""),
    ("way", 11, ""),
]
RELATIONS = [
    (
        100,
        ROUTE_MEMBERS,
        {"type": "route", "route": "bus", "ref": "7", "public_transport:version": "2", "interval": "00:20"},
    ),
    (
        101,
        [("node", 3, "stop"), ("node", 1, "stop")],
        {"type": "route", "route": "tram", "public_transport:version": "1"},
    ),
    (102, [("way", 10, "outer")], {"type": "multipolygon"}),
    (103, [("node", 1, "stop"), ("node", 2, "stop")], {"type": "route", "route": "hiking"}),
]


def write_osm_xml(path):
    lines = ["<?xml version='1.0' encoding='UTF-8'?>", "<osm version='0.6'>"]
    for node_id, lon, lat, tags in NODES:
        lines.append(f"<node id='{node_id}' lat='{lat!r}' lon='{lon!r}'>")
        lines += [f"<tag k='{k}' v='{v}'/>" for k, v in tags.items()]
        lines.append("</node>")
    for way_id, refs, tags in WAYS:
        lines.append(f"<way id='{way_id}'>" + "".join(f"<nd ref='{r}'/>" for r in refs))
        lines += [f"<tag k='{k}' v='{v}'/>" for k, v in tags.items()] + ["</way>"]
    for relation_id, members, tags in RELATIONS:
        lines.append(f"<relation id='{relation_id}'>")
        lines += [f"<member type='{t}' ref='{r}' role='{role}'/>" for t, r, role in members]
        lines += [f"<tag k='{k}' v='{v}'/>" for k, v in tags.items()] + ["</relation>"]
    lines.append("</osm>")
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("compress, dense", [(True, True), (False, True), (True, False)])
def test_pbf_reader_decodes_members_in_order(tmp_path, compress, dense):
    path = tmp_path / "small.osm.pbf"
    write_pbf(path, NODES, WAYS, RELATIONS, compress, dense)
    selection = pbf.read_relations(str(path), osm_routes.is_transit_route)
    assert [(r.id, r.members) for r in selection.relations] == [(100, ROUTE_MEMBERS), (101, RELATIONS[1][1])]
    assert selection.relations[0].tags["interval"] == "00:20"
    assert selection.ways == {10: [1, 4, 2], 11: [3, 2]}
    assert set(selection.nodes) == {1, 2, 3, 4}
    for node_id, lon, lat, tags in NODES[:4]:
        got_lon, got_lat, got_tags = selection.nodes[node_id]
        assert got_lon == pytest.approx(lon, abs=1e-7) and got_lat == pytest.approx(lat, abs=1e-7)
        assert got_tags == tags


def test_coordinate_offsets_are_plain_int64():
    """PrimitiveBlock.lat_offset / lon_offset are int64 (two's complement), not zigzag sint64."""
    block = field(17, 100) + field(19, (1 << 64) - 5_000_000_000) + field(20, 7_000_000_000)
    _strings, _groups, scaling = pbf._block_parts(block)
    assert scaling == (100, -5_000_000_000, 7_000_000_000)


def test_xml_and_pbf_give_the_same_routes(tmp_path):
    pbf_path = tmp_path / "small.osm.pbf"
    write_pbf(pbf_path, NODES, WAYS, RELATIONS)
    from_pbf = osm_routes.read_osm_routes(str(pbf_path))
    from_xml = osm_routes.read_osm_routes(write_osm_xml(tmp_path / "small.osm"))
    assert [(r.label, r.stops, r.names, r.both_ways) for r in from_pbf] == [
        ("bus 7", ["node/1", "node/2", "node/3"], ["West", "Corner", "North"], False),
        ("tram 101", ["node/3", "node/1"], ["North", "West"], True),
    ]
    assert [(r.label, r.stops) for r in from_xml] == [(r.label, r.stops) for r in from_pbf]
    for a, b in zip(from_pbf, from_xml):
        assert a.hop_metres == pytest.approx(b.hop_metres, abs=0.05)


def test_estimated_times_follow_the_ways_headway_and_speed(tmp_path):
    bus, tram = osm_routes.read_osm_routes(write_osm_xml(tmp_path / "small.osm"))
    # Along the L: 1000 m then 500 m (the second way is drawn backwards); the tram has no ways: straight line.
    assert bus.hop_metres == pytest.approx([1000, 500], abs=0.5)
    assert tram.hop_metres == pytest.approx([math.hypot(1000, 500)], abs=0.5)
    assert bus.interval_s == 1200 and tram.interval_s is None
    timetable = osm_routes.estimated_timetable([bus, tram], 8 * 3600, 9 * 3600, headway_min=10, speed_kmh=18)
    assert timetable.estimated and "ESTIMATES" in timetable.warnings[0]
    stop = {stop_id: i for i, stop_id in enumerate(timetable.stop_ids)}
    west, corner, north = stop["osm:node/1"], stop["osm:node/2"], stop["osm:node/3"]
    rows = list(
        zip(
            timetable.dep_stop.tolist(),
            timetable.arr_stop.tolist(),
            timetable.dep_time.tolist(),
            timetable.arr_time.tolist(),
        )
    )
    # Bus every 20 min (its interval tag), first run half a headway after midnight: 08:10, 08:30, 08:50;
    # 1000 m at 5 m/s = 200 s. The 07:50 run reaches the corner at 07:53:20, before the window: dropped.
    bus_rows = [row for row in rows if row[0] == west and row[1] == corner]
    assert [row[2] for row in bus_rows] == [29400, 30600, 31800]
    assert all(row[3] - row[2] == 200 for row in bus_rows)
    assert [row[2] for row in rows if row[0] == corner and row[1] == north] == [29600, 30800, 32000]
    # The PTv1 tram runs both ways every 10 min from 00:05.
    tram_seconds = round(math.hypot(1000, 500) / 5)
    north_west = [row[2] for row in rows if row[0] == north and row[1] == west]
    west_north = [row[2] for row in rows if row[0] == west and row[1] == north]
    assert north_west == west_north == [28800 + 300 + 600 * k for k in range(6)]
    assert all(row[3] - row[2] == tram_seconds for row in rows if {row[0], row[1]} == {north, west})


def test_broken_files_are_named(tmp_path):
    bad = tmp_path / "bad.osm.pbf"
    bad.write_bytes(b"\x00\x00\x00\x05hello")
    with pytest.raises(FoodAccessError, match="bad.osm.pbf"):
        pbf.read_relations(str(bad), osm_routes.is_transit_route)
    bad_xml = tmp_path / "bad.osm"
    bad_xml.write_text("<osm><node id='1'")
    with pytest.raises(FoodAccessError, match="Cannot read the OSM XML file"):
        pbf.read_relations(str(bad_xml), osm_routes.is_transit_route)
    with pytest.raises(FoodAccessError, match="Cannot open"):
        pbf.read_relations(str(tmp_path / "absent.osm.pbf"), osm_routes.is_transit_route)


def gdal_features(path, layer_name, read):
    """[read(feature)] for the features of an OGR layer; the dataset is closed before returning."""
    dataset = ogr.Open(path)
    try:
        return [read(feature) for feature in dataset.GetLayerByName(layer_name)]
    finally:
        dataset = None


def test_monaco_routes_agree_with_gdal(monaco_pbf):
    selection = pbf.read_relations(monaco_pbf, osm_routes.is_transit_route)

    # GDAL files route relations in its multilinestrings layer, built from their member ways.
    def route_vertices(feature):
        geometry = feature.GetGeometryRef()
        vertices = {
            (round(x, 7), round(y, 7))
            for i in range(geometry.GetGeometryCount())
            for x, y, *_ in geometry.GetGeometryRef(i).GetPoints()
        }
        return int(feature.GetField("osm_id")), feature.GetField("other_tags") or "", vertices

    gdal_routes = {
        osm_id: vertices
        for osm_id, other, vertices in gdal_features(monaco_pbf, "multilinestrings", route_vertices)
        if any(f'"route"=>"{mode}"' in other for mode in osm_routes.ROUTE_MODES)
    }
    # GDAL leaves out the relations none of whose ways are in the extract.
    with_ways = [
        r for r in selection.relations if any(kind == "way" and ref in selection.ways for kind, ref, _ in r.members)
    ]
    assert len(selection.relations) > len(with_ways) == len(gdal_routes) >= 50
    for relation in with_ways:
        gdal_vertices = gdal_routes[relation.id]
        ours = {
            (round(selection.nodes[node][0], 7), round(selection.nodes[node][1], 7))
            for kind, ref, _ in relation.members
            if kind == "way" and ref in selection.ways
            for node in selection.ways[ref]
            if node in selection.nodes
        }
        assert ours == gdal_vertices, relation.id
    # Stop nodes: positions and names as GDAL's points layer has them.
    points = dict(
        gdal_features(
            monaco_pbf,
            "points",
            lambda f: (
                int(f.GetField("osm_id")),
                (f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY(), f.GetField("name")),
            ),
        )
    )
    stop_nodes = {
        ref
        for r in selection.relations
        for kind, ref, role in r.members
        if kind == "node" and role in osm_routes.STOP_ROLES
    }
    checked = 0
    for node in stop_nodes & set(points):
        lon, lat, tags = selection.nodes[node]
        assert (lon, lat) == pytest.approx(points[node][:2], abs=1e-7)
        assert tags.get("name") == points[node][2]
        checked += 1
    assert checked > 90


def test_monaco_estimated_timetable(monaco_pbf):
    routes = osm_routes.read_osm_routes(monaco_pbf)
    assert len(routes) >= 40
    bus_1 = next(route for route in routes if route.label == "bus 1" and route.names[0] == "Monaco Ville (le Rocher)")
    straight = haversine_m(bus_1.points[:-1, 0], bus_1.points[:-1, 1], bus_1.points[1:, 0], bus_1.points[1:, 1])
    # Along the streets, never shorter than the straight line, and not absurdly longer.
    assert (bus_1.hop_metres >= straight - 1e-6).all()
    assert 1.0 < bus_1.hop_metres.sum() / straight.sum() < 2.0
    timetable = osm_routes.estimated_timetable(routes, 12 * 3600, 13 * 3600, 15, 18)
    assert timetable.estimated and timetable.connection_count > 500
    assert (timetable.arr_time > timetable.dep_time).all()
    assert np.isfinite(timetable.stop_lon).all()
