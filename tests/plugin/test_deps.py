"""Without geopandas, networkx, scipy or requests the plugin still loads and says what to install.

The plugin starts in a fresh Python (tests/plugin_session.py) in which the
packages are made unimportable before anything imports it, so that a top-level
import anywhere in the package shows up here as a failure.
"""

import os
import sys

from plugin_session import PLUGIN, ErrorsFeedback, plugin_session, provider_algorithm_names

from foodaccess.processing.deps import OPTIONAL_PACKAGES
from foodaccess.processing.provider import ALGORITHM_CLASSES

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BLOCKED = ("geopandas", "networkx", "scipy", "requests")


def _start_without(blocked, profile):
    """Start the plugin (this checkout, linked into a fresh profile) with ``blocked`` unimportable."""
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / PLUGIN).symlink_to(REPO_ROOT)
    shown = plugin_session(profile, "start", "--block", ",".join(blocked), PLUGIN)
    assert shown["started"] == [PLUGIN], shown
    return shown


def _assert_install_instructions(text, names):
    for name in names:
        assert OPTIONAL_PACKAGES[name][0] in text, f"{name} is not named in: {text}"
    for hint in ("OSGeo4W", "pip install", "apt install", "QPIP", "requirements.txt"):
        assert hint in text, f"'{hint}' is missing from the instructions: {text}"
    for leak in ("Traceback", "ImportError", "ModuleNotFoundError"):
        assert leak not in text, text


def test_plugin_loads_and_explains_what_is_missing(tmp_path, qgis_app):
    shown = _start_without(BLOCKED, tmp_path)

    assert shown["providers"] == 1, "the provider must register without the optional packages"
    assert sorted(shown["algorithms"]) == provider_algorithm_names()

    warnings = [text for level, text in shown["bar"] if level == "warning"]
    assert len(warnings) == 1, shown["bar"]
    _assert_install_instructions(warnings[0], BLOCKED)
    logged = [message for tag, level, message in shown["log"] if tag == "Food Access" and level == "warning"]
    assert any(all(name in message for name in BLOCKED) for message in logged), shown["log"]

    needing = {cls.NAME: [name for name in cls.REQUIRES if name in BLOCKED] for cls in ALGORITHM_CLASSES}
    needing = {name: packages for name, packages in needing.items() if packages}
    assert set(shown["runs"]) == set(needing)
    for name, packages in needing.items():
        run = shown["runs"][name]
        assert not run["ok"], f"{name} ran without {packages}"
        _assert_install_instructions("\n".join(run["errors"]), packages)


def test_no_warning_when_everything_is_installed(tmp_path):
    shown = _start_without((), tmp_path)
    assert shown["providers"] == 1
    assert not [text for level, text in shown["bar"] if level in ("warning", "critical")], shown["bar"]
    assert shown["runs"] == {}


def test_a_package_missing_from_requires_still_gives_instructions(monkeypatch, qgis_processing):
    """An algorithm whose code imports a missing package it did not list in REQUIRES."""
    from qgis.core import QgsProcessingContext

    from foodaccess.processing.base import FoodAccessAlgorithm

    class NeedsNetworkx(FoodAccessAlgorithm):
        NAME, GROUP = "needsnetworkx", "accessibility"

        def display_name(self):
            return "Needs networkx"

        def define_parameters(self):
            pass

        def process(self, parameters, context, feedback):
            import networkx  # noqa: F401

            return {}

    monkeypatch.setitem(sys.modules, "networkx", None)
    algorithm = NeedsNetworkx()
    algorithm.initAlgorithm()
    feedback = ErrorsFeedback()
    _results, ok = algorithm.run({}, QgsProcessingContext(), feedback)
    assert not ok
    _assert_install_instructions("\n".join(feedback.errors), ["networkx"])
