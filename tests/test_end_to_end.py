"""End to end: the shipped model on the embedded Monaco sample, in the suite and headless.

- the model the provider builds is valid (every step, as the Model Designer checks it), its file is what
  dev/build_model.py writes, and a failing step's cause reaches the run's feedback;
- processing.run of the model: every step's output, checked against sums computed here
  from the sample itself (population by area, people beyond the threshold, the USDA rule);
- qgis_process.bin runs it headless in a fresh profile and gets the same classification;
- `dev/demo.sh` (what `make demo` runs): the GeoPackage, a map that is not blank, a summary
  CSV that says what the GeoPackage says.
"""

import csv
import importlib.util
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from plugin_session import PLUGIN, qgis_env

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE = REPO_ROOT / "resources" / "sample"
SAMPLE_GPKG = SAMPLE / "monaco_sample.gpkg"
SAMPLE_PBF = SAMPLE / "monaco.osm.pbf"
MODEL_FILE = REPO_ROOT / "resources" / "models" / "food_access_analysis.model3"
MODEL_ID = "foodaccess:foodaccessanalysis"
# The model's outputs as users pass them (README, dev/demo.sh): step:OUTPUT on every QGIS, since
# dev/build_model.py keeps them so; each with the name of its file here.
OUTPUTS = {
    "fetch_outlets:OUTLETS": "outlets",
    "access_times:ACCESS": "access",
    "service_areas:SERVICE_AREAS": "service_areas",
    "classify_areas:CLASSIFIED_AREAS": "classified_areas",
}
THRESHOLD_MIN = 10.0
SUPERMARKETS = "\"category\" = 'supermarket'"


def load_dev_module(name):
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "dev" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def model_inputs():
    return {
        "AREAS": f"{SAMPLE_GPKG}|layername=areas",
        "ORIGINS": f"{SAMPLE_GPKG}|layername=origins",
        "POPULATION_FIELD": "population",
        "OSM_FILE": str(SAMPLE_PBF),
        "OUTLET_FILTER": SUPERMARKETS,
        "THRESHOLD": THRESHOLD_MIN,
        "SERVICE_AREA_THRESHOLDS": "5,10,15",
    }


def read_layer(path, layer=None):
    """[(attributes dict, QgsGeometry)] of a vector file."""
    from qgis.core import QgsVectorLayer

    source = f"{path}|layername={layer}" if layer else str(path)
    vector = QgsVectorLayer(source, "check", "ogr")
    assert vector.isValid(), f"cannot read {source}"
    names = vector.fields().names()
    return [({name: feature[name] for name in names}, feature.geometry()) for feature in vector.getFeatures()]


def value(attribute):
    """A Python value from a QGIS attribute (NULL -> None)."""
    if attribute is None or (hasattr(attribute, "isNull") and attribute.isNull()):
        return None
    return attribute


def canonical_model(path, folder):
    """The model file as the running QGIS reads it, in canonical XML. Loaded and written again by this
    QGIS, so that what one QGIS version writes into a model file and another does not (the shipped file
    is written by QGIS 3.22) does not count; canonical, since Qt writes the attributes in a random order."""
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), f"cannot read {path}"
    rewritten = folder / f"{path.stem}.rewritten.model3"
    assert model.toFile(str(rewritten))
    text = rewritten.read_text(encoding="utf-8")
    root = ET.fromstring(text[text.index("<Option") :])
    return ET.canonicalize(xml_data=ET.tostring(root, encoding="unicode"), strip_text=True)


def plugin_profile(base):
    """A fresh QGIS profile with the repository linked and enabled as the plugin."""
    plugins = base / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / PLUGIN).symlink_to(REPO_ROOT, target_is_directory=True)
    settings = base / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True)
    (settings / "QGIS3.ini").write_text(f"[PythonPlugins]\n{PLUGIN}=true\n", encoding="utf-8")
    return base


@pytest.fixture(scope="module")
def provider(qgis_processing):
    """The provider for this module only (shadows conftest's session fixture). This module runs
    before tests/plugin, whose lifecycle tests remove a registered provider: a session-wide one
    registered here would then be gone for tests/processing."""
    from qgis.core import QgsApplication

    from foodaccess.processing.provider import FoodAccessProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("foodaccess")
    if existing is not None:
        yield existing
        return
    registered = FoodAccessProvider()
    assert registry.addProvider(registered)
    yield registered
    registry.removeProvider(registered)


# --- the model file --------------------------------------------------------------------------
def test_model_file_is_what_the_builder_makes_and_its_steps_resolve(provider, tmp_path):
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

    from foodaccess.processing.model import export_model

    rebuilt = tmp_path / "rebuilt.model3"
    assert export_model(str(rebuilt))
    assert canonical_model(rebuilt, tmp_path) == canonical_model(MODEL_FILE, tmp_path), (
        "resources/models/food_access_analysis.model3 is stale: run dev/build_model.py"
    )

    # Copies of the file run without the provider's model: their outputs are keyed (and load) by readable names.
    shipped = QgsProcessingModelAlgorithm()
    assert shipped.fromFile(str(MODEL_FILE))
    keys = {key for child_id in shipped.childAlgorithms() for key in shipped.childAlgorithm(child_id).modelOutputs()}
    assert keys == {"Food outlets", "Access to the nearest outlet", "Service areas", "Food access by area"}

    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert model is not None, "the provider does not ship the model"
    assert " " not in model.id()
    for child_id in model.childAlgorithms():
        assert model.childAlgorithm(child_id).algorithm() is not None, f"step {child_id} does not resolve"
        valid, issues = model.validateChildAlgorithm(child_id)
        assert valid, f"step {child_id} is invalid in the Model Designer: {issues}"
    # The repair of invalid geometries is a model input, ticked by default, that classifyareas receives.
    assert model.parameterDefinition("FIX_INVALID").defaultValue() is True
    classify = model.childAlgorithm("classify_areas").parameterSources()["FIX_INVALID"][0]
    assert "@FIX_INVALID" in classify.expression()
    assert sorted(output.name() for output in model.outputDefinitions()) == sorted(OUTPUTS)
    inputs = {definition.name() for definition in model.parameterDefinitions() if not definition.isDestination()}
    assert {"AREAS", "ORIGINS", "POPULATION_FIELD", "OSM_FILE", "THRESHOLD", "OUTLET_FILTER"} <= inputs
    # Every input and output is explained in the model's help.
    help_text = model.shortHelpString()
    for definition in model.parameterDefinitions():
        assert definition.description() in help_text or definition.isDestination()
        assert model.helpContent().get(definition.name()), f"{definition.name()} has no help"


# --- the model inside the suite -------------------------------------------------------------
@pytest.fixture(scope="module")
def suite_run(provider, tmp_path_factory):
    """The model run with processing.run; {layer name: path}."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    import processing

    folder = tmp_path_factory.mktemp("model")
    parameters = model_inputs()
    parameters.update({output: str(folder / f"{name}.gpkg") for output, name in OUTPUTS.items()})
    results = processing.run(MODEL_ID, parameters, feedback=QgsProcessingFeedback(), context=QgsProcessingContext())
    for output in OUTPUTS:
        assert Path(str(results[output]).split("|")[0]).exists(), f"{output} was not written"
    return {name: folder / f"{name}.gpkg" for name in OUTPUTS.values()}


def test_a_failing_step_says_why_in_the_model_run(provider, tmp_path):
    """The model's own error names the step ("Error encountered while running Fetch food outlets"); the step's
    message, with its cause and fix, reaches the user too: QGIS 3.22 reports it to the run's feedback (the
    dialog's log, in red) before its own error, later QGIS append it to that error."""
    from feedback import RecordingFeedback
    from qgis.core import QgsProcessingContext, QgsProcessingException

    import processing

    not_osm = tmp_path / "not_osm.osm.pbf"
    not_osm.write_text("not an OpenStreetMap file", encoding="utf-8")
    parameters = dict(model_inputs(), OSM_FILE=str(not_osm))
    parameters.update({output: "TEMPORARY_OUTPUT" for output in OUTPUTS})
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException, match="Fetch food outlets") as raised:
        processing.run(MODEL_ID, parameters, feedback=feedback, context=QgsProcessingContext())
    shown = [*feedback.errors, str(raised.value)]
    assert any(str(not_osm) in text and "OSM_FILE" in text for text in shown), shown


def homes_by_area():
    """{area name: [(population, home feature attributes)]}: the sample's homes in each quartier."""
    areas = read_layer(SAMPLE_GPKG, "areas")
    homes = read_layer(SAMPLE_GPKG, "origins")
    return {area["name"]: [home for home, point in homes if shape.contains(point)] for area, shape in areas}


def test_the_model_chains_outlets_access_service_areas_and_classes(suite_run):
    outlets = read_layer(suite_run["outlets"])
    access = read_layer(suite_run["access"])
    service_areas = read_layer(suite_run["service_areas"])
    classified = {attributes["name"]: attributes for attributes, _ in read_layer(suite_run["classified_areas"])}

    # Every food outlet of the extract; access measured to supermarkets only (the filter).
    categories = [attributes["category"] for attributes, _ in outlets]
    assert len(outlets) >= 26 and categories.count("supermarket") == 8
    assert len(access) == len(read_layer(SAMPLE_GPKG, "origins")), "every home is kept"
    reached = [attributes for attributes, _ in access if attributes["status"] == "ok"]
    assert len(reached) > 400
    assert {attributes["nearest_category"] for attributes in reached} == {"supermarket"}
    assert sorted(attributes["threshold"] for attributes, _ in service_areas) == [5, 10, 15]

    # The classes, recomputed here from the sample's homes and the access layer.
    minutes = {attributes["osm_id"]: attributes for attributes, _ in access}
    for name, homes in homes_by_area().items():
        area = classified[name]
        population = sum(home["population"] for home in homes)
        # Homes too far from the streets have no measure and are left out; none is, on the whole extract.
        measured = [home for home in homes if minutes[home["osm_id"]]["status"] in ("ok", "no outlet reachable")]
        assert len(measured) == len(homes), name
        beyond = sum(
            home["population"]
            for home in measured
            if minutes[home["osm_id"]]["status"] != "ok" or minutes[home["osm_id"]]["time_min"] > THRESHOLD_MIN
        )
        assert area["pop_total"] == pytest.approx(population, abs=0.01), name
        assert area["pop_low_access"] == pytest.approx(beyond, abs=0.01), name
        low_access = beyond >= 500 or 100 * beyond / population >= 33
        assert bool(area["low_access"]) == low_access, name
        assert area["class"] == ("low_access" if low_access else "served"), name
        assert area["threshold"] == THRESHOLD_MIN and area["unit"] == "min"
    assert {area["class"] for area in classified.values()} == {"low_access", "served"}


def test_walk_and_public_transport_is_never_slower_than_walking(suite_run, tmp_path):
    """MODE 2 without GTFS: the sample's OSM bus routes with estimated times."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    import processing

    parameters = dict(model_inputs(), MODE=2)
    parameters.update({output: str(tmp_path / f"{name}.gpkg") for output, name in OUTPUTS.items()})
    processing.run(MODEL_ID, parameters, feedback=QgsProcessingFeedback(), context=QgsProcessingContext())

    walking = {attributes["osm_id"]: attributes for attributes, _ in read_layer(suite_run["access"])}
    transit = [attributes for attributes, _ in read_layer(tmp_path / "access.gpkg")]
    assert len(transit) == len(walking)
    for home in transit:
        assert "transit_share" in home, "the public transport fields are missing"
        if home["status"] == "ok":
            assert home["time_min"] <= walking[home["osm_id"]]["time_min"] + 1e-9, (
                home["osm_id"],
                home["time_min"],
                walking[home["osm_id"]]["time_min"],
            )
    classified = {attributes["name"] for attributes, _ in read_layer(tmp_path / "classified_areas.gpkg")}
    assert classified == {attributes["name"] for attributes, _ in read_layer(SAMPLE_GPKG, "areas")}


# --- headless: qgis_process and the demo ---------------------------------------------------
@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    return plugin_profile(tmp_path_factory.mktemp("qgis-profile"))


def test_qgis_process_runs_the_model_headless(profile, suite_run, tmp_path):
    arguments = [f"{name}={value}" for name, value in model_inputs().items()]
    arguments += [f"{output}={tmp_path / name}.gpkg" for output, name in OUTPUTS.items()]
    process = subprocess.run(
        ["qgis_process.bin", "--json", "run", MODEL_ID, "--", *arguments],
        env=qgis_env(profile),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert process.returncode == 0, f"qgis_process failed:\n{process.stdout}\n{process.stderr}"
    results = json.loads(process.stdout[process.stdout.index("{") :])["results"]
    assert set(OUTPUTS) <= set(results)

    headless = {attributes["name"]: attributes for attributes, _ in read_layer(tmp_path / "classified_areas.gpkg")}
    in_suite = {attributes["name"]: attributes for attributes, _ in read_layer(suite_run["classified_areas"])}
    assert headless.keys() == in_suite.keys()
    for name, attributes in in_suite.items():
        for field in ("pop_total", "pop_low_access", "median_time_min", "class", "reason"):
            assert headless[name][field] == attributes[field], f"{name}: {field}"


@pytest.fixture(scope="module")
def demo(profile, tmp_path_factory):
    """`bash dev/demo.sh` writing into a temporary folder; (folder, its printed output, its error output)."""
    out = tmp_path_factory.mktemp("demo")
    env = dict(qgis_env(profile), FOODACCESS_DEMO_OUT=str(out))
    process = subprocess.run(
        ["bash", "dev/demo.sh"], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert process.returncode == 0, f"dev/demo.sh failed:\n{process.stdout}\n{process.stderr}"
    return out, process.stdout, process.stderr


def test_demo_writes_the_four_layers_and_prints_the_classes(demo):
    from osgeo import ogr

    out, printed, _ = demo
    dataset = ogr.Open(str(out / "food_access_demo.gpkg"))
    layers = {dataset.GetLayer(index).GetName(): dataset.GetLayer(index) for index in range(dataset.GetLayerCount())}
    for name in OUTPUTS.values():
        assert name in layers and layers[name].GetFeatureCount() > 0, f"layer {name}"
    for area in layers["classified_areas"]:
        line = next(line for line in printed.splitlines() if line.startswith(area["name"]))
        assert area["class"] in line


def test_demo_writes_the_report_pdf(demo):
    """foodaccess:report's layout, exported: the map page and the per-area table's page."""
    from osgeo import gdal

    out, _, _ = demo
    pdf = out / "food_access_report.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    dataset = gdal.Open(str(pdf))
    assert dataset is not None and len(dataset.GetSubDatasets()) == 2, "expected the map page and the table page"


def test_demo_reports_no_error_and_no_deprecated_call(demo):
    """What `make demo` prints is the demo's: no GDAL error (on QGIS 3.40 GDAL reported that it could not
    read the GeoPackage's gpkg_metadata), no Python warning (DeprecationWarning for the QGIS calls its
    scripts make, GDAL's FutureWarning)."""
    _, _, errors = demo
    noise = [line for line in errors.splitlines() if line.startswith("ERROR") or "Warning: " in line]
    assert not noise, errors


def test_demo_map_is_not_blank(demo, artifacts):
    from qgis.PyQt.QtGui import QImage

    out, _, _ = demo
    shutil.copy(out / "food_access_demo.png", artifacts / "food_access_demo.png")
    image = QImage(str(out / "food_access_demo.png"))
    assert not image.isNull() and image.width() > 1000
    # Sample the map frame (left two thirds of the page, below the title): colours and drawn pixels.
    colours, drawn, samples = set(), 0, 0
    background = {0xFFFFFFFF, 0xFFF4F1EA}  # the page and the map's background
    for x in range(int(image.width() * 0.05), int(image.width() * 0.68), 4):
        for y in range(int(image.height() * 0.15), int(image.height() * 0.9), 4):
            pixel = image.pixel(x, y)
            colours.add(pixel)
            samples += 1
            drawn += pixel not in background
    assert len(colours) > 200, f"only {len(colours)} colours: the map looks empty"
    assert drawn / samples > 0.1, f"only {drawn / samples:.0%} of the map is drawn"


def test_demo_summary_matches_the_geopackage(demo):
    from osgeo import ogr

    out, _, _ = demo
    columns = load_dev_module("demo_summary").COLUMNS
    with open(out / "summary.csv", encoding="utf-8", newline="") as stream:
        rows = {row["area"]: row for row in csv.DictReader(stream)}
    dataset = ogr.Open(str(out / "food_access_demo.gpkg"))
    areas = list(dataset.GetLayerByName("classified_areas"))
    assert sorted(rows) == sorted(area["name"] for area in areas)
    for area in areas:
        row = rows[area["name"]]
        for field, header, _title, _width, decimals in columns:
            expected = area[field]
            if expected is None:
                assert row[header] == "", f"{area['name']}: {header}"
            elif decimals is None:
                assert row[header] == str(expected), f"{area['name']}: {header}"
            else:
                assert float(row[header]) == pytest.approx(expected, abs=0.5 * 10**-decimals + 1e-9), (
                    f"{area['name']}: {header}"
                )


def test_sample_origins_are_what_make_sample_derives(tmp_path):
    """The shipped monaco_sample.gpkg is reproducible from the shipped extract."""
    regenerated = tmp_path / "sample.gpkg"
    load_dev_module("make_sample").main(str(SAMPLE_PBF), str(regenerated))
    for layer in ("areas", "origins"):
        shipped = sorted(tuple(sorted(attributes.items())) for attributes, _ in read_layer(SAMPLE_GPKG, layer))
        again = sorted(tuple(sorted(attributes.items())) for attributes, _ in read_layer(regenerated, layer))
        assert shipped == again, f"{layer} differs: run dev/make_sample.py"
    assert os.path.getsize(SAMPLE_PBF) > 500_000
