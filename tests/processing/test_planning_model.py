"""suggestsites and scenario in a model on the sample: the site suggested in La Rousse feeds the scenario's ADD,
and the outputs come out styled (numbered stars; before/after) when loaded into the project."""

from pathlib import Path

from qgis.core import (
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from foodaccess.qgis_compat import model_output_name

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def model_input(name):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def planning_model():
    model = QgsProcessingModelAlgorithm("planning", "tests")
    for name in ("origins", "outlets", "areas", "rousse"):
        model.addModelParameter(QgsProcessingParameterVectorLayer(name, name), QgsProcessingModelParameter(name))
    model.addModelParameter(QgsProcessingParameterFile("osm", "osm"), QgsProcessingModelParameter("osm"))
    common = {
        "ORIGINS": model_input("origins"),
        "POPULATION_FIELD": static("population"),
        "OUTLETS": model_input("outlets"),
        "OUTLET_FILTER": static("\"category\" = 'supermarket'"),
        "OSM_FILE": model_input("osm"),
        "THRESHOLD": static(10),
    }
    suggest = QgsProcessingModelChildAlgorithm("foodaccess:suggestsites")
    suggest.setChildId("suggest")
    for name, sources in common.items():
        suggest.addParameterSources(name, sources)
    suggest.addParameterSources("AREAS", model_input("rousse"))
    suggest.addParameterSources("K", static(1))
    suggest.addParameterSources("GRID_SIZE", static(50))
    output = QgsProcessingModelOutput("sites", "Suggested sites")
    output.setChildOutputName("OUTPUT")
    suggest.setModelOutputs({"sites": output})
    model.addChildAlgorithm(suggest)
    scenario = QgsProcessingModelChildAlgorithm("foodaccess:scenario")
    scenario.setChildId("scenario")
    for name, sources in common.items():
        scenario.addParameterSources(name, sources)
    scenario.addParameterSources("AREAS", model_input("areas"))
    scenario.addParameterSources("ADD", [QgsProcessingModelChildParameterSource.fromChildOutput("suggest", "OUTPUT")])
    scenario.addParameterSources("PRESET", static(4))
    outputs = {}
    for name, child_output in (("after", "OUTPUT_AREAS"), ("homes", "OUTPUT_ORIGINS")):
        outputs[name] = QgsProcessingModelOutput(name, name)
        outputs[name].setChildOutputName(child_output)
    scenario.setModelOutputs(outputs)
    model.addChildAlgorithm(scenario)
    return model


def test_suggested_site_feeds_the_scenario_in_a_model(provider, run_algorithm, qgis_iface, qgis_new_project, tmp_path):
    import processing

    outlets = str(tmp_path / "outlets.gpkg")
    run_algorithm("fetchoutlets", {"OSM_FILE": str(SAMPLE / "monaco.osm.pbf"), "OUTPUT": outlets})
    gpkg = SAMPLE / "monaco_sample.gpkg"
    layers = {
        "origins": QgsVectorLayer(f"{gpkg}|layername=origins", "origins", "ogr"),
        "outlets": QgsVectorLayer(outlets, "outlets", "ogr"),
        "areas": QgsVectorLayer(f"{gpkg}|layername=areas", "areas", "ogr"),
        "rousse": QgsVectorLayer(f"{gpkg}|layername=areas|subset=\"name\" = 'La Rousse'", "rousse", "ogr"),
    }
    QgsProject.instance().addMapLayers(list(layers.values()))
    model = planning_model()
    parameters = {name: layer.id() for name, layer in layers.items()} | {"osm": str(SAMPLE / "monaco.osm.pbf")}
    for child, name in (("suggest", "sites"), ("scenario", "after"), ("scenario", "homes")):
        parameters[model_output_name(model, child, name)] = str(tmp_path / f"{name}.gpkg")
    processing.runAndLoadResults(model, parameters)

    loaded = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    sites = next(layer for name, layer in loaded.items() if "sites" in name.lower())
    assert [feature["rank"] for feature in sites.getFeatures()] == [1]
    assert sites.labelsEnabled() and sites.labeling().settings().fieldName == "rank"
    after = next(layer for name, layer in loaded.items() if "after" in name)
    assert isinstance(after.renderer(), QgsRuleBasedRenderer)
    classes = {feature["name"]: (feature["class_before"], feature["class_after"]) for feature in after.getFeatures()}
    assert classes["La Rousse"] == ("low_access", "served")
    homes = next(layer for name, layer in loaded.items() if "homes" in name)
    assert {rule.ruleKey() for rule in homes.renderer().rootRule().children()} >= {"gains_access", "loses_access"}
