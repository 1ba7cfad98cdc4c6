"""Porto Alegre inputs shared by the walking tests and benchmark: the walkable OSM lines as a
layer, the hexagon centroids as origins, outlets sampled from network vertices (fixed seed); the
default service areas checked against access times on Monaco and Porto Alegre (test and bench)."""

import csv
from dataclasses import dataclass

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


# Homes this far beyond a threshold are "well beyond" it (home_area_consistency).
BEYOND_M = 300.0


@dataclass
class HomeAreaCheck:
    """Homes against one OUTLINE_HOMES area: ``within`` the threshold by access times and
    ``outside`` the area among them (must be 0); ``beyond`` it by more than BEYOND_M and
    ``beyond_inside`` the area among them."""

    place: str
    threshold: float
    homes: int
    within: int
    outside: int
    beyond: int
    beyond_inside: int


def home_area_consistency(shared_data, place, max_snap=500.0):
    """[HomeAreaCheck] of the default service areas (OUTLINE_HOMES) on ``place``: "monaco" (the
    sample's origins, 8 outlets, 300 and 600 m) or "porto_alegre" (the 1,227 hexagon centroids and
    4,000 points scattered around the network's nodes, 40 outlets, 800 and 1,609 m); the homes'
    walks come from ``walk_access``, the access times' own engine."""
    from pathlib import Path

    import shapely.wkb

    from foodaccess.core.walk.network import network_from_osm_file
    from foodaccess.core.walk.routing import WalkRouter, walk_access
    from foodaccess.core.walk.service_areas import OUTLINE_HOMES, service_areas

    if place == "monaco":
        network, _ = network_from_osm_file(str(shared_data / "monaco" / "monaco.osm.pbf"))
        dataset = ogr.Open(str(Path(__file__).parents[1] / "resources" / "sample" / "monaco_sample.gpkg"))
        origins = dataset.GetLayer("origins")
        homes = network.projection.forward(np.array([f.GetGeometryRef().GetPoint_2D() for f in origins]))
        outlet_count, thresholds = 8, [300.0, 600.0]
    else:
        folder = shared_data / "porto_alegre"
        network, _ = network_from_osm_file(str(folder / "poa_osm.pbf"))
        rng = np.random.default_rng(5)
        scattered = network.node_xy[rng.integers(0, network.node_count, 4000)] + rng.normal(0, 120, (4000, 2))
        homes = np.concatenate([network.projection.forward(hexagon_centroids(folder / "poa_hexgrid.csv")), scattered])
        outlet_count, thresholds = 40, [800.0, 1609.0]
    rng = np.random.default_rng(6)
    outlet_xy = network.node_xy[rng.integers(0, network.node_count, outlet_count)]
    outlet_xy = outlet_xy + rng.normal(0, 80, (outlet_count, 2))
    router = WalkRouter(network, min_island_nodes=40)
    outlets = router.snap(outlet_xy, max_snap)
    areas = service_areas(router, outlets, thresholds, outline=OUTLINE_HOMES, max_snap=max_snap)
    walk = walk_access(router, homes, outlets, 100.0, 4.8, max_snap).distance_m
    walk = np.where(np.isfinite(walk), walk, np.inf)
    checks = []
    for area in areas:
        inside = contains_xy(shapely.wkb.loads(area.wkb), homes[:, 0], homes[:, 1])
        within, beyond = walk <= area.threshold, walk > area.threshold + BEYOND_M
        checks.append(
            HomeAreaCheck(
                place,
                area.threshold,
                len(homes),
                int(within.sum()),
                int((within & ~inside).sum()),
                int(beyond.sum()),
                int((beyond & inside).sum()),
            )
        )
    return checks
