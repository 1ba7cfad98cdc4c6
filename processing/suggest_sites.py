"""foodaccess:suggestsites — where K new outlets would bring the most people within a walking threshold.

Reads the origins (people, optional weight), the existing outlets and the candidate sites (a point layer, or a
regular grid over the areas), ties them to the street network, and hands them to core/areas/site_choice.py
(catchments from the walking engine, greedy choice with lazy evaluation); writes the picks with their figures.
"""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..core.areas.site_choice import choose_sites, grid_centres, served_by_outlets, walk_catchments
from ..core.errors import InputError
from ..core.walk.settings import UNIT_MINUTES, UNIT_NAMES, to_metres
from ..core.walk.snap import Snapped
from ..qgis_compat import FieldType
from .access_base import AccessAlgorithm
from .access_parameters import (
    MODE_WALK,
    add_mode_parameters,
    add_unit_parameter,
    point_source_parameter,
    population_field_parameter,
)
from .area_joins import named_features, prepared_engine
from .origin_values import expression_values, population_values
from .point_input import ORIGINS_OFF_ISLAND, OutletIdentity, read_points, report_off_island
from .street_network import load_walk_network
from .styling import SUGGESTED_SITES, style_on_completion

PICK_FIELDS = (
    ("rank", FieldType.Int),
    ("gain_people", FieldType.Double),
    ("gain_weighted", FieldType.Double),
    ("people_reached", FieldType.Double),
    ("total_gain_people", FieldType.Double),
)


@dataclass
class CandidateSites:
    """The usable candidates: ``features`` (of CANDIDATES, or cell numbers of the ``grid``), their points ``xy`` in
    the network's ``work_crs`` and tied to the network (``snapped``), and the ``fields`` and ``output_crs`` of the
    output."""

    features: list
    xy: np.ndarray
    snapped: Snapped
    fields: QgsFields
    output_crs: QgsCoordinateReferenceSystem
    work_crs: QgsCoordinateReferenceSystem
    grid: bool


class AreasShape:
    """The AREAS polygons dissolved into one ``geometry``, prepared for point-in-polygon tests."""

    def __init__(self, geometry):
        self.geometry = geometry
        self.engine = prepared_engine(geometry)

    def inside(self, xy):
        """Whether each of the (n, 2) points lies in (or on the border of) the areas."""
        inside = np.zeros(len(xy), dtype=bool)
        for index, (x, y) in enumerate(xy):
            point = QgsGeometry.fromPointXY(QgsPointXY(x, y))  # held: constGet() points into it
            inside[index] = self.engine.intersects(point.constGet())
        return inside


class SuggestSites(AccessAlgorithm):
    NAME = "suggestsites"
    GROUP = "planning"

    def display_name(self):
        return self.tr("Suggest sites for new outlets")

    def define_parameters(self):
        # Walking only: no public transport parameters (see process).
        self.define_inputs()
        add_mode_parameters(self)
        self.define_options()
        self.define_output()

    def define_inputs(self):
        self.add_parameter(
            point_source_parameter("ORIGINS", self.tr("Origins")),
            self.tr(
                "Where people live: points (address points, buildings) or polygons (200 m INSEE cells), taken at a "
                "point on their surface."
            ),
        )
        self.add_parameter(
            population_field_parameter(),
            self.tr("People living at each origin (Filosofi: Ind). Empty: each origin counts as 1."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                "OUTLETS",
                self.tr("Existing outlets"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            ),
            self.tr(
                "The outlets open today: people within the threshold of one of them are served already and count for "
                "nothing. Empty: nobody is served yet."
            ),
        )
        self.add_outlet_filter()
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                "CANDIDATES",
                self.tr("Candidate sites"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            ),
            self.tr(
                "Possible premises (empty shops, plots): the picks are chosen among them and keep their fields. "
                "Empty: the centres of a regular grid (GRID_SIZE) over AREAS, or over the origins without AREAS."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "GRID_SIZE",
                self.tr("Grid cell size (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=200.0,
                minValue=1.0,
            ),
            self.tr("Without CANDIDATES: the candidates are the centres of square cells of this size. Default 200 m."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                "AREAS", self.tr("Areas"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
            ),
            self.tr(
                "Where new outlets may open (quartiers, communes): candidates outside every area are skipped, and "
                "the grid covers these areas. Empty: anywhere."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "K", self.tr("Number of sites"), QgsProcessingParameterNumber.Type.Integer, defaultValue=5, minValue=1
            ),
            self.tr("How many sites to choose. Default 5."),
        )

    def define_options(self):
        self.add_parameter(
            QgsProcessingParameterNumber(
                "THRESHOLD",
                self.tr("Threshold"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=10.0,
                minValue=0.0,
            ),
            self.tr("People within this walking distance or time of a site are reached by it. Default 10 (minutes)."),
        )
        add_unit_parameter(
            self, self.tr("Unit of the threshold: metres or minutes (at the walking speed)."), default=UNIT_MINUTES
        )
        self.add_parameter(
            QgsProcessingParameterExpression(
                "WEIGHT",
                self.tr("Weight (expression on the origins)"),
                parentLayerParameterName="ORIGINS",
                optional=True,
            ),
            self.tr(
                'Counts each origin\'s people this many times, e.g. "in_qpv" (true: 1, false: 0) or '
                '"Men_pauv" / "Men" for the share of poor households. Empty: everyone counts the same.'
            ),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "MIN_SPACING",
                self.tr("Minimum spacing between sites (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=0.0,
            ),
            self.tr("Candidates nearer than this (straight line) to a chosen site are left out. Default 0: none."),
        )

    def define_output(self):
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Suggested sites"), QgsProcessing.SourceType.TypeVectorPoint
            ),
            self.tr(
                "The chosen sites with the candidate's fields plus rank (1 first), gain_people (people newly within "
                "the threshold thanks to this site, after the sites ranked before it), gain_weighted (the same, "
                "weighted), people_reached (everyone within the threshold of the site) and total_gain_people."
            ),
        )

    # --- run ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        run = self.start(parameters, context, feedback)
        if run.mode != MODE_WALK:
            raise InputError(
                "Suggesting sites works on foot only: set MODE to 1 (walk on the street network); straight-line and "
                "public transport catchments are not available yet."
            )
        origins_source = self.input_source(run, "ORIGINS", self.tr("origins"))
        k = self.parameterAsInt(parameters, "K", context)
        threshold_m = to_metres(self.parameterAsDouble(parameters, "THRESHOLD", context), run.unit, run.speed_kmh)
        outlets_source = self.parameterAsSource(parameters, "OUTLETS", context)
        if outlets_source is not None:
            network = self.outlets_on_network(
                run,
                self.outlet_input(run, self.input_source(run, "OUTLETS", self.tr("outlets"))),
                run.progress.sub(0, 0.3),
            )
            router, crs, outlets = network.router, network.crs, network.snapped
        else:
            router, crs = load_walk_network(self, run, run.progress.sub(0, 0.3))
            outlets = None
        max_snap = self.parameterAsDouble(parameters, "MAX_SNAP", context)

        origin_features, origin_xy = read_points(origins_source, crs, context)
        population = population_values(
            origin_features, self.parameterAsString(parameters, "POPULATION_FIELD", context), feedback
        )
        weight_text = self.parameterAsString(parameters, "WEIGHT", context)
        weight = np.ones(len(origin_features))
        if weight_text:
            expression_context = self.createExpressionContext(parameters, context, origins_source)
            weight = expression_values(
                weight_text, "WEIGHT", origin_features, origins_source.fields(), expression_context
            )
        origins = router.snap(origin_xy, max_snap)
        report_off_island(feedback, origins.off_island, ORIGINS_OFF_ISLAND)
        run.progress.step(35, 100)

        sites = self.candidate_sites(run, origins_source, origin_xy, crs, router, max_snap)
        if k > len(sites.features):
            raise InputError(
                "K = {k} sites are asked for, but only {count} candidates are usable (within MAX_SNAP of the street "
                "network and inside AREAS): lower K, or give more candidates (CANDIDATES, a smaller GRID_SIZE).",
                k=k,
                count=len(sites.features),
            )
        served = served_by_outlets(router, origins, outlets, threshold_m)
        catchments = walk_catchments(router, origins, sites.snapped, threshold_m, run.progress.sub(0.4, 0.85))
        picks = choose_sites(
            catchments,
            population,
            weight,
            served,
            k,
            sites.xy,
            self.parameterAsDouble(parameters, "MIN_SPACING", context),
            run.progress.sub(0.85, 0.95),
        )
        self.report(run, picks, k, population, served, origins, threshold_m)
        return self.write(run, sites, picks)

    def candidate_sites(self, run, origins_source, origin_xy, crs, router, max_snap):
        """CandidateSites: the CANDIDATES features inside AREAS, or the centres of a grid over AREAS (over the
        origins without AREAS), tied to the network; those off it are named in the log and skipped."""
        parameters, context, feedback = run.parameters, run.context, run.feedback
        areas = self.areas_shape(run, crs)
        if self.parameterAsSource(parameters, "CANDIDATES", context) is not None:
            source = self.input_source(run, "CANDIDATES", self.tr("candidate sites"))
            features, xy = read_points(source, crs, context)
            fields, output_crs = source.fields(), source.sourceCrs()
            usable = np.isfinite(xy).all(axis=1)
            if areas is not None:
                outside = np.flatnonzero(usable & ~areas.inside(np.where(usable[:, None], xy, 0.0)))
                self.skip(
                    feedback,
                    features,
                    outside,
                    self.tr("{count} candidates lie outside AREAS and are skipped: {names}"),
                )
                usable[outside] = False
        else:
            source = None
            if areas is not None:
                box = areas.geometry.boundingBox()
                bounds = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
            else:
                finite = origin_xy[np.isfinite(origin_xy).all(axis=1)]
                bounds = (*finite.min(axis=0), *finite.max(axis=0))
            size = self.parameterAsDouble(parameters, "GRID_SIZE", context)
            xy = grid_centres(*bounds, size)
            features = list(range(len(xy)))  # the cell numbers, row by row from the lower left
            fields, output_crs = QgsFields(), origins_source.sourceCrs()
            fields.append(QgsField("cell", FieldType.Int))
            usable = areas.inside(xy) if areas is not None else np.ones(len(xy), dtype=bool)
            feedback.pushInfo(
                self.tr("{count} grid cells of {size:g} m are the candidates.").format(
                    count=int(usable.sum()), size=size
                )
            )
        snapped = router.snap(np.where(usable[:, None], xy, np.nan), max_snap)
        off_network = np.flatnonzero(usable & ~snapped.tied)
        if source is not None:
            self.skip(
                feedback,
                features,
                off_network,
                self.tr(
                    "{count} candidates lie farther than MAX_SNAP from the street network and are skipped: {names}"
                ),
            )
        elif len(off_network):
            feedback.pushInfo(
                self.tr("{count} grid cells lie farther than MAX_SNAP from the street network and are skipped.").format(
                    count=len(off_network)
                )
            )
        keep = np.flatnonzero(snapped.tied)
        if not len(keep):
            raise InputError(
                "No candidate site is usable: none lies within MAX_SNAP of the street network (and inside AREAS). "
                "Check that the candidates, the areas and the network cover the same place, or raise MAX_SNAP."
            )
        return CandidateSites(
            [features[i] for i in keep], xy[keep], snapped.subset(keep), fields, output_crs, crs, source is None
        )

    def areas_shape(self, run, crs):
        """The AREAS polygons as one AreasShape in ``crs``; None without AREAS."""
        if self.parameterAsSource(run.parameters, "AREAS", run.context) is None:
            return None
        source = self.input_source(run, "AREAS", self.tr("areas"))
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, run.context.transformContext())
        parts = []
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            geometry.transform(transform)
            parts.append(geometry)
        if not parts:
            raise InputError(
                "None of the features of the AREAS layer has a geometry: give polygons, or leave AREAS empty."
            )
        return AreasShape(QgsGeometry.unaryUnion(parts))

    def skip(self, feedback, features, positions, template):
        if len(positions):
            names = [OutletIdentity.of(features[i]).name or OutletIdentity.of(features[i]).id for i in positions]
            feedback.pushWarning(template.format(count=len(positions), names=named_features(names)))

    def report(self, run, picks, k, population, served, origins, threshold_m):
        feedback = run.feedback
        unit = UNIT_NAMES[run.unit]
        threshold = self.parameterAsDouble(run.parameters, "THRESHOLD", run.context)
        routed = origins.tied
        feedback.pushInfo(
            self.tr(
                "{served:,.0f} of {total:,.0f} people live within {threshold:g} {unit} of an existing outlet."
            ).format(served=population[served].sum(), total=population[routed].sum(), threshold=threshold, unit=unit)
        )
        for pick in picks:
            feedback.pushInfo(
                self.tr(
                    "Site {rank}: {gain:,.0f} more people within the threshold ({reached:,.0f} within it in all)."
                ).format(rank=pick.rank, gain=pick.gain_people, reached=pick.people_reached)
            )
        if len(picks) < k:
            feedback.pushWarning(
                self.tr(
                    "Only {count} of the {k} sites add anyone: every other candidate reaches nobody left unserved "
                    "(or lies within MIN_SPACING of a chosen site)."
                ).format(count=len(picks), k=k)
            )
        if picks:
            feedback.pushInfo(
                self.tr(
                    "The {count} sites bring {people:,.0f} more people within {threshold:g} {unit}. Greedy choice: at "
                    "least 63 % of the best possible total for this many sites, and the best single site exactly."
                ).format(count=len(picks), people=picks[-1].total_gain_people, threshold=threshold, unit=unit)
            )

    def write(self, run, sites, picks):
        added = QgsFields()
        for name, kind in PICK_FIELDS:
            added.append(QgsField(name, kind))
        fields = QgsProcessingUtils.combineFields(sites.fields, added)
        sink, dest_id = self.create_sink(
            run.parameters, "OUTPUT", run.context, fields, QgsWkbTypes.Type.Point, sites.output_crs
        )
        to_output = QgsCoordinateTransform(sites.work_crs, sites.output_crs, run.context.transformContext())
        for pick in picks:
            feature = QgsFeature(fields)
            candidate = sites.features[pick.candidate]
            if sites.grid:
                attributes = [int(candidate)]
                feature.setGeometry(QgsGeometry.fromPointXY(to_output.transform(QgsPointXY(*sites.xy[pick.candidate]))))
            else:
                attributes = list(candidate.attributes())
                geometry = candidate.geometry()
                if geometry.type() != QgsWkbTypes.GeometryType.PointGeometry or geometry.isMultipart():
                    geometry = QgsGeometry.fromPointXY(to_output.transform(QgsPointXY(*sites.xy[pick.candidate])))
                feature.setGeometry(geometry)
            feature.setAttributes(
                attributes
                + [
                    pick.rank,
                    round(pick.gain_people, 2),
                    round(pick.gain, 2),
                    round(pick.people_reached, 2),
                    round(pick.total_gain_people, 2),
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        run.progress.step(100, 100)
        style_on_completion(run.context, dest_id, SUGGESTED_SITES)
        return {"OUTPUT": dest_id}
