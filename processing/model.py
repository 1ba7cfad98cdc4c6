"""The analysis model "Food access analysis" (``foodaccess:foodaccessanalysis``), built in code.

The provider registers ``FoodAccessModel``: its name, group, inputs, choices and help are ``tr()`` texts, so the
toolbox, the dialog and ``qgis_process help`` show them in the user's language, and its outputs load with
readable names. Every mandatory value of every step is stored, so the Model Designer opens it valid.
``standalone_model`` is the same model for users to adapt in the Model Designer (the plugin's menu opens it there),
and ``export_model`` writes it as a ``.model3`` file (``resources/models/food_access_analysis.model3``, written by
``dev/build_model.py``).

Chain: fetch outlets (OSM file or Overpass) -> keep the outlets that count -> access to the nearest outlet ->
service areas -> classify the areas -> report (a print layout) -> style the classified areas and the outlets.
"""

from qgis.core import (
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildDependency,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterBoolean,
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

from ..i18n import tr
from ..qgis_compat import OPTIONAL_PARAMETER, keep_step_output_names, model_output_name
from .access_times import AccessTimesAlgorithm
from .classify_areas import ClassifyAreas
from .fetch_outlets import FetchOutlets
from .report import ReportAlgorithm
from .service_areas import ServiceAreasAlgorithm
from .style_areas import StyleAreas

MODEL_NAME = "foodaccessanalysis"  # its id: foodaccess:foodaccessanalysis

MINUTES = 1  # index of "minutes" in the UNIT enums of accesstimes, serviceareas and classifyareas
CUSTOM_PRESET = 6  # classifyareas PRESET "Custom: THRESHOLD and UNIT"
STYLE_CLASSIFIED_AREAS = 1  # styleareas STYLE
STYLE_OUTLETS = 3
DEFAULT_THRESHOLD_MIN = 15.0  # as classifyareas' walking preset
DEFAULT_SERVICE_AREAS_MIN = "5,10,15"

# The algorithms of the steps, by id: the model stores every mandatory value of theirs it does not link.
STEP_ALGORITHMS = {
    f"foodaccess:{cls.NAME}": cls
    for cls in (FetchOutlets, AccessTimesAlgorithm, ServiceAreasAlgorithm, ClassifyAreas, ReportAlgorithm, StyleAreas)
}


def display_name():
    return tr("Food access analysis")


def description():
    return (
        tr(
            "The whole food-access analysis in one run: food outlets from OpenStreetMap (a local extract, or Overpass "
            "within an extent), the walking time from every home (origin) to the nearest outlet, the service areas of "
            "the outlets, the classification of the areas (food desert, low access, served) with the USDA Food Access "
            "Research Atlas rules (an area has low access when at least 500 people or 33 % of its population live "
            "farther than the threshold), and a print layout of the results (Project ▸ Layout Manager). Outputs are "
            "styled when they are loaded into the project."
        )
        + "\n\n"
        + tr(
            "To adapt it (outlet categories, the classification preset, the low-access count and share, the "
            "departure window of public transport): menu Plugins ▸ Food Access ▸ Open the analysis model in the "
            "Model Designer, change the steps, then Save As under another name into your models folder; it then "
            "appears under Models in the Processing toolbox."
        )
    )


def parameter_help():
    return {
        "AREAS": tr("Polygons to classify: quartiers, IRIS, QPV, communes or a grid."),
        "ORIGINS": tr("Where people live: points or polygons (buildings, INSEE Filosofi 200 m cells, address points)."),
        "POPULATION_FIELD": tr(
            "Number of people at each origin (Filosofi: Ind). Empty: each origin counts as one person."
        ),
        "OSM_FILE": tr(
            "OpenStreetMap extract (.osm.pbf / .osm) with the outlets and the streets (e.g. from "
            "download.geofabrik.de). Empty: outlets from Overpass within the extent, streets from the street network."
        ),
        "EXTENT": tr("Where to fetch outlets from Overpass when no OpenStreetMap file is given."),
        "NETWORK": tr("Street lines (e.g. IGN BD TOPO troncons) when no OpenStreetMap file is given."),
        "OUTLET_FILTER": tr(
            "Outlets that count for access and service areas, e.g. \"category\" = 'supermarket' (the USDA "
            "definition). Empty: every fetched outlet. The counts by category and the mRFEI use them all."
        ),
        "MODE": tr(
            "Walk on the street network; walk + public transport (GTFS timetables, or the OpenStreetMap file's bus "
            "and tram routes with estimated times); or straight line (geodesic, no network needed)."
        ),
        "GTFS": tr(
            "Walk + public transport: GTFS timetables (.zip), e.g. from transport.data.gouv.fr. Empty: the public "
            "transport routes of the OpenStreetMap file, with estimated times."
        ),
        "DATE": tr(
            "Walk + public transport: the day whose timetable is used. Empty: the first Tuesday on which every "
            "feed runs."
        ),
        "DEPARTURE": tr("Walk + public transport: start of the 60-minute departure window (times are its median)."),
        "WALK_SPEED": tr("Turns distances into minutes. Default 4.8 km/h (OpenTripPlanner's default walking speed)."),
        "THRESHOLD": tr(
            "People farther than this many minutes (on foot, or door to door by public transport) from the nearest "
            "outlet have low access. Default 15 minutes (the plugin's walking preset)."
        ),
        "SERVICE_AREA_THRESHOLDS": tr("Travel times of the service-area bands, in minutes, separated by commas."),
        "LOW_INCOME": tr(
            'True for low-income areas, e.g. "Men_pauv" / "Men" >= 0.2 with Filosofi. Low income and low access '
            "make a food desert. Empty and no priority areas: income is not assessed."
        ),
        "PRIORITY_AREAS": tr("Priority neighbourhoods (QPV): areas mostly inside them are low income."),
        "FIX_INVALID": tr(
            "Ticked, invalid polygons (self-intersecting, bow-tie) of the areas and priority areas are repaired "
            "(and listed in the log); unticked, they stop the classification with their ids."
        ),
    }


# (step, output) of each model output, with its name (also the name of the layer it loads as) and its help.
def model_outputs():
    return {
        ("fetch_outlets", "OUTLETS"): (
            tr("Food outlets"),
            tr("Food outlets in the outlet schema (category, organic, local, name, opening hours...)."),
        ),
        ("access_times", "ACCESS"): (
            tr("Access to the nearest outlet"),
            tr(
                "The origins with nearest_name, nearest_category, distance_m, time_min, outlets_within (outlets "
                "within the threshold) and status."
            ),
        ),
        ("service_areas", "SERVICE_AREAS"): (
            tr("Service areas"),
            tr("One polygon per travel-time band, dissolved over all outlets."),
        ),
        ("classify_areas", "CLASSIFIED_AREAS"): (
            tr("Food access by area"),
            tr(
                "The areas with pop_total, pop_low_access, share_low_access, median_time_min, outlet counts, mRFEI, "
                "class and reason."
            ),
        ),
    }


def model_parameters():
    polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
    return [
        QgsProcessingParameterFeatureSource("AREAS", tr("Areas to classify"), polygons),
        QgsProcessingParameterFeatureSource(
            "ORIGINS",
            tr("Homes (origins)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
        ),
        QgsProcessingParameterField(
            "POPULATION_FIELD",
            tr("Population field"),
            parentLayerParameterName="ORIGINS",
            type=QgsProcessingParameterField.DataType.Numeric,
            optional=True,
        ),
        QgsProcessingParameterFile(
            "OSM_FILE",
            tr("OpenStreetMap file (outlets and streets)"),
            fileFilter=tr("OpenStreetMap files (*.pbf *.osm)"),
            optional=True,
        ),
        QgsProcessingParameterExtent("EXTENT", tr("Extent for Overpass (without OpenStreetMap file)"), optional=True),
        QgsProcessingParameterFeatureSource(
            "NETWORK",
            tr("Street network (without OpenStreetMap file)"),
            [QgsProcessing.SourceType.TypeVectorLine],
            optional=True,
        ),
        QgsProcessingParameterExpression("OUTLET_FILTER", tr("Outlets that count (expression)"), optional=True),
        QgsProcessingParameterEnum(
            "MODE",
            tr("Travel mode"),
            [
                tr("Straight line (geodesic, USDA method)"),
                tr("Walk on the street network"),
                tr("Walk + public transport (GTFS timetables, or OSM routes as estimates)"),
            ],
            defaultValue=1,
        ),
        QgsProcessingParameterNumber(
            "WALK_SPEED",
            tr("Walking speed (km/h)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=4.8,
            minValue=0.5,
            maxValue=10.0,
        ),
        QgsProcessingParameterMultipleLayers(
            "GTFS", tr("Public transport timetables (GTFS)"), QgsProcessing.SourceType.TypeFile, optional=True
        ),
        QgsProcessingParameterDateTime(
            "DATE", tr("Date of travel"), QgsProcessingParameterDateTime.Type.Date, optional=True
        ),
        QgsProcessingParameterDateTime(
            "DEPARTURE", tr("Departure time"), QgsProcessingParameterDateTime.Type.Time, defaultValue=QTime(10, 0)
        ),
        QgsProcessingParameterNumber(
            "THRESHOLD",
            tr("Low access beyond (minutes)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_THRESHOLD_MIN,
            minValue=1.0,
        ),
        QgsProcessingParameterString(
            "SERVICE_AREA_THRESHOLDS", tr("Service areas (minutes)"), defaultValue=DEFAULT_SERVICE_AREAS_MIN
        ),
        QgsProcessingParameterExpression(
            "LOW_INCOME",
            tr("Low income (expression on the areas)"),
            parentLayerParameterName="AREAS",
            optional=True,
        ),
        QgsProcessingParameterFeatureSource("PRIORITY_AREAS", tr("Priority areas (QPV)"), polygons, optional=True),
        QgsProcessingParameterBoolean("FIX_INVALID", tr("Repair invalid geometries"), defaultValue=True),
    ]


def from_input(name):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def from_input_or_default(name, default):
    """The model input ``name``, or ``default`` when it is omitted: QGIS 3.22 passes an omitted model
    input to the steps as empty (qgis_process, processing.run), and the steps would then fall back
    to their own defaults (in metres for the thresholds, while the model works in minutes)."""
    literal = ("true" if default else "false") if isinstance(default, bool) else repr(default)
    return [QgsProcessingModelChildParameterSource.fromExpression(f"coalesce(@{name}, {literal})")]


def from_child(child_id, output="OUTPUT"):
    return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)]


def static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def store_mandatory_defaults(step):
    """Store the default of every mandatory parameter of ``step`` the model does not link: the Model
    Designer marks a step whose mandatory parameters have no stored value invalid (and refuses to run)."""
    algorithm_class = STEP_ALGORITHMS.get(step.algorithmId())
    if algorithm_class is None:
        return
    algorithm = algorithm_class()
    algorithm.initAlgorithm()
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.name() in step.parameterSources():
            continue
        if not definition.flags() & OPTIONAL_PARAMETER and definition.defaultValue() is not None:
            step.addParameterSources(definition.name(), static(definition.defaultValue()))


def child(algorithm_id, child_id, description, sources, position, outputs=None, after=()):
    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setDependencies([QgsProcessingModelChildDependency(dependency) for dependency in after])
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(*position))
    for name, value in sources.items():
        step.addParameterSources(name, value)
    store_mandatory_defaults(step)
    step_outputs = {}
    for name, (output_description, position_out) in (outputs or {}).items():
        model_output = QgsProcessingModelOutput(name, output_description)
        model_output.setChildId(child_id)
        model_output.setChildOutputName("OUTPUT")
        model_output.setPosition(QPointF(*position_out))
        step_outputs[name] = model_output
    step.setModelOutputs(step_outputs)
    return step


def output(child_id, code, position, readable):
    """The model output of step ``child_id``'s OUTPUT: {key: (description, position)}. The key names the layer
    a run loads (QGIS 3.22 loads a model's outputs under their keys): ``code`` (fetch_outlets:OUTLETS, the
    parameter name users pass) or, ``readable``, the description in the user's language."""
    name = model_outputs()[child_id, code][0]
    return {name if readable else code: (name, position)}


def steps(readable_outputs=False):
    network = {
        name: from_input(name) for name in ("OSM_FILE", "NETWORK", "MODE", "WALK_SPEED", "GTFS", "DATE", "DEPARTURE")
    }
    return [
        child(
            "foodaccess:fetchoutlets",
            "fetch_outlets",
            tr("Fetch food outlets"),
            {"OSM_FILE": from_input("OSM_FILE"), "EXTENT": from_input("EXTENT")},
            (700, 100),
            output("fetch_outlets", "OUTLETS", (1000, 40), readable_outputs),
        ),
        child(
            "native:extractbyexpression",
            "outlets_that_count",
            tr("Keep the outlets that count"),
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
            tr("Access to the nearest outlet"),
            dict(
                network,
                ORIGINS=from_input("ORIGINS"),
                OUTLETS=from_child("outlets_that_count"),
                THRESHOLD=from_input_or_default("THRESHOLD", DEFAULT_THRESHOLD_MIN),
                UNIT=static(MINUTES),
            ),
            (700, 400),
            output("access_times", "ACCESS", (1000, 360), readable_outputs),
        ),
        child(
            "foodaccess:serviceareas",
            "service_areas",
            tr("Service areas"),
            dict(
                network,
                OUTLETS=from_child("outlets_that_count"),
                UNIT=static(MINUTES),
                THRESHOLDS=from_input_or_default("SERVICE_AREA_THRESHOLDS", DEFAULT_SERVICE_AREAS_MIN),
            ),
            (1000, 240),
            output("service_areas", "SERVICE_AREAS", (1300, 200), readable_outputs),
        ),
        child(
            "foodaccess:classifyareas",
            "classify_areas",
            tr("Classify food access by area"),
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
                "FIX_INVALID": from_input_or_default("FIX_INVALID", True),
            },
            (700, 580),
            output("classify_areas", "CLASSIFIED_AREAS", (1000, 660), readable_outputs),
        ),
        child(
            "foodaccess:report",
            "report",
            tr("Report (print layout)"),
            {
                "AREAS": from_child("classify_areas"),
                "OUTLETS": from_child("outlets_that_count"),
                "ACCESS": from_child("access_times"),
                "SERVICE_AREAS": from_child("service_areas"),
            },
            (1000, 520),
        ),
        # Styling reads the outputs: after the last step has written (and closed) them.
        child(
            "foodaccess:styleareas",
            "style_classified_areas",
            tr("Style the classified areas"),
            {"INPUT": from_child("classify_areas"), "STYLE": static(STYLE_CLASSIFIED_AREAS)},
            (700, 760),
            after=("access_times", "service_areas", "report"),
        ),
        child(
            "foodaccess:styleareas",
            "style_outlets",
            tr("Style the outlets"),
            {"INPUT": from_child("fetch_outlets"), "STYLE": static(STYLE_OUTLETS)},
            (1000, 760),
            after=("classify_areas", "access_times", "service_areas", "report"),
        ),
    ]


def build_model(model, name, readable_outputs=False):
    """Fill the empty ``model`` (named ``name``) with the analysis: inputs, steps, outputs, help; ``readable_outputs``:
    outputs keyed by their names in the user's language (see ``output``)."""
    model.setName(name)
    model.setGroup(tr("Models"))
    helps = parameter_help()
    model.setHelpContent(
        {
            "ALG_DESC": description(),
            "ALG_CREATOR": "Food Access",
            "ALG_VERSION": "1.1",
            "SHORT_DESCRIPTION": tr(
                "Outlets from OpenStreetMap, walking access from homes, service areas, food-desert classes by area "
                "and a print layout, in one run."
            ),
            **helps,
        }
    )
    for row, definition in enumerate(model_parameters()):
        definition.setHelp(helps[definition.name()])
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120 + 260 * (row % 2), 60 + 60 * row))
        model.addModelParameter(definition, component)
    for step in steps(readable_outputs):
        model.addChildAlgorithm(step)
    # Its outputs are step:OUTPUT (fetch_outlets:OUTLETS...) on every QGIS, the names users pass. (The help
    # content is set first: it is also where the rebuilt model takes its parameters' help from.)
    keep_step_output_names(model)
    describe_outputs(model, readable_outputs)
    return model


def describe_outputs(model, readable_outputs=False):
    """The help of each model output; outputs are declared once the steps' algorithms are registered."""
    help_content = model.helpContent()
    for (child_id, code), (name, text) in model_outputs().items():
        parameter = model_output_name(model, child_id, name if readable_outputs else code)
        if parameter is not None:
            help_content[parameter] = text
    model.setHelpContent(help_content)


def layer_names(model, results):
    """{output destination: readable layer name} for the model's outputs in ``results``."""
    names = {}
    for (child_id, output_name), (name, _help) in model_outputs().items():
        parameter = model_output_name(model, child_id, output_name)
        destination = results.get(parameter) if parameter else None
        if isinstance(destination, str) and destination:
            names[destination] = name
    return names


class FoodAccessModel(QgsProcessingModelAlgorithm):
    """The analysis model as the provider ships it: id ``foodaccessanalysis``, texts in the user's language."""

    def __init__(self):
        super().__init__()
        build_model(self, MODEL_NAME)

    def displayName(self):  # noqa: N802 (QGIS's name)
        return display_name()

    def createInstance(self):  # noqa: N802 (QGIS's name)
        instance = FoodAccessModel()
        instance.setProvider(self.provider())
        return instance

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS's name)
        results = super().processAlgorithm(parameters, context, feedback)
        # The steps' outputs load under the model's output keys (OUTLETS, ACCESS...): named for the user.
        for destination, name in layer_names(self, results).items():
            if context.willLoadLayerOnCompletion(destination):
                details = context.layerToLoadOnCompletionDetails(destination)
                details.name = name
                details.forceName = True
        return results


def standalone_model():
    """The model as a plain model algorithm in the user's language, its steps resolved: what the Model Designer
    opens and the ``.model3`` file holds. Its outputs are keyed by their names, so that its copies, which run
    without FoodAccessModel, load them named. Its steps must be registered (the provider is loaded)."""
    model = QgsProcessingModelAlgorithm()
    build_model(model, display_name(), readable_outputs=True)
    for child_id in model.childAlgorithms():
        model.childAlgorithm(child_id).reattach()
    model.updateDestinationParameters()
    describe_outputs(model, readable_outputs=True)
    return model


def export_model(path):
    """Write the model as a ``.model3`` file; True when written."""
    return standalone_model().toFile(path)
