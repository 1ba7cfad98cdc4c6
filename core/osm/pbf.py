"""A small pure-Python reader of OpenStreetMap files (.osm.pbf and .osm XML) for
what GDAL's OSM driver does not give: relation members with their roles, in
order (public transport routes).

PBF (wiki.openstreetmap.org/wiki/PBF_Format) is a sequence of zlib-compressed
protocol buffer blocks; this module decodes the few messages it needs with a
minimal protobuf decoder and numpy (packed arrays), so it runs in any QGIS
Python without extra packages. ``read_relations`` reads the file three
times, keeping only what the chosen relations need: the relations, then
their member ways, then the nodes of both, so memory stays small on large
extracts.
"""

import struct
import xml.etree.ElementTree as ElementTree
import zlib
from dataclasses import dataclass, field

import numpy as np

from ..errors import DataFileError
from ..progress import SILENT

MEMBER_TYPES = ("node", "way", "relation")


@dataclass
class Relation:
    id: int
    tags: dict
    members: list  # [(type "node"/"way"/"relation", id, role)] in order


@dataclass
class OsmSelection:
    """Chosen relations, their member ways (node ids) and the positions and tags of their nodes."""

    relations: list = field(default_factory=list)
    ways: dict = field(default_factory=dict)  # way id -> [node ids]
    nodes: dict = field(default_factory=dict)  # node id -> (lon, lat, tags)


# --- protobuf decoding ------------------------------------------------------------------------


def _varint(data, position):
    result = shift = 0
    while True:
        byte = data[position]
        position += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, position
        shift += 7


def _fields(data):
    """(field number, wire type, value) of a message; value is an int or a memoryview."""
    position, end = 0, len(data)
    while position < end:
        key, position = _varint(data, position)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, position = _varint(data, position)
        elif wire == 2:
            length, position = _varint(data, position)
            value = data[position : position + length]
            position += length
        elif wire == 1:
            value = data[position : position + 8]
            position += 8
        elif wire == 5:
            value = data[position : position + 4]
            position += 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        yield number, wire, value


def packed_varints(data):
    """Unsigned values of a packed varint field, decoded with numpy."""
    raw = np.frombuffer(data, dtype=np.uint8)
    if raw.size == 0:
        return np.zeros(0, dtype=np.uint64)
    last = raw < 0x80
    ends = np.flatnonzero(last)
    starts = np.empty_like(ends)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    position = np.arange(raw.size) - np.repeat(starts, ends - starts + 1)
    parts = (raw & 0x7F).astype(np.uint64) << (7 * position).astype(np.uint64)
    return np.add.reduceat(parts, starts)


def _zigzag(values):
    values = values.astype(np.int64)
    return (values >> 1) ^ -(values & 1)


def _signed(value):
    return (value >> 1) ^ -(value & 1)


def _int64(value):
    """A plain (not zigzag) int64 field, which protobuf sends as a 64-bit two's-complement varint."""
    return value - (1 << 64) if value >= 1 << 63 else value


# --- PBF --------------------------------------------------------------------------------------


def _blocks(path):
    """Decompressed OSMData blocks of a .osm.pbf file."""
    try:
        stream = open(path, "rb")
    except OSError as error:
        raise DataFileError("Cannot open the OSM file {path}: {error}", path=path, error=error) from None
    with stream:
        while True:
            head = stream.read(4)
            if not head:
                return
            if len(head) < 4:
                raise DataFileError("{path} is truncated: the last block is incomplete.", path=path)
            (header_size,) = struct.unpack(">I", head)
            kind, size = "", 0
            for number, _, value in _fields(memoryview(stream.read(header_size))):
                if number == 1:
                    kind = bytes(value).decode()
                elif number == 3:
                    size = value
            blob = memoryview(stream.read(size))
            if len(blob) < size:
                raise DataFileError("{path} is truncated: the last block is incomplete.", path=path)
            if kind != "OSMData":
                continue
            yield _blob_data(blob, path)


def _blob_data(blob, path):
    for number, _, value in _fields(blob):
        if number == 1:
            return bytes(value)
        if number == 3:
            return zlib.decompress(value)
        if number in (4, 5, 6, 7):
            raise DataFileError(
                "{path} uses a compression other than zlib (LZMA, bzip2, LZ4 or Zstandard); "
                "convert it with osmium (osmium cat in.osm.pbf -o out.osm.pbf) first.",
                path=path,
            )
    return b""


def _block_parts(data):
    """String table and primitive groups of a PrimitiveBlock, plus its coordinate scaling."""
    strings, groups = [], []
    granularity, lat_offset, lon_offset = 100, 0, 0
    for number, _, value in _fields(memoryview(data)):
        if number == 1:
            strings = [bytes(s).decode("utf-8", "replace") for n, _, s in _fields(value) if n == 1]
        elif number == 2:
            groups.append(value)
        elif number == 17:
            granularity = value
        elif number == 19:  # int64 in the PBF format, not sint64
            lat_offset = _int64(value)
        elif number == 20:
            lon_offset = _int64(value)
    return strings, groups, (granularity, lat_offset, lon_offset)


def _group_items(groups, wanted):
    for group in groups:
        for number, _, value in _fields(group):
            if number == wanted:
                yield value


def _tags(keys, values, strings):
    return {strings[k]: strings[v] for k, v in zip(keys, values)}


def _pbf_relations(path, keep):
    relations = []
    for data in _blocks(path):
        strings, groups, _ = _block_parts(data)
        for message in _group_items(groups, 4):
            relation_id, keys, values, roles, member_ids, types = 0, [], [], [], [], []
            for number, _, value in _fields(message):
                if number == 1:
                    relation_id = value
                elif number == 2:
                    keys = packed_varints(value).tolist()
                elif number == 3:
                    values = packed_varints(value).tolist()
                elif number == 8:
                    roles = packed_varints(value).tolist()
                elif number == 9:
                    member_ids = np.cumsum(_zigzag(packed_varints(value))).tolist()
                elif number == 10:
                    types = packed_varints(value).tolist()
            tags = _tags(keys, values, strings)
            if keep(tags):
                members = [(MEMBER_TYPES[t], m, strings[r]) for t, m, r in zip(types, member_ids, roles)]
                relations.append(Relation(relation_id, tags, members))
    return relations


def _pbf_ways(path, way_ids):
    ways = {}
    for data in _blocks(path):
        _, groups, _ = _block_parts(data)
        for message in _group_items(groups, 3):
            fields = _fields(message)
            number, _, way_id = next(fields)
            if number != 1 or way_id not in way_ids:
                continue
            for number, _, value in fields:
                if number == 8:
                    ways[way_id] = np.cumsum(_zigzag(packed_varints(value))).tolist()
    return ways


def _pbf_nodes(path, node_ids):
    wanted = np.array(sorted(node_ids), dtype=np.int64)
    nodes = {}
    for data in _blocks(path):
        strings, groups, scaling = _block_parts(data)

        def position(lat, lon, scaling=scaling):
            granularity, lat_offset, lon_offset = scaling
            return (lon_offset + granularity * lon) * 1e-9, (lat_offset + granularity * lat) * 1e-9

        for group in groups:
            for number, _, value in _fields(group):
                if number == 2:
                    _dense_nodes(value, wanted, strings, position, nodes)
                elif number == 1:
                    node_id, keys, values, lat, lon = 0, [], [], 0, 0
                    for n, _, v in _fields(value):
                        if n == 1:
                            node_id = _signed(v)
                        elif n == 2:
                            keys = packed_varints(v).tolist()
                        elif n == 3:
                            values = packed_varints(v).tolist()
                        elif n == 8:
                            lat = _signed(v)
                        elif n == 9:
                            lon = _signed(v)
                    if node_id in node_ids:
                        nodes[node_id] = (*position(lat, lon), _tags(keys, values, strings))
    return nodes


def _dense_nodes(message, wanted, strings, position, nodes):
    ids = lats = lons = None
    keys_values = np.zeros(0, dtype=np.uint64)
    for number, _, value in _fields(message):
        if number == 1:
            ids = np.cumsum(_zigzag(packed_varints(value)))
        elif number == 8:
            lats = np.cumsum(_zigzag(packed_varints(value)))
        elif number == 9:
            lons = np.cumsum(_zigzag(packed_varints(value)))
        elif number == 10:
            keys_values = packed_varints(value).astype(np.int64)
    if ids is None or len(ids) == 0:
        return
    found = np.flatnonzero(np.isin(ids, wanted))
    if len(found) == 0:
        return
    # keys_vals: k, v, k, v, ..., 0 for each node in turn (empty when no node has tags).
    ends = np.flatnonzero(keys_values == 0) if len(keys_values) else None
    for index in found:
        tags = {}
        if ends is not None:
            start = ends[index - 1] + 1 if index else 0
            pairs = keys_values[start : ends[index]]
            tags = {strings[k]: strings[v] for k, v in zip(pairs[::2], pairs[1::2])}
        nodes[int(ids[index])] = (*position(int(lats[index]), int(lons[index])), tags)


# --- XML --------------------------------------------------------------------------------------


def _xml_selection(path, keep):
    nodes, ways, relations = {}, {}, []
    try:
        for _, element in ElementTree.iterparse(path):
            if element.tag == "node":
                tags = {tag.get("k"): tag.get("v") for tag in element.iter("tag")}
                nodes[int(element.get("id"))] = (float(element.get("lon")), float(element.get("lat")), tags)
                element.clear()
            elif element.tag == "way":
                ways[int(element.get("id"))] = [int(nd.get("ref")) for nd in element.iter("nd")]
                element.clear()
            elif element.tag == "relation":
                tags = {tag.get("k"): tag.get("v") for tag in element.iter("tag")}
                if keep(tags):
                    members = [
                        (member.get("type"), int(member.get("ref")), member.get("role") or "")
                        for member in element.iter("member")
                    ]
                    relations.append(Relation(int(element.get("id")), tags, members))
                element.clear()
    except (ElementTree.ParseError, OSError, ValueError, TypeError) as error:
        raise DataFileError("Cannot read the OSM XML file {path}: {error}", path=path, error=error) from None
    return relations, ways, nodes


def read_relations(path, keep, progress=SILENT):
    """The relations of an .osm.pbf or .osm file whose tags pass ``keep(tags)``,
    with their member ways and the nodes of those ways and of the relations."""
    if path.lower().endswith((".osm", ".xml")):
        relations, all_ways, all_nodes = _xml_selection(path, keep)
        progress.step(1, 3)
    else:
        try:
            relations = _pbf_relations(path, keep)
        except (ValueError, IndexError, zlib.error, UnicodeDecodeError) as error:
            raise DataFileError("{path} is not a valid OSM PBF file ({error}).", path=path, error=error) from None
        all_ways = all_nodes = None
        progress.step(1, 3)
    selection = OsmSelection(relations=relations)
    if not relations:
        progress.step(3, 3)
        return selection
    way_ids = {ref for relation in relations for kind, ref, _ in relation.members if kind == "way"}
    selection.ways = (
        {way: all_ways[way] for way in way_ids if way in all_ways} if all_ways is not None else _pbf_ways(path, way_ids)
    )
    progress.step(2, 3)
    node_ids = {ref for relation in relations for kind, ref, _ in relation.members if kind == "node"}
    node_ids.update(node for refs in selection.ways.values() for node in refs)
    selection.nodes = (
        {node: all_nodes[node] for node in node_ids if node in all_nodes}
        if all_nodes is not None
        else _pbf_nodes(path, node_ids)
    )
    progress.step(3, 3)
    return selection
