"""The plugin loads, registers its provider and unloads without leaving anything behind."""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QToolBar

import foodaccess
from foodaccess.i18n import tr
from foodaccess.processing.base import GROUPS, FoodAccessAlgorithm


def _provider_count():
    return sum(1 for provider in QgsApplication.processingRegistry().providers() if provider.id() == "foodaccess")


def _plugin_toolbars(iface):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what unload's deleteLater asked for
    return iface.mainWindow().findChildren(QToolBar, "FoodAccessToolbar")


def _provider_added_receivers():
    registry = QgsApplication.processingRegistry()
    return registry.receivers(registry.providerAdded)


def test_load_unload_load_leaves_no_duplicate(qgis_iface, unregistered_provider, qgis_app):
    toolbars, receivers = len(_plugin_toolbars(qgis_iface)), _provider_added_receivers()
    plugin = foodaccess.classFactory(qgis_iface)
    plugin.initGui()
    assert _provider_count() == 1
    assert plugin.actions, "initGui must add menu/toolbar actions"
    assert len(_plugin_toolbars(qgis_iface)) == toolbars + 1
    first_actions = list(plugin.actions)

    plugin.unload()
    assert _provider_count() == 0
    assert plugin.actions == []
    assert len(_plugin_toolbars(qgis_iface)) == toolbars
    assert _provider_added_receivers() == receivers, "a signal connection outlived unload"

    plugin = foodaccess.classFactory(qgis_iface)
    plugin.initGui()
    assert _provider_count() == 1
    assert len(plugin.actions) == len(first_actions)
    assert len(_plugin_toolbars(qgis_iface)) == toolbars + 1
    plugin.unload()
    assert _provider_count() == 0
    assert len(_plugin_toolbars(qgis_iface)) == toolbars
    assert _provider_added_receivers() == receivers


def test_provider_identity_icon_and_groups(provider):
    assert (provider.id(), provider.name()) == ("foodaccess", "Food Access")
    assert os.path.isfile(provider.svgIconPath())
    assert not provider.icon().pixmap(32, 32).isNull(), "the provider icon does not render"
    algorithms = [algorithm for algorithm in provider.algorithms() if isinstance(algorithm, FoodAccessAlgorithm)]
    # Every group of the issue holds at least one algorithm, and no algorithm is outside them.
    assert {algorithm.groupId() for algorithm in algorithms} == set(GROUPS)
    for algorithm in algorithms:
        assert algorithm.group() == tr(GROUPS[algorithm.groupId()])
        assert not algorithm.icon().pixmap(16, 16).isNull(), algorithm.name()
        assert algorithm.shortHelpString().strip(), f"{algorithm.name()} has no help"


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


def test_a_failed_run_keeps_nothing_of_it_alive(qgis_processing):
    """QGIS keeps the exception of a failed processAlgorithm: what the run held (feature sources,
    sinks, the user's layers) must not stay alive through its traceback."""
    import weakref

    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from foodaccess.core.errors import FoodAccessError

    class Held:
        pass

    held = []

    class FailingAlgorithm(FoodAccessAlgorithm):
        NAME, GROUP = "failing", "outlets"

        def display_name(self):
            return "Failing"

        def define_parameters(self):
            pass

        def process(self, parameters, context, feedback):
            resource = Held()  # stands for a feature source or sink of this run
            held.append(weakref.ref(resource))
            raise FoodAccessError("The input is bad: fix it.")

    algorithm = FailingAlgorithm()
    algorithm.initAlgorithm()
    feedback = QgsProcessingFeedback()
    _results, ok = algorithm.run({}, QgsProcessingContext(), feedback)
    assert not ok
    assert held and held[0]() is None, "the failed run's locals outlived it"
