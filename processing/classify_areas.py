"""foodaccess:classifyareas — food access by area (USDA Food Access Research Atlas rules and variants)."""

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QLocale

from ..core.areas import classify
from ..core.outlets.taxonomy import GROUPS, load_taxonomy
from ..i18n import tr, user_language
from ..qgis_compat import FieldType
from .attributes import attribute_value
from .base import FoodAccessAlgorithm
from .styling import CLASSIFIED_AREAS, legend_labels, style_on_completion

# Order of the PRESET enum.
PRESET_IDS = classify.PRESET_IDS
UNIT_IDS = (classify.METRES, classify.MINUTES)
# Half a mile: CDC computed the mRFEI over census tracts and a 1/2-mile buffer around them.
MRFEI_BUFFER_M = classify.METRES_PER_MILE / 2
# An area belongs to the priority areas when at least this share of its surface lies inside them.
PRIORITY_MIN_SHARE = 0.5
TRANSIT_FIELD = "transit_share"
# Loops over origins report progress (and check for cancel) every this many features.
PROGRESS_EVERY = 512


def preset_names():
    return [
        tr("USDA: 1 mile urban / 10 miles rural, straight line"),
        tr("USDA: 1/2 mile urban / 10 miles rural, straight line"),
        tr("USDA: 1 mile urban / 20 miles rural, straight line"),
        tr("Marseille pilot: 2.5 km"),
        tr("Walk: 15 minutes (THRESHOLD sets N)"),
        tr("Walk + public transport: 30 minutes (THRESHOLD sets N)"),
        tr("Custom: THRESHOLD and UNIT"),
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
    OUTPUT = "OUTPUT"

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
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                self.tr("Threshold (overrides the preset)"),
                QgsProcessingParameterNumber.Type.Double,
                optional=True,
                minValue=0,
            ),
            self.tr("Distance (metres) or time (minutes) beyond which people have low access. Empty: the preset's."),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.UNIT, self.tr("Unit of the threshold"), [self.tr("metres"), self.tr("minutes")], optional=True
            ),
            self.tr("metres: compares distance_m; minutes: compares time_min. Empty: the preset's unit."),
        )
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
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.COUNT, self.tr("Low access: at least this many people"), defaultValue=500, minValue=0
            ),
            self.tr("USDA: 500 people beyond the threshold make an area low access."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.SHARE,
                self.tr("Low access: or at least this share of the population (%)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=33,
                minValue=0,
                maxValue=100,
            ),
            self.tr("USDA: 33 % of the area's population beyond the threshold make it low access."),
        )
        self.add_parameter(
            QgsProcessingParameterExpression(
                self.LOW_INCOME, self.tr("Low income (expression)"), parentLayerParameterName=self.AREAS, optional=True
            ),
            self.tr(
                'True for low-income areas, e.g. "Men_pauv" / "Men" >= 0.2 (Filosofi: 20 % of households poor; USDA: '
                "poverty rate of 20 % or more)."
            ),
        )
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
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Classified areas"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr("The areas with their population, share beyond the threshold, outlet counts, mRFEI and class."),
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
        self._check_access_fields(access_source, preset, rule, taxonomy, feedback)

        work_crs = working_crs(areas_source, context)
        areas = read_areas(self, parameters, context, feedback, areas_source, work_crs, progress.sub(0.0, 0.1))
        priority_source = self._source(parameters, self.PRIORITY_AREAS, context, required=False)
        priority = None
        if priority_source is not None:
            priority = priority_membership(areas, priority_source, work_crs, context, progress.sub(0.1, 0.2))
        low_income = combine_income(areas.low_income, priority)

        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        origins, contributions = read_origins(
            access_source, population_field, areas, work_crs, context, feedback, progress.sub(0.2, 0.7)
        )
        results = classify.classify(origins, *contributions, areas.urban, low_income, rule, progress.sub(0.7, 0.8))

        outlets_source = self._source(parameters, self.OUTLETS, context, required=False)
        counts = None
        if outlets_source is not None:
            buffer_m = self.parameterAsDouble(parameters, self.BUFFER, context)
            counts = count_outlets(
                outlets_source, areas, taxonomy, buffer_m, work_crs, context, feedback, progress.sub(0.8, 0.9)
            )

        fields, kept = output_fields(areas_source.fields(), taxonomy, feedback)
        sink, dest_id = self.create_sink(
            parameters, self.OUTPUT, context, fields, areas_source.wkbType(), areas_source.sourceCrs()
        )
        texts = ReasonTexts(rule, legend_labels(CLASSIFIED_AREAS))
        writing = progress.sub(0.9, 1.0)
        for index, result in enumerate(results):
            writing.step(index, len(results))
            feature = QgsFeature(fields)
            feature.setGeometry(areas.geometries[index])
            values = [areas.attributes[index][position] for position in kept]
            values += result_values(result, rule, taxonomy, counts, index, priority, texts, areas.low_income[index])
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        summarize(results, feedback)
        style_on_completion(context, dest_id, CLASSIFIED_AREAS)
        return {self.OUTPUT: dest_id}

    # --- parameter helpers ----------------------------------------------------------------
    def _source(self, parameters, name, context, required=True):
        source = self.parameterAsSource(parameters, name, context)
        if source is None and required:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def _optional_number(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsDouble(parameters, name, context)

    def _optional_unit(self, parameters, context):
        if parameters.get(self.UNIT) in (None, ""):
            return None
        return UNIT_IDS[self.parameterAsEnum(parameters, self.UNIT, context)]

    def _check_access_fields(self, source, preset, rule, taxonomy, feedback):
        names = source.fields().names()
        measure = "distance_m" if rule.unit == classify.METRES else "time_min"
        if measure not in names:
            raise QgsProcessingException(
                self.tr(
                    "The ACCESS layer has no field {field}: use the output of 'Access to the nearest outlet' "
                    "(or a layer with {field} in {unit})."
                ).format(field=measure, unit=rule.unit)
            )
        if preset.transit and TRANSIT_FIELD not in names:
            raise QgsProcessingException(
                self.tr(
                    "The walk + public transport preset needs an ACCESS layer computed with public transport "
                    "(field {field}); run 'Access to the nearest outlet' with the walk + transit mode."
                ).format(field=TRANSIT_FIELD)
            )
        if preset.straight_line and "nearest_category" in names:
            index = names.index("nearest_category")
            others = sorted(
                str(value)
                for value in source.uniqueValues(index)
                if value and value in taxonomy.ids and not taxonomy.category(value).usda_supermarket
            )
            if others:
                feedback.pushWarning(
                    self.tr(
                        "The USDA measures the distance to the nearest supermarket, but the nearest outlets of the "
                        "ACCESS layer include {categories}: filter the outlets to supermarkets in 'Access to the "
                        "nearest outlet' to follow the USDA definition."
                    ).format(categories=", ".join(others))
                )


# --- geometry: which origins and outlets lie in which area ----------------------------------
def working_crs(source, context):
    """The areas' CRS when projected; else the UTM zone of their centre, so buffers are in metres."""
    crs = source.sourceCrs()
    if not crs.isGeographic():
        return crs
    to_wgs84 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext())
    centre = to_wgs84.transform(source.sourceExtent().center())
    zone = min(int((centre.x() + 180) // 6) + 1, 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")


def transformed(geometry, transform):
    if transform.isShortCircuited():
        return geometry
    geometry = QgsGeometry(geometry)
    geometry.transform(transform)
    return geometry


def prepared_engine(geometry):
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    return engine


class Areas:
    """The areas in the working CRS with a spatial index, their original geometries and attributes."""

    def __init__(self):
        self.geometries = []
        self.work = []
        self.attributes = []
        self.urban = []
        self.low_income = []
        self.index = QgsSpatialIndex()
        self._engines = {}

    def add(self, feature, work_geometry, urban, low_income):
        position = len(self.work)
        self.geometries.append(feature.geometry())
        self.work.append(work_geometry)
        self.attributes.append(feature.attributes())
        self.urban.append(urban)
        self.low_income.append(low_income)
        if not work_geometry.isEmpty():
            self.index.addFeature(position, work_geometry.boundingBox())

    def engine(self, position):
        if position not in self._engines:
            self._engines[position] = prepared_engine(self.work[position])
        return self._engines[position]

    def __len__(self):
        return len(self.work)


class AreaExpression:
    """An optional boolean expression on the areas (URBAN, LOW_INCOME)."""

    def __init__(self, algorithm, parameters, name, context, expression_context):
        text = algorithm.parameterAsExpression(parameters, name, context)
        raw = parameters.get(name)
        if not text and isinstance(raw, str) and raw.strip():
            text = raw  # parameterAsExpression drops an invalid expression: report it instead
        self.name = name
        self.expression = QgsExpression(text) if text else None
        if self.expression is not None:
            if self.expression.hasParserError():
                raise QgsProcessingException(
                    tr("The {name} expression is not valid: {error}").format(
                        name=name, error=self.expression.parserErrorString()
                    )
                )
            self.expression.prepare(expression_context)

    def value(self, expression_context, feature):
        """True, False, or None (no expression, or NULL for this area)."""
        if self.expression is None:
            return None
        value = self.expression.evaluate(expression_context)
        if self.expression.hasEvalError():
            raise QgsProcessingException(
                tr("The {name} expression fails on area {fid}: {error}").format(
                    name=self.name, fid=feature.id(), error=self.expression.evalErrorString()
                )
            )
        return None if attribute_value(value) is None else bool(value)


def read_areas(algorithm, parameters, context, feedback, source, work_crs, progress):
    expression_context = algorithm.createExpressionContext(parameters, context, source)
    urban = AreaExpression(algorithm, parameters, ClassifyAreas.URBAN, context, expression_context)
    low_income = AreaExpression(algorithm, parameters, ClassifyAreas.LOW_INCOME, context, expression_context)
    transform = QgsCoordinateTransform(source.sourceCrs(), work_crs, context.transformContext())
    areas = Areas()
    total = source.featureCount()
    undecided = 0
    for number, feature in enumerate(source.getFeatures()):
        progress.step(number, total)
        expression_context.setFeature(feature)
        is_urban = urban.value(expression_context, feature)
        if is_urban is None and urban.expression is not None:
            undecided += 1
        areas.add(
            feature,
            transformed(feature.geometry(), transform),
            True if is_urban is None else is_urban,
            low_income.value(expression_context, feature),
        )
    if undecided:
        feedback.pushWarning(
            tr("The URBAN expression gives NULL for {count} areas: they are treated as urban.").format(count=undecided)
        )
    if not len(areas):
        raise QgsProcessingException(tr("The AREAS layer has no feature: nothing to classify."))
    return areas


def priority_membership(areas, source, work_crs, context, progress):
    """For each area: whether at least half of its surface lies inside the priority areas (None: no surface)."""
    transform = QgsCoordinateTransform(source.sourceCrs(), work_crs, context.transformContext())
    polygons = [transformed(feature.geometry(), transform) for feature in source.getFeatures()]
    index = QgsSpatialIndex()
    for position, polygon in enumerate(polygons):
        if not polygon.isEmpty():
            index.addFeature(position, polygon.boundingBox())
    membership = []
    for position, area in enumerate(areas.work):
        progress.step(position, len(areas))
        surface = area.area()
        if surface <= 0:
            membership.append(None)
            continue
        engine = areas.engine(position)
        parts = [
            QgsGeometry(engine.intersection(polygons[candidate].constGet()))
            for candidate in index.intersects(area.boundingBox())
            if engine.intersects(polygons[candidate].constGet())
        ]
        inside = QgsGeometry.unaryUnion(parts).area() if parts else 0.0
        membership.append(inside >= PRIORITY_MIN_SHARE * surface * (1 - classify.TOLERANCE))
    return membership


def combine_income(by_expression, by_priority):
    """Low income when the expression or the priority membership says so; None when neither is assessed."""
    combined = []
    for position, value in enumerate(by_expression):
        member = by_priority[position] if by_priority is not None else None
        if value is None and member is None:
            combined.append(None)
        else:
            combined.append(bool(value) or bool(member))
    return combined


def read_origins(source, population_field, areas, work_crs, context, feedback, progress):
    """The origins as arrays, and their contributions (area, origin, weight) to the areas."""
    names = source.fields().names()
    wanted = [population_field, "distance_m", "time_min", "status"]
    positions = [names.index(name) if name in names else -1 for name in wanted]
    request = QgsFeatureRequest().setSubsetOfAttributes([position for position in positions if position >= 0])
    transform = QgsCoordinateTransform(source.sourceCrs(), work_crs, context.transformContext())
    polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    rows, area_index, origin_index, weight = [], [], [], []
    total = source.featureCount()
    missing_population = 0
    for number, feature in enumerate(source.getFeatures(request)):
        if number % PROGRESS_EVERY == 0:
            progress.step(number, total)
        attributes = feature.attributes()
        values = [
            None if position < 0 or attribute_value(attributes[position]) is None else attributes[position]
            for position in positions
        ]
        if population_field is None:
            values[0] = 1.0
        elif values[0] is None:
            missing_population += 1
        rows.append(values)
        geometry = transformed(feature.geometry(), transform)
        if geometry.isEmpty():
            continue
        shares = polygon_shares(areas, geometry) if polygons else point_area(areas, geometry)
        for area, share in shares:
            area_index.append(area)
            origin_index.append(number)
            weight.append(share)
    if not rows:
        raise QgsProcessingException(tr("The ACCESS layer has no feature: run 'Access to the nearest outlet' first."))
    if missing_population:
        feedback.pushWarning(
            tr("{count} origins have no population (NULL): they count as 0 people.").format(count=missing_population)
        )
    contributions = (np.array(area_index, dtype=np.int64), np.array(origin_index, dtype=np.int64), np.array(weight))
    return classify.origins_from_rows(rows), contributions


def point_area(areas, geometry):
    """The areas containing a point; a point on a border between areas goes to the first of them."""
    candidates = sorted(areas.index.intersects(geometry.boundingBox()))
    inside = [(area, 1.0) for area in candidates if areas.engine(area).contains(geometry.constGet())]
    if inside:
        return inside
    touching = [area for area in candidates if areas.engine(area).intersects(geometry.constGet())]
    return [(touching[0], 1.0)] if touching else []


def polygon_shares(areas, geometry):
    """The areas a population polygon overlaps, with the share of its surface in each."""
    surface = geometry.area()
    if surface <= 0:
        return point_area(areas, geometry.centroid())
    shares = []
    for area in areas.index.intersects(geometry.boundingBox()):
        engine = areas.engine(area)
        if engine.contains(geometry.constGet()):
            shares.append((area, 1.0))
        elif engine.intersects(geometry.constGet()):
            overlap = engine.intersection(geometry.constGet())
            if overlap is not None and overlap.area() > 0:
                shares.append((area, overlap.area() / surface))
    return shares


class OutletCounts:
    """Outlets per category inside each area, and by group inside the area and its mRFEI buffer."""

    def __init__(self, area_count, category_ids):
        self.by_category = [dict.fromkeys(category_ids, 0) for _ in range(area_count)]
        self.by_group = [dict.fromkeys(GROUPS, 0) for _ in range(area_count)]
        self.buffer_by_group = [dict.fromkeys(GROUPS, 0) for _ in range(area_count)]


def count_outlets(source, areas, taxonomy, buffer_m, work_crs, context, feedback, progress):
    names = source.fields().names()
    if "category" not in names:
        raise QgsProcessingException(tr("The OUTLETS layer has no field 'category': use a Food Access outlet layer."))
    transform = QgsCoordinateTransform(source.sourceCrs(), work_crs, context.transformContext())
    request = QgsFeatureRequest().setSubsetOfAttributes([names.index("category")])
    points, categories, unknown = [], [], set()
    index = QgsSpatialIndex()
    for feature in source.getFeatures(request):
        category = feature["category"]
        if attribute_value(category) is None or category not in taxonomy.ids:
            unknown.add(str(category))
            continue
        geometry = transformed(feature.geometry(), transform)
        if geometry.isEmpty():
            continue
        index.addFeature(len(points), geometry.boundingBox())
        points.append(geometry)
        categories.append(category)
    if unknown:
        feedback.pushWarning(
            tr("Outlets with categories outside the taxonomy are not counted: {categories}.").format(
                categories=", ".join(sorted(unknown))
            )
        )
    counts = OutletCounts(len(areas), taxonomy.ids)
    for position, area in enumerate(areas.work):
        progress.step(position, len(areas))
        if area.isEmpty():
            continue
        engine = areas.engine(position)
        for outlet in index.intersects(area.boundingBox()):
            if engine.intersects(points[outlet].constGet()):
                counts.by_category[position][categories[outlet]] += 1
                counts.by_group[position][taxonomy.category(categories[outlet]).group] += 1
        buffered = area.buffer(buffer_m, 8) if buffer_m > 0 else area
        buffer_engine = prepared_engine(buffered)
        for outlet in index.intersects(buffered.boundingBox()):
            if buffer_engine.intersects(points[outlet].constGet()):
                counts.buffer_by_group[position][taxonomy.category(categories[outlet]).group] += 1
    return counts


# --- output -----------------------------------------------------------------------------------
def new_fields(taxonomy):
    double, integer, boolean, string = FieldType.Double, FieldType.Int, FieldType.Bool, FieldType.String
    fields = [
        ("pop_total", double),
        ("pop_low_access", double),
        ("share_low_access", double),
        ("median_distance_m", double),
        ("median_time_min", double),
        ("n_healthy", integer),
        ("n_less_healthy", integer),
    ]
    fields += [(f"n_{category_id}", integer) for category_id in taxonomy.ids]
    fields += [
        ("mrfei", double),
        ("urban", boolean),
        ("threshold", double),
        ("unit", string),
        ("priority_area", boolean),
        ("low_access", boolean),
        ("low_income", boolean),
        ("class", string),
        ("reason", string),
    ]
    return fields


def output_fields(area_fields, taxonomy, feedback):
    """The areas' fields (minus those the classification rewrites) followed by the classification fields."""
    added = new_fields(taxonomy)
    added_names = {name.lower() for name, _ in added}
    fields = QgsFields()
    kept = []
    replaced = []
    for position, field in enumerate(area_fields):
        if field.name().lower() in added_names:
            replaced.append(field.name())
            continue
        fields.append(field)
        kept.append(position)
    for name, kind in added:
        fields.append(QgsField(name, kind))
    if replaced:
        feedback.pushInfo(
            tr("Fields of AREAS replaced by the classification: {names}.").format(names=", ".join(replaced))
        )
    return fields, kept


def result_values(result, rule, taxonomy, counts, position, priority, texts, income_expression):
    if counts is None:
        group_counts = [None, None] + [None] * len(taxonomy.ids)
        mrfei = None
    else:
        group_counts = [counts.by_group[position]["healthy"], counts.by_group[position]["less_healthy"]]
        group_counts += [counts.by_category[position][category_id] for category_id in taxonomy.ids]
        around = counts.buffer_by_group[position]
        mrfei = classify.mrfei(around["healthy"], around["less_healthy"])
    member = priority[position] if priority is not None else None
    return [
        result.pop_total,
        result.pop_low_access,
        result.share_low_access,
        result.median_distance_m,
        result.median_time_min,
        *group_counts,
        mrfei,
        result.urban,
        result.threshold,
        rule.unit,
        member,
        result.low_access,
        result.low_income,
        result.class_,
        texts.reason(result, member, income_expression),
    ]


def summarize(results, feedback):
    counts = {name: 0 for name in classify.CLASSES}
    for result in results:
        counts[result.class_] += 1
    feedback.pushInfo(
        tr(
            "Areas: {food_desert} food deserts, {low_access} low access, {served} served, {no_population} without "
            "population."
        ).format(**counts)
    )


# The sentence of the reason whose translation tells which language (and number conventions) the reason is in.
PEOPLE_BEYOND = QT_TRANSLATE_NOOP(
    "FoodAccess", "{low} of {total} people ({share} %) live beyond {threshold} ({setting} threshold)"
)


def reason_locale():
    """Number conventions of the reason: the user's language when the plugin's texts are translated into it
    (French: "1 609 m", "20,6 %"), English otherwise (a German user reads English text with English numbers)."""
    if tr(PEOPLE_BEYOND) != PEOPLE_BEYOND:
        return QLocale(user_language())
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class ReasonTexts:
    """Words why an area got its class, for the ``reason`` field."""

    def __init__(self, rule, class_labels):
        self.rule = rule
        self.class_labels = class_labels
        self.locale = reason_locale()

    def reason(self, result, priority_member, income_expression):
        label = self.class_labels.get(result.class_, result.class_)
        if result.class_ == classify.NO_POPULATION:
            return tr("{label}: no origin of the ACCESS layer with people lies in this area.").format(label=label)
        beyond = tr(PEOPLE_BEYOND).format(
            low=self.people(result.pop_low_access),
            total=self.people(result.pop_total),
            share=self.locale.toString(result.share_low_access, "f", 1),
            threshold=self.threshold(result.threshold),
            setting=tr("urban") if result.urban else tr("rural"),
        )
        if result.pop_unmeasured > 0:
            beyond += tr(", {count} of them without a measure (status other than ok)").format(
                count=self.people(result.pop_unmeasured)
            )
        numbers = {"count": self.people(self.rule.count), "share": self.locale.toString(self.rule.share, "g", 6)}
        if result.low_access:
            criterion = tr("at least {count} people or {share} %: low access").format(**numbers)
        else:
            criterion = tr("fewer than {count} people and under {share} %: not low access").format(**numbers)
        if result.low_income is None:
            income = tr("income not assessed")
        elif not result.low_income:
            income = tr("not low income")
        elif priority_member:
            income = tr("low income (priority area)")
        else:
            income = tr("low income (LOW_INCOME expression)")
        return tr("{label}: {beyond}; {criterion}; {income}.").format(
            label=label, beyond=beyond, criterion=criterion, income=income
        )

    def people(self, value):
        """Whole people when the value is (nearly) whole, else one decimal (apportioned populations)."""
        return self.locale.toString(value, "f", 0 if abs(value - round(value)) < 0.05 else 1)

    def threshold(self, value):
        if self.rule.unit == classify.METRES:
            return self.locale.toString(value, "f", 0) + " m"
        return self.locale.toString(value, "g", 6) + " min"
