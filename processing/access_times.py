"""foodaccess:accesstimes — distance and time from every origin to its nearest outlet.

The mode's engine (core ``straight_access``, ``walk_access`` or ``walk_transit_access``) computes
every value; this module reads the layers and writes them as fields of the origins.
"""

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
)

from ..core.errors import InputError
from ..core.outlets.taxonomy import load_taxonomy
from ..core.transit.access import walk_transit_access
from ..core.walk.measures import count_by_group, gravity, two_step_fca
from ..core.walk.routing import Access, straight_access, walk_access
from ..core.walk.settings import to_metres
from ..i18n import counted, plural
from ..qgis_compat import FieldType
from .access_base import AccessAlgorithm
from .access_parameters import add_unit_parameter, point_source_parameter, population_field_parameter
from .origin_values import population_values
from .point_input import (
    ORIGINS_OFF_ISLAND,
    OutletIdentity,
    read_points,
    report_coverage,
    report_off_island,
    report_unreachable,
)
from .street_network import WGS84
from .styling import style_access_on_completion

# Default decay of the gravity measure, per minute of walking: an outlet 7 minutes away weighs half one at the door.
GRAVITY_DECAY_PER_MIN = 0.1

# A nearest outlet farther than this (km, straight line) is no food access measure but a sign of mismatched layers.
FAR_OUTLET_KM = 100

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
# Written only when the outlets have a category field: outlets within the threshold by taxonomy group.
GROUP_FIELDS = (("healthy_within", "healthy"), ("less_healthy_within", "less_healthy"))


@dataclass
class ExtraField:
    """A field written after ACCESS_FIELDS: its name, FieldType, value per origin and decimals kept."""

    name: str
    kind: object
    values: object
    decimals: int = 2


@dataclass
class AccessLayer:
    """What accesstimes writes: the origin and outlet features, the Access of each origin and
    the fields of walk + public transport."""

    origins: list
    outlets: list
    access: Access
    extra: list = field(default_factory=list)


class AccessTimesAlgorithm(AccessAlgorithm):
    NAME = "accesstimes"

    def display_name(self):
        return self.tr("Access to the nearest outlet")

    def define_inputs(self):
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
        self.add_outlet_filter()

    def define_options(self):
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
            decimals=1,  # minutes such as 7.5
        )
        add_unit_parameter(self, self.tr("Unit of the threshold: metres or minutes (at the walking speed)."))
        self.add_parameter(
            QgsProcessingParameterNumber(
                "GRAVITY_DECAY",
                self.tr("Gravity decay (per minute of walking)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=GRAVITY_DECAY_PER_MIN,
                minValue=0.0,
            ),
            self.tr(
                "β of the gravity field: each outlet within the threshold weighs exp(−β × t), t its walking time "
                "in minutes. Default 0.1: an outlet 7 minutes away weighs half as much as one at the door."
            ),
            advanced=True,
            decimals=3,
        )
        self.add_parameter(
            population_field_parameter(),
            self.tr(
                "People living at each origin (Filosofi: Ind), the demand of access_2sfca. Empty: each origin "
                "counts as 1."
            ),
            advanced=True,
        )

    def define_output(self):
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Access to the nearest outlet"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            ),
            self.tr(
                "The origins with all their fields plus nearest_id, nearest_name, nearest_category, "
                "distance_m, time_min, outlets_within, snap_m, status, gravity and access_2sfca (with healthy_within "
                "and less_healthy_within when the outlets have a category field); with walk + public transport also "
                "time_pNN, transit_share and transit_estimated (time_min is then the median)."
            ),
        )

    def process(self, parameters, context, feedback):
        run = self.start(parameters, context, feedback)
        origins_source = self.input_source(run, "ORIGINS", self.tr("origins"))
        outlets_source = self.input_source(run, "OUTLETS", self.tr("outlets"))
        threshold = to_metres(self.parameterAsDouble(parameters, "THRESHOLD", context), run.unit, run.speed_kmh)
        outlets = self.outlet_input(run, outlets_source)
        self.note_crs(run, ("ORIGINS", origins_source), ("OUTLETS", outlets_source))
        layer = self.by_mode(run, origins_source, outlets, threshold)
        population = population_values(
            layer.origins, self.parameterAsString(parameters, "POPULATION_FIELD", context), feedback
        )
        decay = self.parameterAsDouble(parameters, "GRAVITY_DECAY", context)
        layer.extra = measure_fields(layer, population, decay, run.speed_kmh) + layer.extra
        feedback.pushInfo(self._summary(layer.access))
        return self._write(run, origins_source, layer)

    # --- modes ------------------------------------------------------------------------------
    def straight(self, run, origins_source, outlets, threshold):
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        outlet_features, outlet_lonlat = self.usable_outlets(run, outlets, wgs84)
        origins, origin_lonlat = self.read_origins(run, origins_source, wgs84)
        run.progress.step(10, 100)
        access = straight_access(origin_lonlat, outlet_lonlat, threshold, run.speed_kmh, run.progress.sub(0.1, 0.9))
        self._warn_if_far(run, access)
        return AccessLayer(origins, outlet_features, access)

    def walk(self, run, origins_source, outlets, threshold):
        network = self.outlets_on_network(run, outlets, run.progress.sub(0.0, 0.4))
        origins, origin_xy = self.read_origins(run, origins_source, network.crs)
        run.progress.step(45, 100)
        access = walk_access(
            network.router,
            origin_xy,
            network.snapped,
            threshold,
            run.speed_kmh,
            network.max_snap,
            run.progress.sub(0.45, 0.9),
        )
        report_off_island(run.feedback, access.off_island, ORIGINS_OFF_ISLAND)
        report_coverage(run.feedback, access.coverage, network.max_snap)
        report_unreachable(run.feedback, access.status)
        return AccessLayer(origins, network.features, access)

    def transit(self, run, origins_source, outlets, threshold):
        """Walking as MODE 1 (nearest outlet on foot, counts), but time_min is the median walk + transit
        time over the window, with time_pNN, transit_share and transit_estimated as extra fields."""
        network = self.outlets_on_network(run, outlets, run.progress.sub(0.0, 0.25))
        timetable, settings = self.timetables(run, run.progress.sub(0.25, 0.35))
        origins, origin_xy = self.read_origins(run, origins_source, network.crs)
        result = walk_transit_access(
            network.router,
            timetable,
            origin_xy,
            network.snapped,
            threshold,
            settings,
            network.max_snap,
            run.progress.sub(0.35, 0.9),
        )
        report_off_island(run.feedback, result.access.off_island, ORIGINS_OFF_ISLAND)
        report_coverage(run.feedback, result.access.coverage, network.max_snap)
        report_unreachable(run.feedback, result.access.status)
        if result.stops_off_network:
            run.feedback.pushInfo(
                plural(
                    result.stops_off_network,
                    self.tr(
                        "{count} of {total} stops is farther than the maximum distance to the network "
                        "({max_snap:g} m) from the streets and is not used."
                    ),
                    self.tr(
                        "{count} of {total} stops are farther than the maximum distance to the network "
                        "({max_snap:g} m) from the streets and are not used."
                    ),
                ).format(count=result.stops_off_network, total=timetable.stop_count, max_snap=network.max_snap)
            )
        self.warn_if_estimated(run, timetable)
        run.feedback.pushInfo(
            self.tr(
                "Walk + public transport: transit beats walking alone at {share:.1f} % of the "
                "departures ({origins} helped at least once)."
            ).format(
                share=100 * result.mean_share(),
                origins=counted(result.helped, self.tr("{count} origin"), self.tr("{count} origins")),
            )
        )
        extra = [
            ExtraField(f"time_{settings.percentile_label()}", FieldType.Double, result.percentile_min),
            ExtraField("transit_share", FieldType.Double, result.transit_share),
            ExtraField("transit_estimated", FieldType.Bool, [result.estimated] * len(origins)),
        ]
        return AccessLayer(origins, network.features, result.access, extra)

    def read_origins(self, run, source, crs):
        """(features, (n, 2) coordinates in ``crs``) of the origins; an InputError when none has a geometry
        (every origin would say 'no geometry')."""
        origins, xy = read_points(source, crs, run.context)
        if not np.isfinite(xy).all(axis=1).any():
            raise InputError(
                "None of the {count} features of the ORIGINS layer has a geometry: no access can be measured. Give "
                "a layer of points or polygons with their geometries.",
                count=len(origins),
            )
        return origins, xy

    def _warn_if_far(self, run, access):
        """Warn when origins have their nearest outlet farther than FAR_OUTLET_KM in a straight line: the outlets
        miss the origins' area, or a layer has a wrong CRS."""
        far = np.flatnonzero(np.nan_to_num(access.distance_m, nan=0.0) > FAR_OUTLET_KM * 1000.0)
        if len(far):
            run.feedback.pushWarning(
                self.tr(
                    "{count} of {total} origins have their nearest outlet more than {limit} km away in a straight "
                    "line (up to {farthest:.0f} km): do the outlets cover the origins' area? A layer with a wrong "
                    "CRS lies far from where it belongs: check the CRS of ORIGINS and OUTLETS."
                ).format(
                    count=len(far),
                    total=len(access.distance_m),
                    limit=FAR_OUTLET_KM,
                    farthest=float(np.nanmax(access.distance_m)) / 1000.0,
                )
            )

    # --- output -----------------------------------------------------------------------------
    def _summary(self, access):
        statuses, counts = np.unique(access.status.astype(str), return_counts=True)
        return self.tr("Origins by status: {list}.").format(
            list=", ".join(f"{status} {count}" for status, count in zip(statuses, counts))
        )

    def _write(self, run, origins_source, layer):
        added = QgsFields()
        for name, kind in list(ACCESS_FIELDS) + [(extra.name, extra.kind) for extra in layer.extra]:
            added.append(QgsField(name, kind))
        fields = QgsProcessingUtils.combineFields(origins_source.fields(), added)
        sink, dest_id = self.create_sink(
            run.parameters, "OUTPUT", run.context, fields, origins_source.wkbType(), origins_source.sourceCrs()
        )
        style_access_on_completion(run.context, dest_id)
        identities = [OutletIdentity.of(feature) for feature in layer.outlets]
        access, progress = layer.access, run.progress.sub(0.9, 1.0)
        for index, feature in enumerate(layer.origins):
            if index % 1000 == 0:
                progress.step(index, len(layer.origins))
            nearest = int(access.nearest[index])
            identity = identities[nearest] if nearest >= 0 else OutletIdentity(None, None, None)
            output = QgsFeature(fields)
            output.setGeometry(feature.geometry())
            output.setAttributes(
                list(feature.attributes())
                + [identity.id, identity.name, identity.category]
                + [
                    _number(access.distance_m[index]),
                    _number(access.time_min[index]),
                    int(access.within[index]),
                    _number(access.snap_m[index]),
                    str(access.status[index]),
                ]
                + [_value(extra.values[index], extra.decimals) for extra in layer.extra]
            )
            sink.addFeature(output, QgsFeatureSink.Flag.FastInsert)
        return {"OUTPUT": dest_id}


def measure_fields(layer, population, decay_per_min, speed_kmh):
    """The accessibility measures beyond the nearest outlet (core/walk/measures.py) as ExtraFields: gravity,
    access_2sfca and, when the outlets have a category field, the outlets within the threshold by group."""
    pairs, count = layer.access.pairs, len(layer.origins)
    fields = [
        ExtraField("gravity", FieldType.Double, gravity(pairs, speed_kmh, decay_per_min, count), 4),
        ExtraField("access_2sfca", FieldType.Double, two_step_fca(pairs, count, len(layer.outlets), population), 4),
    ]
    if layer.outlets and layer.outlets[0].fields().indexOf("category") >= 0:
        taxonomy = load_taxonomy()
        groups = [_group(taxonomy, OutletIdentity.of(feature).category) for feature in layer.outlets]
        for name, group in GROUP_FIELDS:
            fields.append(ExtraField(name, FieldType.Int, count_by_group(pairs, groups, group, count)))
    return fields


def _group(taxonomy, category):
    """The taxonomy group of an outlet's category; None for no or an unknown category."""
    return taxonomy.category(category).group if category in taxonomy.ids else None


def _number(value, decimals=2):
    return None if not np.isfinite(value) else round(float(value), decimals)


def _value(value, decimals=2):
    """A field value: floats rounded as _number, booleans and counts as they are."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    return _number(value, decimals)
