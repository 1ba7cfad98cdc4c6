"""The geometry of the classification, with QGIS: which origins, outlets and priority areas lie in which area.

Everything is joined in one working CRS in metres (``working_crs``): the areas are read once into it
with a spatial index and prepared geometries (``Areas``); origins count in the area containing them,
population polygons (Filosofi cells) are apportioned by the share of their surface in each area;
outlets are counted inside each area and within its mRFEI buffer; an area's priority membership
comes from the surface of it inside the priority areas. The rules themselves are in core/areas.

Polygons are checked with GEOS as they are read (``GeometryCheck``): an invalid one is refused with its
id and reason, or repaired with makeValid when the user asks (FIX_INVALID). Processing's own check is
not used (see qgis_compat.NO_GEOMETRY_CHECK).
"""

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
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
from ..core.outlets.refresh import AGE_FIELD, edit_age_years, source_date
from ..i18n import plural, tr
from .attributes import attribute_value
from .closed_outlets import open_outlets_filter, report_closed, status_field
from .origin_values import warn_missing_population
from .outlet_layer import to_datetime

# Loops over origins report progress (and check for cancel) every this many features.
PROGRESS_EVERY = 512
# Messages name at most this many features (invalid geometries, areas without geometry).
NAMED_FEATURES = 10


def named_features(items):
    """The first NAMED_FEATURES ``items`` (texts) joined for a message, with "…" when there are more."""
    return ", ".join(items[:NAMED_FEATURES]) + (", …" if len(items) > NAMED_FEATURES else "")


def working_crs(source, context):
    """The areas' CRS when projected; else the UTM zone of their centre, so buffers are in metres."""
    crs = source.sourceCrs()
    if not crs.isGeographic():
        return crs
    to_wgs84 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext())
    try:
        centre = to_wgs84.transform(source.sourceExtent().center())
    except QgsCsException:
        centre = None
    if centre is None or not (-180 <= centre.x() <= 180 and -90 <= centre.y() <= 90):
        raise InputError(
            "The AREAS layer's coordinates do not fit its CRS {crs} (extent {extent}): set the layer's right CRS "
            "(Layer Properties ▸ Source) and run again.",
            crs=crs.authid() or crs.description(),
            extent=source.sourceExtent().toString(2),
        )
    zone = min(int((centre.x() + 180) // 6) + 1, 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")


def transformed(geometry, transform, layer, feature_id):
    """``geometry`` (of feature ``feature_id`` of the parameter ``layer``) through ``transform``."""
    if transform.isShortCircuited() or geometry.isNull():
        return geometry
    geometry = QgsGeometry(geometry)
    try:
        geometry.transform(transform)
    except QgsCsException:
        raise InputError(
            "Feature {fid} of {layer} cannot be transformed from {source} to {target}: its coordinates do not fit "
            "its layer's CRS; set the layer's right CRS (Layer Properties ▸ Source) and run again.",
            fid=feature_id,
            layer=layer,
            source=transform.sourceCrs().authid(),
            target=transform.destinationCrs().authid(),
        ) from None
    return geometry


class GeometryCheck:
    """Polygons of the parameter ``layer`` checked with GEOS: an invalid one is noted with its id and reason and,
    when ``fix`` (FIX_INVALID), repaired with makeValid (its polygon parts kept). ``report`` then refuses the
    layer, or says which features were repaired."""

    def __init__(self, layer, fix):
        self.layer = layer
        self.fix = fix
        self.invalid = []  # "id (reason)" of each invalid feature
        self.repaired_multi = False  # a repaired geometry became a multi-polygon

    def valid(self, feature):
        """The feature's geometry, repaired when invalid and ``fix``; NULL and empty geometries pass."""
        geometry = feature.geometry()
        if geometry.isGeosValid() or geometry.isNull() or geometry.isEmpty():
            return geometry
        errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
        self.invalid.append(f"{feature.id()} ({errors[0].what() if errors else tr('invalid')})")
        if not self.fix:
            return geometry
        repaired = geometry.makeValid()
        polygon = QgsWkbTypes.GeometryType.PolygonGeometry
        if QgsWkbTypes.geometryType(repaired.wkbType()) != polygon:
            repaired.convertGeometryCollectionToSubclass(polygon)
        if QgsWkbTypes.geometryType(repaired.wkbType()) != polygon:
            return QgsGeometry()  # nothing of the polygon is left (a ring collapsed to a line)
        self.repaired_multi |= repaired.isMultipart()
        return repaired

    def report(self, feedback):
        if not self.invalid:
            return
        if not self.fix:
            raise InputError(
                "The {layer} layer has invalid geometries ({count}; feature id and reason: {features}): tick "
                "FIX_INVALID (Repair invalid geometries) to repair them with makeValid, or repair the layer first "
                "(Processing toolbox ▸ Vector geometry ▸ Fix geometries).",
                count=len(self.invalid),
                layer=self.layer,
                features=named_features(self.invalid),
            )
        feedback.pushWarning(
            tr(
                "Invalid geometries of {layer} repaired with makeValid ({count}; feature id and reason: "
                "{features}): check these features."
            ).format(count=len(self.invalid), layer=self.layer, features=named_features(self.invalid))
        )


def prepared_engine(geometry):
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    return engine


class Areas:
    """The areas in the working CRS ``crs`` with a spatial index, their geometries (as read, or repaired) and
    attributes, and the values of the URBAN and LOW_INCOME expressions (None: no expression, or NULL)."""

    def __init__(self, crs, transform_context, wkb_type):
        self.crs = crs
        self.transform_context = transform_context
        self.wkb_type = wkb_type  # of the output: the layer's, made multi when a repair made a multi-polygon
        self.geometries = []
        self.work = []
        self.attributes = []
        self.urban = []
        self.low_income = []
        self.index = QgsSpatialIndex()
        self._engines = {}

    def add(self, feature, geometry, work_geometry, urban, low_income):
        position = len(self.work)
        self.geometries.append(geometry)
        self.work.append(work_geometry)
        self.attributes.append(feature.attributes())
        self.urban.append(urban)
        self.low_income.append(low_income)
        if not work_geometry.isEmpty():
            self.index.addFeature(position, work_geometry.boundingBox())

    def transform_from(self, source):
        """The transform of ``source``'s geometries into the areas' working CRS."""
        return QgsCoordinateTransform(source.sourceCrs(), self.crs, self.transform_context)

    def output_geometry(self, position):
        """The area's geometry as the output layer takes it (multi when the output is)."""
        geometry = self.geometries[position]
        if QgsWkbTypes.isMultiType(self.wkb_type) and not geometry.isMultipart() and not geometry.isNull():
            geometry = QgsGeometry(geometry)
            geometry.convertToMultiType()
        return geometry

    def engine(self, position):
        if position not in self._engines:
            self._engines[position] = prepared_engine(self.work[position])
        return self._engines[position]

    def __len__(self):
        return len(self.work)


class AreaExpression:
    """An optional boolean expression on the areas (URBAN, LOW_INCOME): the parameter ``name`` and its ``text``,
    refused when it does not parse or names fields the areas lack (QGIS would give NULL for every area)."""

    def __init__(self, name, text, expression_context, fields):
        self.name = name
        self.expression = QgsExpression(text) if text else None
        if self.expression is not None:
            if self.expression.hasParserError():
                raise InputError(
                    "The {name} expression is not valid: {error}", name=name, error=self.expression.parserErrorString()
                )
            missing = sorted(
                column
                for column in self.expression.referencedColumns()
                if column != QgsFeatureRequest.ALL_ATTRIBUTES and fields.lookupField(column) < 0
            )
            if missing:
                raise InputError(
                    "The {name} expression uses fields that the AREAS layer does not have: {missing} (its fields: "
                    "{fields}).",
                    name=name,
                    missing=", ".join(missing),
                    fields=", ".join(fields.names()),
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


def read_areas(source, urban, low_income, fix_invalid, expression_context, context, feedback, progress):
    """The areas of ``source`` in their working CRS, with the values of the ``urban`` and ``low_income``
    AreaExpressions; invalid polygons refused, or repaired when ``fix_invalid``."""
    if not source.featureCount():
        raise InputError("The AREAS layer has no feature: nothing to classify.")
    areas = Areas(working_crs(source, context), context.transformContext(), source.wkbType())
    transform = areas.transform_from(source)
    check = GeometryCheck("AREAS", fix_invalid)
    without_geometry = []
    total = source.featureCount()
    for number, feature in enumerate(source.getFeatures()):
        progress.step(number, total)
        expression_context.setFeature(feature)
        geometry = check.valid(feature)
        if geometry.isNull() or geometry.isEmpty():
            without_geometry.append(str(feature.id()))
        areas.add(
            feature,
            geometry,
            transformed(geometry, transform, "AREAS", feature.id()),
            urban.value(expression_context, feature),
            low_income.value(expression_context, feature),
        )
    if not len(areas):
        raise InputError("The AREAS layer has no feature: nothing to classify.")
    check.report(feedback)
    if check.repaired_multi:
        areas.wkb_type = QgsWkbTypes.multiType(areas.wkb_type)
    if len(without_geometry) == len(areas):
        raise InputError(
            "None of the {count} features of the AREAS layer has a geometry: nothing to classify. Use a polygon "
            "layer whose features have their shapes.",
            count=len(areas),
        )
    if without_geometry:
        feedback.pushWarning(
            plural(
                len(without_geometry),
                tr(
                    "{count} area has no geometry (feature ids {features}): no origin can lie in it, it comes out "
                    "'no population'."
                ),
                tr(
                    "{count} areas have no geometry (feature ids {features}): no origin can lie in them, they come "
                    "out 'no population'."
                ),
            ).format(count=len(without_geometry), features=named_features(without_geometry))
        )
    if urban.expression is not None and None in areas.urban:
        feedback.pushWarning(
            plural(
                areas.urban.count(None),
                tr("The URBAN expression gives NULL for {count} area: it is treated as urban."),
                tr("The URBAN expression gives NULL for {count} areas: they are treated as urban."),
            ).format(count=areas.urban.count(None))
        )
    if low_income.expression is not None and None in areas.low_income:
        feedback.pushWarning(
            plural(
                areas.low_income.count(None),
                tr(
                    "The LOW_INCOME expression gives NULL for {count} of {total} areas: its income is not assessed, "
                    "it cannot be a food desert."
                ),
                tr(
                    "The LOW_INCOME expression gives NULL for {count} of {total} areas: their income is not assessed, "
                    "they cannot be food deserts."
                ),
            ).format(count=areas.low_income.count(None), total=len(areas))
        )
    return areas


def priority_membership(areas, source, fix_invalid, feedback, progress):
    """For each area: whether at least half of its surface lies inside the priority areas (None: no surface);
    invalid priority polygons refused, or repaired when ``fix_invalid``."""
    transform = areas.transform_from(source)
    check = GeometryCheck("PRIORITY_AREAS", fix_invalid)
    polygons = [
        transformed(check.valid(feature), transform, "PRIORITY_AREAS", feature.id()) for feature in source.getFeatures()
    ]
    check.report(feedback)
    index = QgsSpatialIndex()
    for position, polygon in enumerate(polygons):
        if not polygon.isEmpty():
            index.addFeature(position, polygon.boundingBox())
    membership, overlaps = [], []
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
        overlaps.append(bool(parts))
        membership.append(is_priority_member(surface, QgsGeometry.unaryUnion(parts).area() if parts else 0.0))
    if polygons and not any(overlaps):
        feedback.pushWarning(
            tr(
                "None of the {count} polygons of PRIORITY_AREAS overlaps an area: no area is a priority area. "
                "Check that PRIORITY_AREAS covers the same place as AREAS (and that their CRS are right)."
            ).format(count=len(polygons))
        )
    return membership


def read_origins(source, population_field, areas, fix_invalid, feedback, progress):
    """The origins of the ACCESS layer (access_layer.Origins) and their Contributions to the areas; invalid
    population polygons refused, or repaired when ``fix_invalid``."""
    names = source.fields().names()
    positions = [names.index(name) if name in names else -1 for name in (population_field, *ORIGIN_FIELDS)]
    request = QgsFeatureRequest().setSubsetOfAttributes([position for position in positions if position >= 0])
    transform = areas.transform_from(source)
    polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    check = GeometryCheck("ACCESS", fix_invalid)
    rows, ids, area_index, origin_index, weight = [], [], [], [], []
    total = source.featureCount()
    for number, feature in enumerate(source.getFeatures(request)):
        if number % PROGRESS_EVERY == 0:
            progress.step(number, total)
        attributes = feature.attributes()
        values = [None if position < 0 else attribute_value(attributes[position]) for position in positions]
        if population_field is None:
            values[0] = 1.0  # each origin counts as one person
        rows.append(values)
        ids.append(feature.id())
        geometry = transformed(check.valid(feature) if polygons else feature.geometry(), transform, "ACCESS", ids[-1])
        if geometry.isEmpty():
            continue
        for area, share in polygon_shares(areas, geometry) if polygons else point_area(areas, geometry):
            area_index.append(area)
            origin_index.append(number)
            weight.append(share)
    check.report(feedback)
    origins = origins_from_rows(rows, population_field, ids)
    if origins.missing_population:
        warn_missing_population(feedback, origins.missing_population)
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
    """For each area: its outlet_counts.AreaOutlets, the outlets inside it and within ``buffer_m`` of it (outlets
    marked closed left out)."""
    names = source.fields().names()
    check_outlet_fields(names)
    transform = areas.transform_from(source)
    # The freshness of each outlet: the years since its last OSM edit as updateoutlets wrote them, else from the
    # edit date (osm_timestamp, as fetchoutlets writes it) to the newest edit of the layer.
    dating = next((name for name in (AGE_FIELD, "osm_timestamp") if name in names), None)
    wanted = ["category"] + ([dating] if dating else [])
    request = QgsFeatureRequest().setSubsetOfAttributes([names.index(name) for name in wanted])
    status = status_field(source)
    if status is not None and report_closed(source, status, feedback):
        request.setFilterExpression(open_outlets_filter(status))
    points, categories, dates, unknown = [], [], [], set()
    index = QgsSpatialIndex()
    for feature in source.getFeatures(request):
        category = feature["category"]
        if attribute_value(category) is None or category not in taxonomy.ids:
            unknown.add(str(category))
            continue
        geometry = transformed(feature.geometry(), transform, "OUTLETS", feature.id())
        if geometry.isEmpty():
            continue
        index.addFeature(len(points), geometry.boundingBox())
        points.append(geometry)
        categories.append(category)
        dates.append(to_datetime(attribute_value(feature[dating])) if dating else None)
    if unknown:
        feedback.pushWarning(
            tr("Outlets with categories outside the taxonomy are not counted: {categories}.").format(
                categories=", ".join(sorted(unknown))
            )
        )
    reference = source_date(dates)
    ages = [date if isinstance(date, (int, float)) else edit_age_years(date, reference) for date in dates]
    counts = []
    for position, area in enumerate(areas.work):
        progress.step(position, len(areas))
        if area.isEmpty():
            counts.append(area_outlets([], [], taxonomy))
            continue
        buffered = area.buffer(buffer_m, 8) if buffer_m > 0 else area
        inside = points_in(area, areas.engine(position), points, index)
        around = [categories[outlet] for outlet in points_in(buffered, prepared_engine(buffered), points, index)]
        counts.append(
            area_outlets(
                [categories[outlet] for outlet in inside], around, taxonomy, [ages[outlet] for outlet in inside]
            )
        )
    if points and not any(sum(area.around_by_group.values()) for area in counts):
        feedback.pushWarning(
            tr(
                "None of the {count} outlets of OUTLETS lies in an area or within {buffer} m of one: every count is "
                "0. Check that OUTLETS covers the same place as AREAS (and that their CRS are right)."
            ).format(count=len(points), buffer=f"{buffer_m:g}")
        )
    return counts


def points_in(polygon, engine, points, index):
    """The positions of the ``points`` (indexed in ``index``) inside ``polygon`` (prepared as ``engine``)."""
    return [point for point in index.intersects(polygon.boundingBox()) if engine.intersects(points[point].constGet())]
