"""The plugin loads, registers its provider and unloads without leaving anything behind."""

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QToolBar

import foodaccess


def _provider_count():
    return sum(1 for provider in QgsApplication.processingRegistry().providers() if provider.id() == "foodaccess")


def _plugin_toolbars(iface):
    return [bar for bar in iface.mainWindow().findChildren(QToolBar, "FoodAccessToolbar") if not bar.isHidden()]


def test_load_unload_load_leaves_no_duplicate(qgis_iface, unregistered_provider, qgis_app):
    plugin = foodaccess.classFactory(qgis_iface)
    plugin.initGui()
    assert _provider_count() == 1
    assert plugin.actions, "initGui must add menu/toolbar actions"
    first_actions = list(plugin.actions)

    plugin.unload()
    qgis_app.processEvents()
    assert _provider_count() == 0
    assert plugin.actions == []

    plugin = foodaccess.classFactory(qgis_iface)
    plugin.initGui()
    assert _provider_count() == 1
    assert len(plugin.actions) == len(first_actions)
    plugin.unload()
    assert _provider_count() == 0


def test_init_processing_alone_registers_provider(unregistered_provider):
    """qgis_process calls initProcessing only, without a GUI."""
    plugin = foodaccess.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()  # a second call must not register twice
    assert _provider_count() == 1
    plugin.unload()
    assert _provider_count() == 0


def test_second_copy_is_refused_with_a_message(qgis_iface, unregistered_provider):
    first = foodaccess.classFactory(qgis_iface)
    first.initProcessing()
    second = foodaccess.classFactory(qgis_iface)
    second.initProcessing()
    assert second.provider is None
    assert _provider_count() == 1
    second.unload()  # must not remove the first copy's provider
    assert _provider_count() == 1
    first.unload()
    assert _provider_count() == 0
