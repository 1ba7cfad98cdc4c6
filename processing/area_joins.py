"""The geometry of the classification, with QGIS: which origins, outlets and priority areas lie in which area.

Everything is joined in one working CRS in metres (``working_crs``): the areas are read once into it
with a spatial index and prepared geometries (``Areas``); origins count in the area containing them,
population polygons (Filosofi cells) are apportioned by the share of their surface in each area;
outlets are counted inside each area and within its mRFEI buffer; an area's priority membership
comes from the surface of it inside the priority areas. The rules themselves are in core/areas.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..core.areas.access_layer import ORIGIN_FIELDS, Contributions, origins_from_rows
from ..core.areas.area_status import is_priority_member
from ..core.areas.outlet_counts import area_outlets, check_outlet_fields
from ..core.errors import InputError
from ..i18n import tr
from .attributes import attribute_value

# Loops over origins report progress (and check for cancel) every this many features.
PROGRESS_EVERY = 512


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
    """The areas in the working CRS ``crs`` with a spatial index, their original geometries and attributes, and
    the values of the URBAN and LOW_INCOME expressions (None: no expression, or NULL)."""

    def __init__(self, crs, transform_context):
        self.crs = crs
        self.transform_context = transform_context
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

    def transform_from(self, source):
        """The transform of ``source``'s geometries into the areas' working CRS."""
        return QgsCoordinateTransform(source.sourceCrs(), self.crs, self.transform_context)

    def engine(self, position):
        if position not in self._engines:
            self._engines[position] = prepared_engine(self.work[position])
        return self._engines[position]

    def __len__(self):
        return len(self.work)


class AreaExpression:
    """An optional boolean expression on the areas (URBAN, LOW_INCOME): the parameter ``name`` and its ``text``."""

    def __init__(self, name, text, expression_context):
        self.name = name
        self.expression = QgsExpression(text) if text else None
        if self.expression is not None:
            if self.expression.hasParserError():
                raise InputError(
                    "The {name} expression is not valid: {error}", name=name, error=self.expression.parserErrorString()
                )
            self.expression.prepare(expression_context)

    def value(self, expression_context, feature):
        """True, False, or None (no expression, or NULL for this area)."""
        if self.expression is None:
            return None
        value = self.expression.evaluate(expression_context)
        if self.expression.hasEvalError():
            raise InputError(
                "The {name} expression fails on area {fid}: {error}",
                name=self.name,
                fid=feature.id(),
                error=self.expression.evalErrorString(),
            )
        return None if attribute_value(value) is None else bool(value)


def read_areas(source, urban, low_income, expression_context, context, feedback, progress):
    """The areas of ``source`` in their working CRS, with the values of the ``urban`` and ``low_income``
    AreaExpressions."""
    areas = Areas(working_crs(source, context), context.transformContext())
    transform = areas.transform_from(source)
    total = source.featureCount()
    for number, feature in enumerate(source.getFeatures()):
        progress.step(number, total)
        expression_context.setFeature(feature)
        areas.add(
            feature,
            transformed(feature.geometry(), transform),
            urban.value(expression_context, feature),
            low_income.value(expression_context, feature),
        )
    if urban.expression is not None and None in areas.urban:
        feedback.pushWarning(
            tr("The URBAN expression gives NULL for {count} areas: they are treated as urban.").format(
                count=areas.urban.count(None)
            )
        )
    if not len(areas):
        raise InputError("The AREAS layer has no feature: nothing to classify.")
    return areas


def priority_membership(areas, source, progress):
    """For each area: whether at least half of its surface lies inside the priority areas (None: no surface)."""
    transform = areas.transform_from(source)
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
        membership.append(is_priority_member(surface, QgsGeometry.unaryUnion(parts).area() if parts else 0.0))
    return membership


def read_origins(source, population_field, areas, feedback, progress):
    """The origins of the ACCESS layer (access_layer.Origins) and their Contributions to the areas."""
    names = source.fields().names()
    positions = [names.index(name) if name in names else -1 for name in (population_field, *ORIGIN_FIELDS)]
    request = QgsFeatureRequest().setSubsetOfAttributes([position for position in positions if position >= 0])
    transform = areas.transform_from(source)
    polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    rows, area_index, origin_index, weight = [], [], [], []
    total = source.featureCount()
    for number, feature in enumerate(source.getFeatures(request)):
        if number % PROGRESS_EVERY == 0:
            progress.step(number, total)
        attributes = feature.attributes()
        values = [None if position < 0 else attribute_value(attributes[position]) for position in positions]
        if population_field is None:
            values[0] = 1.0  # each origin counts as one person
        rows.append(values)
        geometry = transformed(feature.geometry(), transform)
        if geometry.isEmpty():
            continue
        for area, share in polygon_shares(areas, geometry) if polygons else point_area(areas, geometry):
            area_index.append(area)
            origin_index.append(number)
            weight.append(share)
    origins = origins_from_rows(rows)
    if origins.missing_population:
        feedback.pushWarning(
            tr("{count} origins have no population (NULL): they count as 0 people.").format(
                count=origins.missing_population
            )
        )
    return origins, Contributions(area_index, origin_index, weight)


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


def count_outlets(source, areas, taxonomy, buffer_m, feedback, progress):
    """For each area: its outlet_counts.AreaOutlets, the outlets inside it and within ``buffer_m`` of it."""
    names = source.fields().names()
    check_outlet_fields(names)
    transform = areas.transform_from(source)
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
    counts = []
    for position, area in enumerate(areas.work):
        progress.step(position, len(areas))
        if area.isEmpty():
            counts.append(area_outlets([], [], taxonomy))
            continue
        buffered = area.buffer(buffer_m, 8) if buffer_m > 0 else area
        inside = [categories[outlet] for outlet in points_in(area, areas.engine(position), points, index)]
        around = [categories[outlet] for outlet in points_in(buffered, prepared_engine(buffered), points, index)]
        counts.append(area_outlets(inside, around, taxonomy))
    return counts


def points_in(polygon, engine, points, index):
    """The positions of the ``points`` (indexed in ``index``) inside ``polygon`` (prepared as ``engine``)."""
    return [point for point in index.intersects(polygon.boundingBox()) if engine.intersects(points[point].constGet())]
