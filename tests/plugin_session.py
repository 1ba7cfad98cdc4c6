"""A QGIS session in a child process, loading plugins the way QGIS desktop does.

The tests that install the packaged plugin or hide Python packages need a
Python of their own: a fresh profile, and a ``foodaccess`` module that is the
installed copy (not the repository the test process imported).

    python -P tests/plugin_session.py install REPOSITORY_XML_URL
    python -P tests/plugin_session.py start [--block name,name] FOLDER [FOLDER ...]

Each prints one JSON line: what was installed, or what the user saw. Parents
call ``plugin_session(profile, *args)``.
"""

import json
import os
import subprocess
import sys

from qgis.core import QgsProcessingFeedback

PLUGIN = "foodaccess"
TEST_REPOSITORY = "Food Access test"


def qgis_env(profile):
    """Environment of a headless QGIS in English using ``profile`` as its settings folder."""
    return dict(
        os.environ,
        LC_ALL="C.UTF-8",
        LANG="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}"),
    )


def plugin_session(profile, *args):
    """Run this module with ``args`` in a fresh Python and QGIS using ``profile``; its JSON answer."""
    process = subprocess.run(
        [sys.executable, "-P", __file__, *args], env=qgis_env(profile), capture_output=True, text=True, timeout=300
    )
    assert process.returncode == 0, f"plugin session {args} failed:\n{process.stdout}\n{process.stderr}"
    assert "Traceback" not in process.stderr, process.stderr
    return json.loads(process.stdout.strip().splitlines()[-1])


class ErrorsFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps the errors an algorithm reports."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N803 (QGIS's name)
        self.errors.append(error)


def unmet_requirements(requires, blocked):
    """The entries of an algorithm's REQUIRES (import names, or tuples of alternatives) that none
    of the packages left importable satisfies."""
    return [
        entry for entry in requires if all(name in blocked for name in ((entry,) if isinstance(entry, str) else entry))
    ]


def provider_algorithm_names():
    """Every algorithm the provider of this checkout loads: its Python algorithms and bundled models.
    (Read from its code, not from the registry, where other tests add and remove the provider.)"""
    from foodaccess.processing.model import MODEL_NAME
    from foodaccess.processing.provider import ALGORITHM_CLASSES

    return sorted([cls.NAME for cls in ALGORITHM_CLASSES] + [MODEL_NAME])


# --- the child process ----------------------------------------------------------------------------
def _start_qgis():
    global _APP  # kept alive for the whole session
    from qgis.core import QgsApplication

    _APP = QgsApplication([], True)
    _APP.initQgis()
    import qgis.utils

    # What QGIS desktop sets up for Python plugins (QgsPythonUtilsImpl::initPython), before
    # pyplugin_installer imports it: home_plugin_path in QGIS 3.22, HOME_PLUGIN_PATH in 3.40.
    home = os.path.join(QgsApplication.qgisSettingsDirPath(), "python", "plugins")
    qgis.utils.home_plugin_path = qgis.utils.HOME_PLUGIN_PATH = home
    qgis.utils.plugin_paths = [home]
    sys.path.insert(0, home)
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python"))  # pyplugin_installer


def _wait_for(signal, seconds=60):
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(seconds * 1000, loop.quit)
    loop.exec()


# Settings entries defined by this process: the settings tree only points at them.
_SETTINGS_ENTRIES = []


def _show_experimental_plugins(installer_data):
    """Tick the plugin manager's "Show also experimental plugins" box."""
    from qgis.core import QgsSettings

    if hasattr(installer_data, "settingsGroup"):  # QGIS 3.22: a plain QgsSettings key
        QgsSettings().setValue(f"{installer_data.settingsGroup}/allowExperimental", True)
        return
    # QGIS 3.40: entries of the settings tree's "plugin-manager" node, which QGIS desktop defines in
    # its app library (not in a Python session): defined here as the desktop does, for what
    # pyplugin_installer reads while it lists and installs plugins.
    from qgis.core import QgsSettingsEntryBool, QgsSettingsEntryStringList, QgsSettingsTree

    node = QgsSettingsTree.node("plugin-manager") or QgsSettingsTree.treeRoot().createChildNode("plugin-manager")
    for key, entry_class, default in (
        ("allow-experimental", QgsSettingsEntryBool, False),
        ("allow-deprecated", QgsSettingsEntryBool, False),
        ("seen-plugins", QgsSettingsEntryStringList, []),
    ):
        if node.childSetting(key) is None:
            _SETTINGS_ENTRIES.append(entry_class(key, node, default))
    node.childSetting("allow-experimental").setValue(True)


def install(url):
    """Install Food Access the way Plugins > Manage and Install Plugins does, with QGIS's own code."""
    _start_qgis()
    from pyplugin_installer import installer_data
    from pyplugin_installer.installer_data import plugins, reposGroup, repositories
    from pyplugin_installer.qgsplugininstallerinstallingdialog import QgsPluginInstallerInstallingDialog
    from qgis.core import QgsSettings

    QgsSettings().setValue(f"{reposGroup}/{TEST_REPOSITORY}/url", url)
    _show_experimental_plugins(installer_data)
    repositories.load()
    repositories.requestFetching(TEST_REPOSITORY)
    _wait_for(repositories.checkingDone)
    plugins.getAllInstalled()
    plugins.rebuild()
    available = plugins.all().get(PLUGIN)
    if available is None:
        return {"error": f"not in the repository: {repositories.all()[TEST_REPOSITORY]['error']}"}
    dialog = QgsPluginInstallerInstallingDialog(None, available, stable=not available["experimental"])
    _wait_for(dialog.reply.finished)  # its requestFinished slot, connected first, has unzipped by then
    keys = ("id", "name", "version_available", "download_url", "filename", "experimental")
    return {"error": dialog.result(), "available": {key: available[key] for key in keys}}


def _level_name(level):
    from qgis.core import Qgis

    return {Qgis.MessageLevel.Warning: "warning", Qgis.MessageLevel.Critical: "critical"}.get(level, "info")


def start(*args):
    """Start plugin folders as QGIS desktop does at start-up (``--block a,b``: those packages cannot be
    imported); what the message bar and the log showed, and what running the algorithms that need a
    blocked package reported."""
    blocked = []
    if args and args[0] == "--block":
        blocked, args = [name for name in args[1].split(",") if name], args[2:]
    for name in blocked:
        sys.modules[name] = None  # "import name" now raises ImportError; find_spec finds nothing

    from pytest_qgis.mock_qgis_classes import MockMessageBar
    from pytest_qgis.qgis_interface import QgisInterface

    _start_qgis()
    import qgis.utils
    from qgis.core import QgsApplication, QgsProcessingContext
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtWidgets import QMainWindow, QToolBar

    log = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: log.append((tag, _level_name(level), message))
    )
    window = QMainWindow()
    bar = MockMessageBar()
    qgis.utils.iface = QgisInterface(QgsMapCanvas(window), bar, window)
    qgis.utils.updateAvailablePlugins()
    started = [folder for folder in args if qgis.utils.loadPlugin(folder) and qgis.utils.startPlugin(folder)]
    providers = [provider for provider in QgsApplication.processingRegistry().providers() if provider.id() == PLUGIN]

    runs = {}
    for algorithm in providers[0].algorithms() if providers else []:
        if unmet_requirements(getattr(algorithm, "REQUIRES", ()), blocked):  # models have no REQUIRES
            feedback = ErrorsFeedback()
            _results, ok = algorithm.run({}, QgsProcessingContext(), feedback)
            runs[algorithm.name()] = {"ok": ok, "errors": feedback.errors}

    return {
        "started": started,
        "providers": len(providers),
        "algorithms": [algorithm.name() for algorithm in providers[0].algorithms()] if providers else [],
        "toolbars": len(window.findChildren(QToolBar, "FoodAccessToolbar")),
        "bar": [(_level_name(level), text) for level, texts in bar.messages.items() for text in texts],
        "log": log,
        "runs": runs,
    }


if __name__ == "__main__":
    modes = {"install": install, "start": start}
    print(json.dumps(modes[sys.argv[1]](*sys.argv[2:])), flush=True)
    os._exit(0)  # the answer is out; skip QGIS's slow teardown
