"""The bundled styles: they load, cover every class and category, speak the user's language, and reach
outputs loaded by Processing (runAndLoadResults, models) and layers styled with foodaccess:styleareas."""

import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsLayerTree,
    QgsLayerTreeModel,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
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
    QgsRectangle,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsSettings,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor

from foodaccess.core.areas.classify import CLASSES
from foodaccess.core.outlets.taxonomy import load_taxonomy
from foodaccess.processing.styling import (
    CLASSIFIED_AREAS,
    OUTLETS,
    PRIORITY_AREAS,
    STYLES,
    apply_style,
    detect_style,
    legend_labels,
)
from foodaccess.qgis_compat import model_output_name

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
        ["name:string", "category:string", "organic:boolean", "local:boolean", "status:string"],
        [
            (
                QgsGeometry.fromPointXY(QgsPointXY(i, i)),
                f"o{i}",
                value,
                i % 2 == 0,
                i % 3 == 0,
                "closed" if i % 4 == 1 else "open",
            )
            for i, value in enumerate(categories)
        ],
    )


def style_rules(layer):
    """{rule key: rule} of the rule-based bundled style on ``layer``."""
    return {rule.ruleKey(): rule for rule in layer.renderer().rootRule().children()}


def drawn_rules(layer):
    """[keys of the rules that draw the feature] for each feature of ``layer``, in order."""
    renderer = layer.renderer()
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer.startRender(context, layer.fields())
    try:
        root = {renderer.rootRule().ruleKey()}
        return [set(renderer.legendKeysForFeature(feature, context)) - root for feature in layer.getFeatures()]
    finally:
        renderer.stopRender(context)


def styled_legend(layer, style, language):
    """Style ``layer`` while the Layers panel shows it, then its legend entries there: [(text, symbol)]."""
    root = QgsLayerTree()
    node = root.addLayer(layer)
    model = QgsLayerTreeModel(root)
    apply_style(layer, style, language=language)
    return [(entry.data(Qt.ItemDataRole.DisplayRole), entry.symbol().clone()) for entry in model.layerLegendNodes(node)]


@pytest.mark.parametrize("style", STYLES)
def test_every_bundled_style_loads(qgis_app, style):
    layer = outlet_layer(["bakery"]) if style == OUTLETS else classified_layer()
    apply_style(layer, style, language="en")
    assert layer.renderer() is not None


def test_classified_areas_style_covers_every_class(qgis_app):
    layer = classified_layer()
    apply_style(layer, CLASSIFIED_AREAS, language="en")
    rules = style_rules(layer)
    assert list(rules) == list(CLASSES) + ["priority_area"]
    assert rules[CLASSES[0]].label() == "Food desert (low income and low access)"
    assert rules["priority_area"].label() == "Priority area"
    colours = {rules[value].symbol().color().name() for value in CLASSES}
    assert len(colours) == len(CLASSES)
    assert layer.labelsEnabled()
    # Every area gets its class fill, and the strong outline shows on priority areas only (the first one).
    assert drawn_rules(layer) == [
        {value} | ({"priority_area"} if index == 0 else set()) for index, value in enumerate(CLASSES)
    ]


def test_not_assessed_is_a_neutral_cross_hatch_apart_from_no_population(qgis_app):
    layer = classified_layer()
    apply_style(layer, CLASSIFIED_AREAS, language="en")
    rules = style_rules(layer)
    assert rules["not_assessed"].label() == "Not assessed (access not measured)"
    not_assessed, no_population = (rules[key].symbol().symbolLayer(0) for key in ("not_assessed", "no_population"))
    # Told apart by their pattern (one direction, or crossed) and lightness, not by hue: both are greys.
    assert not_assessed.brushStyle() == Qt.BrushStyle.DiagCrossPattern
    assert no_population.brushStyle() == Qt.BrushStyle.BDiagPattern
    for fill in (not_assessed, no_population):
        assert fill.color().red() == fill.color().green() == fill.color().blue()
    assert not_assessed.color().lightness() < no_population.color().lightness()


def test_priority_outline_on_a_qpv_layer_without_priority_field(qgis_app):
    layer = layer_with(
        "Polygon",
        ["lib_qp:string", "code_qp:string", "class:string", "share_low_access:double"],
        [(square(0), "Air Bel", "QN01302I", "food_desert", 50.0)],
    )
    apply_style(layer, CLASSIFIED_AREAS, language="en")
    assert drawn_rules(layer) == [{"food_desert", "priority_area"}]


def test_area_legend_shows_plain_classes_and_the_priority_outline_once(qgis_app):
    nodes = styled_legend(classified_layer(), CLASSIFIED_AREAS, "fr")
    assert [text for text, _ in nodes] == [
        "Désert alimentaire (revenus faibles et accès faible)",
        "Accès faible",
        "Desservi",
        "Non évalué (accès non mesuré)",
        "Sans population",
        "Quartier prioritaire",
    ]
    # A class entry is its fill alone; the priority entry is the strong outline alone.
    for _, symbol in nodes[:-1]:
        assert symbol.symbolLayerCount() == 1 and symbol.symbolLayer(0).layerType() == "SimpleFill"
    outline = nodes[-1][1]
    assert outline.symbolLayerCount() == 1 and outline.symbolLayer(0).layerType() == "SimpleLine"
    assert outline.symbolLayer(0).width() == pytest.approx(0.9)


def test_legend_in_french(qgis_app):
    outlets = outlet_layer(["supermarket", "fast_food"])
    apply_style(outlets, OUTLETS, language="fr")
    labels = {key: rule.label() for key, rule in style_rules(outlets).items()}
    assert labels["supermarket"] == "Supermarché" and labels["greengrocer"] == "Primeur"
    assert labels["organic_mark"] == "Bio" and labels["local_mark"] == "Produits locaux"


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
    layer = outlet_layer(list(taxonomy.ids) + ["kiosk", None])
    apply_style(layer, OUTLETS, language="en")
    rules = style_rules(layer)
    assert list(rules) == list(taxonomy.ids) + ["other_category", "organic_mark", "local_mark", "closed_mark"]
    for category in taxonomy.categories:
        assert rules[category.id].label() == category.label("en")
    assert [rules[key].label() for key in ("other_category", "organic_mark", "local_mark", "closed_mark")] == [
        "Other category",
        "Organic",
        "Local produce",
        "Closed (kept for the record)",
    ]
    # Every outlet gets exactly one category symbol, and the marks follow its flags.
    expected = []
    for feature in layer.getFeatures():
        category = feature["category"] if feature["category"] in taxonomy.ids else "other_category"
        marks = {key for key, flag in (("organic_mark", "organic"), ("local_mark", "local")) if feature[flag]}
        closed = {"closed_mark"} if feature["status"] == "closed" else set()
        expected.append({category} | marks | closed)
    assert drawn_rules(layer) == expected


def shape_name(marker):
    # By name: the shape enum moved to Qgis.MarkerShape after QGIS 3.22.
    return QgsSimpleMarkerSymbolLayerBase.encodeShape(marker.shape())


def test_outlet_legend_shows_plain_categories_and_each_mark_once(qgis_app):
    taxonomy = load_taxonomy()
    nodes = styled_legend(outlet_layer(["bakery"]), OUTLETS, "fr")
    assert [text for text, _ in nodes] == [category.label("fr") for category in taxonomy.categories] + [
        "Autre catégorie",
        "Bio",
        "Produits locaux",
        "Fermé (gardé pour mémoire)",
    ]
    symbols = [symbol for _, symbol in nodes]
    ring, triangle, cross = symbols[-3], symbols[-2], symbols[-1]
    assert ring.symbolLayerCount() == 1 and shape_name(ring.symbolLayer(0)) == "circle"
    assert ring.symbolLayer(0).color().alpha() == 0, "the organic ring is an outline around the category symbol"
    assert triangle.symbolLayerCount() == 1 and shape_name(triangle.symbolLayer(0)) == "triangle"
    assert cross.symbolLayerCount() == 1 and shape_name(cross.symbolLayer(0)) == "cross2"
    # A category entry is its plain marker: one filled symbol layer, none of the marks.
    for symbol in symbols[:-3]:
        assert symbol.symbolLayerCount() == 1
        marker = symbol.symbolLayer(0)
        assert marker.color().alpha() == 255 and marker.offset().isNull()
        assert not marker.dataDefinedProperties().hasActiveProperties()


def render(layer, extent, size, dpi=96):
    """``layer`` rendered on white: (image, map-to-pixel transform)."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(size)
    settings.setOutputDpi(dpi)
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), job.mapSettings().mapToPixel()


def test_marks_drawn_only_on_organic_and_local_outlets(qgis_app, artifacts):
    # Three bakeries 100 m apart: plain, organic, local.
    layer = layer_with(
        "Point",
        ["name:string", "category:string", "organic:boolean", "local:boolean"],
        [(QgsGeometry.fromPointXY(QgsPointXY(100 * i, 0)), f"o{i}", "bakery", i == 1, i == 2) for i in range(3)],
    )
    apply_style(layer, OUTLETS, language="en")
    dpi = 254  # 10 pixels per millimetre
    image, to_pixel = render(layer, QgsRectangle(-50, -50, 250, 50), QSize(600, 200), dpi)
    image.save(str(artifacts / "outlets_marks.png"))
    rules = style_rules(layer)
    bakery = rules["bakery"].symbol().color().name()
    ring = rules["organic_mark"].symbol().symbolLayer(0)
    triangle = rules["local_mark"].symbol().symbolLayer(0)
    ring_radius_px = round(ring.size() / 2 * 10)
    dx, dy = (round(value * 10) for value in (triangle.offset().x(), triangle.offset().y()))

    def colour(i, offset_x, offset_y):
        centre = to_pixel.transform(QgsPointXY(100 * i, 0))
        return image.pixelColor(round(centre.x()) + offset_x, round(centre.y()) + offset_y).name()

    for i in range(3):
        assert colour(i, 0, 0) == bakery, "every outlet shows its category symbol"
    # The ring's left edge and the triangle's centre, on each outlet.
    assert [colour(i, -ring_radius_px, 0) for i in range(3)] == ["#ffffff", ring.strokeColor().name(), "#ffffff"]
    assert [colour(i, dx, dy) for i in range(3)] == ["#ffffff", "#ffffff", triangle.color().name()]


def test_outlet_styling_never_reads_the_layer(qgis_app, tmp_path):
    """A GeoPackage a model is still writing may not be readable: styling must not query it (QGIS 3.22 printed
    "unable to open database file" from a uniqueValues call here). The file is made unreadable after opening."""
    path = tmp_path / "outlets.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = "outlets"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        outlet_layer(["kiosk", "bakery"]), str(path), QgsCoordinateTransformContext(), options
    )[0]
    assert error == QgsVectorFileWriter.WriterError.NoError
    layer = QgsVectorLayer(f"{path}|layername=outlets", "outlets", "ogr")
    assert layer.isValid()
    path.write_bytes(b"")  # any query of the provider now fails and GDAL reports it
    errors = []
    gdal.PushErrorHandler(lambda error_class, number, message: errors.append(message))
    try:
        apply_style(layer, OUTLETS, language="en")
    finally:
        gdal.PopErrorHandler()
    assert errors == []
    assert list(style_rules(layer))[-4:] == ["other_category", "organic_mark", "local_mark", "closed_mark"]


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
    assert list(style_rules(layer)) == list(CLASSES) + ["priority_area"]
    qpv = layer_with("Polygon", ["lib_qp:string"], [(square(0), "Air Bel")])
    QgsProject.instance().addMapLayer(qpv)
    run_algorithm("styleareas", {"INPUT": qpv.id(), "NAME_FIELD": "lib_qp"}, context=project_context())
    assert isinstance(qpv.renderer(), QgsSingleSymbolRenderer)
    assert qpv.labeling().settings().fieldName == "coalesce(to_string(\"lib_qp\"), '')"
    outlets = outlet_layer(["bakery"])
    QgsProject.instance().addMapLayer(outlets)
    run_algorithm("styleareas", {"INPUT": outlets.id(), "STYLE": 3}, context=project_context())
    assert "bakery" in style_rules(outlets)


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
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    assert {feature["class"] for feature in layer.getFeatures()} <= set(style_rules(layer))


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
    # classify:classified on QGIS 3.22; named after the description (food_access_map) on later QGIS.
    destination_name = model_output_name(model, "classify", "classified")
    processing.runAndLoadResults(model, {"areas": areas.id(), "access": access.id(), destination_name: destination})
    layer = loaded_layer("classified")
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    assert list(style_rules(layer)) == list(CLASSES) + ["priority_area"]


def test_styleareas_in_a_model_styles_an_earlier_final_output(
    provider, buffer_model, qgis_iface, qgis_new_project, tmp_path
):
    import processing

    model = buffer_model("buffered")
    style = QgsProcessingModelChildAlgorithm("foodaccess:styleareas")
    style.setChildId("style")
    style.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("buffer", "OUTPUT")])
    style.addParameterSources("STYLE", [QgsProcessingModelChildParameterSource.fromStaticValue(2)])
    model.addChildAlgorithm(style)
    areas = areas_layer()
    QgsProject.instance().addMapLayer(areas)
    destination_name = model_output_name(model, "buffer", "buffered")
    processing.runAndLoadResults(model, {"areas": areas.id(), destination_name: str(tmp_path / "buffered.gpkg")})
    layer = loaded_layer("buffered")
    assert isinstance(layer.renderer(), QgsSingleSymbolRenderer)
    assert layer.renderer().symbol().symbolLayer(0).strokeWidth() == pytest.approx(0.9)


def test_rendered_map_shows_each_class_colour(qgis_app, artifacts):
    layer = classified_layer()
    apply_style(layer, CLASSIFIED_AREAS, language="fr")
    image, _ = render(layer, QgsRectangle(0, 0, 400, 100), QSize(800, 200))
    image.save(str(artifacts / "classified_areas_style.png"))
    rules = style_rules(layer)
    # A pixel inside each 100 m square, away from the labels in the middle.
    for index, value in enumerate(CLASSES[:3]):
        assert image.pixelColor(index * 200 + 30, 30).name() == rules[value].symbol().color().name(), value
    # The priority outline on the edge of the first square (a priority area), not between the next two.
    outline = rules["priority_area"].symbol().color().name()
    assert image.pixelColor(200, 30).name() == outline
    assert image.pixelColor(400, 30).name() != outline
