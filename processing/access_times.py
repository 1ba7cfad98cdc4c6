"""foodaccess:accesstimes — distance and time from every origin to its nearest outlet."""

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
)

from ..core.transit.access import walk_transit_times
from ..core.walk.routing import straight_access, walk_access
from ..qgis_compat import FieldType
from .base import FoodAccessAlgorithm
from .network_input import (
    MODE_STRAIGHT,
    MODE_TRANSIT,
    MODE_WALK,
    WGS84,
    add_mode_parameters,
    add_transit_parameters,
    add_unit_parameter,
    check_source,
    load_transit,
    network_and_outlets,
    outlet_values,
    point_crs_note,
    point_source_parameter,
    read_points,
    report_off_island,
    to_metres,
    usable_points,
)

ACCESS_FIELDS = (
    ("nearest_id", FieldType.String),
    ("nearest_name", FieldType.String),
    ("nearest_category", FieldType.String),
    ("distance_m", FieldType.Double),
    ("time_min", FieldType.Double),
    ("outlets_within", FieldType.Int),
    ("snap_m", FieldType.Double),
    ("status", FieldType.String),
)


class AccessTimesAlgorithm(FoodAccessAlgorithm):
    NAME = "accesstimes"
    GROUP = "accessibility"
    REQUIRES = (("scipy", "networkx"),)  # either: scipy is the fast path, networkx the fallback

    def display_name(self):
        return self.tr("Access to the nearest outlet")

    def define_parameters(self):
        self.add_parameter(
            point_source_parameter("ORIGINS", self.tr("Origins")),
            self.tr(
                "Where people live: points (address points, population-weighted centroids) or polygons "
                "(200 m INSEE cells, buildings), taken at a point on their surface. Every feature is kept."
            ),
        )
        self.add_parameter(
            point_source_parameter("OUTLETS", self.tr("Outlets")),
            self.tr(
                "Food outlets (the outlet layer of 'Fetch outlets' or 'Import a directory'). Their source_id, "
                "name and category fields, when present, are copied to the result."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterExpression(
                "OUTLET_FILTER", self.tr("Outlet filter"), parentLayerParameterName="OUTLETS", optional=True
            ),
            self.tr("Keep only the outlets matching this expression, e.g. \"category\" = 'supermarket'."),
        )
        add_mode_parameters(self)
        self.add_parameter(
            QgsProcessingParameterNumber(
                "THRESHOLD",
                self.tr("Threshold for counting outlets"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=1609.0,
                minValue=0.0,
            ),
            self.tr(
                "outlets_within counts the outlets within this distance or time. Default 1609 m: the USDA's "
                "1 mile urban low-access distance."
            ),
        )
        add_unit_parameter(self, self.tr("Unit of the threshold: metres or minutes (at the walking speed)."))
        add_transit_parameters(self)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Access to the nearest outlet"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            ),
            self.tr(
                "The origins with all their fields plus nearest_id, nearest_name, nearest_category, "
                "distance_m, time_min, outlets_within, snap_m and status; with walk + public transport also "
                "time_pNN, transit_share and transit_estimated (time_min is then the median)."
            ),
        )

    def process(self, parameters, context, feedback):
        progress = self.progress(feedback)
        origins_source = check_source(
            self.parameterAsSource(parameters, "ORIGINS", context), "ORIGINS", self.tr("origins")
        )
        outlets_source = check_source(
            self.parameterAsSource(parameters, "OUTLETS", context), "OUTLETS", self.tr("outlets")
        )
        mode = self.parameterAsEnum(parameters, "MODE", context)
        speed = self.parameterAsDouble(parameters, "WALK_SPEED", context)
        unit = self.parameterAsEnum(parameters, "UNIT", context)
        threshold = to_metres(self.parameterAsDouble(parameters, "THRESHOLD", context), unit, speed)
        outlet_request = self._outlet_request(parameters, context)
        point_crs_note(
            feedback,
            (
                ("ORIGINS", origins_source),
                ("OUTLETS", outlets_source),
                ("NETWORK", self.parameterAsSource(parameters, "NETWORK", context)),
            ),
        )

        engines = {MODE_STRAIGHT: self._straight, MODE_WALK: self._walk, MODE_TRANSIT: self._transit}
        if mode not in engines:
            raise QgsProcessingException(self.tr("Unknown MODE {mode}.").format(mode=mode))
        origins, outlets, access, *extra = engines[mode](
            parameters, context, feedback, progress, origins_source, outlets_source, outlet_request, threshold, speed
        )
        feedback.pushInfo(self._summary(access))
        return self._write(
            parameters, context, origins_source, origins, outlets, access, progress.sub(0.9, 1.0), *extra
        )

    # --- modes ------------------------------------------------------------------------------
    def _straight(
        self, parameters, context, feedback, progress, origins_source, outlets_source, outlet_request, threshold, speed
    ):
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        outlets, outlet_lonlat = read_points(outlets_source, wgs84, context, outlet_request)
        outlets, outlet_lonlat = usable_points(outlets, outlet_lonlat, self._no_outlet())
        origins, origin_lonlat = read_points(origins_source, wgs84, context)
        progress.step(10, 100)
        access = straight_access(origin_lonlat, outlet_lonlat, threshold, speed, progress.sub(0.1, 0.9))
        return origins, outlets, access

    def _walk(
        self, parameters, context, feedback, progress, origins_source, outlets_source, outlet_request, threshold, speed
    ):
        router, crs, max_snap, outlets, snapped = network_and_outlets(
            self,
            parameters,
            context,
            feedback,
            progress.sub(0.0, 0.4),
            outlets_source,
            outlet_request,
            self._no_outlet(),
        )
        origins, origin_xy = read_points(origins_source, crs, context)
        progress.step(45, 100)
        access = walk_access(router, origin_xy, snapped, threshold, speed, max_snap, progress.sub(0.45, 0.9))
        report_off_island(feedback, access.off_island, self.tr("origins"))
        return origins, outlets, access

    def _transit(
        self, parameters, context, feedback, progress, origins_source, outlets_source, outlet_request, threshold, speed
    ):
        """Walking as MODE 1 (nearest outlet on foot, counts), then time_min becomes the median walk + transit
        time over the window, with time_pNN, transit_share and transit_estimated as extra fields."""
        router, crs, max_snap, outlets, snapped = network_and_outlets(
            self,
            parameters,
            context,
            feedback,
            progress.sub(0.0, 0.25),
            outlets_source,
            outlet_request,
            self._no_outlet(),
        )
        timetable, settings = load_transit(self, parameters, context, feedback, progress.sub(0.25, 0.35))
        origins, origin_xy = read_points(origins_source, crs, context)
        access = walk_access(router, origin_xy, snapped, threshold, speed, max_snap, progress.sub(0.35, 0.5))
        report_off_island(feedback, access.off_island, self.tr("origins"))
        times, links = walk_transit_times(
            router,
            timetable,
            router.snap(origin_xy, max_snap),
            snapped,
            access.distance_m,
            settings,
            max_snap,
            progress.sub(0.5, 0.9),
        )
        if links.off_network:
            feedback.pushInfo(
                self.tr(
                    "{count} of {total} stops are farther than MAX_SNAP from the street network and are not used."
                ).format(count=links.off_network, total=timetable.stop_count)
            )
        routed = access.status == "ok"
        walk_min = access.time_min
        access.time_min = np.where(routed, times.minutes(50, walk_min), np.nan)
        share = np.where(routed, times.transit_share(), np.nan)
        estimated = [timetable.estimated] * len(origins)
        if timetable.estimated:
            feedback.pushWarning(
                self.tr(
                    "The public transport times are ESTIMATES from OSM routes (no timetable): "
                    "field transit_estimated is true."
                )
            )
        feedback.pushInfo(
            self.tr(
                "Walk + public transport: transit beats walking alone at {share:.1f} % of the "
                "departures ({origins} origins helped at least once)."
            ).format(
                share=100 * float(np.nanmean(share)) if routed.any() else 0.0,
                origins=int((times.by_transit.any(axis=1) & routed).sum()),
            )
        )
        extra = [
            (
                f"time_p{settings.percentile:g}",
                FieldType.Double,
                np.where(routed, times.minutes(settings.percentile, walk_min), np.nan),
            ),
            ("transit_share", FieldType.Double, share),
            ("transit_estimated", FieldType.Bool, estimated),
        ]
        return origins, outlets, access, extra

    # --- helpers ----------------------------------------------------------------------------
    def _outlet_request(self, parameters, context):
        request = QgsFeatureRequest()
        # parameterAsExpression returns "" for an invalid expression: read the text to report it.
        expression_text = self.parameterAsString(parameters, "OUTLET_FILTER", context)
        if expression_text:
            expression = QgsExpression(expression_text)
            if expression.hasParserError():
                raise QgsProcessingException(
                    self.tr("The outlet filter is not a valid expression: {error}").format(
                        error=expression.parserErrorString()
                    )
                )
            request.setFilterExpression(expression_text)
            request.setExpressionContext(self.createExpressionContext(parameters, context))
        return request

    def _no_outlet(self):
        return self.tr("No outlet is left: the outlet filter matches none, or the outlets have no geometry.")

    def _summary(self, access):
        statuses, counts = np.unique(access.status.astype(str), return_counts=True)
        return self.tr("Origins by status: {list}.").format(
            list=", ".join(f"{status} {count}" for status, count in zip(statuses, counts))
        )

    def _write(self, parameters, context, origins_source, origins, outlets, access, progress, extra_columns=()):
        """``extra_columns``: (name, FieldType, values per origin) appended after ACCESS_FIELDS."""
        extra = QgsFields()
        for name, kind in list(ACCESS_FIELDS) + [(name, kind) for name, kind, _ in extra_columns]:
            extra.append(QgsField(name, kind))
        fields = QgsProcessingUtils.combineFields(origins_source.fields(), extra)
        sink, dest_id = self.create_sink(
            parameters, "OUTPUT", context, fields, origins_source.wkbType(), origins_source.sourceCrs()
        )
        values = [outlet_values(feature) for feature in outlets]
        for index, feature in enumerate(origins):
            if index % 1000 == 0:
                progress.step(index, len(origins))
            nearest = int(access.nearest[index])
            identity = values[nearest] if nearest >= 0 else (None, None, None)
            output = QgsFeature(fields)
            output.setGeometry(feature.geometry())
            output.setAttributes(
                list(feature.attributes())
                + list(identity)
                + [
                    _number(access.distance_m[index]),
                    _number(access.time_min[index]),
                    int(access.within[index]),
                    _number(access.snap_m[index]),
                    str(access.status[index]),
                ]
                + [_value(values[index]) for _, _, values in extra_columns]
            )
            sink.addFeature(output, QgsFeatureSink.Flag.FastInsert)
        return {"OUTPUT": dest_id}


def _number(value):
    return None if not np.isfinite(value) else round(float(value), 2)


def _value(value):
    """A field value: floats rounded as _number, booleans as they are."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    return _number(value)
