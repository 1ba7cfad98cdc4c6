"""The README's worked example of planning on the sample: which new supermarket would serve La Rousse best?

    .venv/bin/python dev/plan_example.py [out/plan_example] [--png docs/plan_la_rousse.png]

Runs, on the embedded sample, fetchoutlets, suggestsites (one site among the centres of a 50 m grid over La Rousse,
supermarkets as the existing outlets, a 10-minute walk) and scenario (that site added, the walk preset at 10
minutes), prints what their logs say and the areas before and after, and renders the map (dev/render_map.py's
layout: streets, areas by change, homes by change, supermarkets, the suggested site).
"""

import argparse
import os
import sys
from pathlib import Path

from osgeo import gdal, ogr
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QSize

sys.path.insert(0, str(Path(__file__).resolve().parent))  # dev/, for render_map

import render_map  # noqa: E402

from foodaccess.processing.area_joins import working_crs  # noqa: E402
from foodaccess.processing.styling import (  # noqa: E402
    OUTLETS,
    SCENARIO_AREAS,
    SCENARIO_ORIGINS,
    SUGGESTED_SITES,
)

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample"
SUPERMARKETS = "\"category\" = 'supermarket'"


class PrintingFeedback(QgsProcessingFeedback):
    def pushInfo(self, text):
        print("   ", text)

    def pushWarning(self, text):
        print("    warning:", text)


def run(name, parameters):
    import processing

    print(f"foodaccess:{name}")
    return processing.run(f"foodaccess:{name}", parameters, feedback=PrintingFeedback(), context=QgsProcessingContext())


def analyse(out):
    gpkg = SAMPLE / "monaco_sample.gpkg"
    osm = str(SAMPLE / "monaco.osm.pbf")
    paths = {name: str(out / f"{name}.gpkg") for name in ("outlets", "sites", "homes", "areas")}
    for path in paths.values():
        if os.path.exists(path):
            os.remove(path)
    run("fetchoutlets", {"OSM_FILE": osm, "OUTPUT": paths["outlets"]})
    common = {
        "ORIGINS": f"{gpkg}|layername=origins",
        "POPULATION_FIELD": "population",
        "OUTLETS": paths["outlets"],
        "OUTLET_FILTER": SUPERMARKETS,
        "OSM_FILE": osm,
        "THRESHOLD": 10,
    }
    run(
        "suggestsites",
        common
        | {"AREAS": f"{gpkg}|layername=areas|subset=\"name\" = 'La Rousse'", "K": 1, "GRID_SIZE": 50}
        | {"OUTPUT": paths["sites"]},
    )
    for site in QgsVectorLayer(paths["sites"], "sites", "ogr").getFeatures():
        point = site.geometry().asPoint()
        print(
            f"    site {site['rank']}: cell {site['cell']} at {point.x():.5f} E, {point.y():.5f} N: "
            f"{site['gain_people']:,.0f} people gained, {site['people_reached']:,.0f} within 10 minutes"
        )
    run(
        "scenario",
        common
        | {"AREAS": f"{gpkg}|layername=areas", "ADD": paths["sites"], "PRESET": 4}
        | {"OUTPUT_ORIGINS": paths["homes"], "OUTPUT_AREAS": paths["areas"]},
    )
    print("    area: people beyond 10 min before -> after, class before -> after")
    for area in QgsVectorLayer(paths["areas"], "areas", "ogr").getFeatures():
        print(
            f"    {area['name']}: {area['pop_low_before']:,.0f} -> {area['pop_low_after']:,.0f}, "
            f"{area['class_before']} -> {area['class_after']}"
        )
    return paths


def render(paths, osm, png):
    project = QgsProject.instance()
    project.clear()
    for path in paths.values():
        render_map.forget_saved_styles(path)
    open_layer = render_map.open_styled_layer
    areas = open_layer(
        paths["areas"], "areas", "Areas: people beyond 10 minutes", render_map.bundled_style(SCENARIO_AREAS)
    )
    homes = open_layer(paths["homes"], "homes", "Homes", render_map.bundled_style(SCENARIO_ORIGINS))
    outlets = open_layer(paths["outlets"], "outlets", "Supermarkets", render_map.bundled_style(OUTLETS))
    outlets.setSubsetString(SUPERMARKETS)
    sites = open_layer(paths["sites"], "sites", "Suggested site", render_map.bundled_style(SUGGESTED_SITES))
    streets = render_map.streets_layer(osm)
    for layer in (streets, areas, homes, outlets, sites):
        project.addMapLayer(layer, False)
    crs = working_crs(areas, QgsProcessingContext())
    extent = render_map.map_extent([areas], crs, project)
    layout = render_map.build_layout(
        project,
        [sites, outlets, homes, streets, areas],
        [sites, outlets, homes, areas],
        extent,
        crs,
        "Which new supermarket would serve La Rousse best?",
        "foodaccess:suggestsites (a 50 m grid over La Rousse, 10-minute walk), then foodaccess:scenario with it added",
    )
    image = render_map.QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 100)
    if image.isNull() or not image.save(png, "PNG"):
        raise SystemExit(f"plan_example: cannot write {png}.")
    print(f"plan_example: wrote {png}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", default=str(REPO / "out" / "plan_example"), help="folder of the outputs")
    parser.add_argument("--png", help="map to write (default: <out>/plan_la_rousse.png)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ogr.UseExceptions()
    gdal.SetConfigOption("OGR_SQLITE_JOURNAL", "DELETE")  # as render_map: styles saved without switching to WAL
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    from foodaccess.processing.provider import FoodAccessProvider

    Processing.initialize()
    provider = FoodAccessProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        paths = analyse(out)
        render(paths, str(SAMPLE / "monaco.osm.pbf"), args.png or str(out / "plan_la_rousse.png"))
    finally:
        QgsProject.instance().clear()
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
