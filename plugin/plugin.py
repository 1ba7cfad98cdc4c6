"""FoodAccessPlugin: registers the Processing provider and the plugin's menu and toolbar."""

import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit

from ..core.errors import FoodAccessError
from ..i18n import error_message, tr, user_language
from ..paths import ICON_PATH, PLUGIN_DIR, TAGGING_ICON_PATH
from ..processing.deps import install_instructions, missing_packages
from ..processing.provider import FoodAccessProvider
from ..qgis_compat import QAction

LOG_TAG = "Food Access"
EXPECTED_PACKAGE = "foodaccess"
MENU = "&Food Access"
SETTINGS_TAGGING_DOCK_VISIBLE = "foodaccess/tagging/dock_visible"


def log(message, level=Qgis.MessageLevel.Info):
    QgsMessageLog.logMessage(message, LOG_TAG, level)


class FoodAccessPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.tagging_action = None
        self.tagging_dock = None
        self.model_dialog = None  # the model's dialog the sample action opened (kept alive while shown)
        self.model_designer = None
        self.translator = self._install_translator()
        self.package = __name__.split(".")[0]

    # --- Processing (also called by qgis_process, without a GUI) ---------------------------
    def initProcessing(self):  # noqa: N802 (QGIS's name)
        if self.provider is not None:
            return
        registry = QgsApplication.processingRegistry()
        existing = registry.providerById("foodaccess")
        if existing is not None:
            self._warn(
                tr(
                    "Another copy of Food Access is already loaded (its Processing provider exists). "
                    "This copy, from the folder {folder}, is not registered: keep one copy of the plugin "
                    "in the plugins folder and restart QGIS."
                ).format(folder=PLUGIN_DIR)
            )
            return
        provider = FoodAccessProvider()
        if registry.addProvider(provider):
            self.provider = provider

    # --- GUI ---------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS's name)
        self.initProcessing()
        if self.provider is None:  # another copy is loaded (initProcessing said so): it owns menus and docks
            return
        if self.package != EXPECTED_PACKAGE:
            self._warn(
                tr(
                    "The Food Access plugin folder is named '{name}' instead of '{expected}' (as in a ZIP "
                    "downloaded from the code repository). It works, but the plugin manager cannot update it "
                    "and would install a second copy beside it: delete the folder {folder}, install Food Access "
                    "from the plugin repository (Plugins > Manage and Install Plugins) and restart QGIS."
                ).format(name=self.package, expected=EXPECTED_PACKAGE, folder=PLUGIN_DIR)
            )
        missing = missing_packages()
        if missing:
            self._warn(install_instructions(missing))

        self.toolbar = self.iface.addToolBar(tr("Food Access"))
        self.toolbar.setObjectName("FoodAccessToolbar")
        self.add_action(
            tr("Food Access algorithms"),
            self.show_algorithms,
            tr("Show the Food Access algorithms in the Processing toolbox"),
        )
        self.tagging_action = self.add_action(
            tr("Outlet tagging panel"),
            self.show_tagging_dock,
            tr("Show or hide the panel to tag outlets: category, local, organic"),
            icon_path=TAGGING_ICON_PATH,
            checkable=True,
        )
        self.add_action(
            tr("Load the Monaco sample"),
            self.load_sample,
            tr("Add the embedded sample (Monaco's areas and homes, in metres) and open the analysis model with it"),
            icon_path=QgsApplication.iconPath("mActionAddOgrLayer.svg"),
            in_toolbar=False,
        )
        self.add_action(
            tr("Open the analysis model in the Model Designer"),
            self.open_model_in_designer,
            tr("A copy of the 'Food access analysis' model to adapt and save under another name"),
            icon_path=QgsApplication.iconPath("processingModel.svg"),
            in_toolbar=False,
        )
        if QgsSettings().value(SETTINGS_TAGGING_DOCK_VISIBLE, False, type=bool):
            self.show_tagging_dock(True)

    def add_action(self, text, callback, tip, icon_path=ICON_PATH, shortcut=None, checkable=False, in_toolbar=True):
        """Add an action to the plugin menu (and toolbar); unload removes it."""
        action = QAction(QIcon(icon_path), text, self.iface.mainWindow())
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(callback)
        self.iface.addPluginToMenu(MENU, action)
        if in_toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _toolbox(self):
        return self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")

    def show_algorithms(self):
        toolbox = self._toolbox()
        if toolbox is None:
            self._warn(tr("The Processing toolbox is not available: enable the Processing plugin."))
            return
        toolbox.show()
        toolbox.raise_()
        search = toolbox.findChild(QLineEdit, "searchBox")
        if search is not None:
            search.setText("Food Access")

    def load_sample(self):
        """The Monaco sample into the project, then the model's dialog with it filled in."""
        from .sample import MODEL_ID, SAMPLE_CHOICES, load_sample

        try:
            parameters = load_sample()
        except FoodAccessError as error:
            self._warn(error_message(error))
            return
        self.iface.mapCanvas().zoomToFullExtent()
        import processing

        self.model_dialog = processing.createAlgorithmDialog(MODEL_ID, dict(parameters, **SAMPLE_CHOICES))
        self.model_dialog.show()

    def open_model_in_designer(self):
        from .sample import open_model_in_designer

        self.model_designer = open_model_in_designer()

    def show_tagging_dock(self, visible):
        """Show or hide the tagging dock (created on first use); remembered for the next session."""
        if visible and self.tagging_dock is None:
            from .tagging_dock import TaggingDock  # GUI only: qgis_process never imports it

            self.tagging_dock = TaggingDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.tagging_dock)
            # A tab beside the Processing toolbox, not stacked under it: the outlet list keeps its height.
            toolbox, main_window = self._toolbox(), self.iface.mainWindow()
            if (
                toolbox is not None
                and toolbox.isVisible()
                and main_window.dockWidgetArea(toolbox) == Qt.DockWidgetArea.RightDockWidgetArea
            ):
                main_window.tabifyDockWidget(toolbox, self.tagging_dock)
            self.tagging_dock.visibilityChanged.connect(self._tagging_dock_visibility_changed)
        if self.tagging_dock is not None:
            self.tagging_dock.setVisible(visible)
            if visible:
                self.tagging_dock.raise_()
        self.tagging_action.setChecked(visible)
        QgsSettings().setValue(SETTINGS_TAGGING_DOCK_VISIBLE, visible)

    def _tagging_dock_visibility_changed(self):
        # isHidden, not the signal's argument: a dock tabbed behind another one is still open.
        shown = not self.tagging_dock.isHidden()
        self.tagging_action.setChecked(shown)
        QgsSettings().setValue(SETTINGS_TAGGING_DOCK_VISIBLE, shown)

    def unload(self):
        if self.tagging_dock is not None:
            # Disconnected first: removing the dock must not record it as closed by the user.
            self.tagging_dock.visibilityChanged.disconnect(self._tagging_dock_visibility_changed)
            self.tagging_dock.release()
            self.iface.removeDockWidget(self.tagging_dock)
            self.tagging_dock.deleteLater()
            self.tagging_dock = None
        self.tagging_action = None
        for action in self.actions:
            self.iface.removePluginMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # --- helpers -----------------------------------------------------------------------------
    def _warn(self, message):
        log(message, Qgis.MessageLevel.Warning)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(LOG_TAG, message, level=Qgis.MessageLevel.Warning, duration=0)

    @staticmethod
    def _install_translator():
        path = os.path.join(PLUGIN_DIR, "resources", "i18n", f"foodaccess_{user_language()}.qm")
        if not os.path.exists(path):
            return None
        translator = QTranslator()
        if not translator.load(path):
            return None
        QCoreApplication.installTranslator(translator)
        return translator
