"""Porto Alegre inputs shared by the walking tests and benchmark: the walkable OSM lines as a
layer, the hexagon centroids as origins, outlets sampled from network vertices (fixed seed)."""

import csv

import numpy as np
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from foodaccess.core.osm.tags import feature_tags
from foodaccess.core.walk.network import is_walkable


def walkable_lines_lonlat(pbf):
    """[(n, 2) lon/lat arrays] of the walkable ways, read with OGR (independently of the plugin)."""
    dataset = ogr.Open(str(pbf))
    lines = []
    for feature in dataset.GetLayerByName("lines"):
        if is_walkable(feature_tags({"highway": feature.GetField("highway")}, feature.GetField("other_tags"))):
            lines.append(np.array(feature.GetGeometryRef().GetPoints())[:, :2])
    return lines


def line_layer(lines, crs="EPSG:4326", tags=None):
    """A memory line layer of the given coordinate arrays; with ``tags`` (one dict per line) it has
    highway, foot and access fields (as QuickOSM writes them), otherwise none (all lines walkable)."""
    fields = "&field=highway:string&field=foot:string&field=access:string" if tags else ""
    layer = QgsVectorLayer(f"LineString?crs={crs}&field=id:integer{fields}", "network", "memory")
    features = []
    for index, line in enumerate(lines):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in line]))
        values = [tags[index].get(key) for key in ("highway", "foot", "access")] if tags else []
        feature.setAttributes([index] + values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def point_layer(points, crs="EPSG:4326", names=None, categories=None, name="points"):
    """A memory point layer with source_id, name and category fields."""
    layer = QgsVectorLayer(
        f"Point?crs={crs}&field=source_id:string&field=name:string&field=category:string", name, "memory"
    )
    features = []
    for index, (x, y) in enumerate(points):
        feature = QgsFeature(layer.fields())
        if np.isfinite(x):
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feature.setAttributes(
            [
                f"node/{index}",
                names[index] if names else f"outlet {index}",
                categories[index] if categories else "supermarket",
            ]
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def hexagon_centroids(csv_path):
    """(1227, 2) lon/lat of the population hexagons of poa_hexgrid.csv."""
    with open(csv_path, newline="", encoding="utf-8") as stream:
        return np.array([(float(row["lon"]), float(row["lat"])) for row in csv.DictReader(stream)])


def sample_vertices(lines, count, seed=20240501):
    """``count`` distinct vertices of the lines (lon/lat), drawn with a fixed seed."""
    vertices = np.unique(np.concatenate(lines), axis=0)
    rng = np.random.default_rng(seed)
    return vertices[rng.choice(len(vertices), size=count, replace=False)]


def porto_alegre(shared_data, outlets=40):
    """The Porto Alegre inputs: OSM file, walkable lines, hexagon centroids, ``outlets`` sampled vertices."""
    folder = shared_data / "porto_alegre"
    lines = walkable_lines_lonlat(folder / "poa_osm.pbf")
    return {
        "pbf": str(folder / "poa_osm.pbf"),
        "lines": lines,
        "origins": hexagon_centroids(folder / "poa_hexgrid.csv"),
        "outlets": sample_vertices(lines, outlets),
    }


def wgs84_measure():
    """QGIS's ellipsoidal (WGS 84) measurement of lon/lat geometries: an independent reference."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("WGS84")
    return measure


def side_by_side_ways(network, copies):
    """The network's ways (vertex arrays) copied ``copies`` x ``copies`` times side by side, 1 km apart."""
    ways = np.split(network.vertex_xy, np.flatnonzero(network.vertex_offset == 0)[1:])
    low, high = network.vertex_xy.min(axis=0), network.vertex_xy.max(axis=0)
    step = high - low + 1000.0
    return [way + step * (i, j) for i in range(copies) for j in range(copies) for way in ways]


def contains_xy(geometry, x, y):
    """Which of the points (x, y arrays) lie inside the shapely ``geometry``: shapely.contains_xy on Shapely 2
    (Debian 13), shapely.vectorized.contains on Shapely 1.8 (Debian 12; deprecated in 2.1)."""
    try:
        from shapely import contains_xy as contains
    except ImportError:
        from shapely.vectorized import contains
    return contains(geometry, x, y)
