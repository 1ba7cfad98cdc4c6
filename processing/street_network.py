"""The street network of the walking modes, read from the algorithm's NETWORK (a line layer,
read here) or OSM_FILE (read by core), through the disk cache, with what the log says about it.

A network from a file (OSM_FILE, or a NETWORK layer that is a plain file with no unsaved edit) is found again by the
file's state (path, size, modification time) before anything is read: in memory (the last one used: a rerun, a model's
next step) or in the disk cache. Other layers (databases, memory layers, selections) are read, and their network found
in the disk cache by the content read.
"""

import math
import os

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core.errors import InputError
from ..core.walk.network import (
    NETWORK_FORMAT,
    WALK_TAG_FIELDS,
    LocalProjection,
    RecentNetworks,
    build_network,
    cached_network,
    file_state_digest,
    is_walkable_way,
    lines_digest,
    network_from_osm_file,
)
from ..core.walk.routing import WalkRouter
from ..i18n import plural, tr
from ..paths import cache_directory
from .point_input import check_source

WGS84 = "EPSG:4326"

# The network used last, for the next run on the same file.
RECENT_NETWORKS = RecentNetworks(size=1)
# A shapefile's parts beside its .shp, which hold its attributes, index and CRS.
_SHAPEFILE_PARTS = (".dbf", ".shx", ".prj", ".cpg")


def load_walk_network(algorithm, run, progress):
    """(WalkRouter, local CRS) from NETWORK or OSM_FILE of ``run`` (an AccessRun), through the disk cache."""
    parameters, context, feedback = run.parameters, run.context, run.feedback
    source = algorithm.parameterAsSource(parameters, "NETWORK", context)
    osm_file = algorithm.parameterAsFile(parameters, "OSM_FILE", context)
    if source is not None and osm_file:
        raise InputError("Give either a street network layer (NETWORK) or an OSM file (OSM_FILE), not both.")
    if source is None and not osm_file:
        raise InputError(
            "Walking needs a street network: give a line layer (NETWORK) or an OSM file (OSM_FILE), "
            "or choose the straight-line distance."
        )
    cache_dir = cache_directory("networks")
    if osm_file:
        if not os.path.isfile(osm_file):
            raise InputError("The OSM file {path} does not exist.", path=osm_file)
        key = file_state_digest([osm_file], f"osm-file:{NETWORK_FORMAT}")
        network, from_cache = _recent_or(key, lambda: network_from_osm_file(osm_file, cache_dir, progress), progress)
    else:
        check_source(source, "NETWORK", tr("street network"))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.LineGeometry:
            raise InputError(
                "The street network layer (NETWORK) holds {kind} geometries, not lines: give the streets as a line "
                "layer (the 'lines' layer of an OSM file, IGN BD TOPO roads), or an OSM file as OSM_FILE.",
                kind=QgsWkbTypes.displayString(source.wkbType()),
            )
        key = _layer_file_key(algorithm, parameters, context)
        network, from_cache = _recent_or(
            key, lambda: _network_from_layer(source, context, feedback, cache_dir, progress, key), progress
        )
    islands, main_share = network.islands()
    feedback.pushInfo(
        tr(
            "Street network: {nodes} nodes, {edges} edges, {km:.1f} km{cached}; {islands} connected parts "
            "(the largest holds {share:.1f} % of the length); {dropped} zero-length pieces dropped."
        ).format(
            nodes=network.node_count,
            edges=network.edge_count,
            km=network.edge_length.sum() / 1000.0,
            cached=tr(" (from the cache)") if from_cache else "",
            islands=islands,
            share=100 * main_share,
            dropped=network.dropped_zero_length,
        )
    )
    if islands > 1:
        feedback.pushWarning(
            tr(
                "The network has {count} disconnected parts: points on a part without outlet get the status "
                "'no outlet reachable'."
            ).format(count=islands)
        )
    min_island_nodes = algorithm.parameterAsInt(parameters, "MIN_ISLAND_NODES", context)
    skipped = network.small_islands(min_island_nodes)
    if skipped:
        feedback.pushInfo(
            plural(
                skipped,
                tr(
                    "{count} part of fewer than {nodes} nodes is skipped when tying points to the network (used only "
                    "by points with no other street within the maximum distance to the network)."
                ),
                tr(
                    "{count} parts of fewer than {nodes} nodes are skipped when tying points to the network (used "
                    "only by points with no other street within the maximum distance to the network)."
                ),
            ).format(count=skipped, nodes=min_island_nodes)
        )
    return WalkRouter(network, min_island_nodes=min_island_nodes), local_crs(network.projection)


def _recent_or(key, load, progress):
    """(network, from_cache): the one kept in memory under ``key``, or ``load()``'s, then kept (``key`` None: not
    kept)."""
    network = RECENT_NETWORKS.get(key) if key else None
    if network is not None:
        progress.step(1, 1)
        return network, True
    network, from_cache = load()
    if key:
        RECENT_NETWORKS.keep(key, network)
    return network, from_cache


def _layer_file_key(algorithm, parameters, context):
    """A cache key for NETWORK from its file's state, without reading a feature: the file's path, size and modification
    time (and its companions'), the layer's source, filter and CRS. None when the layer is not a plain file as saved
    (a database or web layer, a memory layer, unsaved edits) or only part of it is used (selected features, a limit)."""
    definition = parameters.get("NETWORK")
    if isinstance(definition, QgsProcessingFeatureSourceDefinition) and (
        definition.selectedFeaturesOnly or definition.featureLimit >= 0 or getattr(definition, "filterExpression", "")
    ):
        return None
    layer = algorithm.parameterAsVectorLayer(parameters, "NETWORK", context)
    if layer is None or layer.providerType() != "ogr" or layer.isModified():
        return None
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
    if not os.path.isfile(path):
        return None
    # (a GeoPackage's pending writes are in its write-ahead log)
    stem = os.path.splitext(path)[0]
    companions = [path + "-wal"] + [stem + suffix for suffix in _SHAPEFILE_PARTS]
    extra = "|".join(("layer-file", str(NETWORK_FORMAT), layer.source(), layer.subsetString(), layer.crs().toWkt()))
    return file_state_digest([path] + companions, extra)


def local_crs(projection):
    return QgsCoordinateReferenceSystem.fromProj(projection.proj4)


def layer_extent(source):
    """The extent of ``source`` in its CRS. Some providers do not know it before reading (GDAL 3.10's OSM driver, the
    'lines' layer of an .osm.pbf in QGIS 3.40: NaN): then it is the union of the features' bounding boxes."""
    extent = source.sourceExtent()
    corners = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    if not extent.isNull() and all(math.isfinite(value) for value in corners):
        return extent
    boxes = [
        feature.geometry().boundingBox()
        for feature in source.getFeatures(QgsFeatureRequest().setNoAttributes())
        if feature.hasGeometry()
    ]
    if not boxes:
        return extent
    return QgsRectangle(
        min(box.xMinimum() for box in boxes),
        min(box.yMinimum() for box in boxes),
        max(box.xMaximum() for box in boxes),
        max(box.yMaximum() for box in boxes),
    )


def _network_from_layer(source, context, feedback, cache_dir, progress, file_key=None):
    """(network, from_cache) of a line layer: found in the disk cache under ``file_key`` (the file's state) when given,
    before reading; else read, and found there by the content read."""
    if file_key:

        def read_and_build(sub):
            lines, projection = _read_lines(source, context, feedback, sub.sub(0.0, 0.5))
            return build_network(lines, projection, sub.sub(0.5, 1.0))

        return cached_network(cache_dir, file_key, read_and_build, progress)
    lines, projection = _read_lines(source, context, feedback, progress.sub(0.0, 0.5))
    key = lines_digest(lines, f"layer:{NETWORK_FORMAT}:{projection.proj4}")
    return cached_network(cache_dir, key, lambda sub: build_network(lines, projection, sub), progress.sub(0.5, 1.0))


def _read_lines(source, context, feedback, progress):
    """(walkable lines as (n, 2) arrays in metres, their LocalProjection) of a line layer, with what the log says."""
    crs = source.sourceCrs()
    extent = QgsCoordinateTransform(
        crs, QgsCoordinateReferenceSystem(WGS84), context.transformContext()
    ).transformBoundingBox(layer_extent(source))
    projection = LocalProjection(extent.center().x(), extent.center().y())
    fields = source.fields()
    osm_like = fields.indexOf("highway") >= 0
    request = QgsFeatureRequest().setDestinationCrs(local_crs(projection), context.transformContext())
    # Only the walking tags are read: (name, index) of the tag fields the layer has, and of other_tags.
    tag_fields = [(name, fields.indexOf(name)) for name in WALK_TAG_FIELDS if fields.indexOf(name) >= 0]
    other_tags = fields.indexOf("other_tags")
    request.setSubsetOfAttributes([index for _, index in tag_fields] + ([other_tags] if other_tags >= 0 else []))
    if not osm_like:
        feedback.pushInfo(tr("The network layer has no 'highway' field: every line is taken as walkable."))
    total = max(source.featureCount(), 1)
    lines, skipped, unwalkable = [], 0, 0
    for done, feature in enumerate(source.getFeatures(request)):
        if done % 1000 == 0:
            progress.step(done, total)
        if osm_like:
            tags = {name: _text(feature.attribute(index)) for name, index in tag_fields}
            if not is_walkable_way(tags, _text(feature.attribute(other_tags)) if other_tags >= 0 else None):
                unwalkable += 1
                continue
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            skipped += 1
            continue
        lines.extend(part for part in _line_parts(geometry) if len(part) >= 2)
    if skipped:
        feedback.pushWarning(
            plural(
                skipped,
                tr("{count} network feature without geometry was skipped."),
                tr("{count} network features without geometry were skipped."),
            ).format(count=skipped)
        )
    if osm_like:
        feedback.pushInfo(
            plural(
                unwalkable,
                tr("{count} line is not walkable (highway type, access or foot tags) and was left out."),
                tr("{count} lines are not walkable (highway type, access or foot tags) and were left out."),
            ).format(count=unwalkable)
        )
    if not lines:
        raise InputError("The street network layer has no walkable line.")
    return lines, projection


# The WKB of a 2D LineString, little-endian: byte order 1, type 2; then the vertex count and x y doubles.
_LINESTRING_WKB = b"\x01\x02\x00\x00\x00"


def _line_parts(geometry):
    """The vertex arrays of a line geometry's parts: a plain 2D LineString (most network features) straight
    from its WKB, anything else (multi, Z, M) through QGIS's polylines."""
    wkb = bytes(geometry.asWkb())
    if wkb[:5] == _LINESTRING_WKB:
        return [np.frombuffer(wkb, dtype="<f8", offset=9).reshape(-1, 2)]
    parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
    return [np.array([(point.x(), point.y()) for point in part], dtype=float) for part in parts]


def _text(value):
    return value if isinstance(value, str) else None
