"""foodaccess:scenario — what opening or closing outlets changes: access and classes of a baseline (the outlets as
they are) against a scenario (outlets added from ADD, removed by REMOVE), same origins, areas, mode and rule.

Access is measured twice by the mode's engine (as ``accesstimes``), the areas classified twice by the rule of
``classifyareas`` (core/areas/classify.py), and core/areas/scenario.py compares the two; this module reads the layers
and writes the origins and the areas with their before, after and change.
"""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..core.areas import area_status, classify
from ..core.areas.access_layer import Contributions, origins_from_rows
from ..core.areas.scenario import compare_areas, compare_origins, summarize
from ..core.errors import InputError
from ..core.transit.access import walk_transit_access
from ..core.walk.routing import straight_access, walk_access
from ..core.walk.settings import UNIT_METRES, UNIT_MINUTES, to_metres
from ..i18n import counted, plural
from ..qgis_compat import FieldType
from . import area_joins
from .access_base import AccessAlgorithm
from .access_parameters import point_source_parameter, population_field_parameter
from .area_joins import AreaExpression, named_features, point_area, polygon_shares, transformed
from .attributes import attribute_value
from .classify_areas import PRESET_IDS, UNIT_IDS, preset_names
from .origin_values import population_values
from .point_input import ORIGINS_OFF_ISLAND, OutletIdentity, read_points, report_off_island, snap_outlets
from .rule_parameters import add_criteria_parameters, add_low_income_parameter, add_threshold_parameters
from .street_network import WGS84, load_walk_network
from .styling import SCENARIO_AREAS, SCENARIO_ORIGINS, style_on_completion

ORIGIN_FIELDS = (
    ("nearest_before", FieldType.String),
    ("nearest_after", FieldType.String),
    ("distance_before_m", FieldType.Double),
    ("distance_after_m", FieldType.Double),
    ("time_before_min", FieldType.Double),
    ("time_after_min", FieldType.Double),
    ("time_change_min", FieldType.Double),
    ("change", FieldType.String),
)
AREA_FIELDS = (
    ("pop_total", FieldType.Double),
    ("pop_low_before", FieldType.Double),
    ("pop_low_after", FieldType.Double),
    ("pop_low_change", FieldType.Double),
    ("share_low_before", FieldType.Double),
    ("share_low_after", FieldType.Double),
    ("class_before", FieldType.String),
    ("class_after", FieldType.String),
    ("change", FieldType.String),
)


@dataclass
class OutletSets:
    """The baseline outlets (``before``: features) and the scenario's (``after``: the baseline's not removed, then
    the proposed ones), with how many were ``removed`` and ``added``."""

    before: list
    after: list
    removed: int
    added: int


@dataclass
class Measures:
    """Access of every origin before and after (core Access records) and the outlets of each."""

    origins: list
    before: object
    after: object
    outlets: OutletSets


class Scenario(AccessAlgorithm):
    NAME = "scenario"
    GROUP = "planning"

    def display_name(self):
        return self.tr("Scenario: open or close outlets")

    def define_inputs(self):
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                "AREAS", self.tr("Areas"), [QgsProcessing.SourceType.TypeVectorPolygon]
            ),
            self.tr("Polygons to classify before and after: QPV, IRIS, quartiers, communes or a grid."),
        )
        self.add_parameter(
            point_source_parameter("ORIGINS", self.tr("Origins")),
            self.tr(
                "Where people live: points (address points, buildings) or polygons (200 m INSEE cells). Points count "
                "in the area that contains them; polygons share their people between areas by overlap."
            ),
        )
        self.add_parameter(
            population_field_parameter(),
            self.tr("People living at each origin (Filosofi: Ind). Empty: each origin counts as 1."),
        )
        self.add_parameter(
            point_source_parameter("OUTLETS", self.tr("Outlets")),
            self.tr("The outlets as they are: the baseline."),
        )
        self.add_outlet_filter()
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                "ADD",
                self.tr("Proposed outlets"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            ),
            self.tr(
                "Outlets that would open in the scenario (e.g. the output of 'Suggest sites for new outlets'): all "
                "of them count, the outlet filter does not apply."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterExpression(
                "REMOVE", self.tr("Closing outlets (expression)"), parentLayerParameterName="OUTLETS", optional=True
            ),
            self.tr("The outlets that close in the scenario, e.g. \"name\" = 'Carrefour Market'. Empty: none closes."),
        )

    def define_options(self):
        self.add_parameter(
            QgsProcessingParameterEnum("PRESET", self.tr("Definition of low access"), preset_names(), defaultValue=4),
            self.tr(
                "The rule of 'Classify food access by area', applied before and after. Default: a 15-minute walk "
                "(THRESHOLD sets the minutes)."
            ),
        )
        add_threshold_parameters(self)
        add_criteria_parameters(self)
        add_low_income_parameter(self)

    def define_output(self):
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_ORIGINS", self.tr("Origins before and after"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            ),
            self.tr(
                "The origins with their fields plus nearest_before, nearest_after, distance_before_m, "
                "distance_after_m, time_before_min, time_after_min, time_change_min and change (gains_access, "
                "loses_access, nearer, farther, unchanged, unmeasured)."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_AREAS", self.tr("Areas before and after"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr(
                "The areas with their fields plus pop_total, pop_low_before, pop_low_after, pop_low_change, "
                "share_low_before, share_low_after, class_before, class_after and change (fewer_beyond, "
                "more_beyond, unchanged)."
            ),
        )

    # --- run ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        run = self.start(parameters, context, feedback)
        rule = self.rule(run)
        origins_source = self.input_source(run, "ORIGINS", self.tr("origins"))
        areas_source = self.input_source(run, "AREAS", self.tr("areas"))
        outlets = self.outlet_input(run, self.input_source(run, "OUTLETS", self.tr("outlets")))
        add_source = None
        if self.parameterAsSource(parameters, "ADD", context) is not None:
            add_source = self.input_source(run, "ADD", self.tr("proposed outlets"))
        remove = self.parameterAsString(parameters, "REMOVE", context)
        if add_source is None and not remove:
            raise InputError(
                "The scenario changes nothing: give 'Proposed outlets', 'Closing outlets (expression)', or both."
            )
        self.note_crs(run, ("ORIGINS", origins_source), ("OUTLETS", outlets.source), ("AREAS", areas_source))
        unit = UNIT_MINUTES if rule.unit == classify.MINUTES else UNIT_METRES
        threshold_m = to_metres(rule.urban_threshold, unit, run.speed_kmh)
        measures = self.by_mode(run, origins_source, outlets, add_source, threshold_m)
        population = population_values(
            measures.origins, self.parameterAsString(parameters, "POPULATION_FIELD", context), feedback
        )
        before = origins_from_rows(rows(population, measures.before))
        after = origins_from_rows(rows(population, measures.after))
        origin_changes = compare_origins(before, after, rule.unit, rule.urban_threshold)

        areas, contributions = self.areas_and_contributions(run, areas_source, measures.origins)
        low_income = area_status.low_income(areas.low_income, None)
        urban = [True] * len(areas)
        area_changes = compare_areas(
            classify.classify(before, contributions, urban, low_income, rule, run.progress.sub(0.9, 0.92)),
            classify.classify(after, contributions, urban, low_income, rule, run.progress.sub(0.92, 0.94)),
        )
        names = area_names(areas, areas_source.fields().indexOf("name"))
        self.report(run, measures.outlets, rule, summarize(origin_changes, population, area_changes), names)
        return {
            "OUTPUT_ORIGINS": self.write_origins(run, origins_source, measures, origin_changes),
            "OUTPUT_AREAS": self.write_areas(run, areas_source, areas, area_changes),
        }

    def rule(self, run):
        parameters, context = run.parameters, run.context
        optional = {name: parameters.get(name) not in (None, "") for name in ("THRESHOLD", "UNIT")}
        return classify.resolve_rule(
            PRESET_IDS[self.parameterAsEnum(parameters, "PRESET", context)],
            threshold=self.parameterAsDouble(parameters, "THRESHOLD", context) if optional["THRESHOLD"] else None,
            unit=UNIT_IDS[self.parameterAsEnum(parameters, "UNIT", context)] if optional["UNIT"] else None,
            count=self.parameterAsDouble(parameters, "COUNT", context),
            share=self.parameterAsDouble(parameters, "SHARE", context),
        )

    # --- the outlets before and after ---------------------------------------------------
    def outlet_sets(self, run, outlets, crs, add_source):
        """(OutletSets, baseline coordinates in ``crs``, kept mask, proposed coordinates)."""
        features, xy = self.usable_outlets(run, outlets, crs)
        removed = self.removed(run, features)
        kept = ~removed
        added, added_xy = [], np.zeros((0, 2))
        if add_source is not None:
            added, added_xy = read_points(add_source, crs, run.context)
            usable = np.isfinite(added_xy).all(axis=1)
            if not usable.any():
                raise InputError("None of the 'Proposed outlets' has a usable geometry.")
            added, added_xy = [added[i] for i in np.flatnonzero(usable)], added_xy[usable]
        if not kept.any() and not len(added):
            raise InputError(
                "The scenario removes every outlet ({count}, all those 'Closing outlets (expression)' selects) and "
                "adds none: nobody would reach any outlet. Narrow 'Closing outlets (expression)', or give 'Proposed "
                "outlets'.",
                count=len(features),
            )
        kept_features = [feature for feature, keep in zip(features, kept) if keep]
        sets = OutletSets(features, kept_features + added, int(removed.sum()), len(added))
        return sets, xy, kept, added_xy

    def removed(self, run, features):
        """Which outlet features the REMOVE expression selects (none without it)."""
        text = self.parameterAsString(run.parameters, "REMOVE", run.context)
        removed = np.zeros(len(features), dtype=bool)
        if not text:
            return removed
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise InputError(
                "'Closing outlets (expression)' is not a valid expression: {error}",
                error=expression.parserErrorString(),
            )
        expression_context = self.createExpressionContext(run.parameters, run.context)
        expression.prepare(expression_context)
        for index, feature in enumerate(features):
            expression_context.setFeature(feature)
            value = expression.evaluate(expression_context)
            if expression.hasEvalError():
                raise InputError(
                    "'Closing outlets (expression)' fails on outlet {fid}: {error}",
                    fid=feature.id(),
                    error=expression.evalErrorString(),
                )
            removed[index] = bool(attribute_value(value))
        if not removed.any():
            run.feedback.pushWarning(self.tr("'Closing outlets (expression)' selects no outlet: none closes."))
        return removed

    # --- modes ------------------------------------------------------------------------------
    def straight(self, run, origins_source, outlets, add_source, threshold_m):
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        sets, xy, kept, added_xy = self.outlet_sets(run, outlets, wgs84, add_source)
        origins, origin_lonlat = read_points(origins_source, wgs84, run.context)
        after_lonlat = np.concatenate([xy[kept], added_xy])
        before = straight_access(origin_lonlat, xy, threshold_m, run.speed_kmh, run.progress.sub(0.1, 0.5))
        after = straight_access(origin_lonlat, after_lonlat, threshold_m, run.speed_kmh, run.progress.sub(0.5, 0.85))
        return Measures(origins, before, after, sets)

    def walk(self, run, origins_source, outlets, add_source, threshold_m):
        router, crs, before_outlets, after_outlets, sets = self.network_outlets(run, outlets, add_source)
        origins, origin_xy = read_points(origins_source, crs, run.context)
        max_snap = self.parameterAsDouble(run.parameters, "MAX_SNAP", run.context)
        before, after = (
            walk_access(router, origin_xy, snapped, threshold_m, run.speed_kmh, max_snap, run.progress.sub(*span))
            for snapped, span in ((before_outlets, (0.4, 0.6)), (after_outlets, (0.6, 0.85)))
        )
        report_off_island(run.feedback, before.off_island, ORIGINS_OFF_ISLAND)
        return Measures(origins, before, after, sets)

    def transit(self, run, origins_source, outlets, add_source, threshold_m):
        router, crs, before_outlets, after_outlets, sets = self.network_outlets(run, outlets, add_source)
        timetable, settings = self.timetables(run, run.progress.sub(0.3, 0.4))
        origins, origin_xy = read_points(origins_source, crs, run.context)
        max_snap = self.parameterAsDouble(run.parameters, "MAX_SNAP", run.context)
        before, after = (
            walk_transit_access(
                router, timetable, origin_xy, snapped, threshold_m, settings, max_snap, run.progress.sub(*span)
            ).access
            for snapped, span in ((before_outlets, (0.4, 0.6)), (after_outlets, (0.6, 0.85)))
        )
        report_off_island(run.feedback, before.off_island, ORIGINS_OFF_ISLAND)
        self.warn_if_estimated(run, timetable)
        return Measures(origins, before, after, sets)

    def network_outlets(self, run, outlets, add_source):
        """(router, CRS, baseline Snapped, scenario Snapped, OutletSets) on the street network of the run."""
        router, crs = load_walk_network(self, run, run.progress.sub(0.0, 0.3))
        max_snap = self.parameterAsDouble(run.parameters, "MAX_SNAP", run.context)
        sets, xy, kept, added_xy = self.outlet_sets(run, outlets, crs, add_source)
        before = snap_outlets(router, xy, max_snap, run.feedback, sets.before)
        added = router.snap(added_xy, max_snap)
        off_network = np.flatnonzero(~added.tied)
        if len(off_network):
            proposed = sets.after[-sets.added :]
            names = [OutletIdentity.of(proposed[i]) for i in off_network]
            run.feedback.pushWarning(
                plural(
                    len(off_network),
                    self.tr(
                        "{count} proposed outlet farther than {max_snap:g} m from the network is left out: {names}"
                    ),
                    self.tr(
                        "{count} proposed outlets farther than {max_snap:g} m from the network are left out: {names}"
                    ),
                ).format(
                    count=len(off_network),
                    max_snap=max_snap,
                    names=named_features([identity.name or identity.id for identity in names]),
                )
            )
            if len(off_network) == sets.added and not kept.any():
                raise InputError(
                    "No outlet is left in the scenario: 'Closing outlets (expression)' closes every outlet and no "
                    "outlet of 'Proposed outlets' lies within {max_snap:g} m of the street network.",
                    max_snap=max_snap,
                )
        return router, crs, before, before.subset(np.flatnonzero(kept)).concatenate(added), sets

    # --- areas --------------------------------------------------------------------------
    def areas_and_contributions(self, run, areas_source, origin_features):
        """(area_joins.Areas with their LOW_INCOME values, Contributions of the origins to them)."""
        parameters, context = run.parameters, run.context
        expression_context = self.createExpressionContext(parameters, context, areas_source)
        fields = areas_source.fields()
        low_income_text = self.parameterAsString(parameters, "LOW_INCOME", context)
        areas = area_joins.read_areas(
            areas_source,
            AreaExpression("URBAN", "", expression_context, fields),
            AreaExpression("LOW_INCOME", low_income_text, expression_context, fields),
            False,
            expression_context,
            context,
            run.feedback,
            run.progress.sub(0.85, 0.87),
        )
        transform = QgsCoordinateTransform(self.origin_crs(run), areas.crs, context.transformContext())
        area_index, origin_index, weight = [], [], []
        progress = run.progress.sub(0.87, 0.9)
        for number, feature in enumerate(origin_features):
            if number % area_joins.PROGRESS_EVERY == 0:
                progress.step(number, len(origin_features))
            geometry = transformed(feature.geometry(), transform, "ORIGINS", feature.id())
            if geometry.isEmpty():
                continue
            polygon = QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
            for area, share in polygon_shares(areas, geometry) if polygon else point_area(areas, geometry):
                area_index.append(area)
                origin_index.append(number)
                weight.append(share)
        if not area_index:
            raise InputError(
                "None of the origins lies in an area of AREAS: check that the two layers cover the same place (and "
                "that their CRS are right)."
            )
        return areas, Contributions(area_index, origin_index, weight)

    def origin_crs(self, run):
        return self.parameterAsSource(run.parameters, "ORIGINS", run.context).sourceCrs()

    # --- log and outputs ----------------------------------------------------------------
    def report(self, run, outlets, rule, summary, names):
        run.feedback.pushInfo(
            self.tr(
                "Scenario: {added}, {removed}. {gaining:,.0f} people come within {threshold:g} {unit} of an outlet, "
                "{losing:,.0f} fall beyond; people beyond the threshold: {before:,.0f} before, {after:,.0f} after "
                "({change:+,.0f})."
            ).format(
                added=counted(outlets.added, self.tr("{count} outlet added"), self.tr("{count} outlets added")),
                removed=counted(outlets.removed, self.tr("{count} outlet removed"), self.tr("{count} outlets removed")),
                gaining=summary.people_gaining,
                losing=summary.people_losing,
                threshold=rule.urban_threshold,
                unit=rule.unit,
                before=summary.people_beyond_before,
                after=summary.people_beyond_after,
                change=summary.people_beyond_after - summary.people_beyond_before,
            )
        )
        run.feedback.pushInfo(
            plural(
                len(summary.areas_leaving),
                self.tr("{count} area leaves low access: {names}."),
                self.tr("{count} areas leave low access: {names}."),
            ).format(count=len(summary.areas_leaving), names=", ".join(names[i] for i in summary.areas_leaving) or "-")
        )
        run.feedback.pushInfo(
            plural(
                len(summary.areas_entering),
                self.tr("{count} area becomes low access: {names}."),
                self.tr("{count} areas become low access: {names}."),
            ).format(
                count=len(summary.areas_entering), names=", ".join(names[i] for i in summary.areas_entering) or "-"
            )
        )

    def write_origins(self, run, origins_source, measures, changes):
        added = QgsFields()
        for name, kind in ORIGIN_FIELDS:
            added.append(QgsField(name, kind))
        fields = QgsProcessingUtils.combineFields(origins_source.fields(), added)
        sink, dest_id = self.create_sink(
            run.parameters, "OUTPUT_ORIGINS", run.context, fields, origins_source.wkbType(), origins_source.sourceCrs()
        )
        before_ids = [OutletIdentity.of(feature).id for feature in measures.outlets.before]
        after_ids = [OutletIdentity.of(feature).id for feature in measures.outlets.after]
        before, after = measures.before, measures.after
        progress = run.progress.sub(0.94, 0.97)
        for index, feature in enumerate(measures.origins):
            if index % 1000 == 0:
                progress.step(index, len(measures.origins))
            output = QgsFeature(fields)
            output.setGeometry(feature.geometry())
            output.setAttributes(
                list(feature.attributes())
                + [
                    outlet_id(before_ids, before.nearest[index]),
                    outlet_id(after_ids, after.nearest[index]),
                    number(before.distance_m[index]),
                    number(after.distance_m[index]),
                    number(before.time_min[index]),
                    number(after.time_min[index]),
                    number(after.time_min[index] - before.time_min[index]),
                    str(changes.change[index]),
                ]
            )
            sink.addFeature(output, QgsFeatureSink.Flag.FastInsert)
        style_on_completion(run.context, dest_id, SCENARIO_ORIGINS)
        return dest_id

    def write_areas(self, run, areas_source, areas, changes):
        added = QgsFields()
        for name, kind in AREA_FIELDS:
            added.append(QgsField(name, kind))
        fields = QgsProcessingUtils.combineFields(areas_source.fields(), added)
        sink, dest_id = self.create_sink(
            run.parameters, "OUTPUT_AREAS", run.context, fields, areas.wkb_type, areas_source.sourceCrs()
        )
        progress = run.progress.sub(0.97, 1.0)
        for index, change in enumerate(changes):
            progress.step(index, len(changes))
            output = QgsFeature(fields)
            output.setGeometry(areas.output_geometry(index))
            before, after = change.before, change.after
            output.setAttributes(
                list(areas.attributes[index])
                + [
                    number(before.pop_total),
                    number(before.pop_low_access),
                    number(after.pop_low_access),
                    number(change.pop_low_change),
                    number(before.share_low_access),
                    number(after.share_low_access),
                    before.class_,
                    after.class_,
                    change.change,
                ]
            )
            sink.addFeature(output, QgsFeatureSink.Flag.FastInsert)
        style_on_completion(run.context, dest_id, SCENARIO_AREAS)
        return dest_id


def rows(population, access):
    """(population, distance_m, time_min, status) of each origin, as access_layer.origins_from_rows takes them."""
    return [
        (people, number(distance), number(time), status)
        for people, distance, time, status in zip(
            population.tolist(), access.distance_m.tolist(), access.time_min.tolist(), access.status.tolist()
        )
    ]


def area_names(areas, name_position):
    """Each area's name (the attribute at ``name_position``, -1 for none), else its number."""
    names = []
    for index, attributes in enumerate(areas.attributes):
        value = attributes[name_position] if name_position >= 0 else None
        names.append(str(value) if attribute_value(value) is not None else f"#{index + 1}")
    return names


def outlet_id(ids, nearest):
    return ids[int(nearest)] if nearest >= 0 else None


def number(value):
    """A field value: None for NaN, inf or None, else rounded to 2 decimals."""
    if value is None or not np.isfinite(value):
        return None
    return round(float(value), 2)
