"""foodaccess:classifyareas — food access by area (USDA Food Access Research Atlas rules and variants).

The parameters and the glue: the rules are in core/areas, the geometry in area_joins, the wording of
the output in classified_output."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core.areas import access_layer, area_status, classify, table
from ..core.areas.outlet_counts import MRFEI_BUFFER_M
from ..core.errors import InputError
from ..core.outlets.taxonomy import load_taxonomy
from ..i18n import tr
from ..qgis_compat import NO_GEOMETRY_CHECK
from . import area_joins, classified_output
from .attributes import attribute_value
from .base import FoodAccessAlgorithm
from .rule_parameters import add_criteria_parameters, add_low_income_parameter, add_threshold_parameters
from .styling import CLASSIFIED_AREAS, style_on_completion

# Order of the PRESET and UNIT enums.
PRESET_IDS = classify.PRESET_IDS
UNIT_IDS = (classify.METRES, classify.MINUTES)


def preset_names():
    return [
        tr("USDA: 1 mile urban / 10 miles rural, straight line"),
        tr("USDA: 1/2 mile urban / 10 miles rural, straight line"),
        tr("USDA: 1 mile urban / 20 miles rural, straight line"),
        tr("Marseille pilot: 2.5 km"),
        tr("Walk: 15 minutes (the threshold sets the minutes)"),
        tr("Walk + public transport: 30 minutes (the threshold sets the minutes)"),
        tr("Custom: the threshold and its unit below"),
    ]


class ClassifyAreas(FoodAccessAlgorithm):
    NAME = "classifyareas"
    GROUP = "classification"

    AREAS = "AREAS"
    ACCESS = "ACCESS"
    POPULATION_FIELD = "POPULATION_FIELD"
    PRESET = "PRESET"
    THRESHOLD = "THRESHOLD"
    UNIT = "UNIT"
    URBAN = "URBAN"
    RURAL_THRESHOLD = "RURAL_THRESHOLD"
    COUNT = "COUNT"
    SHARE = "SHARE"
    LOW_INCOME = "LOW_INCOME"
    PRIORITY_AREAS = "PRIORITY_AREAS"
    OUTLETS = "OUTLETS"
    BUFFER = "BUFFER"
    TAXONOMY = "TAXONOMY"
    FIX_INVALID = "FIX_INVALID"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def display_name(self):
        return self.tr("Classify food access by area")

    def define_parameters(self):
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.AREAS, self.tr("Areas"), polygons),
            self.tr("Polygons to classify: QPV, IRIS, quartiers, communes or a grid."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.ACCESS,
                self.tr("Access layer (output of 'Access to the nearest outlet')"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            ),
            self.tr(
                "Origins with distance_m, time_min and status. Points count in the area that contains them; "
                "polygons (e.g. 200 m Filosofi cells) share their population between areas by overlap."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field"),
                parentLayerParameterName=self.ACCESS,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr("People living at each origin (Filosofi: Ind). Empty: each origin counts as 1."),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.PRESET, self.tr("Definition of low access"), preset_names(), defaultValue=0
            ),
            self.tr(
                "USDA Food Access Research Atlas distances (straight line to the nearest supermarket), the Marseille "
                "pilot's 2.5 km, a walking or walking + public transport time, or custom."
            ),
        )
        add_threshold_parameters(self)
        self.add_parameter(
            QgsProcessingParameterExpression(
                self.URBAN, self.tr("Urban areas (expression)"), parentLayerParameterName=self.AREAS, optional=True
            ),
            self.tr(
                "True for urban areas (urban threshold), false for rural ones (rural threshold), e.g. "
                '"DENS" <= 2 with INSEE\'s density grid. Empty: every area is urban.'
            ),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.RURAL_THRESHOLD,
                self.tr("Rural threshold (overrides the preset)"),
                QgsProcessingParameterNumber.Type.Double,
                optional=True,
                minValue=0,
            ),
            self.tr("Threshold for rural areas, in the unit of the threshold. Empty: the preset's (USDA: 10 miles)."),
            advanced=True,
        )
        add_criteria_parameters(self)
        add_low_income_parameter(self)
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.PRIORITY_AREAS, self.tr("Priority areas (QPV)"), polygons, optional=True
            ),
            self.tr(
                "Areas with at least half of their surface inside these polygons are low income (and priority "
                "areas on the map), whatever the expression says."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.OUTLETS, self.tr("Outlets"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True
            ),
            self.tr("Outlet layer (with category) for the counts by group and category and the mRFEI."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.BUFFER,
                self.tr("mRFEI buffer around each area (metres)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=MRFEI_BUFFER_M,
                minValue=0,
            ),
            self.tr("CDC's mRFEI counts outlets in the area and within 1/2 mile (804.672 m) of it."),
        )
        self.add_parameter(
            QgsProcessingParameterFile(self.TAXONOMY, self.tr("Taxonomy"), extension="json", optional=True),
            self.tr("The taxonomy the outlets were made with (groups healthy / less healthy). Empty: the bundled one."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterBoolean(self.FIX_INVALID, self.tr("Repair invalid geometries"), defaultValue=False),
            self.tr(
                "Invalid polygons (self-intersecting, bow-tie) of the areas, the access layer and the priority areas "
                "are refused with "
                "their ids; ticked, they are repaired with makeValid (and listed in the log), and the output holds "
                "the repaired areas."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Classified areas"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr("The areas with their population, share beyond the threshold, outlet counts, mRFEI and class."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY,
                self.tr("Summary table"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=False,
            ),
            self.tr(
                "Optional: the same figures per area as a table without geometry (one row per area), to open as a "
                "spreadsheet or join to other data. Skipped when left empty."
            ),
        )

    # --- run ------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        progress = self.progress(feedback)
        areas_source = self._source(parameters, self.AREAS, context)
        access_source = self._source(parameters, self.ACCESS, context)
        preset = classify.preset(PRESET_IDS[self.parameterAsEnum(parameters, self.PRESET, context)])
        rule = classify.resolve_rule(
            preset.id,
            threshold=self._optional_number(parameters, self.THRESHOLD, context),
            unit=self._optional_unit(parameters, context),
            rural_threshold=self._optional_number(parameters, self.RURAL_THRESHOLD, context),
            count=self.parameterAsDouble(parameters, self.COUNT, context),
            share=self.parameterAsDouble(parameters, self.SHARE, context),
        )
        taxonomy = load_taxonomy(self.parameterAsFile(parameters, self.TAXONOMY, context) or None)
        access_fields = access_source.fields().names()
        access_layer.check_access_fields(access_fields, preset, rule)
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        if population_field is not None:
            population_field = access_layer.check_population_field(access_fields, population_field)
        if preset.straight_line and "nearest_category" in access_fields:
            self._warn_non_supermarkets(access_source, access_fields.index("nearest_category"), taxonomy, feedback)
        fix_invalid = self.parameterAsBoolean(parameters, self.FIX_INVALID, context)

        expression_context = self.createExpressionContext(parameters, context, areas_source)
        urban = self._area_expression(parameters, self.URBAN, context, expression_context, areas_source)
        low_income = self._area_expression(parameters, self.LOW_INCOME, context, expression_context, areas_source)
        areas = area_joins.read_areas(
            areas_source, urban, low_income, fix_invalid, expression_context, context, feedback, progress.sub(0.0, 0.1)
        )
        priority_source = self._source(parameters, self.PRIORITY_AREAS, context, required=False)
        priority = None
        if priority_source is not None:
            priority = area_joins.priority_membership(
                areas, priority_source, fix_invalid, feedback, progress.sub(0.1, 0.2)
            )

        origins, contributions = area_joins.read_origins(
            access_source, population_field, areas, fix_invalid, feedback, progress.sub(0.2, 0.7)
        )
        covered = access_layer.coverage(origins, contributions, rule.unit)
        access_layer.check_coverage(covered, len(origins.population), population_field or self.POPULATION_FIELD)
        results = classify.classify(
            origins,
            contributions,
            area_status.urban_flags(areas.urban),
            area_status.low_income(areas.low_income, priority),
            rule,
            progress.sub(0.7, 0.8),
        )

        outlets_source = self._source(parameters, self.OUTLETS, context, required=False)
        outlets = None
        if outlets_source is not None:
            buffer_m = self.parameterAsDouble(parameters, self.BUFFER, context)
            outlets = area_joins.count_outlets(
                outlets_source, areas, taxonomy, buffer_m, feedback, progress.sub(0.8, 0.9)
            )

        fields, kept = classified_output.output_fields(areas_source.fields(), taxonomy, feedback)
        sink, dest_id = self.create_sink(
            parameters, self.OUTPUT, context, fields, areas.wkb_type, areas_source.sourceCrs()
        )
        rows = table.area_rows(results, rule, taxonomy.ids, outlets, priority, progress.sub(0.9, 0.95))
        classified_output.write_areas(sink, fields, kept, areas, rows, progress.sub(0.95, 0.98))
        outputs = {self.OUTPUT: dest_id}
        if parameters.get(self.SUMMARY):
            summary, summary_id = self.create_sink(
                parameters, self.SUMMARY, context, fields, QgsWkbTypes.Type.NoGeometry, areas_source.sourceCrs()
            )
            classified_output.write_areas(
                summary, fields, kept, areas, rows, progress.sub(0.98, 1.0), with_geometry=False
            )
            outputs[self.SUMMARY] = summary_id
        classified_output.summarize(results, feedback)
        classified_output.report_coverage(covered, len(origins.population), results, rule.unit, feedback)
        style_on_completion(context, dest_id, CLASSIFIED_AREAS)
        return outputs

    # --- parameter helpers ----------------------------------------------------------------
    def _source(self, parameters, name, context, required=True):
        """The layer of parameter ``name``, read without Processing's invalid-geometry check (the joins check
        validity themselves: see qgis_compat.NO_GEOMETRY_CHECK); refused without a CRS."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            if required:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            return None
        source.setInvalidGeometryCheck(NO_GEOMETRY_CHECK)
        if not source.sourceCrs().isValid():
            raise InputError(
                "The {layer} layer has no CRS (coordinate reference system): its coordinates cannot be matched with "
                "the other layers. Set its CRS (Layer Properties ▸ Source) and run again.",
                layer=name,
            )
        return source

    def _optional_number(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsDouble(parameters, name, context)

    def _optional_unit(self, parameters, context):
        if parameters.get(self.UNIT) in (None, ""):
            return None
        return UNIT_IDS[self.parameterAsEnum(parameters, self.UNIT, context)]

    def _area_expression(self, parameters, name, context, expression_context, areas_source):
        text = self.parameterAsExpression(parameters, name, context)
        raw = parameters.get(name)
        if not text and isinstance(raw, str) and raw.strip():
            text = raw  # parameterAsExpression drops an invalid expression: report it instead
        return area_joins.AreaExpression(name, text, expression_context, areas_source.fields())

    def _warn_non_supermarkets(self, source, field_index, taxonomy, feedback):
        nearest = [attribute_value(value) for value in source.uniqueValues(field_index)]
        others = access_layer.non_supermarket_categories(nearest, taxonomy)
        if others:
            feedback.pushWarning(
                self.tr(
                    "The USDA measures the distance to the nearest supermarket, but the nearest outlets of the "
                    "ACCESS layer include {categories}: filter the outlets to supermarkets in 'Access to the "
                    "nearest outlet' to follow the USDA definition."
                ).format(categories=", ".join(others))
            )
