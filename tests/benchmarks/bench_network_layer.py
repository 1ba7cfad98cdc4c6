"""Walking with NETWORK a line layer (the usual QGIS case): Porto Alegre's OSM 'lines' read through GDAL
as a QGIS layer, as a user adds it. The whole serviceareas algorithm (200 outlets at 1,609 m) and
accesstimes (1,227 hexagon centroids, the same outlets), as the user runs them: the first run (the layer read, the
network built), then the best of three next runs (the layer's file unchanged: its network kept in memory), against
QGIS's native:serviceareafromlayer on the same layer and outlets."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for walk_data


def run(bench):
    from benchmarks.qgis_session import start_qgis

    start_qgis()
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeatureSource,
        QgsProcessingFeedback,
        QgsProject,
        QgsVectorLayer,
    )
    from walk_data import hexagon_centroids, point_layer, sample_vertices, walkable_lines_lonlat

    import processing
    from foodaccess.core.progress import SILENT
    from foodaccess.processing.street_network import RECENT_NETWORKS, _network_from_layer

    poa = bench.shared_data / "porto_alegre"
    lines = QgsVectorLayer(f"{poa / 'poa_osm.pbf'}|layername=lines", "lines", "ogr")
    outlets = point_layer(sample_vertices(walkable_lines_lonlat(poa / "poa_osm.pbf"), 200), name="outlets")
    origins = point_layer(hexagon_centroids(poa / "poa_hexgrid.csv"), name="origins")

    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(lines, context)
    seconds, (network, _) = bench.time(
        _network_from_layer, source, context, QgsProcessingFeedback(), None, SILENT, repeat=3
    )
    bench.report("network from the lines layer, no cache (read + graph)", seconds)
    bench.note(f"network: {network.node_count} nodes, {network.edge_count} edges, {network.edge_length.sum():.0f} m")

    def algorithm(name, **parameters):
        """(seconds of the first run, of the next runs: best of three, for the machine is shared)."""

        def call():
            return processing.run(name, {"OUTPUT": "memory:", "NETWORK": lines, "MODE": 1, **parameters})

        RECENT_NETWORKS.clear()
        first = bench.time(call)[0]
        return first, bench.time(call, repeat=3)[0]

    # (a throwaway profile: the disk cache is empty, serviceareas' first run builds the network, accesstimes' loads it)
    first_areas, areas = algorithm("foodaccess:serviceareas", OUTLETS=outlets, THRESHOLDS="1609", UNIT=0)
    first_access, access = algorithm("foodaccess:accesstimes", ORIGINS=origins, OUTLETS=outlets)

    def native():
        parameters = {
            "INPUT": lines,
            "STRATEGY": 0,
            "START_POINTS": outlets,
            "TRAVEL_COST2": 1609.0,
            "INCLUDE_BOUNDS": False,
            "OUTPUT_LINES": "memory:",
        }
        return processing.run("native:serviceareafromlayer", parameters)

    # Lengths on the ellipsoid (the layer is in degrees), as in a QGIS project with an ellipsoid.
    QgsProject.instance().setEllipsoid("EPSG:7030")
    baseline = bench.time(native)[0]
    name = "native:serviceareafromlayer (lines only)"
    bench.report("serviceareas, 200 outlets at 1,609 m, 1st run (layer read)", first_areas, baseline, name)
    bench.report("serviceareas, 200 outlets at 1,609 m, next runs", areas, baseline, name, goal_ratio=50)
    bench.report("accesstimes, 1,227 x 200, 1st run (network in the disk cache)", first_access, baseline, name)
    bench.report("accesstimes, 1,227 x 200, next runs", access, baseline, name)
