"""Without geopandas, networkx, scipy or requests the plugin still loads and says what to install:
the packages its algorithms need (requests, scipy), never one that no code of it uses.

The plugin starts in a fresh Python (tests/plugin_session.py) in which the
packages are made unimportable before anything imports it, so that a top-level
import anywhere in the package shows up here as a failure.
"""

import os
import re
import sys

import pytest
from plugin_session import PLUGIN, ErrorsFeedback, plugin_session, provider_algorithm_names, unmet_requirements

from foodaccess.processing.deps import OPTIONAL_PACKAGES
from foodaccess.processing.provider import ALGORITHM_CLASSES

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BLOCKED = ("geopandas", "networkx", "scipy", "requests")
NEEDED = tuple(name for name in BLOCKED if name in OPTIONAL_PACKAGES)


def _to_install(requirement):
    """What the instructions name for a REQUIRES entry: the import name, or the first alternative."""
    return requirement if isinstance(requirement, str) else requirement[0]


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
        assert OPTIONAL_PACKAGES.get(name, (name,))[0] in text, f"{name} is not named in: {text}"
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
    assert NEEDED == ("scipy", "requests")
    _assert_install_instructions(warnings[0], NEEDED)
    for unused in ("geopandas", "networkx"):
        assert unused not in warnings[0], f"the plugin asks for {unused}, which none of its code needs"
    logged = [message for tag, level, message in shown["log"] if tag == "Food Access" and level == "warning"]
    assert any(all(name in message for name in NEEDED) for message in logged), shown["log"]

    # An unmet requirement is named by its first alternative (scipy, not its fallback networkx).
    needing = {
        cls.NAME: [_to_install(entry) for entry in unmet_requirements(cls.REQUIRES, BLOCKED)]
        for cls in ALGORITHM_CLASSES
    }
    needing = {name: packages for name, packages in needing.items() if packages}
    assert set(shown["runs"]) == set(needing)
    for name, packages in needing.items():
        run = shown["runs"][name]
        assert not run["ok"], f"{name} ran without {packages}"
        _assert_install_instructions("\n".join(run["errors"]), packages)


@pytest.mark.parametrize("blocked", [(), ("geopandas", "networkx")], ids=["everything installed", "unused missing"])
def test_no_warning_when_what_the_algorithms_need_is_installed(tmp_path, blocked):
    shown = _start_without(blocked, tmp_path)
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


def test_requirements_txt_lists_what_the_algorithms_need():
    """QPIP and users read requirements.txt; the start-up check reads OPTIONAL_PACKAGES: the same list,
    which holds every package an algorithm REQUIRES."""
    with open(os.path.join(REPO_ROOT, "requirements.txt"), encoding="utf-8") as stream:
        lines = [line.split("#")[0].strip() for line in stream]
    listed = {re.split(r"[<>=!~ \[;]", line, maxsplit=1)[0].lower() for line in lines if line}
    assert listed == {pip for pip, _debian in OPTIONAL_PACKAGES.values()}
    # What the instructions ask to install: a name, or the first of alternatives.
    required = {_to_install(entry) for cls in ALGORITHM_CLASSES for entry in cls.REQUIRES}
    assert required <= set(OPTIONAL_PACKAGES), required - set(OPTIONAL_PACKAGES)


def test_a_requirement_with_alternatives_is_met_by_any_of_them():
    from foodaccess.processing.deps import missing_packages

    assert missing_packages([("foodaccess_no_such_package", "json")]) == []
    assert missing_packages([("foodaccess_no_such_package", "foodaccess_no_such_fallback"), "json"]) == [
        "foodaccess_no_such_package"
    ]
