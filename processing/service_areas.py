"""foodaccess:serviceareas — the areas within walking distance (or time) of the outlets.

The mode's engine (core ``circle_areas``, ``service_areas`` or ``transit_service_areas``) draws
every polygon as a ``ServiceArea``; this module reads the outlets and writes the polygons.
"""

from dataclasses import dataclass
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.errors import InputError
from ..core.transit.access import transit_service_areas
from ..core.walk.network import LocalProjection
from ..core.walk.service_areas import DEFAULT_WIDTH, OUTLINES, circle_areas, service_areas
from ..core.walk.settings import UNIT_MINUTES, UNIT_NAMES, parse_thresholds, to_metres
from ..qgis_compat import FieldType
from .access_base import AccessAlgorithm
from .access_parameters import MODE_TRANSIT, add_unit_parameter, point_source_parameter
from .point_input import OutletIdentity
from .street_network import WGS84, local_crs
from .styling import style_service_areas_on_completion


@dataclass
class AreaRequest:
    """The areas asked for: ``thresholds`` as the engine takes them (metres; minutes by walk +
    public transport) and ``shown``, each as the user gave it; one per outlet or dissolved; the
    buffer ``width`` and ``outline`` method of the network modes."""

    thresholds: list
    shown: dict
    unit_name: str
    per_outlet: bool
    width: float
    outline: str


@dataclass
class AreaLayer:
    """What serviceareas writes: the ``areas`` (ServiceArea, their WKB in ``crs``) of the outlet
    ``features``; ``estimated`` is None without public transport, otherwise whether its times are
    estimates (the fields statistic and transit_estimated are then added)."""

    features: list
    areas: list
    crs: QgsCoordinateReferenceSystem
    estimated: Optional[bool] = None


class ServiceAreasAlgorithm(AccessAlgorithm):
    NAME = "serviceareas"

    def display_name(self):
        return self.tr("Service areas")

    def define_inputs(self):
        self.add_parameter(
            point_source_parameter("OUTLETS", self.tr("Outlets")),
            self.tr(
                "Food outlets; polygons are taken at a point on their surface. Use the layer's selection, "
                "a filtered layer or the 'Outlet filter' to keep some outlets only."
            ),
        )
        self.add_outlet_filter()

    def define_options(self):
        self.add_parameter(
            QgsProcessingParameterString("THRESHOLDS", self.tr("Thresholds"), defaultValue="400,800,1609"),
            self.tr(
                "Comma-separated distances or times, e.g. '5,10,15' (minutes) or '800,1609,2500' (metres). "
                "Default 400, 800, 1609 m: about 5 and 10 minutes' walk and the USDA's 1 mile."
            ),
        )
        add_unit_parameter(self, self.tr("Unit of the thresholds: metres or minutes (at the walking speed)."))
        self.add_parameter(
            QgsProcessingParameterBoolean("PER_OUTLET", self.tr("One area per outlet"), defaultValue=False),
            self.tr(
                "Unchecked: one polygon per threshold dissolved over all outlets. Checked: one polygon per "
                "outlet and threshold, with the outlet's id and name."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "BUFFER",
                self.tr("Width around the reached streets (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=DEFAULT_WIDTH,
                minValue=1.0,
            ),
            self.tr(
                "With the grid contour or exact buffer OUTLINE, the reached streets, cut exactly at the threshold, "
                "are buffered by this width: the area never extends farther than this beyond the threshold. Default "
                "50 m (the 'sausage' network buffer of Oliver et al. 2007). Unused by the default outline."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterEnum(
                "OUTLINE",
                self.tr("Outline"),
                options=[
                    self.tr("As access times: the walk to the nearest street counted"),
                    self.tr("Grid contour of the buffer (fast)"),
                    self.tr("Exact buffer (slower)"),
                ],
                defaultValue=0,
            ),
            self.tr(
                "As access times (default): a point is inside when a home placed there would get a time_min within "
                "the threshold from Access to the nearest outlet (its walk to the nearest street within MAX_SNAP, "
                "small islands skipped, then along the streets; by walk + public transport, the same statistic "
                "over the departure window), traced on a grid of 10 m; BUFFER is then unused. The other two buffer "
                "the reached streets by BUFFER. Grid contour: traced on a grid of cells of a fifth of the width "
                "(10 m for 50 m), the way R5 and OpenTripPlanner draw isochrones; it never extends farther than the "
                "width from the reached streets and lies about 0.72 times the width from a straight street (36 m for "
                "50 m). Exact buffer: round buffers of exactly the width, dissolved (GEOS); slower."
            ),
            advanced=True,
        )

    def define_output(self):
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Service areas"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr(
                "Polygons with threshold, unit, outlet_id and outlet_name (empty when dissolved); with walk + "
                "public transport also statistic (median or pNN) and transit_estimated."
            ),
        )

    def process(self, parameters, context, feedback):
        run = self.start(parameters, context, feedback)
        outlets_source = self.input_source(run, "OUTLETS", self.tr("outlets"))
        values = parse_thresholds(self.parameterAsString(parameters, "THRESHOLDS", context))
        outlets = self.outlet_input(run, outlets_source)
        self.note_crs(run, ("OUTLETS", outlets_source))
        if run.mode == MODE_TRANSIT:
            if run.unit != UNIT_MINUTES:
                raise InputError("Walk + public transport service areas are measured in time: set UNIT to minutes.")
            thresholds = values
        else:
            thresholds = [to_metres(value, run.unit, run.speed_kmh) for value in values]
        request = AreaRequest(
            thresholds,
            dict(zip(thresholds, values)),
            UNIT_NAMES[run.unit],
            self.parameterAsBoolean(parameters, "PER_OUTLET", context),
            self.parameterAsDouble(parameters, "BUFFER", context),
            OUTLINES[self.parameterAsEnum(parameters, "OUTLINE", context)],
        )
        return self._write(run, outlets_source, request, self.by_mode(run, outlets, request))

    # --- modes ------------------------------------------------------------------------------
    def straight(self, run, outlets, request):
        features, lonlat = self.usable_outlets(run, outlets, QgsCoordinateReferenceSystem(WGS84))
        projection = LocalProjection.around(lonlat)
        areas = circle_areas(projection.forward(lonlat), request.thresholds, request.per_outlet, run.progress)
        return AreaLayer(features, areas, local_crs(projection))

    def walk(self, run, outlets, request):
        network = self.outlets_on_network(run, outlets, run.progress.sub(0.0, 0.3))
        areas = service_areas(
            network.router,
            network.snapped,
            request.thresholds,
            request.width,
            request.per_outlet,
            request.outline,
            network.max_snap,
            run.progress.sub(0.3, 0.95),
        )
        return AreaLayer(network.features, areas, network.crs)

    def transit(self, run, outlets, request):
        """Areas from which the median (and, in other records, the PERCENTILE) walk + transit time
        over the window is within each threshold (minutes)."""
        network = self.outlets_on_network(run, outlets, run.progress.sub(0.0, 0.2))
        timetable, settings = self.timetables(run, run.progress.sub(0.2, 0.3))
        areas = transit_service_areas(
            network.router,
            timetable,
            network.snapped,
            settings,
            request.thresholds,
            network.max_snap,
            request.width,
            request.outline,
            request.per_outlet,
            run.progress.sub(0.3, 0.95),
        )
        self.warn_if_estimated(run, timetable)
        return AreaLayer(network.features, areas, network.crs, timetable.estimated)

    # --- output -----------------------------------------------------------------------------
    def _write(self, run, outlets_source, request, layer):
        fields = QgsFields()
        fields.append(QgsField("threshold", FieldType.Double))
        fields.append(QgsField("unit", FieldType.String))
        fields.append(QgsField("outlet_id", FieldType.String))
        fields.append(QgsField("outlet_name", FieldType.String))
        if layer.estimated is not None:
            fields.append(QgsField("statistic", FieldType.String))
            fields.append(QgsField("transit_estimated", FieldType.Bool))
        target = outlets_source.sourceCrs()
        sink, dest_id = self.create_sink(
            run.parameters, "OUTPUT", run.context, fields, QgsWkbTypes.Type.MultiPolygon, target
        )
        statistic = "median" if layer.estimated is not None else None
        style_service_areas_on_completion(
            run.context, dest_id, sorted(request.shown.values()), request.unit_name, statistic
        )
        transform = QgsCoordinateTransform(layer.crs, target, run.context.transformContext())
        progress = run.progress.sub(0.95, 1.0)
        # Largest first, so that smaller areas draw on top.
        ordered = sorted(layer.areas, key=lambda area: (area.outlet, -area.threshold))
        for done, area in enumerate(ordered):
            progress.step(done, len(ordered))
            geometry = QgsGeometry()
            geometry.fromWkb(area.wkb)
            geometry.transform(transform)
            geometry.convertToMultiType()
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            outlet = OutletIdentity.of(layer.features[area.outlet]) if area.outlet >= 0 else None
            attributes = [request.shown[area.threshold], request.unit_name]
            attributes += [outlet.id, outlet.name] if outlet else [None, None]
            if layer.estimated is not None:
                attributes += [area.statistic, bool(layer.estimated)]
            feature.setAttributes(attributes)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {"OUTPUT": dest_id}
