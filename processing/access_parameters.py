"""The parameters the accessibility algorithms share, with their help: MODE and the street
network, walking speed and snapping (``add_mode_parameters``), the threshold unit and the walk +
public transport parameters (``add_transit_parameters``, used by MODE 2 only). Names, order and
defaults are the algorithms' interface (models and scripts name them): keep them.
"""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QTime

from ..core.transit.settings import (
    DEFAULT_DEPARTURE_S,
    DEFAULT_HEADWAY_MIN,
    DEFAULT_MAX_TRANSFERS,
    DEFAULT_MAX_WALK_MIN,
    DEFAULT_PERCENTILE,
    DEFAULT_TRANSIT_SPEED,
    DEFAULT_WINDOW_MIN,
)
from ..core.walk.settings import DEFAULT_MAX_SNAP, DEFAULT_MIN_ISLAND_NODES, DEFAULT_WALK_SPEED, UNIT_METRES
from ..i18n import tr

# MODE's options, in the order of mode_labels().
MODE_STRAIGHT = 0
MODE_WALK = 1
MODE_TRANSIT = 2
DEFAULT_DEPARTURE = QTime(DEFAULT_DEPARTURE_S // 3600, DEFAULT_DEPARTURE_S % 3600 // 60)


def mode_labels():
    return [
        tr("Straight line (geodesic, USDA method)"),
        tr("Walk on the street network"),
        tr("Walk + public transport (GTFS timetables, or OSM routes as estimates)"),
    ]


def add_mode_parameters(algorithm):
    """MODE, NETWORK, OSM_FILE, WALK_SPEED, MAX_SNAP and MIN_ISLAND_NODES, with their help."""
    algorithm.add_parameter(
        QgsProcessingParameterEnum("MODE", tr("Travel mode"), options=mode_labels(), defaultValue=MODE_WALK),
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


def add_unit_parameter(algorithm, description, default=UNIT_METRES):
    algorithm.add_parameter(
        QgsProcessingParameterEnum(
            "UNIT", tr("Threshold unit"), options=[tr("Metres"), tr("Minutes")], defaultValue=default
        ),
        description,
    )


def point_source_parameter(name, description):
    """A feature source parameter taking points, or polygons (used at a point on their surface)."""
    return QgsProcessingParameterFeatureSource(
        name, description, [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
    )


def population_field_parameter():
    """The optional numeric POPULATION_FIELD of the ORIGINS layer: the people living at each origin."""
    return QgsProcessingParameterField(
        "POPULATION_FIELD",
        tr("Population field"),
        parentLayerParameterName="ORIGINS",
        type=QgsProcessingParameterField.DataType.Numeric,
        optional=True,
    )


def add_transit_parameters(algorithm):
    """GTFS, DATE, DEPARTURE, WINDOW, PERCENTILE, MAX_WALK_MIN, MAX_TRANSFERS, STRICT,
    ASSUMED_HEADWAY and ASSUMED_SPEED (used by MODE 2 only), with their help: GTFS in the main section,
    labelled as such, the others in the advanced one, out of the way of walking users."""
    algorithm.add_parameter(
        QgsProcessingParameterMultipleLayers(
            "GTFS",
            tr("Walk + public transport only: timetables (GTFS zip files)"),
            QgsProcessing.SourceType.TypeFile,
            optional=True,
        ),
        tr(
            "Walk + public transport: one or several GTFS feeds (.zip), e.g. the bus and the metro operators. "
            "Empty: the public transport routes of the OSM file, with estimated times."
        ),
    )
    date = QgsProcessingParameterDateTime(
        "DATE", tr("Walk + public transport: date of travel"), QgsProcessingParameterDateTime.Type.Date, optional=True
    )
    algorithm.add_parameter(
        date, tr("The day whose timetable is used. Empty: the first Tuesday on which every feed runs."), advanced=True
    )
    algorithm.add_parameter(
        QgsProcessingParameterDateTime(
            "DEPARTURE",
            tr("Walk + public transport: departure time"),
            QgsProcessingParameterDateTime.Type.Time,
            defaultValue=DEFAULT_DEPARTURE,
        ),
        tr("The first departure of the window. Default 10:00."),
        advanced=True,
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "WINDOW",
            tr("Walk + public transport: departure window (minutes)"),
            QgsProcessingParameterNumber.Type.Integer,
            defaultValue=DEFAULT_WINDOW_MIN,
            minValue=1,
            maxValue=360,
        ),
        tr(
            "One departure every minute during this many minutes (R5's method); the results are their median "
            "and a percentile. Default 60."
        ),
        advanced=True,
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "PERCENTILE",
            tr("Walk + public transport: percentile of the travel times"),
            QgsProcessingParameterNumber.Type.Integer,
            defaultValue=DEFAULT_PERCENTILE,
            minValue=1,
            maxValue=100,
        ),
        tr(
            "Reported besides the median (field time_pNN): e.g. 80 means 4 departures in 5 are at least this "
            "fast. Default 80."
        ),
        advanced=True,
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
