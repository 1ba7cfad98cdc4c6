"""Render the demo map: the layers of the analysis GeoPackage in a QGIS print layout, exported as PNG.

    .venv/bin/python dev/render_map.py out/food_access_demo.gpkg out/food_access_demo.png \
        [--osm resources/sample/monaco.osm.pbf] [--title "..."]

The layout holds the map (streets of the OSM file for context, classified areas, service areas,
homes coloured by walking time, outlets), a legend, a scale bar, a north arrow, a title and the
OpenStreetMap attribution. Layers use the plugin's bundled styles (resources/styles); the ones
the plugin does not style (streets, homes, service-area bands) are styled here. The styles are
also saved into the GeoPackage as the layers' default styles, so QGIS opens it styled.
"""

import argparse
import os
import sys

from osgeo import gdal, ogr
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLayerTreeLayer,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProcessingContext,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsRendererRange,
    QgsStyle,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

from foodaccess.processing.area_joins import working_crs
from foodaccess.processing.styling import CLASSIFIED_AREAS, OUTLETS, apply_style
from foodaccess.qgis_compat import save_style_to_database, set_label_text_format, set_legend_text_format

FONT_FAMILY = "DejaVu Sans"
STYLE_NAME = "food access"
ATTRIBUTION = "Map data © OpenStreetMap contributors (ODbL) · Rendered with QGIS and Food Access"
SEPARATOR = " · "

# Page: A4 landscape, in millimetres; the map on the left, the legend on the right.
PAGE_WIDTH, PAGE_HEIGHT = 297, 210
MARGIN = 8
MAP_WIDTH = 200
DPI = 150


def text_format(size, bold=False, color="#222222"):
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(color))
    return fmt


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


def minute_bands(thresholds):
    """[(lower, upper, label)]: 0-5, 5-10, 10-15 and beyond the last threshold."""
    bounds = [0.0] + [float(value) for value in thresholds]
    bands = [(low, high, f"{low:g} - {high:g}") for low, high in zip(bounds, bounds[1:])]
    return bands + [(bounds[-1], 1e9, f"over {bounds[-1]:g}")]


def style_access(layer, thresholds):
    """Homes as dots coloured by walking time to the nearest outlet, in the service-area bands."""
    ramp = QgsStyle.defaultStyle().colorRamp("Viridis")
    ramp.invert()
    bands = minute_bands(thresholds)
    ranges = []
    for index, (low, high, label) in enumerate(bands):
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "size": "1.3", "outline_style": "no"})
        symbol.setColor(ramp.color(index / max(len(bands) - 1, 1)))
        ranges.append(QgsRendererRange(low, high, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("time_min", ranges))
    layer.setName("Homes: walking time (min)")


def style_service_areas(layer, thresholds):
    """Service-area bands as outlines, darker for the nearer bands, so the classes below stay readable."""
    categories = []
    for index, value in enumerate(thresholds):
        shade = ("#08306b", "#2171b5", "#6baed6", "#9ecae1")[min(index, 3)]
        width = f"{0.5 - 0.1 * min(index, 3):.2f}"
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": shade, "outline_style": "dash", "outline_width": width}
        )
        categories.append(QgsRendererCategory(value, symbol, f"within {value:g} min"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("threshold", categories))
    layer.setName("Service areas (walking)")


def layer_thresholds(gpkg):
    """The service-area thresholds (minutes) the analysis used, from the service_areas layer."""
    try:
        dataset = ogr.Open(gpkg)
    except RuntimeError:  # not a dataset OGR can read
        dataset = None
    layer = dataset.GetLayerByName("service_areas") if dataset else None
    if layer is None:
        raise SystemExit(f"render_map: {gpkg} has no layer 'service_areas'. Run the analysis model first.")
    return sorted({feature["threshold"] for feature in layer})


def map_extent(layers, crs, project):
    """The layers' extents in ``crs``, combined and widened by 8 %."""
    boxes = [QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(layer.extent()) for layer in layers]
    extent = QgsRectangle(boxes[0])
    for box in boxes[1:]:
        extent.combineExtentWith(box)
    extent.scale(1.08)
    return extent


def add_label(layout, text, fmt, x, y, width, height, align=Qt.AlignmentFlag.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    set_label_text_format(label, fmt)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    return label


def build_layout(project, map_layers, legend_layers, extent, crs, title, subtitle, sources=""):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters

    add_label(layout, title, text_format(16, bold=True), MARGIN, MARGIN - 2, PAGE_WIDTH - 2 * MARGIN, 9)
    add_label(layout, subtitle, text_format(9, color="#555555"), MARGIN, MARGIN + 7, PAGE_WIDTH - 2 * MARGIN, 6)

    map_top = MARGIN + 15
    map_height = PAGE_HEIGHT - map_top - MARGIN - 8
    map_item = QgsLayoutItemMap(layout)
    map_item.setLayers(map_layers)
    map_item.setCrs(crs)
    layout.addLayoutItem(map_item)
    # Resize before moving: moving a map item that has no size yet leaves it with an empty extent.
    map_item.attemptResize(QgsLayoutSize(MAP_WIDTH, map_height, mm))
    map_item.attemptMove(QgsLayoutPoint(MARGIN, map_top, mm))
    map_item.zoomToExtent(extent)
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor("#f4f1ea"))

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in legend_layers:
        root.addChildNode(QgsLayerTreeLayer(layer))
    legend.setLegendFilterByMapEnabled(True)
    for style, size, bold in (
        (QgsLegendStyle.Style.Title, 12, True),
        (QgsLegendStyle.Style.Subgroup, 9, True),
        (QgsLegendStyle.Style.SymbolLabel, 8, False),
    ):
        set_legend_text_format(legend, style, text_format(size, bold=bold, color="#000000"))
    legend.setWrapString("|")
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.5)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(MARGIN + MAP_WIDTH + 5, map_top, mm))
    legend.attemptResize(QgsLayoutSize(PAGE_WIDTH - MAP_WIDTH - 2 * MARGIN - 5, map_height, mm))
    legend.setResizeToContents(False)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(250)
    scalebar.setTextFormat(text_format(8))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(QgsLayoutPoint(MARGIN + 3, map_top + map_height - 12, mm))
    scalebar.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceMeters)
    scalebar.update()

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(os.path.join(QgsApplication.pkgDataPath(), "svg", "arrows", "NorthArrow_02.svg"))
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    layout.addLayoutItem(arrow)
    arrow.attemptMove(QgsLayoutPoint(MARGIN + MAP_WIDTH - 14, map_top + 3, mm))
    arrow.attemptResize(QgsLayoutSize(10, 12, mm))

    credits = SEPARATOR.join(text for text in (sources, ATTRIBUTION) if text)
    add_label(
        layout, credits, text_format(8, color="#333333"), MARGIN, PAGE_HEIGHT - MARGIN - 6, PAGE_WIDTH - 2 * MARGIN, 6
    )
    return layout


def render(gpkg, png, osm_file=None, title="Food access", subtitle="", sources=""):
    project = QgsProject.instance()
    project.clear()
    forget_saved_styles(gpkg)
    areas = open_styled_layer(gpkg, "classified_areas", "Food access by area", bundled_style(CLASSIFIED_AREAS))
    thresholds = layer_thresholds(gpkg)
    service_areas = open_styled_layer(
        gpkg, "service_areas", "Service areas", lambda layer: style_service_areas(layer, thresholds)
    )
    access = open_styled_layer(gpkg, "access", "Homes", lambda layer: style_access(layer, thresholds))
    outlets = open_styled_layer(gpkg, "outlets", "Food outlets", bundled_style(OUTLETS))
    context = [streets_layer(osm_file)] if osm_file else []
    for layer in context + [areas, service_areas, access, outlets]:
        project.addMapLayer(layer, False)

    # Top first, as QgsLayoutItemMap.setLayers expects.
    map_layers = [outlets, access, service_areas] + context + [areas]
    # The areas' CRS, or their UTM zone when they are in degrees: a metric CRS for an honest scale bar.
    crs = working_crs(areas, QgsProcessingContext())
    extent = map_extent([areas, access, outlets], crs, project)
    layout = build_layout(
        project, map_layers, [outlets, access, service_areas, areas], extent, crs, title, subtitle, sources
    )
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
