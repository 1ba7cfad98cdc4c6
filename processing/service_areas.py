"""foodaccess:serviceareas — the areas within walking distance (or time) of the outlets."""

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.transit.access import transit_service_areas
from ..core.transit.scan import departure_minutes
from ..core.walk.network import LocalProjection
from ..core.walk.service_areas import DEFAULT_WIDTH, OUTLINES, circles_wkb, service_areas
from ..qgis_compat import FieldType
from .base import FoodAccessAlgorithm
from .network_input import (
    MODE_STRAIGHT,
    MODE_TRANSIT,
    MODE_WALK,
    UNIT_MINUTES,
    UNIT_NAMES,
    WGS84,
    add_mode_parameters,
    add_transit_parameters,
    add_unit_parameter,
    check_source,
    load_transit,
    local_crs,
    network_and_outlets,
    outlet_values,
    point_crs_note,
    point_source_parameter,
    read_points,
    to_metres,
    usable_points,
)


def parse_thresholds(text):
    """ "5,10,15" -> [5.0, 10.0, 15.0] (sorted, unique); ValueError on anything else."""
    values = sorted({float(part) for part in text.replace(";", ",").split(",") if part.strip()})
    if not values or values[0] <= 0:
        raise ValueError(text)
    return values


class ServiceAreasAlgorithm(FoodAccessAlgorithm):
    NAME = "serviceareas"
    GROUP = "accessibility"
    REQUIRES = (("scipy", "networkx"),)  # either: scipy is the fast path, networkx the fallback

    def display_name(self):
        return self.tr("Service areas")

    def define_parameters(self):
        self.add_parameter(
            point_source_parameter("OUTLETS", self.tr("Outlets")),
            self.tr(
                "Food outlets; polygons are taken at a point on their surface. Use the layer's selection "
                "or a filtered layer to keep some outlets only."
            ),
        )
        add_mode_parameters(self)
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
                "The reached streets, cut exactly at the threshold, are buffered by this width: the area never "
                "extends farther than this beyond the threshold. Default 50 m (the 'sausage' network buffer "
                "of Oliver et al. 2007)."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterEnum(
                "OUTLINE",
                self.tr("Outline"),
                options=[self.tr("Grid contour (fast)"), self.tr("Exact buffer (slower)")],
                defaultValue=0,
            ),
            self.tr(
                "Grid contour: the outline is traced on a grid of cells of a fifth of the width (10 m for 50 m), "
                "the way R5 and OpenTripPlanner draw isochrones; more than 50 times faster than QGIS's own "
                "service area on a city. It never extends farther than the width from the reached streets and lies "
                "about 0.72 times the width from a straight street (36 m for 50 m). Exact buffer: round "
                "buffers of exactly the width, dissolved (GEOS); for an outline at the exact width, slower."
            ),
            advanced=True,
        )
        add_transit_parameters(self)
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
        progress = self.progress(feedback)
        outlets_source = check_source(
            self.parameterAsSource(parameters, "OUTLETS", context), "OUTLETS", self.tr("outlets")
        )
        text = self.parameterAsString(parameters, "THRESHOLDS", context)
        try:
            thresholds = parse_thresholds(text)
        except ValueError:
            raise QgsProcessingException(
                self.tr("THRESHOLDS must be positive numbers separated by commas, e.g. 5,10,15 (got '{text}').").format(
                    text=text
                )
            ) from None
        mode = self.parameterAsEnum(parameters, "MODE", context)
        speed = self.parameterAsDouble(parameters, "WALK_SPEED", context)
        unit = self.parameterAsEnum(parameters, "UNIT", context)
        per_outlet = self.parameterAsBoolean(parameters, "PER_OUTLET", context)
        width = self.parameterAsDouble(parameters, "BUFFER", context)
        outline = OUTLINES[self.parameterAsEnum(parameters, "OUTLINE", context)]
        metres = [to_metres(value, unit, speed) for value in thresholds]
        point_crs_note(
            feedback, (("OUTLETS", outlets_source), ("NETWORK", self.parameterAsSource(parameters, "NETWORK", context)))
        )
        engines = {MODE_STRAIGHT: self._straight, MODE_WALK: self._walk, MODE_TRANSIT: self._transit}
        if mode not in engines:
            raise QgsProcessingException(self.tr("Unknown MODE {mode}.").format(mode=mode))
        if mode == MODE_TRANSIT:
            if unit != UNIT_MINUTES:
                raise QgsProcessingException(
                    self.tr("Walk + public transport service areas are measured in time: set UNIT to minutes.")
                )
            metres = thresholds
        outlets, areas, crs, *transit = engines[mode](
            parameters, context, feedback, progress, outlets_source, metres, per_outlet, (width, outline)
        )
        by_metres = dict(zip(metres, thresholds))
        return self._write(
            parameters,
            context,
            outlets_source,
            outlets,
            areas,
            crs,
            by_metres,
            UNIT_NAMES[unit],
            progress.sub(0.95, 1.0),
            *transit,
        )

    # --- modes ------------------------------------------------------------------------------
    # ``buffer``: (width, outline) of the network buffers (walking and transit modes).
    def _straight(self, parameters, context, feedback, progress, outlets_source, metres, per_outlet, buffer):
        outlets, lonlat = read_points(outlets_source, QgsCoordinateReferenceSystem(WGS84), context)
        outlets, lonlat = usable_points(outlets, lonlat, self.tr("No outlet has a usable geometry."))
        projection = LocalProjection.around(lonlat)
        xy = projection.forward(lonlat)
        groups = [(index, xy[index : index + 1]) for index in range(len(xy))] if per_outlet else [(-1, xy)]
        areas = []
        for done, (outlet, points) in enumerate(groups):
            progress.step(done, len(groups))
            for threshold in metres:
                areas.append((threshold, outlet, circles_wkb(points, threshold)))
        return outlets, areas, local_crs(projection)

    def _walk(self, parameters, context, feedback, progress, outlets_source, metres, per_outlet, buffer):
        router, crs, _, outlets, snapped = network_and_outlets(
            self, parameters, context, feedback, progress.sub(0.0, 0.3), outlets_source
        )
        width, outline = buffer
        areas = service_areas(router, snapped, metres, width, per_outlet, outline, progress.sub(0.3, 0.95))
        return outlets, areas, crs

    def _transit(self, parameters, context, feedback, progress, outlets_source, minutes, per_outlet, buffer):
        """Areas from which the median (and, in other rows, the PERCENTILE) walk + transit time over the
        window is within each threshold; areas are (minutes, outlet, WKB, statistic)."""
        router, crs, max_snap, outlets, snapped = network_and_outlets(
            self, parameters, context, feedback, progress.sub(0.0, 0.2), outlets_source
        )
        timetable, settings = load_transit(self, parameters, context, feedback, progress.sub(0.2, 0.3))
        count = len(departure_minutes(settings.departure, settings.window_minutes))
        # Nearest-rank positions in the sorted times (R5); the median wins when both are the same.
        statistics = {
            int(np.ceil(settings.percentile / 100.0 * count)) - 1: f"p{settings.percentile:g}",
            int(np.ceil(0.5 * count)) - 1: "median",
        }
        groups = (
            [(index, snapped.subset(np.array([index]))) for index in np.flatnonzero(snapped.tied)]
            if per_outlet
            else [(-1, snapped)]
        )
        areas = []
        for done, (outlet, group) in enumerate(groups):
            part = progress.sub(0.3 + 0.65 * done / len(groups), 0.3 + 0.65 * (done + 1) / len(groups))
            for threshold, rank, wkb in transit_service_areas(
                router, timetable, group, settings, minutes, sorted(statistics), max_snap, *buffer, part
            ):
                areas.append((threshold, outlet, wkb, statistics[rank]))
        if timetable.estimated:
            feedback.pushWarning(
                self.tr(
                    "The public transport times are ESTIMATES from OSM routes (no timetable): "
                    "field transit_estimated is true."
                )
            )
        return outlets, areas, crs, timetable.estimated

    def _write(
        self, parameters, context, outlets_source, outlets, areas, crs, by_metres, unit_name, progress, estimated=None
    ):
        """``estimated``: None without transit; otherwise areas carry their statistic and the fields
        statistic and transit_estimated are added."""
        fields = QgsFields()
        fields.append(QgsField("threshold", FieldType.Double))
        fields.append(QgsField("unit", FieldType.String))
        fields.append(QgsField("outlet_id", FieldType.String))
        fields.append(QgsField("outlet_name", FieldType.String))
        if estimated is not None:
            fields.append(QgsField("statistic", FieldType.String))
            fields.append(QgsField("transit_estimated", FieldType.Bool))
        target = outlets_source.sourceCrs()
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon, target)
        transform = QgsCoordinateTransform(crs, target, context.transformContext())
        # Largest first, so that smaller areas draw on top.
        for done, (metres, outlet, wkb, *statistic) in enumerate(sorted(areas, key=lambda item: (item[1], -item[0]))):
            progress.step(done, len(areas))
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            geometry.transform(transform)
            geometry.convertToMultiType()
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            identity = (None, None)
            if outlet >= 0:
                identity = outlet_values(outlets[outlet])[:2]
            transit = [*statistic, bool(estimated)] if estimated is not None else []
            feature.setAttributes([by_metres[metres], unit_name, *identity, *transit])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {"OUTPUT": dest_id}
