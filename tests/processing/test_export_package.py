"""foodaccess:exportpackage: the package reopened as a fresh QGIS would (a new layer from the file, the
default style from the GeoPackage): styles, the outlets' form, metadata; the CSV and README beside it."""

import csv

import pytest
from area_layers import box, memory_layer, point
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from foodaccess.core.outlets.taxonomy import load_taxonomy
from foodaccess.i18n import user_language


@pytest.fixture(scope="module")
def analysis_layers():
    """Small access, service-area and classified-area layers with the fields the algorithms write."""
    access = memory_layer(
        "Point",
        ["nearest_name:string", "distance_m:double", "time_min:double", "status:string"],
        [(point(0, 0), "Spar", 300.0, 4.0, "ok"), (point(900, 0), "Spar", 1500.0, 19.0, "ok")],
    )
    service_areas = memory_layer(
        "Polygon",
        ["threshold:double", "unit:string", "outlet_id:string"],
        [(box(0, 0, 500), 5.0, "min", "node/1"), (box(0, 0, 1000), 10.0, "min", "node/1")],
    )
    classified = memory_layer(
        "Polygon",
        ["name:string", "pop_total:double", "share_low_access:double", "class:string"]
        + ["threshold:double", "unit:string"],
        [
            (box(0, 0, 1000), "A", 1200.0, 10.0, "served", 10.0, "min"),
            (box(1000, 0, 1000), "B", 800.0, 75.0, "food_desert", 10.0, "min"),
        ],
    )
    return access, service_areas, classified


@pytest.fixture
def outlets_file(run_algorithm, monaco_pbf, tmp_path):
    path = tmp_path / "outlets.gpkg"
    run_algorithm("fetchoutlets", {"OSM_FILE": monaco_pbf, "OUTPUT": str(path)})
    return str(path)


def reopened(path, table):
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")  # loads the default style stored in it
    assert layer.isValid(), table
    return layer


def test_export_then_reopen_gives_styled_documented_layers(run_algorithm, outlets_file, analysis_layers, tmp_path):
    access, service_areas, classified = analysis_layers
    output = tmp_path / "marseille.gpkg"
    result = run_algorithm(
        "exportpackage",
        {
            "OUTLETS": outlets_file,
            "ACCESS": access,
            "SERVICE_AREAS": service_areas,
            "CLASSIFIED_AREAS": classified,
            "OUTPUT": str(output),
        },
    )
    assert result["OUTPUT"] == str(output)

    outlets = reopened(output, "outlets")
    assert outlets.featureCount() == 27
    assert isinstance(outlets.renderer(), QgsRuleBasedRenderer)
    assert {rule.ruleKey() for rule in outlets.renderer().rootRule().children()} >= {"supermarket", "bakery"}
    fields = outlets.fields()
    category = outlets.editorWidgetSetup(fields.lookupField("category"))
    language = user_language()
    expected_map = [{c.label(language): c.id} for c in load_taxonomy().categories]
    assert category.type() == "ValueMap" and category.config()["map"] == expected_map
    assert outlets.editorWidgetSetup(fields.lookupField("local")).type() == "CheckBox"
    assert outlets.editorWidgetSetup(fields.lookupField("organic")).type() == "CheckBox"
    form = outlets.editFormConfig()
    assert form.readOnly(fields.lookupField("source_id")) and form.readOnly(fields.lookupField("source"))
    assert not form.readOnly(fields.lookupField("category"))
    metadata = outlets.metadata()
    assert metadata.title() in ("Food outlets", "Commerces alimentaires")
    assert any("ODbL" in licence for licence in metadata.licenses())
    fetched = next(outlets.getFeatures())["fetched_at"].toString("yyyy-MM-dd")
    assert any("OpenStreetMap" in line and fetched in line for line in metadata.history()), metadata.history()
    assert metadata.crs().authid() == "EPSG:4326"
    keywords = metadata.keywords().get("keywords", [])
    assert "food deserts" in keywords or "déserts alimentaires" in keywords

    # The styles the layers get when loaded from the plugin (processing/styling.py), stored as default.
    access_layer = reopened(output, "access")
    assert isinstance(access_layer.renderer(), QgsRuleBasedRenderer)
    access_rules = [rule.filterExpression() for rule in access_layer.renderer().rootRule().children()]
    assert access_rules[0] == '"time_min" <= 5'
    areas = reopened(output, "service_areas")
    assert isinstance(areas.renderer(), QgsRuleBasedRenderer)
    band_rules = [rule.filterExpression() for rule in areas.renderer().rootRule().children()]
    assert band_rules == ['"threshold" = 5.0', '"threshold" = 10.0']
    classes = reopened(output, "classified_areas")
    assert isinstance(classes.renderer(), QgsRuleBasedRenderer)
    assert "10 min" in classes.metadata().abstract()
    for layer in (access_layer, areas, classes):
        assert layer.metadata().title() and layer.metadata().licenses() and layer.metadata().history()

    with open(result["SUMMARY"], encoding="utf-8", newline="") as stream:
        rows = {(row["layer"], row["measure"]): row["value"] for row in csv.DictReader(stream)}
    assert rows[("outlets", "features")] == "27"
    assert rows[("classified_areas", "areas_food_desert")] == "1"
    assert rows[("classified_areas", "people_food_desert")] == "800"
    assert rows[("service_areas", "thresholds")] == "5 min; 10 min"
    with open(result["README"], encoding="utf-8") as stream:
        readme = stream.read()
    assert "# Food Access package" in readme and "# Paquet Food Access" in readme
    assert readme.count("ODbL") >= 8  # four layers, two languages


def test_an_existing_file_is_never_replaced_unless_asked(run_algorithm, analysis_layers, tmp_path):
    access, _service_areas, _classified = analysis_layers
    output = tmp_path / "package.gpkg"
    output.write_bytes(b"someone's file")
    with pytest.raises(QgsProcessingException, match=r"package.gpkg already exist: nothing was written.*OVERWRITE"):
        run_algorithm("exportpackage", {"ACCESS": access, "OUTPUT": str(output)})
    assert output.read_bytes() == b"someone's file"
    assert not (tmp_path / "package_README.md").exists()
    run_algorithm("exportpackage", {"ACCESS": access, "OUTPUT": str(output), "OVERWRITE": True})
    assert reopened(output, "access").featureCount() == 2


def test_at_least_one_layer(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="Give at least one layer to export"):
        run_algorithm("exportpackage", {"OUTPUT": str(tmp_path / "empty.gpkg")})
    assert list(tmp_path.iterdir()) == []


def test_the_package_is_not_an_input_file(run_algorithm, outlets_file):
    # Refused by the check every algorithm makes (processing/destinations.py)...
    with pytest.raises(QgsProcessingException, match="which holds the input OUTLETS: writing there would replace"):
        run_algorithm("exportpackage", {"OUTLETS": outlets_file, "OUTPUT": outlets_file, "OVERWRITE": True})
    # ... and by exportpackage's own once it has added the .gpkg extension the user left out.
    without_extension = str(outlets_file)[: -len(".gpkg")]
    with pytest.raises(QgsProcessingException, match="is the file of an input layer"):
        run_algorithm("exportpackage", {"OUTLETS": outlets_file, "OUTPUT": without_extension, "OVERWRITE": True})


def test_cancel_leaves_no_file(run_algorithm, outlets_file, analysis_layers, tmp_path):
    access, service_areas, classified = analysis_layers
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value >= 50 else None)
    output = tmp_path / "package" / "cancelled.gpkg"
    output.parent.mkdir()
    parameters = {"OUTLETS": outlets_file, "ACCESS": access, "SERVICE_AREAS": service_areas, "OUTPUT": str(output)}
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm("exportpackage", {**parameters, "CLASSIFIED_AREAS": classified}, feedback=feedback)
    assert list(output.parent.iterdir()) == []
