"""Map tool of the tagging dock: click an outlet on the map to pick it.

The tool only finds the outlet under the cursor; the dock decides what a
pick does (select it, add it to the selection, tag it), so that the map and
the dock's buttons share one code path and one undo step per action.
"""

from qgis.core import QgsApplication, QgsFeatureRequest, QgsGeometry, QgsRectangle
from qgis.gui import QgsMapTool, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt, pyqtSignal

SELECTION_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


class OutletPickTool(QgsMapToolEmitPoint):
    """Emits ``outletPicked(fid or None, extend)`` on a left click.

    ``fid`` is the outlet of ``layer`` nearest to the click within QGIS's search
    radius (None when the click hits no outlet); ``extend`` is True when Shift
    or Ctrl was held (add to / remove from the selection instead of replacing it).
    Keys listed in ``key_actions`` ({key code: action}, codes as ``enum_value(Qt.Key.Key_L)``, since
    ``event.key()`` is an int on PyQt6 too) trigger their action while the tool is active, so tagging
    shortcuts also work when the map has the keyboard focus.
    """

    outletPicked = pyqtSignal(object, bool)  # noqa: N815 (Qt naming)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.layer = None
        self.key_actions = {}
        self.setCursor(QgsApplication.getThemeCursor(QgsApplication.Cursor.Select))

    def flags(self):
        # Not AllowZoomRect: Shift+click must reach the tool (add to the selection), not zoom.
        return QgsMapTool.Flags()

    def canvasPressEvent(self, event):  # noqa: N802 (Qt's name)
        """The pick happens on release, like QGIS's select tool; nothing on press."""

    def canvasReleaseEvent(self, event):  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton or self.layer is None:
            return
        extend = bool(event.modifiers() & SELECTION_MODIFIERS)
        self.outletPicked.emit(self.outlet_at(event.pixelPoint()), extend)

    def outlet_at(self, position):
        """Feature id of the outlet nearest to a canvas pixel position, or None."""
        radius = QgsMapTool.searchRadiusMU(self.canvas())
        centre = self.toMapCoordinates(position)
        search = QgsRectangle(centre.x() - radius, centre.y() - radius, centre.x() + radius, centre.y() + radius)
        request = QgsFeatureRequest().setFilterRect(self.toLayerCoordinates(self.layer, search)).setNoAttributes()
        click = QgsGeometry.fromPointXY(self.toLayerCoordinates(self.layer, position))
        nearest, nearest_distance = None, None
        for feature in self.layer.getFeatures(request):
            distance = feature.geometry().distance(click)
            if nearest_distance is None or distance < nearest_distance:
                nearest, nearest_distance = feature.id(), distance
        return nearest

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        action = self.key_actions.get(event.key())
        if action is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            event.ignore()
            return
        action.trigger()
        event.accept()
