"""Walking with NETWORK a line layer (the usual QGIS case): Porto Alegre's OSM 'lines' read through GDAL
as a QGIS layer, as a user adds it. The whole serviceareas algorithm (200 outlets at 1,609 m) and
accesstimes (1,227 hexagon centroids, the same outlets), each the best of three runs after a first (network
in the disk cache, the layer still read), against QGIS's native:serviceareafromlayer on the same layer and outlets."""

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
    from foodaccess.processing.street_network import _network_from_layer

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
        def call():
            return processing.run(name, {"OUTPUT": "memory:", "NETWORK": lines, "MODE": 1, **parameters})

        call()  # the first run fills the network cache
        return bench.time(call, repeat=3)[0]  # best of three warm runs: the machine is shared

    areas = algorithm("foodaccess:serviceareas", OUTLETS=outlets, THRESHOLDS="1609", UNIT=0)
    access = algorithm("foodaccess:accesstimes", ORIGINS=origins, OUTLETS=outlets)

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
    bench.report("serviceareas, 200 outlets at 1,609 m, NETWORK lines layer", areas, baseline, name)
    bench.report("accesstimes, 1,227 origins x 200 outlets, NETWORK lines layer", access, baseline, name)
