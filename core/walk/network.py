"""The walkable street network: which ways a pedestrian may use, the graph built
from them, snapping points onto it, and its disk cache.

Everything here works in a local metric CRS (metres). ``LocalProjection``
gives one for any area: a transverse Mercator centred on the data with scale
factor 1, whose scale error stays below 0.01 % within 90 km of the centre, far
better than a UTM zone edge (0.1 %) or Web Mercator (tens of %).

Walkable ways (``is_walkable``) follow the OSRM foot profile
(github.com/Project-OSRM/osrm-backend, profiles/foot.lua): the highway types
it routes pedestrians on, access=no/private/agricultural/forestry excluded,
foot=yes/designated/permissive admitting any highway (a trunk or a cycleway
with a sidewalk tag), foot=no excluding. One-way is ignored (pedestrians walk
both ways). A line layer without a ``highway`` field (IGN BD TOPO, a
municipal street layer) is taken as walkable as a whole: filter it first.

The graph: ways are split at every vertex shared with another way (or
repeated in the same way), so crossings inside ways connect; zero-length
pieces are dropped; each edge keeps its vertices for snapping and service
areas. Parallel edges are kept (each has its own geometry); routing uses the
shortest of them.
"""

import hashlib
import os
import zipfile

import numpy as np

from ..errors import DataFileError, InputError
from ..kept import Kept
from ..osm.tags import feature_tags
from ..progress import SILENT

# OSRM foot profile (profiles/foot.lua): highway types routed for pedestrians.
WALKABLE_HIGHWAYS = frozenset(
    {
        "primary",
        "primary_link",
        "secondary",
        "secondary_link",
        "tertiary",
        "tertiary_link",
        "unclassified",
        "residential",
        "road",
        "living_street",
        "service",
        "track",
        "path",
        "steps",
        "pedestrian",
        "footway",
        "pier",
        "platform",
    }
)
# Highways that are not (yet, or any more) built: never walkable, whatever foot=* says.
NOT_BUILT_HIGHWAYS = frozenset({"proposed", "construction", "abandoned", "disused", "razed"})
ACCESS_DENIED = frozenset({"no", "private", "agricultural", "forestry"})
FOOT_ALLOWED = frozenset({"yes", "designated", "permissive"})

# Bump when the rules or the graph layout change, so cached graphs are rebuilt.
NETWORK_FORMAT = 1
# Vertices closer than this (metres) are the same graph node.
NODE_PRECISION = 0.001


def is_walkable(tags):
    """Whether a pedestrian may use an OSM way with these tags (see the module docstring)."""
    highway = tags.get("highway")
    if not highway or highway in NOT_BUILT_HIGHWAYS:
        return False
    foot = tags.get("foot")
    if foot in FOOT_ALLOWED:
        return True
    if foot in ACCESS_DENIED or tags.get("access") in ACCESS_DENIED:
        return False
    return highway in WALKABLE_HIGHWAYS


# Fields a line layer may carry the walking tags in (GDAL's OSM driver: highway; QuickOSM: all three);
# the others come from GDAL's other_tags.
WALK_TAG_FIELDS = ("highway", "foot", "access")


def is_walkable_way(fields, other_tags):
    """``is_walkable`` for a way as GDAL gives it: tag ``fields`` (name to value) and its ``other_tags``.

    ``other_tags`` is parsed only when it holds one of the walking tags no field gives: most ways carry
    neither foot nor access, and parsing every way's tags was most of the time spent reading a network.
    """
    tags = {key: str(value) for key, value in fields.items() if value not in (None, "")}
    if other_tags and any(f'"{key}"=>' in other_tags for key in WALK_TAG_FIELDS if key not in tags):
        return is_walkable(feature_tags(fields, other_tags))
    return is_walkable(tags)


class LocalProjection:
    """A transverse Mercator centred on (lon0, lat0), scale 1: metres on the ground."""

    def __init__(self, lon0, lat0):
        self.lon0 = round(float(lon0), 4)
        self.lat0 = round(float(lat0), 4)
        self.proj4 = (
            f"+proj=tmerc +lat_0={self.lat0} +lon_0={self.lon0} +k=1 +x_0=0 +y_0=0 "
            "+ellps=WGS84 +towgs84=0,0,0 +units=m +no_defs"
        )

    @classmethod
    def around(cls, lonlat):
        """The projection centred on the middle of the bounding box of ``lonlat`` (n, 2)."""
        lonlat = np.asarray(lonlat, dtype=float)
        if not len(lonlat):
            raise InputError("The street network is empty: no walkable line was found.")
        low, high = lonlat.min(axis=0), lonlat.max(axis=0)
        return cls((low[0] + high[0]) / 2, (low[1] + high[1]) / 2)

    def _transform(self, forward):
        from osgeo import osr

        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        local = osr.SpatialReference()
        local.ImportFromProj4(self.proj4)
        local.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if forward:
            return osr.CoordinateTransformation(wgs84, local)
        return osr.CoordinateTransformation(local, wgs84)

    def forward(self, lonlat):
        """(n, 2) lon/lat -> (n, 2) metres."""
        return self._apply(self._transform(True), lonlat)

    def inverse(self, xy):
        """(n, 2) metres -> (n, 2) lon/lat."""
        return self._apply(self._transform(False), xy)

    @staticmethod
    def _apply(transformation, points):
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        if not len(points):
            return points.copy()
        return np.array(transformation.TransformPoints(points), dtype=float)[:, :2]


def read_osm_lines(path, progress=SILENT):
    """Walkable ways of an OSM file (.pbf/.osm) through GDAL's ``lines`` layer:
    a list of (n, 2) lon/lat arrays. A file GDAL stops reading half-way (truncated, corrupt) is an error,
    not a smaller network."""
    from ..osm.gdal_errors import GdalErrors, incomplete_osm_file

    # GDAL's fast node index needs node ids in increasing order (extracts from Geofabrik or osmium);
    # files saved by an editor (JOSM, negative ids) are read again with the slower one.
    for custom_indexing in (True, False):
        dataset = _open_osm_file(path, custom_indexing)
        try:
            with GdalErrors() as errors:
                lines = _walkable_lines(dataset, path, progress)
        finally:
            dataset = None  # closes the file and the driver's temporary node index
        if not errors.messages:
            return lines
        if not (custom_indexing and errors.unsorted_node_ids):
            break
    raise incomplete_osm_file(path, errors.messages[0])


def _open_osm_file(path, custom_indexing):
    from osgeo import gdal

    # GDAL's exception mode is process-wide (other plugins rely on theirs): leave it as it is
    # and handle both ways a failure shows, a None or a RuntimeError.
    gdal.ErrorReset()
    options = [] if custom_indexing else ["USE_CUSTOM_INDEXING=NO"]
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=options)
        reason = gdal.GetLastErrorMsg()
    except RuntimeError as error:  # GDAL 3.9 and later, or another plugin, may have turned exceptions on
        dataset, reason = None, str(error)
    if dataset is None:
        raise DataFileError(
            "Cannot read the OSM file {path}: GDAL cannot open it ({reason}). Is it an .osm or .osm.pbf extract?",
            path=path,
            reason=reason.strip().rstrip(".") or "no reason given",
        )
    return dataset


def _walkable_lines(dataset, path, progress):
    layer = dataset.GetLayerByName("lines")
    if layer is None:
        raise DataFileError("{path} is not an OSM file GDAL can read (no 'lines' layer).", path=path)
    total = max(layer.GetFeatureCount(), 1)
    lines = []
    for done, feature in enumerate(layer):
        if done % 2000 == 0:
            progress.step(done, total)
        if not is_walkable_way({"highway": feature.GetField("highway")}, feature.GetField("other_tags")):
            continue
        geometry = feature.GetGeometryRef()
        if geometry is not None and geometry.GetPointCount() >= 2:
            lines.append(np.array(geometry.GetPoints(), dtype=float)[:, :2])
    return lines


def file_digest(path, extra=""):
    """SHA-256 of a file's content and of ``extra`` (the parameters): a cache key."""
    digest = hashlib.sha256(extra.encode())
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_state_digest(paths, extra=""):
    """SHA-256 of the name, size and modification time of each of ``paths`` that exists, and of ``extra``: a cache key
    for a file's content read without reading it (a file rewritten changes its time)."""
    digest = hashlib.sha256(extra.encode())
    for path in paths:
        if os.path.exists(path):
            state = os.stat(path)
            digest.update(f"|{os.path.abspath(path)}|{state.st_size}|{state.st_mtime_ns}".encode())
    return digest.hexdigest()


def lines_digest(lines, extra=""):
    """SHA-256 of line coordinates and of ``extra``: a cache key for a layer's content."""
    digest = hashlib.sha256(extra.encode())
    for line in lines:
        digest.update(np.ascontiguousarray(line, dtype=float).tobytes())
        digest.update(b"|")
    return digest.hexdigest()


class Network:
    """An undirected walking graph in metres.

    Nodes: ``node_xy`` (N, 2). Edges: ``edge_u``, ``edge_v``, ``edge_length``
    (metres) and their geometry, the vertices ``vertex_xy[edge_first[e]:edge_last[e] + 1]``
    (``vertex_offset`` is the distance of each vertex from the start of its way, so
    the distance of vertex j along edge e is ``vertex_offset[j] - vertex_offset[edge_first[e]]``).
    ``component`` labels each node's connected island, 0 being the largest.
    ``origin`` is the (lon, lat) centre of the ``LocalProjection`` the coordinates are in.
    """

    ARRAYS = (
        "node_xy",
        "edge_u",
        "edge_v",
        "edge_length",
        "vertex_xy",
        "vertex_offset",
        "edge_first",
        "edge_last",
        "component",
        "origin",
    )

    def __init__(self, **arrays):
        for name in self.ARRAYS:
            setattr(self, name, arrays[name])
        self.dropped_zero_length = int(arrays.get("dropped_zero_length", 0))
        self._snappers = {}

    @property
    def projection(self):
        return LocalProjection(*self.origin)

    @property
    def node_count(self):
        return len(self.node_xy)

    @property
    def edge_count(self):
        return len(self.edge_u)

    def islands(self):
        """Connected components: (count, share of the total length in the largest)."""
        count = int(self.component.max()) + 1 if len(self.component) else 0
        if not count:
            return 0, 0.0
        main = self.edge_length[self.component[self.edge_u] == 0].sum()
        return count, float(main / self.edge_length.sum())

    def save(self, path):
        temporary = path + ".part.npz"
        np.savez(
            temporary,
            dropped_zero_length=self.dropped_zero_length,
            **{name: getattr(self, name) for name in self.ARRAYS},
        )
        os.replace(temporary, path)

    @classmethod
    def load(cls, path):
        with np.load(path) as data:
            return cls(**{name: data[name] for name in data.files})

    def small_islands(self, min_island_nodes):
        """Number of parts with fewer than ``min_island_nodes`` nodes (the largest part excepted)."""
        sizes = np.bincount(self.component) if len(self.component) else np.zeros(1, np.int64)
        return int((sizes[1:] < min_island_nodes).sum())

    def snap(self, points, max_snap, min_island_nodes=0):
        """Tie points (n, 2 metres) to the nearest point of the nearest edge, skipping the parts of
        fewer than ``min_island_nodes`` nodes unless nothing else is within ``max_snap``; see
        ``core/walk/snap.py``."""
        from .snap import IslandAwareSnapper, Snapper, small_island_edges

        small = small_island_edges(self, min_island_nodes) if min_island_nodes > 0 else None
        key = int(min_island_nodes) if small is not None and small.any() else 0
        if key not in self._snappers:
            self._snappers[key] = IslandAwareSnapper(self, small) if key else Snapper(self)
        return self._snappers[key].snap(points, max_snap)


def build_network(lines, projection, progress=SILENT):
    """The walking graph of ``lines``, a list of (n, 2) arrays in metres in ``projection``."""
    lines = [np.asarray(line, dtype=float)[:, :2] for line in lines if len(line) >= 2]
    if not lines:
        raise InputError("The street network is empty: no walkable line was found.")
    progress.step(0, 4)
    xy = np.concatenate(lines)
    line_id = np.repeat(np.arange(len(lines)), [len(line) for line in lines])
    del lines  # (memory: one view per way)
    # Drop repeated consecutive vertices: zero-length segments.
    keep = np.ones(len(xy), dtype=bool)
    keep[1:] = ~((line_id[1:] == line_id[:-1]) & np.all(xy[1:] == xy[:-1], axis=1))
    xy, line_id = xy[keep], line_id[keep]
    is_first = np.ones(len(xy), dtype=bool)
    is_first[1:] = line_id[1:] != line_id[:-1]
    is_last = np.ones(len(xy), dtype=bool)
    is_last[:-1] = line_id[:-1] != line_id[1:]
    single = is_first & is_last  # a way reduced to one point: zero length
    dropped = int(single.sum())
    if dropped:
        xy, line_id, is_first, is_last = xy[~single], line_id[~single], is_first[~single], is_last[~single]
    if not len(xy):
        raise InputError("The street network has only zero-length lines.")
    progress.step(1, 4)

    # Same coordinates (to the millimetre) = same point; a point used twice is a node.
    point_id, point_uses = _point_ids(xy)
    is_node = is_first | is_last | (point_uses[point_id] > 1)
    progress.step(2, 4)

    segment_length = np.hypot(*(xy[1:] - xy[:-1]).T)
    segment_length[is_last[:-1]] = 0.0
    vertex_offset = np.zeros(len(xy))
    vertex_offset[1:] = np.cumsum(segment_length)
    vertex_offset -= np.maximum.accumulate(np.where(is_first, vertex_offset, 0.0))

    edge_first = np.flatnonzero(is_node & ~is_last)
    node_positions = np.flatnonzero(is_node)
    edge_last = node_positions[np.searchsorted(node_positions, edge_first, side="right")]
    edge_length = vertex_offset[edge_last] - vertex_offset[edge_first]
    nonzero = edge_length > 0
    dropped += int((~nonzero).sum())
    edge_first, edge_last, edge_length = edge_first[nonzero], edge_last[nonzero], edge_length[nonzero]
    if not len(edge_first):
        raise InputError("The street network has only zero-length lines.")

    used_points, node_of = np.unique(np.concatenate([point_id[edge_first], point_id[edge_last]]), return_inverse=True)
    node_xy = _node_coordinates(xy, point_id, used_points)
    edge_u, edge_v = node_of[: len(edge_first)], node_of[len(edge_first) :]
    progress.step(3, 4)

    component = _components(len(node_xy), edge_u, edge_v)
    progress.step(4, 4)
    return Network(
        node_xy=node_xy,
        edge_u=edge_u.astype(np.int64),
        edge_v=edge_v.astype(np.int64),
        edge_length=edge_length,
        vertex_xy=xy,
        vertex_offset=vertex_offset,
        edge_first=edge_first.astype(np.int64),
        edge_last=edge_last.astype(np.int64),
        component=component,
        origin=np.array([projection.lon0, projection.lat0]),
        dropped_zero_length=dropped,
    )


def _point_ids(xy):
    """(id of each vertex's point, uses of each point): vertices at the same coordinates to
    NODE_PRECISION share an id, ids in the order of (x, y). Each point is one number when the
    rounded coordinates' ranges allow it (always but for a continent): np.unique of numbers is
    faster and lighter than of rows, with the same ids."""
    keys = xy / NODE_PRECISION
    np.round(keys, out=keys)
    keys = keys.astype(np.int64)
    low = keys.min(axis=0)
    span = (keys.max(axis=0) - low + 1).tolist()
    if span[0] * span[1] >= 2**62:
        _, point_id, uses = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
        return point_id.ravel(), uses
    keys -= low
    flat = keys[:, 0] * span[1] + keys[:, 1]
    del keys
    _, point_id, uses = np.unique(flat, return_inverse=True, return_counts=True)
    return point_id, uses


def _node_coordinates(xy, point_id, points):
    """Coordinates of each point id in ``points`` (first vertex carrying it)."""
    first_vertex = np.full(point_id.max() + 1, -1, dtype=np.int64)
    first_vertex[point_id[::-1]] = np.arange(len(point_id))[::-1]
    return xy[first_vertex[points]]


def _components(node_count, edge_u, edge_v):
    """Connected component of each node, renumbered by decreasing size (0 = largest; equal sizes in
    the order of their lowest node)."""
    try:
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components
    except ImportError:
        labels = _component_labels(node_count, edge_u, edge_v)
    else:
        matrix = coo_matrix((np.ones(len(edge_u)), (edge_u, edge_v)), shape=(node_count, node_count))
        _, labels = connected_components(matrix, directed=False)
    sizes = np.bincount(labels)
    rank = np.empty_like(sizes)
    rank[np.argsort(-sizes, kind="stable")] = np.arange(len(sizes))
    return rank[labels]


def _component_labels(node_count, edge_u, edge_v):
    """Components without scipy, numbered in the order of their lowest node as csgraph numbers them:
    union-find in numpy, each step hooking every edge's two roots onto the lower one, then
    jumping pointers until every node points at its root."""
    parent = np.arange(node_count)
    while True:
        root_u, root_v = parent[edge_u], parent[edge_v]
        apart = root_u != root_v
        if not apart.any():
            break
        low = np.minimum(root_u[apart], root_v[apart])
        np.minimum.at(parent, root_u[apart], low)
        np.minimum.at(parent, root_v[apart], low)
        while True:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
    return np.unique(parent, return_inverse=True)[1].reshape(-1)


def cached_network(cache_dir, key, build, progress=SILENT):
    """The network stored under ``key`` in ``cache_dir``, or ``build(progress)`` saved there."""
    path = os.path.join(cache_dir, f"walk-{NETWORK_FORMAT}-{key}.npz") if cache_dir else None
    if path and os.path.exists(path):
        try:
            return Network.load(path), True
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
            pass  # a damaged cache file: rebuild it
    network = build(progress)
    if path:
        os.makedirs(cache_dir, exist_ok=True)
        network.save(path)
    return network, False


class RecentNetworks(Kept):
    """The networks used last, by cache key: a rerun on the same streets (a desktop session, a model's steps) neither
    reads nor loads them again, and keeps their snapping indexes. Every run shares them, so their arrays are made
    read-only."""

    def keep(self, key, network):
        for name in Network.ARRAYS:
            getattr(network, name).flags.writeable = False
        super().keep(key, network)


def network_from_osm_file(path, cache_dir=None, progress=SILENT):
    """(network, from_cache) for an OSM file, cached by the file's content."""

    def build(progress):
        lonlat_lines = read_osm_lines(path, progress.sub(0.0, 0.6))
        if not lonlat_lines:
            raise DataFileError("No walkable way in {path}: is it an OSM extract with streets?", path=path)
        projection = LocalProjection.around(np.concatenate(lonlat_lines))
        sizes = np.cumsum([len(line) for line in lonlat_lines])[:-1]
        projected = np.split(projection.forward(np.concatenate(lonlat_lines)), sizes)
        return build_network(projected, projection, progress.sub(0.6, 1.0))

    return cached_network(cache_dir, file_digest(path, "osm-file"), build, progress)
