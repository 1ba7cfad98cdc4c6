"""Render the demo map: the layers of the analysis GeoPackage in a QGIS print layout, exported as PNG.

    .venv/bin/python dev/render_map.py out/food_access_demo.gpkg out/food_access_demo.png \
        [--osm resources/sample/monaco.osm.pbf] [--title "..."]

The layout is the report's first page (processing/report_layout.py, shared with foodaccess:report): the map
(streets of the OSM file for context, classified areas, service areas, homes coloured by walking time, outlets),
a legend, a scale bar, a north arrow, a title and the OpenStreetMap attribution. Layers use the plugin's bundled
styles (resources/styles) and the plugin's styles for homes and service-area bands; the streets are styled here.
The styles are also saved into the GeoPackage as the layers' default styles, so QGIS opens it styled.
"""

import argparse
import os
import sys

from osgeo import gdal, ogr
from qgis.core import (
    QgsApplication,
    QgsLayoutExporter,
    QgsLineSymbol,
    QgsProcessingContext,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize

from foodaccess.processing.area_joins import working_crs
from foodaccess.processing.report_layout import ReportPage, build_layout, map_extent, style_service_areas
from foodaccess.processing.styling import CLASSIFIED_AREAS, OUTLETS, apply_access_style, apply_style
from foodaccess.qgis_compat import save_style_to_database

STYLE_NAME = "food access"
DPI = 150


def bundled_style(name):
    """A styler applying the plugin's bundled style ``name``, with English legend texts."""
    return lambda layer: apply_style(layer, name, language="en")


def forget_saved_styles(gpkg):
    """Remove the styles an earlier run of this script saved into ``gpkg``."""
    dataset = ogr.Open(gpkg, update=1)
    if dataset.GetLayerByName("layer_styles") is not None:
        dataset.ExecuteSQL(f"DELETE FROM layer_styles WHERE styleName = '{STYLE_NAME}'")
    dataset = None


def open_styled_layer(gpkg, table, title, styler):
    """Open ``table`` of ``gpkg``, style it and save the style as its default in the GeoPackage.

    One layer at a time, after forget_saved_styles: in QGIS 3.22 saving a style under a name the
    table already has, or while other layers of the GeoPackage are open, can wait forever for
    the database lock.
    """
    layer = QgsVectorLayer(f"{gpkg}|layername={table}", title, "ogr")
    if not layer.isValid():
        raise SystemExit(f"render_map: {gpkg} has no layer '{table}'. Run the analysis model first.")
    styler(layer)
    error = save_style_to_database(layer, STYLE_NAME, "Food Access demo style", True)
    if error:
        raise SystemExit(f"render_map: cannot save the style of '{table}' into {gpkg}: {error}")
    return layer


def streets_layer(osm_file):
    layer = QgsVectorLayer(f"{osm_file}|layername=lines", "Streets", "ogr")
    if not layer.isValid():
        raise SystemExit(f"render_map: cannot read the streets of {osm_file}.")
    layer.setSubsetString("highway IS NOT NULL")
    symbol = QgsLineSymbol.createSimple({"line_color": "#b4b4b4", "line_width": "0.15", "line_width_unit": "MM"})
    layer.renderer().setSymbol(symbol)
    return layer


def render(gpkg, png, osm_file=None, title="Food access", subtitle="", sources=""):
    project = QgsProject.instance()
    project.clear()
    forget_saved_styles(gpkg)
    areas = open_styled_layer(gpkg, "classified_areas", "Food access by area", bundled_style(CLASSIFIED_AREAS))
    service_areas = open_styled_layer(gpkg, "service_areas", "Service areas (walking)", style_service_areas)
    access = open_styled_layer(gpkg, "access", "Homes: walking time (min)", apply_access_style)
    outlets = open_styled_layer(gpkg, "outlets", "Food outlets", bundled_style(OUTLETS))
    context = [streets_layer(osm_file)] if osm_file else []
    for layer in context + [areas, service_areas, access, outlets]:
        project.addMapLayer(layer, False)

    # Top first, as QgsLayoutItemMap.setLayers expects.
    map_layers = [outlets, access, service_areas] + context + [areas]
    # The areas' CRS, or their UTM zone when they are in degrees: a metric CRS for an honest scale bar.
    crs = working_crs(areas, QgsProcessingContext())
    extent = map_extent([areas, access, outlets], crs, project)
    page = ReportPage(map_layers, [outlets, access, service_areas, areas], crs, extent, title, subtitle, sources)
    layout = build_layout(project, page)
    # renderPageToImage rather than exportToImage: the latter tries to georeference the PNG in
    # place through GDAL, whose PNG driver cannot update files (a spurious error on stderr).
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), DPI)
    if image.isNull() or not image.save(png, "PNG"):
        raise SystemExit(f"render_map: cannot write {png}.")
    return png


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gpkg", help="GeoPackage written by the analysis model")
    parser.add_argument("png", help="PNG to write")
    parser.add_argument("--osm", help="OSM file whose streets are drawn for context")
    parser.add_argument("--title", default="Food access: walking to the nearest food outlet")
    parser.add_argument("--subtitle", default="")
    parser.add_argument("--sources", default="", help="data credits shown before the OpenStreetMap attribution")
    args = parser.parse_args(argv)
    ogr.UseExceptions()  # GDAL 3.10 warns when a script has not chosen (exceptions are GDAL 4's default)
    # The GeoPackage keeps its rollback journal: saving the styles, QGIS would switch it to WAL, which the
    # read-only (NOLOCK) connections it opened before cannot read; with GDAL 3.10 (Debian 13) closing them
    # printed "sqlite3_get_table(... gpkg_metadata ...) failed: unable to open database file".
    gdal.SetConfigOption("OGR_SQLITE_JOURNAL", "DELETE")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        render(args.gpkg, args.png, args.osm, args.title, args.subtitle, args.sources)
    finally:
        QgsProject.instance().clear()
        app.exitQgis()
    print(f"render_map: wrote {args.png}")


if __name__ == "__main__":
    sys.exit(main())
