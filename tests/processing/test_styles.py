"""The bundled styles: they load, cover every class and category, speak the user's language, and reach
outputs loaded by Processing (runAndLoadResults, models) and layers styled with foodaccess:styleareas."""

import pytest
from foodaccess.core.classify import CLASSES
from foodaccess.core.taxonomy import load_taxonomy
from foodaccess.processing.styling import (
    CLASSIFIED_AREAS,
    OUTLETS,
    PRIORITY_AREAS,
    STYLES,
    apply_style,
    detect_style,
    legend_labels,
)
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsSettings,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)

L93 = "EPSG:2154"


def layer_with(kind, fields, rows):
    layer = QgsVectorLayer(kind + "?crs=" + L93 + "".join("&field=" + field for field in fields), kind, "memory")
    features = []
    for geometry, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def square(x):
    return QgsGeometry.fromWkt(f"POLYGON(({x} 0,{x + 100} 0,{x + 100} 100,{x} 100,{x} 0))")


def classified_layer():
    return layer_with(
        "Polygon",
        ["name:string", "class:string", "share_low_access:double", "priority_area:boolean"],
        [(square(100 * i), f"area {i}", value, 40.0, i == 0) for i, value in enumerate(CLASSES)],
    )


def outlet_layer(categories):
    return layer_with(
        "Point",
        ["name:string", "category:string", "organic:boolean", "local:boolean"],
        [(QgsGeometry.fromPointXY(QgsPointXY(i, i)), f"o{i}", value, i % 2 == 0, i % 3 == 0)
         for i, value in enumerate(categories)],
    )


def enabled(symbol_layer, feature, layer):
    """Whether the data-defined 'enabled' property of a symbol layer is on for ``feature``."""
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    prop = symbol_layer.dataDefinedProperties().property(QgsSymbolLayer.Property.PropertyLayerEnabled)
    assert prop.isActive()
    return prop.valueAsBool(context, False)[0]


@pytest.mark.parametrize("style", STYLES)
def test_every_bundled_style_loads(qgis_app, style):
    layer = outlet_layer(["bakery"]) if style == OUTLETS else classified_layer()
    apply_style(layer, style, language="en")
    assert layer.renderer() is not None


def test_classified_areas_style_covers_every_class(qgis_app):
    layer = classified_layer()
    apply_style(layer, CLASSIFIED_AREAS, language="en")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "class"
    categories = renderer.categories()
    assert [category.value() for category in categories] == list(CLASSES)
    assert categories[0].label() == "Food desert (low income and low access)"
    colours = {category.symbol().color().name() for category in categories}
    assert len(colours) == len(CLASSES)
    assert layer.labelsEnabled()
    # Every feature finds its category, and the strong outline shows on priority areas only.
    features = {feature["class"]: feature for feature in layer.getFeatures()}
    for category in categories:
        outline = category.symbol().symbolLayer(1)
        assert enabled(outline, features[category.value()], layer) == (category.value() == CLASSES[0])


def test_priority_outline_on_a_qpv_layer_without_priority_field(qgis_app):
    layer = layer_with("Polygon", ["lib_qp:string", "code_qp:string", "class:string", "share_low_access:double"],
                       [(square(0), "Air Bel", "QN01302I", "food_desert", 50.0)])
    apply_style(layer, CLASSIFIED_AREAS, language="en")
    categories = layer.renderer().categories()  # keep the copies alive while using their symbols
    assert enabled(categories[0].symbol().symbolLayer(1), next(layer.getFeatures()), layer)


def test_legend_in_french(qgis_app):
    layer = classified_layer()
    apply_style(layer, CLASSIFIED_AREAS, language="fr")
    labels = [category.label() for category in layer.renderer().categories()]
    assert labels == ["Désert alimentaire (revenus faibles et accès faible)", "Accès faible", "Desservi",
                      "Sans population"]
    outlets = outlet_layer(["supermarket", "fast_food"])
    apply_style(outlets, OUTLETS, language="fr")
    by_value = {category.value(): category.label() for category in outlets.renderer().categories()}
    assert by_value["supermarket"] == "Supermarché" and by_value["greengrocer"] == "Primeur"


def test_the_user_language_chooses_the_legend(qgis_app):
    settings = QgsSettings()
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "fr_FR")
        assert legend_labels(CLASSIFIED_AREAS)["served"] == "Desservi"
        settings.setValue("locale/userLocale", "de_DE")  # not shipped: English
        assert legend_labels(CLASSIFIED_AREAS)["served"] == "Served"
    finally:
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")


def test_outlet_style_covers_every_taxonomy_category(qgis_app):
    taxonomy = load_taxonomy()
    layer = outlet_layer(list(taxonomy.ids) + ["kiosk"])
    apply_style(layer, OUTLETS, language="en")
    categories = layer.renderer().categories()
    values = [category.value() for category in categories]
    assert set(taxonomy.ids) <= set(values)
    assert "kiosk" in values, "a category outside the bundled style gets its own grey symbol"
    labels = {category.value(): category.label() for category in categories}
    for category in taxonomy.categories:
        assert labels[category.id] == category.label("en")
    # Marks: the organic ring and the local triangle follow the feature's flags.
    for feature in layer.getFeatures():
        symbol = categories[values.index(feature["category"])].symbol()
        assert enabled(symbol.symbolLayer(0), feature, layer) == bool(feature["organic"])
        assert enabled(symbol.symbolLayer(2), feature, layer) == bool(feature["local"])


def test_detect_style():
    assert detect_style(classified_layer()) == CLASSIFIED_AREAS
    assert detect_style(outlet_layer(["bakery"])) == OUTLETS
    assert detect_style(layer_with("Polygon", ["code_qp:string"], [])) == PRIORITY_AREAS


def project_context():
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return context


def test_styleareas_styles_a_project_layer(run_algorithm, qgis_new_project):
    layer = classified_layer()
    QgsProject.instance().addMapLayer(layer)
    result = run_algorithm("styleareas", {"INPUT": layer.id()}, context=project_context())
    assert result["OUTPUT"] == layer.id()
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    qpv = layer_with("Polygon", ["lib_qp:string"], [(square(0), "Air Bel")])
    QgsProject.instance().addMapLayer(qpv)
    run_algorithm("styleareas", {"INPUT": qpv.id(), "NAME_FIELD": "lib_qp"}, context=project_context())
    assert isinstance(qpv.renderer(), QgsSingleSymbolRenderer)
    assert qpv.labeling().settings().fieldName == "coalesce(to_string(\"lib_qp\"), '')"
    outlets = outlet_layer(["bakery"])
    QgsProject.instance().addMapLayer(outlets)
    run_algorithm("styleareas", {"INPUT": outlets.id(), "STYLE": 3}, context=project_context())
    assert outlets.renderer().classAttribute() == "category"


def access_layer():
    return layer_with(
        "Point",
        ["distance_m:double", "time_min:double", "status:string"],
        [(QgsGeometry.fromPointXY(QgsPointXY(50, 50)), 3000.0, 40.0, "ok")],
    )


def areas_layer():
    return layer_with("Polygon", ["name:string"], [(square(0), "A"), (square(500), "B")])


def loaded_layer(name_part):
    layers = [layer for layer in QgsProject.instance().mapLayers().values() if name_part in layer.name()]
    assert len(layers) == 1, [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    return layers[0]


def test_run_and_load_results_styles_the_output(provider, qgis_iface, qgis_new_project):
    import processing

    processing.runAndLoadResults(
        "foodaccess:classifyareas",
        {"AREAS": areas_layer(), "ACCESS": access_layer(), "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT},
    )
    layer = loaded_layer("Classified areas")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "class"
    assert {feature["class"] for feature in layer.getFeatures()} <= {c.value() for c in renderer.categories()}


def test_model_output_is_styled(provider, qgis_iface, qgis_new_project, tmp_path):
    import processing

    model = QgsProcessingModelAlgorithm("classify", "tests")
    for name in ("areas", "access"):
        model.addModelParameter(QgsProcessingParameterVectorLayer(name, name), QgsProcessingModelParameter(name))
    child = QgsProcessingModelChildAlgorithm("foodaccess:classifyareas")
    child.setChildId("classify")
    child.addParameterSources("AREAS", [QgsProcessingModelChildParameterSource.fromModelParameter("areas")])
    child.addParameterSources("ACCESS", [QgsProcessingModelChildParameterSource.fromModelParameter("access")])
    output = QgsProcessingModelOutput("classified", "Food access map")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"classified": output})
    model.addChildAlgorithm(child)
    areas, access = areas_layer(), access_layer()
    QgsProject.instance().addMapLayers([areas, access])
    destination = str(tmp_path / "model_output.gpkg")
    processing.runAndLoadResults(model, {"areas": areas.id(), "access": access.id(),
                                         "classify:classified": destination})
    layer = loaded_layer("classified")
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    assert layer.renderer().classAttribute() == "class"


def test_styleareas_in_a_model_styles_an_earlier_final_output(provider, qgis_iface, qgis_new_project, tmp_path):
    import processing

    model = QgsProcessingModelAlgorithm("style", "tests")
    model.addModelParameter(QgsProcessingParameterVectorLayer("areas", "areas"), QgsProcessingModelParameter("areas"))
    buffer = QgsProcessingModelChildAlgorithm("native:buffer")
    buffer.setChildId("buffer")
    buffer.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("areas")])
    buffer.addParameterSources("DISTANCE", [QgsProcessingModelChildParameterSource.fromStaticValue(10)])
    output = QgsProcessingModelOutput("buffered", "buffered")
    output.setChildOutputName("OUTPUT")
    buffer.setModelOutputs({"buffered": output})
    model.addChildAlgorithm(buffer)
    style = QgsProcessingModelChildAlgorithm("foodaccess:styleareas")
    style.setChildId("style")
    style.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("buffer", "OUTPUT")])
    style.addParameterSources("STYLE", [QgsProcessingModelChildParameterSource.fromStaticValue(2)])
    model.addChildAlgorithm(style)
    areas = areas_layer()
    QgsProject.instance().addMapLayer(areas)
    processing.runAndLoadResults(model, {"areas": areas.id(), "buffer:buffered": str(tmp_path / "buffered.gpkg")})
    layer = loaded_layer("buffered")
    assert isinstance(layer.renderer(), QgsSingleSymbolRenderer)
    assert layer.renderer().symbol().symbolLayer(0).strokeWidth() == pytest.approx(0.9)


def test_rendered_map_shows_each_class_colour(qgis_app, artifacts):
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    layer = classified_layer()
    apply_style(layer, CLASSIFIED_AREAS, language="fr")
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(QgsRectangle(0, 0, 400, 100))
    settings.setOutputSize(QSize(800, 200))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(str(artifacts / "classified_areas_style.png"))
    expected = {category.value(): category.symbol().color().name() for category in layer.renderer().categories()}
    # A pixel inside each 100 m square, away from the labels in the middle.
    for index, value in enumerate(CLASSES[:3]):
        assert image.pixelColor(index * 200 + 30, 30).name() == expected[value], value
