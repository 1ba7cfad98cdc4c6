"""Outlets: a city-sized Overpass answer (5,000 outlets, 30 % mapped as buildings)
parsed into a QGIS layer, and the same elements read from an .osm file by GDAL.

Baseline: json.loads of the answer alone, the least any reader of it must do.
"""

import json
import math
import os
import random
import tempfile

from foodaccess.tests.benchmarks.qgis_session import start_qgis

OUTLETS = 5000
WAY_SHARE = 0.3
SEED = 20231226
CENTRE = (5.3698, 43.2965)  # Marseille
SHOPS = (
    "supermarket",
    "convenience",
    "bakery",
    "butcher",
    "greengrocer",
    "seafood",
    "deli",
    "cheese",
    "pastry",
    "organic",
    "farm",
    "frozen_food",
)
STAMP = "2023-{:02d}-{:02d}T{:02d}:{:02d}:00Z"


def city_elements(count=OUTLETS, seed=SEED):
    """Overpass JSON elements: nodes, and ways as building outlines with 4 to 11 corners."""
    rng = random.Random(seed)
    elements = []
    next_node = 10_000_000
    for index in range(count):
        lon = CENTRE[0] + rng.uniform(-0.1, 0.1)
        lat = CENTRE[1] + rng.uniform(-0.07, 0.07)
        tags = {
            "shop": rng.choice(SHOPS),
            "name": f"Commerce {index}",
            "addr:housenumber": str(rng.randint(1, 200)),
            "addr:street": "Rue de la République",
            "addr:postcode": "13001",
            "addr:city": "Marseille",
            "opening_hours": "Mo-Sa 08:00-19:30",
        }
        if rng.random() < 0.1:
            tags["organic"] = "only"
        meta = {
            "timestamp": STAMP.format(rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)),
            "version": rng.randint(1, 20),
            "changeset": 1,
            "user": "mapper",
            "uid": 1,
        }
        if rng.random() < WAY_SHARE:
            vertices = rng.randint(4, 11)  # + the closing vertex; a building outline around (lon, lat)
            angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(vertices))
            radius = rng.uniform(5e-5, 2e-4)
            ring = [(lon + radius * math.cos(angle), lat + 0.7 * radius * math.sin(angle)) for angle in angles]
            ring.append(ring[0])
            nodes = list(range(next_node, next_node + vertices)) + [next_node]
            next_node += vertices
            elements.append(
                {
                    "type": "way",
                    "id": 500_000_000 + index,
                    **meta,
                    "nodes": nodes,
                    "geometry": [{"lat": y, "lon": x} for x, y in ring],
                    "tags": tags,
                }
            )
        else:
            elements.append({"type": "node", "id": 1_000_000_000 + index, **meta, "lat": lat, "lon": lon, "tags": tags})
    return elements


def osm_xml(elements):
    """The same elements as an .osm file, nodes sorted by id then ways, as in real extracts."""

    def tag_lines(tags):
        return "".join(f'<tag k="{k}" v="{v}"/>' for k, v in tags.items())

    nodes, ways = [], []
    for element in elements:
        meta = f'version="{element["version"]}" timestamp="{element["timestamp"]}"'
        if element["type"] == "node":
            nodes.append(
                (
                    element["id"],
                    f'<node id="{element["id"]}" lat="{element["lat"]}" lon="{element["lon"]}" '
                    f"{meta}>{tag_lines(element['tags'])}</node>",
                )
            )
        else:
            for node, point in zip(element["nodes"][:-1], element["geometry"][:-1]):
                nodes.append((node, f'<node id="{node}" lat="{point["lat"]}" lon="{point["lon"]}" {meta}/>'))
            refs = "".join(f'<nd ref="{node}"/>' for node in element["nodes"])
            ways.append(f'<way id="{element["id"]}" {meta}>{refs}{tag_lines(element["tags"])}</way>')
    header = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="bench">']
    return "\n".join(header + [line for _id, line in sorted(nodes)] + ways + ["</osm>"])


def run(bench):
    start_qgis()
    from qgis.core import QgsVectorLayer

    from foodaccess.core.outlets.osm_builder import OutletBuilder, utc_now
    from foodaccess.core.outlets.osm_file import read_outlets
    from foodaccess.core.outlets.overpass import outlets_from_answer
    from foodaccess.core.outlets.taxonomy import load_taxonomy
    from foodaccess.processing.outlet_layer import outlet_feature, outlet_fields

    taxonomy = load_taxonomy()
    elements = city_elements()
    body = json.dumps({"version": 0.6, "elements": elements}).encode("utf-8")
    bench.note(
        f"answer: {OUTLETS} outlets ({sum(e['type'] == 'way' for e in elements)} ways), "
        f"{len(body) / 1e6:.1f} MB, seed {SEED}"
    )

    def into_layer(outlets):
        fields = outlet_fields()
        layer = QgsVectorLayer("Point?crs=EPSG:4326", "outlets", "memory")
        layer.dataProvider().addAttributes(fields.toList())
        layer.updateFields()
        layer.dataProvider().addFeatures([outlet_feature(fields, o[:-2], o.lon, o.lat) for o in outlets])
        return layer

    def overpass_answer_to_layer():
        builder = OutletBuilder(taxonomy, taxonomy.default_ids, utc_now())
        return into_layer(outlets_from_answer(json.loads(body), builder))

    baseline, _document = bench.time(json.loads, body, repeat=5)
    seconds, layer = bench.time(overpass_answer_to_layer, repeat=3)
    assert layer.featureCount() == OUTLETS, layer.featureCount()
    bench.report(f"Overpass answer -> layer, {OUTLETS} outlets", seconds, baseline, "json.loads alone", goal=2.0)

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "city.osm")
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(osm_xml(elements))
        seconds, result = bench.time(read_outlets, path, taxonomy, taxonomy.default_ids, repeat=3)
    assert len(result.outlets) == OUTLETS, len(result.outlets)
    bench.report(f"OSM file (.osm XML, GDAL) -> outlets, {OUTLETS} outlets", seconds, baseline, "json.loads alone")

    monaco = bench.shared_data / "monaco" / "monaco.osm.pbf"
    seconds, result = bench.time(read_outlets, str(monaco), taxonomy, taxonomy.ids, repeat=3)
    bench.report(f"Monaco .osm.pbf (0.5 MB) -> {len(result.outlets)} outlets", seconds)
