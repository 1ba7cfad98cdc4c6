"""The QGIS desktop as a user sees it, in English and French: the real QGIS under Xvfb with this checkout as its
plugin (tests/desktop_session.py), the checks of tests/desktop_checks.py run inside it, one QGIS start per
language. The sample loaded from the menu action, the analysis model and each algorithm run as their dialogs run
them, then: no CRITICAL message, readable layer names in the user's language, styled layers, points above lines
above polygons, the model valid in the Model Designer, its texts translated, the report's layout exported.
Screenshots for a person to look at: tests/artifacts/desktop_*.png.
"""

import shutil
from pathlib import Path

import pytest
from desktop_session import missing_desktop, run_desktop

pytestmark = pytest.mark.slow

CHECKS = Path(__file__).with_name("desktop_checks.py")
REPO_ROOT = Path(__file__).resolve().parents[1]

# The layer names the model's results load as, per language (never its output codes ACCESS, OUTLETS…).
MODEL_LAYERS = {
    "en": {"Food outlets", "Access to the nearest outlet", "Service areas", "Food access by area"},
    "fr": {
        "Commerces alimentaires",
        "Accès au commerce le plus proche",
        "Zones de desserte",
        "Accès à l'alimentation par zone",
    },
}
MODEL_TEXTS = {
    "en": ("Food access analysis", "Models", "Areas to classify", "Repair invalid geometries"),
    "fr": ("Analyse de l'accès à l'alimentation", "Modèles", "Zones à classer", "Réparer les géométries invalides"),
}
GEOMETRY_RANK = {"Point": 0, "Line": 1, "Polygon": 2}


@pytest.fixture(scope="module", params=["en", "fr"])
def desktop(request, tmp_path_factory, artifacts):
    reason = missing_desktop()
    if reason:
        pytest.skip(reason)
    language = request.param
    folder = tmp_path_factory.mktemp(f"desktop-{language}")
    result = run_desktop(CHECKS, folder, language)
    assert "error" not in result, result["error"]
    for name in ("model_map", "report_page1"):
        if (folder / f"{name}.png").exists():
            shutil.copy(folder / f"{name}.png", artifacts / f"desktop_{name}_{language}.png")
    return language, result


def criticals(messages):
    return [message["text"] for message in messages if message["critical"]]


def assert_stacked(layers):
    """Top first: no polygon above a line or a point, no line above a point (tables, drawn nowhere, aside)."""
    drawn = [layer for layer in layers if layer["geometry"] in GEOMETRY_RANK]
    ranks = [GEOMETRY_RANK[layer["geometry"]] for layer in drawn]
    assert ranks == sorted(ranks), [(layer["name"], layer["geometry"]) for layer in drawn]


def test_the_model_is_valid_and_speaks_the_users_language(desktop):
    language, result = desktop
    model = result["model"]
    assert model["id"] == "foodaccess:foodaccessanalysis"
    assert model["invalid_steps"] == {}, "steps the Model Designer shows in red"
    name, group, first_input, repair = MODEL_TEXTS[language]
    assert (model["name"], model["group"]) == (name, group)
    assert first_input in model["inputs"] and repair in model["inputs"]
    if language == "fr":
        # The French quick start of the README names the inputs the dialog shows.
        readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
        for label in ("Zones à classer", "Logements (origines)", "Champ de population"):
            assert label in model["inputs"] and f"*{label}*" in readme, label
        assert "Extensions ▸ Food Access ▸ Ouvrir le modèle d'analyse dans le modeleur graphique" in model["help"]
    else:
        assert "Plugins ▸ Food Access ▸ Open the analysis model in the Model Designer" in model["help"]


def test_the_sample_action_loads_it_in_metres_and_fills_the_models_dialog(desktop):
    _, result = desktop
    sample = result["sample"]
    assert set(sample["crs"]) == {"EPSG:32632"}
    assert sample["project_crs"] == "EPSG:32632"
    assert sample["dialog_shown"]
    values = sample["dialog_values"]
    assert values["POPULATION_FIELD"] == "population" and values["OSM_FILE"].endswith("monaco.osm.pbf")
    assert float(values["THRESHOLD"]) == 10 and "supermarket" in values["OUTLET_FILTER"]


def test_the_model_run_leaves_named_styled_stacked_layers_and_no_red_line(desktop):
    language, result = desktop
    run = result["model_run"]
    assert criticals(run["messages"]) == []
    loaded = {layer["name"]: layer for layer in run["layers"]}
    assert set(loaded) == MODEL_LAYERS[language]
    for layer in run["layers"]:
        assert layer["renderer"] not in (None, "singleSymbol"), f"{layer['name']} has the default style"
    assert_stacked(run["order"])
    # The demo's result, from the dialog the sample action filled: La Rousse has low access.
    assert run["classes"]["La Rousse"] == "low_access"


def test_the_model_builds_the_report_layout(desktop):
    language, result = desktop
    assert result["model_run"]["layouts"] == [{"en": "Food access", "fr": "Accès à l'alimentation"}[language]]
    assert result["report"]["pages"] == 2  # the map page, the per-area table
    assert Path(result["report"]["pdf"]).read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize(
    "algorithm", ["fetchoutlets", "accesstimes", "serviceareas", "classifyareas", "mergeoutlets", "report"]
)
def test_each_algorithm_from_its_dialog(desktop, algorithm):
    _, result = desktop
    run = result["algorithms"][algorithm]
    assert criticals(run["messages"]) == []
    for layer in run["layers"]:
        assert layer["name"] and layer["name"].upper() != layer["name"], f"unreadable layer name {layer['name']}"
        if layer["geometry"] not in (None, "No geometry", "Unknown geometry"):
            assert layer["renderer"] != "singleSymbol", f"{algorithm}: {layer['name']} has the default style"
    if algorithm == "report":
        assert run["layers"] == [] and run["pdf_written"]
    else:
        assert run["layers"], f"{algorithm} loaded nothing"


def test_the_layers_panel_stays_stacked_after_every_run(desktop):
    _, result = desktop
    assert_stacked(result["final_order"])
