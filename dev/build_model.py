"""Build resources/models/food_access_analysis.model3, the analysis model the provider ships.

    .venv/bin/python dev/build_model.py

The model is written from code so that its parameters, links and help stay readable and
reviewable here; the .model3 file is its output (open it in the Model Designer to adapt it).
Chain: fetch outlets (OSM file or Overpass) -> access to the nearest outlet -> service areas
-> classify the areas -> style the classified areas and the outlets.
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildDependency,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF, QTime

from foodaccess.qgis_compat import keep_step_output_names, model_output_name

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_PATH = os.path.join(ROOT, "resources", "models", "food_access_analysis.model3")
# The model's name is both its toolbox label and its id: foodaccess:Food access analysis.
MODEL_NAME = "Food access analysis"

MINUTES = 1  # index of "minutes" in the UNIT enums of accesstimes, serviceareas and classifyareas
CUSTOM_PRESET = 6  # classifyareas PRESET "Custom: THRESHOLD and UNIT"
STYLE_CLASSIFIED_AREAS = 1  # styleareas STYLE
STYLE_OUTLETS = 3
DEFAULT_THRESHOLD_MIN = 15.0  # as classifyareas' walking preset
DEFAULT_SERVICE_AREAS_MIN = "5,10,15"

DESCRIPTION = (
    "The whole food-access analysis in one run: food outlets from OpenStreetMap (a local extract, or "
    "Overpass within an extent), the walking time from every home (origin) to the nearest outlet, the "
    "service areas of the outlets, and the classification of the areas (food desert, low access, served) "
    "with the USDA Food Access Research Atlas rules: an area has low access when at least 500 people or "
    "33 % of its population live farther than the threshold. Outputs are styled with the plugin's bundled "
    "styles when they are loaded into the project.\n\n"
    "Open it in the Model Designer (Processing toolbox > Food Access > Models > right-click > Edit Model) "
    "to change what is fixed here: outlet categories, the classification preset, the low-access count and "
    "share, or the departure window of public transport."
)

PARAMETER_HELP = {
    "AREAS": "Polygons to classify: quartiers, IRIS, QPV, communes or a grid.",
    "ORIGINS": "Where people live: points or polygons (buildings, INSEE Filosofi 200 m cells, address points).",
    "POPULATION_FIELD": "Number of people at each origin (Filosofi: Ind). Empty: each origin counts as one person.",
    "OSM_FILE": "OpenStreetMap extract (.osm.pbf / .osm) with the outlets and the streets (e.g. from "
    "download.geofabrik.de). Empty: outlets from Overpass within EXTENT, streets from NETWORK.",
    "EXTENT": "Where to fetch outlets from Overpass when no OSM file is given.",
    "NETWORK": "Street lines (e.g. IGN BD TOPO troncons) when no OSM file is given.",
    "OUTLET_FILTER": "Outlets that count for access and service areas, e.g. \"category\" = 'supermarket' "
    "(the USDA definition). Empty: every fetched outlet. The counts by category and the mRFEI use them all.",
    "MODE": "Walk on the street network; walk + public transport (GTFS timetables, or the OSM file's bus and "
    "tram routes with estimated times); or straight line (geodesic, no network needed).",
    "GTFS": "Walk + public transport: GTFS timetables (.zip), e.g. from transport.data.gouv.fr. Empty: the public "
    "transport routes of the OSM file, with estimated times.",
    "DATE": "Walk + public transport: the day whose timetable is used. Empty: the first Tuesday on which every "
    "feed runs.",
    "DEPARTURE": "Walk + public transport: start of the 60-minute departure window (times are its median).",
    "WALK_SPEED": "Turns distances into minutes. Default 4.8 km/h (OpenTripPlanner's default walking speed).",
    "THRESHOLD": "People farther than this many minutes (on foot, or door to door by public transport) from the "
    "nearest outlet have low access. Default 15 minutes (the plugin's walking preset).",
    "SERVICE_AREA_THRESHOLDS": "Travel times of the service-area bands, in minutes, separated by commas.",
    "LOW_INCOME": 'True for low-income areas, e.g. "Men_pauv" / "Men" >= 0.2 with Filosofi. Low income and '
    "low access make a food desert. Empty and no priority areas: income is not assessed.",
    "PRIORITY_AREAS": "Priority neighbourhoods (QPV): areas mostly inside them are low income.",
}

# The help of each output, by (step, output): the model names the parameter (see keep_step_output_names).
OUTPUT_HELP = {
    ("fetch_outlets", "OUTLETS"): "Food outlets in the outlet schema (category, organic, local, name, opening "
    "hours...).",
    ("access_times", "ACCESS"): "The origins with nearest_name, nearest_category, distance_m, time_min, "
    "outlets_within (outlets within the threshold) and status.",
    ("service_areas", "SERVICE_AREAS"): "One polygon per walking-time band, dissolved over all outlets.",
    ("classify_areas", "CLASSIFIED_AREAS"): "The areas with pop_total, pop_low_access, share_low_access, "
    "median_time_min, outlet counts, mRFEI, class and reason.",
}


def model_parameters():
    polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
    return [
        QgsProcessingParameterFeatureSource("AREAS", "Areas to classify", polygons),
        QgsProcessingParameterFeatureSource(
            "ORIGINS",
            "Homes (origins)",
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
        ),
        QgsProcessingParameterField(
            "POPULATION_FIELD",
            "Population field",
            parentLayerParameterName="ORIGINS",
            type=QgsProcessingParameterField.DataType.Numeric,
            optional=True,
        ),
        QgsProcessingParameterFile(
            "OSM_FILE",
            "OpenStreetMap file (outlets and streets)",
            fileFilter="OpenStreetMap files (*.pbf *.osm)",
            optional=True,
        ),
        QgsProcessingParameterExtent("EXTENT", "Extent for Overpass (without OSM file)", optional=True),
        QgsProcessingParameterFeatureSource(
            "NETWORK", "Street network (without OSM file)", [QgsProcessing.SourceType.TypeVectorLine], optional=True
        ),
        QgsProcessingParameterExpression("OUTLET_FILTER", "Outlets that count (expression)", optional=True),
        QgsProcessingParameterEnum(
            "MODE",
            "Distance",
            [
                "Straight line (geodesic, USDA method)",
                "Walk on the street network",
                "Walk + public transport (GTFS timetables, or OSM routes as estimates)",
            ],
            defaultValue=1,
        ),
        QgsProcessingParameterNumber(
            "WALK_SPEED",
            "Walking speed (km/h)",
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=4.8,
            minValue=0.5,
            maxValue=10.0,
        ),
        QgsProcessingParameterMultipleLayers(
            "GTFS", "Public transport timetables (GTFS)", QgsProcessing.SourceType.TypeFile, optional=True
        ),
        QgsProcessingParameterDateTime(
            "DATE", "Date of travel", QgsProcessingParameterDateTime.Type.Date, optional=True
        ),
        QgsProcessingParameterDateTime(
            "DEPARTURE", "Departure time", QgsProcessingParameterDateTime.Type.Time, defaultValue=QTime(10, 0)
        ),
        QgsProcessingParameterNumber(
            "THRESHOLD",
            "Low access beyond (minutes)",
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_THRESHOLD_MIN,
            minValue=1.0,
        ),
        QgsProcessingParameterString(
            "SERVICE_AREA_THRESHOLDS", "Service areas (minutes)", defaultValue=DEFAULT_SERVICE_AREAS_MIN
        ),
        QgsProcessingParameterExpression(
            "LOW_INCOME", "Low income (expression on the areas)", parentLayerParameterName="AREAS", optional=True
        ),
        QgsProcessingParameterFeatureSource("PRIORITY_AREAS", "Priority areas (QPV)", polygons, optional=True),
    ]


def from_input(name):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def from_input_or_default(name, default):
    """The model input ``name``, or ``default`` when it is omitted: QGIS 3.22 passes an omitted model
    input to the steps as empty (qgis_process, processing.run), and the steps would then fall back
    to their own defaults, in metres, while the model works in minutes."""
    return [QgsProcessingModelChildParameterSource.fromExpression(f"coalesce(@{name}, {default!r})")]


def from_child(child_id, output="OUTPUT"):
    return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)]


def static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def child(algorithm_id, child_id, description, sources, position, outputs=None, after=()):
    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setDependencies([QgsProcessingModelChildDependency(child_id) for child_id in after])
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(*position))
    for name, value in sources.items():
        step.addParameterSources(name, value)
    model_outputs = {}
    for name, (description, position_out) in (outputs or {}).items():
        output = QgsProcessingModelOutput(name, description)
        output.setChildId(child_id)
        output.setChildOutputName("OUTPUT")
        output.setPosition(QPointF(*position_out))
        model_outputs[name] = output
    step.setModelOutputs(model_outputs)
    return step


def build_model():
    model = QgsProcessingModelAlgorithm(MODEL_NAME, "Models", "models")
    model.setHelpContent(
        {
            "ALG_DESC": DESCRIPTION,
            "ALG_CREATOR": "Food Access",
            "ALG_VERSION": "1.0",
            "SHORT_DESCRIPTION": "Outlets from OpenStreetMap, walking access from homes, service areas "
            "and food-desert classes by area, in one run.",
            **PARAMETER_HELP,
        }
    )
    for row, definition in enumerate(model_parameters()):
        definition.setHelp(PARAMETER_HELP[definition.name()])
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120 + 260 * (row % 2), 60 + 60 * row))
        model.addModelParameter(definition, component)

    network = {
        name: from_input(name) for name in ("OSM_FILE", "NETWORK", "MODE", "WALK_SPEED", "GTFS", "DATE", "DEPARTURE")
    }
    steps = [
        child(
            "foodaccess:fetchoutlets",
            "fetch_outlets",
            "Fetch food outlets",
            {"OSM_FILE": from_input("OSM_FILE"), "EXTENT": from_input("EXTENT")},
            (700, 100),
            {"OUTLETS": ("Food outlets", (1000, 40))},
        ),
        child(
            "native:extractbyexpression",
            "outlets_that_count",
            "Keep the outlets that count",
            {
                "INPUT": from_child("fetch_outlets"),
                # An empty filter keeps every outlet.
                "EXPRESSION": [
                    QgsProcessingModelChildParameterSource.fromExpression(
                        "coalesce(nullif(@OUTLET_FILTER, ''), 'TRUE')"
                    )
                ],
            },
            (700, 240),
        ),
        child(
            "foodaccess:accesstimes",
            "access_times",
            "Access to the nearest outlet",
            dict(
                network,
                ORIGINS=from_input("ORIGINS"),
                OUTLETS=from_child("outlets_that_count"),
                THRESHOLD=from_input_or_default("THRESHOLD", DEFAULT_THRESHOLD_MIN),
                UNIT=static(MINUTES),
            ),
            (700, 400),
            {"ACCESS": ("Access to the nearest outlet", (1000, 360))},
        ),
        child(
            "foodaccess:serviceareas",
            "service_areas",
            "Service areas",
            dict(
                network,
                OUTLETS=from_child("outlets_that_count"),
                UNIT=static(MINUTES),
                THRESHOLDS=from_input_or_default("SERVICE_AREA_THRESHOLDS", DEFAULT_SERVICE_AREAS_MIN),
            ),
            (1000, 240),
            {"SERVICE_AREAS": ("Service areas", (1300, 200))},
        ),
        child(
            "foodaccess:classifyareas",
            "classify_areas",
            "Classify food access by area",
            {
                "AREAS": from_input("AREAS"),
                "ACCESS": from_child("access_times"),
                "POPULATION_FIELD": from_input("POPULATION_FIELD"),
                "PRESET": static(CUSTOM_PRESET),
                "THRESHOLD": from_input_or_default("THRESHOLD", DEFAULT_THRESHOLD_MIN),
                "UNIT": static(MINUTES),
                # Every fetched outlet, for the counts by category and the mRFEI.
                "OUTLETS": from_child("fetch_outlets"),
                "LOW_INCOME": from_input("LOW_INCOME"),
                "PRIORITY_AREAS": from_input("PRIORITY_AREAS"),
            },
            (700, 580),
            {"CLASSIFIED_AREAS": ("Classified areas", (1000, 660))},
        ),
        # Styling reads the outputs: after the last step has written (and closed) them.
        child(
            "foodaccess:styleareas",
            "style_classified_areas",
            "Style the classified areas",
            {"INPUT": from_child("classify_areas"), "STYLE": static(STYLE_CLASSIFIED_AREAS)},
            (700, 760),
            after=("access_times", "service_areas"),
        ),
        child(
            "foodaccess:styleareas",
            "style_outlets",
            "Style the outlets",
            {"INPUT": from_child("fetch_outlets"), "STYLE": static(STYLE_OUTLETS)},
            (1000, 760),
            after=("classify_areas", "access_times", "service_areas"),
        ),
    ]
    for step in steps:
        model.addChildAlgorithm(step)
    # Its outputs are step:OUTPUT (fetch_outlets:OUTLETS...) on every QGIS, the names users pass. (The help
    # content is set first: it is also where the rebuilt model takes its parameters' help from.)
    keep_step_output_names(model)
    help_content = model.helpContent()
    for (child_id, output_name), text in OUTPUT_HELP.items():
        name = model_output_name(model, child_id, output_name)
        if name is None:
            raise SystemExit(f"build_model: the model has no output {output_name} of the step {child_id}.")
        help_content[name] = text
    model.setHelpContent(help_content)
    return model


def main(path=MODEL_PATH):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], False)
    app.initQgis()
    from qgis.analysis import QgsNativeAlgorithms

    from foodaccess.processing.provider import FoodAccessProvider

    # References: the registry does not keep the Python objects alive.
    providers = [QgsNativeAlgorithms(), FoodAccessProvider()]
    for provider in providers:
        QgsApplication.processingRegistry().addProvider(provider)
    model = build_model()
    unknown = [child_id for child_id in model.childAlgorithms() if model.childAlgorithm(child_id).algorithm() is None]
    if unknown:
        raise SystemExit(f"build_model: steps with an unknown algorithm: {', '.join(unknown)}")
    if not model.toFile(path):
        raise SystemExit(f"build_model: cannot write {path}")
    print(f"build_model: wrote {path}")
    app.exitQgis()


if __name__ == "__main__":
    main(*sys.argv[1:])
