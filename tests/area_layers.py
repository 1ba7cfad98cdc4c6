"""Small layers in Lambert-93 metres around Marseille for the classifyareas tests: areas, access points, and a
memory layer of any kind; a Processing context that stops on invalid geometries, as QGIS does by default."""

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsVectorLayer,
)

L93 = "EPSG:2154"
# Processing's default in QGIS (Settings ▸ Options ▸ Processing ▸ Invalid features filtering): stop on invalid.
if Qgis.QGIS_VERSION_INT >= 33600:
    ABORT_ON_INVALID = Qgis.InvalidGeometryCheck.AbortOnInvalid
else:
    ABORT_ON_INVALID = QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid
X0, Y0 = 890000.0, 6245000.0  # Marseille, in Lambert-93


def box(x, y, width, height=None):
    height = width if height is None else height
    return QgsGeometry.fromWkt(
        f"POLYGON(({X0 + x} {Y0 + y},{X0 + x + width} {Y0 + y},{X0 + x + width} {Y0 + y + height},"
        f"{X0 + x} {Y0 + y + height},{X0 + x} {Y0 + y}))"
    )


def point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


def memory_layer(kind, fields, rows, crs=L93):
    """A memory layer: ``fields`` like "name:string", rows of (geometry, attributes...); ``crs`` None: none."""
    uri = kind + "?crs=" + (crs or "EPSG:4326") + "".join("&field=" + field for field in fields)
    layer = QgsVectorLayer(uri, kind, "memory")
    if not crs:  # a memory layer defaults to WGS 84; a shapefile without .prj has no CRS
        layer.setCrs(QgsCoordinateReferenceSystem())
    features = []
    for geometry, *attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def areas_layer():
    # A and B: 1 km squares side by side; C: an empty square further east.
    return memory_layer(
        "Polygon",
        ["name:string", "Men_pauv:double", "Men:double", "DENS:integer"],
        [
            (box(0, 0, 1000), "A", 30.0, 100.0, 1),
            (box(1000, 0, 1000), "B", 10.0, 100.0, 1),
            (box(5000, 0, 1000), "C", 0.0, 100.0, 4),
        ],
    )


ACCESS_FIELDS = ["Ind:double", "distance_m:double", "time_min:double", "status:string", "nearest_category:string"]


def access_points(rows):
    return memory_layer("Point", ACCESS_FIELDS, rows)


def classify_run(run_algorithm, parameters, **options):
    """The classified areas by name, and the output layer; ``options``: feedback, context."""
    result = run_algorithm("classifyareas", {"OUTPUT": "memory:", **parameters}, **options)
    layer = result["OUTPUT"]
    return {feature["name"]: feature for feature in layer.getFeatures()}, layer


def abort_context():
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(ABORT_ON_INVALID)
    return context
