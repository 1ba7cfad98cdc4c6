"""Geometries as ISO WKB (little endian) straight from coordinate arrays: the service areas'
lines and polygons, without building OGR geometries point by point."""

import struct
from itertools import islice

import numpy as np

MULTILINESTRING, LINESTRING, MULTIPOLYGON, POLYGON = 5, 2, 6, 3


def multilinestring_wkb(coords, counts):
    """One MultiLineString of the lines of ``counts`` points each, one after the other in
    ``coords`` (m, 2)."""
    data, ends = _point_bytes(coords, counts)
    chunks = [struct.pack("<BII", 1, MULTILINESTRING, len(ends))]
    start = 0
    for end, count in zip(ends, np.asarray(counts).tolist()):
        chunks += (struct.pack("<BII", 1, LINESTRING, count), data[start:end])
        start = end
    return b"".join(chunks)


def multipolygon_wkb(coords, points, ring_group):
    """One MultiPolygon of closed rings of ``points`` points each, one after the other in ``coords``
    (m, 2); consecutive rings of one group form one polygon, its shell first."""
    data, ends = _point_bytes(coords, points)
    polygon_start = np.flatnonzero(np.r_[True, ring_group[1:] != ring_group[:-1]])
    polygon_rings = np.diff(np.r_[polygon_start, len(ring_group)]).tolist()
    chunks = [struct.pack("<BII", 1, MULTIPOLYGON, len(polygon_rings))]
    ring_ends, start = iter(ends), 0
    for rings in polygon_rings:
        chunks.append(struct.pack("<BII", 1, POLYGON, rings))
        for end in islice(ring_ends, rings):
            chunks += (struct.pack("<I", (end - start) // 16), data[start:end])
            start = end
    return b"".join(chunks)


def _point_bytes(coords, counts):
    """The coordinates as little-endian float64 bytes, and where each run of ``counts`` points ends."""
    data = memoryview(np.ascontiguousarray(coords, dtype="<f8").reshape(-1).view(np.uint8))
    return data, (16 * np.cumsum(counts)).tolist()
