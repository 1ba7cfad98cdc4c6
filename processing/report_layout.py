"""The print layout of the results: map, legend, scale bar, north arrow, title, method, credits and per-area table.

``build_layout`` is shared by the report algorithm (``report.py``: a layout in the user's project, which they can
open in the Layout Manager, edit and export) and ``dev/render_map.py`` (the demo's PNG), so both show the same page,
with the layers styled as when they are loaded into the project (processing/styling.py).
"""

import os
from dataclasses import dataclass

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsExpression,
    QgsLayerTreeLayer,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..i18n import tr
from ..qgis_compat import set_label_text_format, set_legend_text_format
from .styling import CLASSIFIED_AREAS, apply_service_area_style, legend_labels

FONT_FAMILY = "DejaVu Sans"
SEPARATOR = " · "

# Page: A4 landscape, in millimetres; the map on the left, the legend on the right; the table on the next pages.
PAGE_WIDTH, PAGE_HEIGHT = 297, 210
MARGIN = 8
MAP_WIDTH = 200
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters

# The classification fields the per-area table shows, in order (with the area's name first when it has one).
TABLE_FIELDS = (
    "class",
    "pop_total",
    "pop_low_access",
    "share_low_access",
    "median_time_min",
    "n_healthy",
    "stale_share",
)
NAME_FIELDS = ("name", "nom", "NOM", "Name", "NAME", "libelle", "LIBELLE")


def attribution():
    return tr("Map data © OpenStreetMap contributors (ODbL) · Made with QGIS and Food Access")


def table_headings():
    return {
        "class": tr("Class"),
        "pop_total": tr("People"),
        "pop_low_access": tr("Beyond the threshold"),
        "share_low_access": tr("Share beyond (%)"),
        "median_time_min": tr("Median time (min)"),
        "n_healthy": tr("Healthy outlets"),
        "stale_share": tr("Outlets not edited for 3 years (%)"),
    }


@dataclass
class ReportPage:
    """What the layout shows: layers top first (QgsLayoutItemMap.setLayers' order), their legend, texts."""

    map_layers: list
    legend_layers: list
    crs: object
    extent: object
    title: str
    subtitle: str = ""
    sources: str = ""
    table_layer: object = None  # the classified areas, for the per-area table; None: no table
    name_field: str = None


def text_format(size, bold=False, color="#222222"):
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(color))
    return fmt


def style_service_areas(layer):
    """The service-area bands' style (processing/styling.py), from the thresholds and unit the layer holds."""
    units = layer_values(layer, "unit")
    statistic = "median" if layer.fields().lookupField("statistic") >= 0 else None
    apply_service_area_style(layer, layer_values(layer, "threshold"), units[0] if units else "", statistic)


def layer_values(layer, field_name):
    """The distinct non-null values of ``field_name`` in ``layer``, sorted; [] without that field."""
    index = layer.fields().indexOf(field_name)
    if index < 0:
        return []
    return sorted(value for value in layer.uniqueValues(index) if value is not None and value == value)


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
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(width, height, MM))
    return label


def add_map(layout, page, top, height):
    map_item = QgsLayoutItemMap(layout)
    map_item.setLayers(page.map_layers)
    map_item.setKeepLayerSet(True)
    map_item.setCrs(page.crs)
    layout.addLayoutItem(map_item)
    # Resize before moving: moving a map item that has no size yet leaves it with an empty extent.
    map_item.attemptResize(QgsLayoutSize(MAP_WIDTH, height, MM))
    map_item.attemptMove(QgsLayoutPoint(MARGIN, top, MM))
    map_item.zoomToExtent(page.extent)
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor("#f4f1ea"))
    return map_item


def add_legend(layout, page, map_item, top, height):
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in page.legend_layers:
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
    legend.attemptMove(QgsLayoutPoint(MARGIN + MAP_WIDTH + 5, top, MM))
    legend.attemptResize(QgsLayoutSize(PAGE_WIDTH - MAP_WIDTH - 2 * MARGIN - 5, height, MM))
    legend.setResizeToContents(False)


def add_scalebar_and_arrow(layout, map_item, top, height):
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    # Round segment lengths that fit 15 to 30 mm, whatever the map's scale.
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(30)
    scalebar.setMaximumBarWidth(60)
    scalebar.setTextFormat(text_format(8))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(QgsLayoutPoint(MARGIN + 3, top + height - 12, MM))
    scalebar.update()

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(os.path.join(QgsApplication.pkgDataPath(), "svg", "arrows", "NorthArrow_02.svg"))
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    layout.addLayoutItem(arrow)
    arrow.attemptMove(QgsLayoutPoint(MARGIN + MAP_WIDTH - 14, top + 3, MM))
    arrow.attemptResize(QgsLayoutSize(10, 12, MM))


def column_expression(name, name_field):
    """What a column of the per-area table shows: the class in words, people as integers, one decimal else."""
    if name == name_field:
        return QgsExpression.quotedColumnRef(name)
    if name == "class":
        labels = legend_labels(CLASSIFIED_AREAS)
        cases = " ".join(
            f'WHEN "class" = {QgsExpression.quotedValue(key)} THEN {QgsExpression.quotedValue(text)}'
            for key, text in labels.items()
        )
        return f'CASE {cases} ELSE "class" END'
    decimals = 0 if name.startswith(("pop_", "n_")) else 1
    return f'round("{name}", {decimals})'


def add_table(layout, page):
    """The per-area table on a second page (more pages as the rows need), sorted by area name."""
    second = QgsLayoutItemPage(layout)
    second.setPageSize(QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT, MM))
    layout.pageCollection().addPage(second)
    top = layout.pageCollection().page(1).pos().y()
    add_label(layout, tr("Food access by area"), text_format(14, bold=True), MARGIN, top + MARGIN - 2, 200, 8)

    table = QgsLayoutItemAttributeTable.create(layout)
    table.setVectorLayer(page.table_layer)
    headings = table_headings()
    names = page.table_layer.fields().names()
    columns = []
    if page.name_field:
        columns.append((page.name_field, tr("Area")))
    columns += [(name, headings[name]) for name in TABLE_FIELDS if name in names]
    table_columns = []
    for name, heading in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(column_expression(name, page.name_field))
        table_columns.append(column)
    table.setColumns(table_columns)
    if page.name_field:
        sort = QgsLayoutTableColumn(tr("Area"))
        sort.setAttribute(page.name_field)
        table.setSortColumns([sort])
    table.setMaximumNumberOfFeatures(1000)
    table.setHeaderTextFormat(text_format(9, bold=True))
    table.setContentTextFormat(text_format(8))
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptResize(QgsLayoutSize(PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN - 10, MM))
    frame.attemptMove(QgsLayoutPoint(MARGIN, top + MARGIN + 8, MM))
    table.addFrame(frame)
    table.refresh()
    return table


def build_layout(project, page, name=None):
    """A print layout of ``page`` (a ReportPage) in ``project`` (not added to its Layout Manager)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    if name:
        layout.setName(name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT, MM))

    add_label(layout, page.title, text_format(16, bold=True), MARGIN, MARGIN - 2, PAGE_WIDTH - 2 * MARGIN, 9)
    add_label(layout, page.subtitle, text_format(9, color="#555555"), MARGIN, MARGIN + 7, PAGE_WIDTH - 2 * MARGIN, 9)

    map_top = MARGIN + 17
    map_height = PAGE_HEIGHT - map_top - MARGIN - 8
    map_item = add_map(layout, page, map_top, map_height)
    add_legend(layout, page, map_item, map_top, map_height)
    add_scalebar_and_arrow(layout, map_item, map_top, map_height)
    credits = SEPARATOR.join(text for text in (page.sources, attribution()) if text)
    add_label(
        layout, credits, text_format(8, color="#333333"), MARGIN, PAGE_HEIGHT - MARGIN - 6, PAGE_WIDTH - 2 * MARGIN, 6
    )
    if page.table_layer is not None:
        add_table(layout, page)
    return layout


def export_pdf(layout, path):
    """Export ``layout`` to ``path`` (PDF); QgsLayoutExporter's result code (0: success)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    return QgsLayoutExporter(layout).exportToPdf(path, settings)


def area_name_field(layer):
    """The field holding the areas' names, or None."""
    names = layer.fields().names()
    return next((name for name in NAME_FIELDS if name in names), None)
