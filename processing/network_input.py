"""What the accessibility algorithms share: the MODE / network / speed / snapping
parameters, reading the street network (a line layer or an OSM file) into the
cached core graph, and reading points (origins, outlets) in its local metric CRS.

Modes are indexed as in MODE_LABELS; walk + public transport (2) adds the
timetable parameters (``add_transit_parameters``) and reads the GTFS feeds, or
the OSM route relations, into a core Timetable (``load_transit``).
"""

import os

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameters,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QTime

from ..core.osm.tags import feature_tags
from ..core.transit.access import TransitSettings
from ..core.transit.gtfs import build_timetable, format_clock, read_feeds_cached, typical_date
from ..core.transit.osm_routes import estimated_timetable, read_osm_routes
from ..core.walk.network import (
    NETWORK_FORMAT,
    WALK_TAG_FIELDS,
    LocalProjection,
    build_network,
    cached_network,
    is_walkable,
    lines_digest,
    network_from_osm_file,
)
from ..core.walk.routing import WalkRouter, metres_per_minute
from ..i18n import tr
from ..paths import cache_directory

MODE_STRAIGHT = 0
MODE_WALK = 1
MODE_TRANSIT = 2
DEFAULT_WALK_SPEED = 4.8  # km/h: 1.33 m/s, OpenTripPlanner's default walkSpeed
DEFAULT_MAX_SNAP = 500.0
# Smallest part of the network points are tied to: R5's StreetLayer.MIN_SUBGRAPH_SIZE (40 vertices),
# OpenTripPlanner 1's PruneFloatingIslands (islands without stops under 40 vertices).
DEFAULT_MIN_ISLAND_NODES = 40
UNIT_METRES = 0
UNIT_MINUTES = 1
UNIT_NAMES = ("m", "min")
WGS84 = "EPSG:4326"


# Walk + public transport defaults (see README, "Public transport").
DEFAULT_DEPARTURE = QTime(10, 0)
DEFAULT_WINDOW_MIN = 60
DEFAULT_PERCENTILE = 80
DEFAULT_MAX_WALK_MIN = 30.0  # R5's ProfileRequest.maxWalkTime
DEFAULT_MAX_TRANSFERS = 2  # r5r's max_rides = 3
DEFAULT_HEADWAY_MIN = 15.0
DEFAULT_TRANSIT_SPEED = 18.0  # km/h, a typical urban bus, stops included
# Journeys are searched this long after the last departure of the window.
TRANSIT_HORIZON_S = 4 * 3600


def mode_labels():
    return [
        tr("Straight line (geodesic, USDA method)"),
        tr("Walk on the street network"),
        tr("Walk + public transport (GTFS timetables, or OSM routes as estimates)"),
    ]


def add_mode_parameters(algorithm):
    """MODE, NETWORK, OSM_FILE, WALK_SPEED, MAX_SNAP and MIN_ISLAND_NODES, with their help."""
    algorithm.add_parameter(
        QgsProcessingParameterEnum("MODE", tr("Distance"), options=mode_labels(), defaultValue=MODE_WALK),
        tr(
            "Straight line: geodesic distance, as the USDA Food Access Research Atlas (no network needed). "
            "Walk: shortest walking distance on the street network. Walk + public transport: door-to-door "
            "times over a departure window with the GTFS timetables (or OSM bus routes, as estimates)."
        ),
    )
    algorithm.add_parameter(
        QgsProcessingParameterFeatureSource(
            "NETWORK", tr("Street network (line layer)"), [QgsProcessing.SourceType.TypeVectorLine], optional=True
        ),
        tr(
            "Lines of the street network, e.g. the 'lines' layer of an OSM file or IGN BD TOPO roads. With a "
            "'highway' field (OSM), only walkable ways are kept; without it every line is walkable. "
            "Leave empty to use the OSM file."
        ),
    )
    algorithm.add_parameter(
        QgsProcessingParameterFile(
            "OSM_FILE",
            tr("Street network (OSM file)"),
            fileFilter=tr("OpenStreetMap files (*.pbf *.osm)"),
            optional=True,
        ),
        tr(
            "An OpenStreetMap extract (.osm.pbf or .osm) whose walkable ways make the network, "
            "when no line layer is given."
        ),
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "WALK_SPEED",
            tr("Walking speed (km/h)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_WALK_SPEED,
            minValue=0.5,
            maxValue=10.0,
        ),
        tr(
            "Converts distances to minutes. Default 4.8 km/h (1.33 m/s, OpenTripPlanner's default; R5 uses 1.3 m/s). "
            "Use 3.6 km/h or less for elderly people."
        ),
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "MAX_SNAP",
            tr("Maximum distance to the network (m)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_MAX_SNAP,
            minValue=0.0,
        ),
        tr(
            "Points farther than this from the nearest street are not routed: their status says "
            "'too far from network'. The straight leg to the street counts in the distance."
        ),
        advanced=True,
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "MIN_ISLAND_NODES",
            tr("Smallest part of the network to tie points to (nodes)"),
            QgsProcessingParameterNumber.Type.Integer,
            defaultValue=DEFAULT_MIN_ISLAND_NODES,
            minValue=0,
        ),
        tr(
            "Parts of the network cut off from the rest with fewer nodes (intersections and dead ends) than this, "
            "such as a courtyard path or a private footway, are skipped when tying origins, outlets and stops to "
            "the nearest street, unless no other street lies within the maximum distance to the network. "
            "Default 40, as R5 and OpenTripPlanner prune islands; 0 ties every point to its nearest street."
        ),
        advanced=True,
    )


def add_unit_parameter(algorithm, description):
    algorithm.add_parameter(
        QgsProcessingParameterEnum(
            "UNIT", tr("Threshold unit"), options=[tr("Metres"), tr("Minutes")], defaultValue=UNIT_METRES
        ),
        description,
    )


def to_metres(value, unit, speed_kmh):
    """A threshold in metres, from metres or from minutes at ``speed_kmh``."""
    return float(value) * (metres_per_minute(speed_kmh) if unit == UNIT_MINUTES else 1.0)


def point_source_parameter(name, description):
    """A feature source parameter taking points, or polygons (used at a point on their surface)."""
    return QgsProcessingParameterFeatureSource(
        name, description, [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
    )


def check_source(source, name, label):
    """The feature source, or a clear error when it is missing, empty or without CRS."""
    if source is None:
        raise QgsProcessingException(
            tr("The input {label} ({name}) is missing or cannot be read.").format(label=label, name=name)
        )
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(tr("The layer {name} has no valid CRS: set its CRS first.").format(name=name))
    if source.featureCount() == 0:
        raise QgsProcessingException(
            tr("The input {label} ({name}) has no feature: give a layer with features.").format(label=label, name=name)
        )
    return source


def load_walk_network(algorithm, parameters, context, feedback, progress):
    """(WalkRouter, local CRS) from NETWORK or OSM_FILE, through the disk cache."""
    source = algorithm.parameterAsSource(parameters, "NETWORK", context)
    osm_file = algorithm.parameterAsFile(parameters, "OSM_FILE", context)
    if source is not None and osm_file:
        raise QgsProcessingException(
            tr("Give either a street network layer (NETWORK) or an OSM file (OSM_FILE), not both.")
        )
    if source is None and not osm_file:
        raise QgsProcessingException(
            tr(
                "Walking needs a street network: give a line layer (NETWORK) or an OSM file (OSM_FILE), "
                "or choose the straight-line distance."
            )
        )
    cache_dir = cache_directory("networks")
    if osm_file:
        if not os.path.isfile(osm_file):
            raise QgsProcessingException(tr("The OSM file {path} does not exist.").format(path=osm_file))
        network, from_cache = network_from_osm_file(osm_file, cache_dir, progress)
    else:
        check_source(source, "NETWORK", tr("street network"))
        network, from_cache = _network_from_layer(source, context, feedback, cache_dir, progress)
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
            tr(
                "{count} parts of fewer than {nodes} nodes are skipped when tying points to the network (used only "
                "by points with no other street within MAX_SNAP)."
            ).format(count=skipped, nodes=min_island_nodes)
        )
    return WalkRouter(network, min_island_nodes=min_island_nodes), local_crs(network.projection)


def local_crs(projection):
    return QgsCoordinateReferenceSystem.fromProj(projection.proj4)


def _network_from_layer(source, context, feedback, cache_dir, progress):
    crs = source.sourceCrs()
    extent = QgsCoordinateTransform(
        crs, QgsCoordinateReferenceSystem(WGS84), context.transformContext()
    ).transformBoundingBox(source.sourceExtent())
    projection = LocalProjection(extent.center().x(), extent.center().y())
    names = source.fields().names()
    osm_like = "highway" in names
    request = QgsFeatureRequest().setDestinationCrs(local_crs(projection), context.transformContext())
    tag_fields = [name for name in WALK_TAG_FIELDS if name in names]
    request.setSubsetOfAttributes(tag_fields + (["other_tags"] if "other_tags" in names else []), source.fields())
    if not osm_like:
        feedback.pushInfo(tr("The network layer has no 'highway' field: every line is taken as walkable."))
    total = max(source.featureCount(), 1)
    lines, skipped, unwalkable = [], 0, 0
    reading = progress.sub(0.0, 0.5)
    for done, feature in enumerate(source.getFeatures(request)):
        if done % 1000 == 0:
            reading.step(done, total)
        if osm_like and not is_walkable(
            feature_tags(
                {name: _text(feature, name, names) for name in tag_fields}, _text(feature, "other_tags", names)
            )
        ):
            unwalkable += 1
            continue
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            skipped += 1
            continue
        parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        for part in parts:
            if len(part) >= 2:
                lines.append(np.array([(point.x(), point.y()) for point in part], dtype=float))
    if skipped:
        feedback.pushWarning(tr("{count} network features without geometry were skipped.").format(count=skipped))
    if osm_like:
        feedback.pushInfo(
            tr("{count} lines are not walkable (highway type, access or foot tags) and were left out.").format(
                count=unwalkable
            )
        )
    if not lines:
        raise QgsProcessingException(tr("The street network layer has no walkable line."))
    key = lines_digest(lines, f"layer:{NETWORK_FORMAT}:{projection.proj4}")
    return cached_network(cache_dir, key, lambda sub: build_network(lines, projection, sub), progress.sub(0.5, 1.0))


def _text(feature, name, names):
    if name not in names:
        return None
    value = feature[name]
    return value if isinstance(value, str) else None


def read_points(source, target_crs, context, request=None):
    """(features, (n, 2) coordinates in ``target_crs``): points as they are, polygons and lines by
    their point on surface; NaN for a feature without (usable) geometry, which is kept.
    The features keep their geometry in the source CRS."""
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    features, coordinates = [], []
    # Invalid polygons are repaired here (make valid, then point on surface): never skipped or fatal.
    flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    for feature in source.getFeatures(request or QgsFeatureRequest(), flags):
        features.append(feature)
        x, y = _representative_point(feature.geometry())
        if np.isfinite(x):
            point = transform.transform(QgsPointXY(x, y))
            x, y = point.x(), point.y()
        coordinates.append((x, y))
    return features, np.array(coordinates, dtype=float).reshape(-1, 2)


def _representative_point(geometry):
    if geometry is None or geometry.isEmpty():
        return (np.nan, np.nan)
    if geometry.type() != QgsWkbTypes.GeometryType.PointGeometry:
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        geometry = geometry.pointOnSurface()
    elif geometry.isMultipart():
        geometry = QgsGeometry.fromPointXY(geometry.asMultiPoint()[0]) if geometry.asMultiPoint() else QgsGeometry()
    if geometry is None or geometry.isEmpty():
        return (np.nan, np.nan)
    point = geometry.asPoint()
    return (point.x(), point.y())


def point_crs_note(feedback, sources):
    """Say which inputs were in another CRS than the first (they are reprojected)."""
    crs_ids = {label: source.sourceCrs().authid() or source.sourceCrs().toProj() for label, source in sources if source}
    if len(set(crs_ids.values())) > 1:
        feedback.pushInfo(
            tr("Inputs are in different CRSs ({list}): all are reprojected to a common local metric CRS.").format(
                list=", ".join(f"{label} {crs}" for label, crs in crs_ids.items())
            )
        )


def usable_points(features, coordinates, message):
    """Features and coordinates of those with a usable point; ``message`` when there is none."""
    usable = np.isfinite(coordinates).all(axis=1)
    if not usable.any():
        raise QgsProcessingException(message)
    return [feature for feature, keep in zip(features, usable) if keep], coordinates[usable]


def _attribute(feature, name):
    if feature.fields().indexOf(name) < 0:
        return None
    value = feature[name]
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)


def outlet_values(feature):
    """(id, name, category) of an outlet: source_id (else the feature id), name, category."""
    identifier = _attribute(feature, "source_id") or str(feature.id())
    return identifier, _attribute(feature, "name"), _attribute(feature, "category")


def network_and_outlets(
    algorithm, parameters, context, feedback, progress, outlets_source, request=None, no_outlet=None
):
    """(router, local CRS, MAX_SNAP, outlet features, snapped outlets): the walking network, then the
    outlets (``request``: a filter) read in its CRS, those without a usable point dropped, tied to it."""
    router, crs = load_walk_network(algorithm, parameters, context, feedback, progress)
    max_snap = algorithm.parameterAsDouble(parameters, "MAX_SNAP", context)
    outlets, xy = read_points(outlets_source, crs, context, request)
    outlets, xy = usable_points(outlets, xy, no_outlet or tr("No outlet has a usable geometry."))
    return router, crs, max_snap, outlets, snap_outlets(router, xy, max_snap, feedback, outlets)


def snap_outlets(router, xy, max_snap, feedback, outlets):
    """Snapped outlets; a clear error when none is near the network, a warning naming those left out."""
    snapped = router.snap(xy, max_snap)
    report_off_island(feedback, snapped.off_island, tr("outlets"))
    off_network = np.flatnonzero(~snapped.tied)
    if len(off_network) == len(xy):
        raise QgsProcessingException(
            tr(
                "No outlet lies within {max_snap:g} m of the street network: check that the network covers the "
                "outlets' area, or raise MAX_SNAP."
            ).format(max_snap=max_snap)
        )
    if len(off_network):
        names = ", ".join(
            outlet_values(outlets[index])[1] or outlet_values(outlets[index])[0] for index in off_network[:10]
        )
        feedback.pushWarning(
            tr("{count} outlet(s) farther than {max_snap:g} m from the network are left out: {names}").format(
                count=len(off_network), max_snap=max_snap, names=names
            )
        )
    return snapped


def report_off_island(feedback, off_island, label):
    """Say how many points were tied to a larger part of the network than the small island nearest them."""
    if off_island.any():
        feedback.pushInfo(
            tr(
                "{count} {label} nearest to a small island of the network were tied to the nearest street of a "
                "larger part instead (MIN_ISLAND_NODES)."
            ).format(count=int(off_island.sum()), label=label)
        )


def add_transit_parameters(algorithm):
    """GTFS, DATE, DEPARTURE, WINDOW, PERCENTILE, MAX_WALK_MIN, MAX_TRANSFERS, STRICT,
    ASSUMED_HEADWAY and ASSUMED_SPEED (used by MODE 2 only), with their help."""
    algorithm.add_parameter(
        QgsProcessingParameterMultipleLayers(
            "GTFS", tr("Public transport timetables (GTFS zip files)"), QgsProcessing.SourceType.TypeFile, optional=True
        ),
        tr(
            "Walk + public transport: one or several GTFS feeds (.zip), e.g. the bus and the metro operators. "
            "Empty: the public transport routes of the OSM file, with estimated times."
        ),
    )
    date = QgsProcessingParameterDateTime(
        "DATE", tr("Date of travel"), QgsProcessingParameterDateTime.Type.Date, optional=True
    )
    algorithm.add_parameter(
        date, tr("The day whose timetable is used. Empty: the first Tuesday on which every feed runs.")
    )
    algorithm.add_parameter(
        QgsProcessingParameterDateTime(
            "DEPARTURE", tr("Departure time"), QgsProcessingParameterDateTime.Type.Time, defaultValue=DEFAULT_DEPARTURE
        ),
        tr("The first departure of the window. Default 10:00."),
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "WINDOW",
            tr("Departure window (minutes)"),
            QgsProcessingParameterNumber.Type.Integer,
            defaultValue=DEFAULT_WINDOW_MIN,
            minValue=1,
            maxValue=360,
        ),
        tr(
            "One departure every minute during this many minutes (R5's method); the results are their median "
            "and a percentile. Default 60."
        ),
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "PERCENTILE",
            tr("Percentile of the travel times"),
            QgsProcessingParameterNumber.Type.Integer,
            defaultValue=DEFAULT_PERCENTILE,
            minValue=1,
            maxValue=100,
        ),
        tr(
            "Reported besides the median (field time_pNN): e.g. 80 means 4 departures in 5 are at least this "
            "fast. Default 80."
        ),
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "MAX_WALK_MIN",
            tr("Longest walk to or from a stop (minutes)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_MAX_WALK_MIN,
            minValue=1.0,
        ),
        tr(
            "Walks to the first stop and from the last stop are at most this long (transfers: also at most 1 km, "
            "as R5). Default 30 minutes, R5's maxWalkTime."
        ),
        advanced=True,
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "MAX_TRANSFERS",
            tr("Maximum number of transfers"),
            QgsProcessingParameterNumber.Type.Integer,
            defaultValue=DEFAULT_MAX_TRANSFERS,
            minValue=0,
            maxValue=8,
        ),
        tr("0: one vehicle only. Default 2 (r5r's max_rides = 3)."),
        advanced=True,
    )
    algorithm.add_parameter(
        QgsProcessingParameterBoolean("STRICT", tr("Stop on any GTFS problem"), defaultValue=False),
        tr(
            "Off: broken rows of a feed are skipped with a warning that counts them and names examples. "
            "On: any such problem stops the run."
        ),
        advanced=True,
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "ASSUMED_HEADWAY",
            tr("Estimated headway of OSM routes (minutes)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_HEADWAY_MIN,
            minValue=1.0,
        ),
        tr("Without GTFS, routes of the OSM file run every this many minutes (unless tagged interval=*). Default 15."),
        advanced=True,
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "ASSUMED_SPEED",
            tr("Estimated speed of OSM routes (km/h)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_TRANSIT_SPEED,
            minValue=1.0,
        ),
        tr(
            "Without GTFS, vehicles of the OSM routes run at this average speed, stops included. Default 18 km/h, "
            "a typical urban bus."
        ),
        advanced=True,
    )


def transit_settings(algorithm, parameters, context):
    """TransitSettings from the MODE 2 parameters."""
    departure = QgsProcessingParameters.parameterAsTime(algorithm.parameterDefinition("DEPARTURE"), parameters, context)
    if departure is None or not departure.isValid():
        departure = DEFAULT_DEPARTURE
    return TransitSettings(
        departure=departure.hour() * 3600 + departure.minute() * 60 + departure.second(),
        window_minutes=algorithm.parameterAsInt(parameters, "WINDOW", context),
        percentile=algorithm.parameterAsInt(parameters, "PERCENTILE", context),
        max_walk_min=algorithm.parameterAsDouble(parameters, "MAX_WALK_MIN", context),
        max_transfers=algorithm.parameterAsInt(parameters, "MAX_TRANSFERS", context),
        speed_kmh=algorithm.parameterAsDouble(parameters, "WALK_SPEED", context),
    )


def load_transit(algorithm, parameters, context, feedback, progress):
    """(Timetable, TransitSettings) from GTFS, or from the OSM file's route relations (estimates)."""
    settings = transit_settings(algorithm, parameters, context)
    start = settings.departure
    end = start + settings.window_minutes * 60 + TRANSIT_HORIZON_S
    paths = [path for path in algorithm.parameterAsFileList(parameters, "GTFS", context) if path]
    strict = algorithm.parameterAsBoolean(parameters, "STRICT", context)
    if paths:
        feeds = read_feeds_cached(paths, strict, progress.sub(0.0, 0.8))
        day = QgsProcessingParameters.parameterAsDate(algorithm.parameterDefinition("DATE"), parameters, context)
        if day is not None and day.isValid():
            travel_day = day.toPyDate()
        else:
            travel_day = typical_date(feeds)
            feedback.pushInfo(
                tr("DATE not given: using {day}, the first Tuesday on which every feed runs.").format(
                    day=travel_day.isoformat()
                )
            )
        timetable = build_timetable(feeds, travel_day, start, end, strict)
        source = tr("{count} GTFS feed(s), {day}").format(count=len(feeds), day=travel_day.isoformat())
    else:
        osm_file = algorithm.parameterAsFile(parameters, "OSM_FILE", context)
        if not osm_file:
            raise QgsProcessingException(
                tr(
                    "Walk + public transport needs timetables: give GTFS files (GTFS), or an OSM file (OSM_FILE) "
                    "with public transport route relations for estimated times."
                )
            )
        routes = read_osm_routes(osm_file, progress.sub(0.0, 0.8))
        if not routes:
            raise QgsProcessingException(
                tr(
                    "No GTFS file was given and {path} has no public transport route relation (route=bus, tram, "
                    "subway, train, light_rail or trolleybus with stops): give the GTFS feeds of the area."
                ).format(path=osm_file)
            )
        headway = algorithm.parameterAsDouble(parameters, "ASSUMED_HEADWAY", context)
        speed = algorithm.parameterAsDouble(parameters, "ASSUMED_SPEED", context)
        timetable = estimated_timetable(routes, start, end, headway, speed)
        source = tr("{count} OSM route relations (estimated times)").format(count=len(routes))
    for warning in timetable.warnings:
        feedback.pushWarning(warning)
    feedback.pushInfo(
        tr(
            "Public transport: {source}; {stops} stops and {connections} vehicle hops between {start} and {end}; "
            "departures every minute from {first} for {window} min."
        ).format(
            source=source,
            stops=timetable.stop_count,
            connections=timetable.connection_count,
            start=format_clock(start),
            end=format_clock(end),
            first=format_clock(start),
            window=settings.window_minutes,
        )
    )
    progress.step(1, 1)
    return timetable, settings
