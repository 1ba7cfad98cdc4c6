"""The tagging dock's action, remembered visibility and clean unload (load → unload → load)."""

import pytest
from qgis.core import QgsField, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget

import foodaccess
from foodaccess.plugin.plugin import SETTINGS_TAGGING_DOCK_VISIBLE
from foodaccess.plugin.tag_map_tool import OutletPickTool
from foodaccess.plugin.tagging_dock import DOCK_OBJECT_NAME
from foodaccess.qgis_compat import FieldType


@pytest.fixture
def fresh_plugin(qgis_iface, unregistered_provider):
    """A plugin factory; every plugin made is unloaded at the end, the setting restored."""
    remembered = QgsSettings().value(SETTINGS_TAGGING_DOCK_VISIBLE)
    plugins = []

    def load():
        plugin = foodaccess.classFactory(qgis_iface)
        plugin.initGui()
        plugins.append(plugin)
        return plugin

    yield load
    for plugin in plugins:
        plugin.unload()
    if remembered is None:
        QgsSettings().remove(SETTINGS_TAGGING_DOCK_VISIBLE)
    else:
        QgsSettings().setValue(SETTINGS_TAGGING_DOCK_VISIBLE, remembered)


def delete_later_now():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def docks(iface):
    return iface.mainWindow().findChildren(QDockWidget, DOCK_OBJECT_NAME)


def tagging_actions(plugin):
    return [action for action in plugin.actions if "tagging" in action.text().lower()]


def connection_counts(canvas, layer):
    """How many slots listen to the canvas and layer signals the dock uses (the undo stack, made in
    C++, cannot be asked: ``edit_after_unload`` checks it by use)."""
    layer_signals = (
        "selectionChanged",
        "attributeValueChanged",
        "featureAdded",
        "featureDeleted",
        "updatedFields",
        "editingStarted",
        "editingStopped",
        "afterRollBack",
        "afterCommitChanges",
        "dataSourceChanged",
        "willBeDeleted",
    )
    senders = [(canvas, canvas.currentLayerChanged)]
    senders += [(layer, getattr(layer, name)) for name in layer_signals]
    return [sender.receivers(signal) for sender, signal in senders]


def edit_after_unload(layer):
    """Edits that would reach a deleted dock through a forgotten connection (pytest-qt fails on errors in slots)."""
    assert layer.startEditing()
    layer.addAttribute(QgsField("note", FieldType.String))
    layer.undoStack().undo()
    layer.rollBack()
    layer.selectAll()
    layer.removeSelection()


def test_load_unload_load_leaves_no_duplicate_dock_action_tool_or_connection(
    fresh_plugin, qgis_iface, qgis_canvas, qgis_new_project
):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=name:string&field=category:string&field=local:boolean&field=organic:boolean",
        "outlets",
        "memory",
    )
    QgsProject.instance().addMapLayer(layer)
    QgsSettings().setValue(SETTINGS_TAGGING_DOCK_VISIBLE, False)
    baseline = connection_counts(qgis_canvas, layer)

    plugin = fresh_plugin()
    assert len(tagging_actions(plugin)) == 1
    action = tagging_actions(plugin)[0]
    assert action.isCheckable() and not action.isChecked()
    assert docks(qgis_iface) == [], "the dock is created when first opened"

    action.trigger()  # the user clicks the toolbar button
    assert plugin.tagging_dock.layer is layer
    assert len(docks(qgis_iface)) == 1 and not plugin.tagging_dock.isHidden()
    plugin.tagging_dock.pick_action.trigger()
    assert qgis_canvas.mapTool() is plugin.tagging_dock.tool
    loaded = connection_counts(qgis_canvas, layer)
    assert loaded != baseline

    plugin.unload()
    delete_later_now()
    assert docks(qgis_iface) == []
    assert plugin.actions == [] and plugin.tagging_action is None
    assert qgis_canvas.findChildren(OutletPickTool) == []
    assert not isinstance(qgis_canvas.mapTool(), OutletPickTool)
    assert connection_counts(qgis_canvas, layer) == baseline
    assert QgsSettings().value(SETTINGS_TAGGING_DOCK_VISIBLE, type=bool), "unloading is not closing"
    edit_after_unload(layer)

    plugin = fresh_plugin()  # the remembered visibility opens the dock again
    assert len(docks(qgis_iface)) == 1 and not plugin.tagging_dock.isHidden()
    assert tagging_actions(plugin)[0].isChecked()
    assert connection_counts(qgis_canvas, layer) == loaded
    plugin.unload()
    delete_later_now()
    assert docks(qgis_iface) == []
    assert connection_counts(qgis_canvas, layer) == baseline
    edit_after_unload(layer)


@pytest.fixture
def shown_main_window(qgis_iface):
    """Docks only report being closed when their window is on screen, as in QGIS."""
    window = qgis_iface.mainWindow()
    window.show()
    yield window
    window.hide()


def test_closing_the_dock_is_remembered(fresh_plugin, qgis_iface, qgis_canvas, shown_main_window):
    QgsSettings().setValue(SETTINGS_TAGGING_DOCK_VISIBLE, True)
    plugin = fresh_plugin()
    action = tagging_actions(plugin)[0]
    assert action.isChecked() and not plugin.tagging_dock.isHidden()

    plugin.tagging_dock.pick_action.trigger()
    assert qgis_canvas.mapTool() is plugin.tagging_dock.tool
    plugin.tagging_dock.close()  # the dock's own close button
    assert not action.isChecked()
    assert qgis_canvas.mapTool() is not plugin.tagging_dock.tool, "a closed panel does not keep its map tool"
    assert not QgsSettings().value(SETTINGS_TAGGING_DOCK_VISIBLE, type=bool)
    plugin.unload()
    delete_later_now()

    plugin = fresh_plugin()
    assert plugin.tagging_dock is None and docks(qgis_iface) == []
    action = tagging_actions(plugin)[0]
    action.trigger()
    assert not plugin.tagging_dock.isHidden()
    action.trigger()
    assert plugin.tagging_dock.isHidden() and not QgsSettings().value(SETTINGS_TAGGING_DOCK_VISIBLE, type=bool)
