"""The outlet tagging dock, driven as a user would: clicks and keys on the widget and the map."""

import pytest
from osgeo import ogr, osr
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtWidgets import QApplication, QToolButton

from foodaccess.core.osm.tags import feature_tags
from foodaccess.core.outlets.schema import OUTLET_FIELDS, flag_is_true
from foodaccess.core.outlets.taxonomy import load_taxonomy
from foodaccess.plugin.tagging_dock import TaggingDock

OGR_TYPES = {"string": ogr.OFTString, "bool": ogr.OFTInteger, "datetime": ogr.OFTDateTime}

# name, category, local, organic — a small town's outlets, with the cases that matter:
# NULL flags, an unknown category, no category, no name, accents.
TOWN_OUTLETS = [
    ("Casino", "supermarket", False, False),
    ("Bio Coop", "organic", None, True),
    ("Chez Paul", "bakery", True, False),
    ("Boucherie Léon", "butcher", False, None),
    ("Épicerie du Port", "convenience", False, False),
    ("", None, None, None),
]


def town_layer(
    name="town outlets",
    uri_fields="field=name:string&field=category:string&field=local:boolean&field=organic:boolean",
    rows=TOWN_OUTLETS,
):
    layer = QgsVectorLayer(f"Point?crs=EPSG:4326&{uri_fields}", name, "memory")
    features = []
    for index, values in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values)[: layer.fields().count()])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(7.40 + index * 0.002, 43.73)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def outlets(qgis_new_project):
    return town_layer()


@pytest.fixture(scope="session")
def monaco_gpkg(tmp_path_factory, monaco_pbf):
    """The food outlets (points) of the Monaco extract written with the outlet schema to a GeoPackage."""
    taxonomy = load_taxonomy()
    path = str(tmp_path_factory.mktemp("monaco") / "monaco_outlets.gpkg")
    source = ogr.Open(monaco_pbf)
    points = source.GetLayerByName("points")
    tag_fields = [points.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(points.GetLayerDefn().GetFieldCount())]
    tag_fields = [name for name in tag_fields if name not in ("osm_id", "other_tags")]
    target = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    layer = target.CreateLayer("outlets", wgs84, ogr.wkbPoint)
    for field in OUTLET_FIELDS:
        definition = ogr.FieldDefn(field.name, OGR_TYPES[field.type])
        if field.type == "bool":
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    for element in points:
        tags = feature_tags({name: element.GetField(name) for name in tag_fields}, element.GetField("other_tags"))
        found = taxonomy.classify(tags)
        if found is None:
            continue
        outlet = ogr.Feature(layer.GetLayerDefn())
        outlet.SetField("source", "osm")
        outlet.SetField("source_id", f"node/{element.GetField('osm_id')}")
        outlet.SetField("name", tags.get("name", ""))
        outlet.SetField("category", found[0].id)
        for flag, value in taxonomy.flags(tags).items():
            outlet.SetField(flag, int(value))
        outlet.SetGeometry(element.GetGeometryRef())
        layer.CreateFeature(outlet)
    target = None
    return path


@pytest.fixture
def monaco_outlets(qgis_new_project, monaco_gpkg):
    layer = QgsVectorLayer(f"{monaco_gpkg}|layername=outlets", "Monaco outlets", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def dock(qgis_iface, qgis_canvas, qtbot):
    panel = TaggingDock(qgis_iface)
    qtbot.addWidget(panel)
    panel.resize(440, 760)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.release()


# --- helpers that act like the user ----------------------------------------------------------
def choose_layer(dock, layer):
    dock.layer_combo.setLayer(layer)
    assert dock.layer is layer


def row_rect(dock, name):
    model, proxy = dock.model, dock.proxy
    for proxy_row in range(proxy.rowCount()):
        index = proxy.index(proxy_row, 0)
        if model.rows[proxy.mapToSource(index).row()].name == name:
            return dock.table.visualRect(index)
    raise AssertionError(f"{name!r} is not shown in the list")


def click_rows(qtbot, dock, *names):
    for number, name in enumerate(names):
        modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, modifier, row_rect(dock, name).center())


def button_of(dock, action):
    buttons = [button for button in dock.findChildren(QToolButton) if button.defaultAction() is action]
    assert len(buttons) == 1
    return buttons[0]


def click(qtbot, dock, action):
    button = button_of(dock, action)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tags_by_name(layer):
    return {
        feature["name"]: (
            feature["category"] if isinstance(feature["category"], str) else None,
            flag_is_true(feature["local"]),
            flag_is_true(feature["organic"]),
        )
        for feature in layer.getFeatures()
    }


def listed_names(dock):
    return sorted(
        dock.model.rows[dock.proxy.mapToSource(dock.proxy.index(row, 0)).row()].name
        for row in range(dock.proxy.rowCount())
    )


def selected_names_in_list(dock):
    return sorted(
        dock.model.rows[dock.proxy.mapToSource(index).row()].name
        for index in dock.table.selectionModel().selectedRows()
    )


def message_of(dock):
    assert dock.notice.isVisible()
    return dock.notice.text()


def counts_text(dock):
    return dock.counts_label.text().replace("\u00a0", " ")


def names_of(layer, fids):
    return sorted(layer.getFeature(fid)["name"] for fid in fids)


# --- tests -------------------------------------------------------------------------------------
def test_buttons_tag_only_the_selected_outlets_one_undo_step_each(qtbot, dock, outlets):
    choose_layer(dock, outlets)
    before = tags_by_name(outlets)
    click_rows(qtbot, dock, "Bio Coop", "Chez Paul")
    assert names_of(outlets, outlets.selectedFeatureIds()) == ["Bio Coop", "Chez Paul"]
    stack = outlets.undoStack()
    others = {name: tags for name, tags in before.items() if name not in ("Bio Coop", "Chez Paul")}

    # Mixed selection (one organic, one not): Organic sets the flag on both; again clears it on both.
    click(qtbot, dock, dock.organic_action)
    assert outlets.isEditable(), "the first tag starts edit mode"
    after = tags_by_name(outlets)
    assert after["Bio Coop"] == ("organic", False, True)
    assert after["Chez Paul"] == ("bakery", True, True)
    assert dock.organic_action.isChecked()
    assert stack.count() == 1
    click(qtbot, dock, dock.organic_action)
    assert tags_by_name(outlets)["Bio Coop"][2] is False and tags_by_name(outlets)["Chez Paul"][2] is False
    assert stack.count() == 2

    # Local (NULL and True): set on both, one step.
    click(qtbot, dock, dock.local_action)
    assert tags_by_name(outlets)["Bio Coop"][1] and tags_by_name(outlets)["Chez Paul"][1]
    assert stack.count() == 3

    click(qtbot, dock, dock.supermarket_action)
    assert {tags_by_name(outlets)[name][0] for name in ("Bio Coop", "Chez Paul")} == {"supermarket"}
    assert stack.count() == 4

    dock.category_combo.setCurrentIndex(dock.category_combo.findData("greengrocer"))
    click(qtbot, dock, dock.category_action)
    after = tags_by_name(outlets)
    assert after["Bio Coop"] == ("greengrocer", True, False)
    assert after["Chez Paul"] == ("greengrocer", True, False)
    assert stack.count() == 5
    assert {name: after[name] for name in others} == others, "outlets not selected must not change"

    # Nothing is written to the file/provider behind the user's back.
    stored = {feature["name"]: feature["category"] for feature in outlets.dataProvider().getFeatures()}
    assert stored["Bio Coop"] == "organic" and stored["Chez Paul"] == "bakery"

    # Each step undoes one action; all undone = the original values.
    stack.undo()
    assert tags_by_name(outlets)["Bio Coop"][0] == "supermarket"
    for _ in range(4):
        stack.undo()
    assert tags_by_name(outlets) == before
    assert dock.model.counts["organic"] == 1 and dock.model.counts["bakery"] == 1


def test_keyboard_shortcuts_tag_the_selection(qtbot, dock, monaco_outlets):
    choose_layer(dock, monaco_outlets)
    for action, key in ((dock.local_action, "L"), (dock.organic_action, "O"), (dock.supermarket_action, "S")):
        assert f"(key {key})" in action.toolTip()
    click_rows(qtbot, dock, "Formia")
    before = tags_by_name(monaco_outlets)
    dock.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dock)
    dock.table.setFocus()
    qtbot.keyClick(dock.table, Qt.Key.Key_O)
    qtbot.keyClick(dock.table, Qt.Key.Key_L)
    qtbot.keyClick(dock.table, Qt.Key.Key_S)
    after = tags_by_name(monaco_outlets)
    assert before["Formia"] == ("butcher", False, False)
    assert after["Formia"] == ("supermarket", True, True)
    assert monaco_outlets.undoStack().count() == 3
    assert {name: tags for name, tags in after.items() if name != "Formia"} == {
        name: tags for name, tags in before.items() if name != "Formia"
    }
    # Typing in the search box filters; it does not tag.
    qtbot.keyClicks(dock.search_edit, "los")
    assert monaco_outlets.undoStack().count() == 3


def test_geopackage_edits_stay_in_the_edit_buffer_until_saved(qtbot, dock, monaco_outlets, monaco_gpkg):
    choose_layer(dock, monaco_outlets)
    click_rows(qtbot, dock, "Solis Bio", "Carrefour")
    click(qtbot, dock, dock.local_action)
    on_disk = QgsVectorLayer(f"{monaco_gpkg}|layername=outlets", "check", "ogr")
    assert not any(flag_is_true(feature["local"]) for feature in on_disk.getFeatures())
    assert "Unsaved" in dock.edit_label.text()
    monaco_outlets.undoStack().undo()
    assert monaco_outlets.undoStack().index() == 0


def test_read_only_layers_are_refused_with_a_message(qtbot, dock, outlets, tmp_path):
    outlets.setReadOnly(True)
    choose_layer(dock, outlets)
    before = tags_by_name(outlets)
    click_rows(qtbot, dock, "Casino")
    click(qtbot, dock, dock.organic_action)
    assert "read-only" in message_of(dock)
    assert not dock.organic_action.isChecked()

    # A provider that cannot change attribute values (delimited text).
    csv = tmp_path / "outlets.csv"
    csv.write_text("wkt;name;category;local;organic\nPOINT (7.42 43.73);Spar;supermarket;no;no\n", encoding="utf-8")
    text_layer = QgsVectorLayer(f"file://{csv}?delimiter=;&wktField=wkt&crs=EPSG:4326", "csv outlets", "delimitedtext")
    assert text_layer.isValid()
    QgsProject.instance().addMapLayer(text_layer)
    choose_layer(dock, text_layer)
    click_rows(qtbot, dock, "Spar")
    click(qtbot, dock, dock.local_action)
    assert "read-only" in message_of(dock)
    for layer in (outlets, text_layer):
        assert not layer.isEditable() and layer.undoStack().count() == 0
    assert tags_by_name(outlets) == before
    assert tags_by_name(text_layer) == {"Spar": ("supermarket", False, False)}


def test_list_and_map_selection_stay_in_step(qtbot, dock, outlets):
    choose_layer(dock, outlets)
    by_name = {feature["name"]: feature.id() for feature in outlets.getFeatures()}
    outlets.selectByIds([by_name["Casino"], by_name["Chez Paul"]])
    assert selected_names_in_list(dock) == ["Casino", "Chez Paul"]
    click_rows(qtbot, dock, "Boucherie Léon")
    assert names_of(outlets, outlets.selectedFeatureIds()) == ["Boucherie Léon"]

    # Filtering hides rows but never deselects them on the map.
    outlets.selectByIds([by_name["Casino"], by_name["Chez Paul"]])
    dock.filter_combo.setCurrentIndex(dock.filter_combo.findData("bakery"))
    assert listed_names(dock) == ["Chez Paul"]
    assert selected_names_in_list(dock) == ["Chez Paul"]
    assert names_of(outlets, outlets.selectedFeatureIds()) == ["Casino", "Chez Paul"]
    assert "1 of them is hidden" in dock.selection_label.text()
    dock.filter_combo.setCurrentIndex(0)
    assert selected_names_in_list(dock) == ["Casino", "Chez Paul"]

    # Tagging rows out of the current filter keeps them selected too.
    dock.filter_combo.setCurrentIndex(dock.filter_combo.findData("bakery"))
    click(qtbot, dock, dock.supermarket_action)
    assert listed_names(dock) == []
    assert names_of(outlets, outlets.selectedFeatureIds()) == ["Casino", "Chez Paul"]


def test_search_ignores_case_and_accents(qtbot, dock, monaco_outlets):
    choose_layer(dock, monaco_outlets)
    qtbot.keyClicks(dock.search_edit, "EPI")
    assert listed_names(dock) == ["L'Épi d'Or"]
    dock.search_edit.clear()
    dock.filter_combo.setCurrentIndex(dock.filter_combo.findData("bakery"))
    bakeries = [feature["name"] or "" for feature in monaco_outlets.getFeatures() if feature["category"] == "bakery"]
    assert listed_names(dock) == sorted(bakeries)


def test_counts_follow_edits_added_and_deleted_outlets_and_layer_switch(qtbot, dock, outlets, monaco_outlets):
    choose_layer(dock, outlets)
    assert dock.model.counts["supermarket"] == 1
    assert "Supermarket 1" in counts_text(dock)
    click_rows(qtbot, dock, "Chez Paul")
    click(qtbot, dock, dock.supermarket_action)
    assert "Supermarket 2" in counts_text(dock)
    assert "Bakery" not in counts_text(dock)
    assert dock.filter_combo.itemText(dock.filter_combo.findData("supermarket")).endswith("(2)")

    added = QgsFeature(outlets.fields())
    added.setAttributes(["Lidl", "supermarket", False, False])
    added.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(7.43, 43.74)))
    outlets.addFeature(added)
    qtbot.waitUntil(lambda: "7 outlets" in counts_text(dock))
    assert "Supermarket 3" in counts_text(dock)
    casino = next(feature.id() for feature in outlets.getFeatures() if feature["name"] == "Casino")
    outlets.deleteFeature(casino)
    qtbot.waitUntil(lambda: "6 outlets" in counts_text(dock))
    assert "Supermarket 2" in counts_text(dock)
    outlets.rollBack()
    qtbot.waitUntil(lambda: "Bakery 1" in counts_text(dock))
    assert "Supermarket 1" in counts_text(dock)

    choose_layer(dock, monaco_outlets)
    expected = sum(1 for feature in monaco_outlets.getFeatures() if feature["category"] == "supermarket")
    assert dock.model.counts["supermarket"] == expected
    assert f"Supermarket {expected}" in counts_text(dock)
    assert f"{monaco_outlets.featureCount()} outlets" in counts_text(dock)


def test_follows_the_active_layer_when_it_is_an_outlet_layer(dock, qgis_canvas, outlets):
    plain = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "plain points", "memory")
    QgsProject.instance().addMapLayer(plain)
    choose_layer(dock, plain)
    qgis_canvas.setCurrentLayer(outlets)
    assert dock.layer is outlets
    qgis_canvas.setCurrentLayer(plain)
    assert dock.layer is outlets, "a layer without the outlet fields is not followed"


def test_missing_fields_are_added_without_changing_existing_values(qtbot, dock, qgis_new_project):
    layer = town_layer(
        "names only",
        "field=name:string&field=category:string&field=shop:string",
        [("Casino", "supermarket", "supermarket"), ("Chez Paul", "bakery", "bakery")],
    )
    choose_layer(dock, layer)
    assert dock.fields_row.isVisible()
    assert "local, organic" in dock.fields_label.text()
    click_rows(qtbot, dock, "Casino")
    click(qtbot, dock, dock.local_action)
    assert "Add fields" in message_of(dock) and not layer.isEditable()

    qtbot.mouseClick(dock.add_fields_button, Qt.MouseButton.LeftButton)
    assert [field.name() for field in layer.fields()] == ["name", "category", "shop", "local", "organic"]
    assert [field.name() for field in layer.dataProvider().fields()] == ["name", "category", "shop"]
    assert [feature.attributes()[:3] for feature in layer.getFeatures()] == [
        ["Casino", "supermarket", "supermarket"],
        ["Chez Paul", "bakery", "bakery"],
    ]
    assert not dock.fields_row.isVisible()
    click(qtbot, dock, dock.local_action)
    assert tags_by_name(layer) == {"Casino": ("supermarket", True, False), "Chez Paul": ("bakery", False, False)}
    assert layer.undoStack().count() == 2
    layer.undoStack().undo()
    layer.undoStack().undo()
    assert layer.fields().names() == ["name", "category", "shop"]


def test_map_tool_selects_and_tags_the_clicked_outlet(qtbot, dock, qgis_canvas, outlets):
    choose_layer(dock, outlets)
    qgis_canvas.setDestinationCrs(outlets.crs())
    qgis_canvas.setExtent(outlets.extent().buffered(0.002))
    click(qtbot, dock, dock.pick_action)
    assert qgis_canvas.mapTool() is dock.tool

    def pixel_of(name):
        feature = next(feature for feature in outlets.getFeatures() if feature["name"] == name)
        point = qgis_canvas.getCoordinateTransform().transform(feature.geometry().asPoint())
        return QPoint(round(point.x()), round(point.y()))

    viewport = qgis_canvas.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pixel_of("Chez Paul"))
    assert names_of(outlets, outlets.selectedFeatureIds()) == ["Chez Paul"]
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pixel_of("Casino"))
    assert names_of(outlets, outlets.selectedFeatureIds()) == ["Casino", "Chez Paul"]
    assert outlets.undoStack().count() == 0, "selecting is not tagging"

    dock.click_combo.setCurrentIndex(dock.click_combo.findData("organic"))
    before = tags_by_name(outlets)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pixel_of("Épicerie du Port"))
    after = tags_by_name(outlets)
    assert names_of(outlets, outlets.selectedFeatureIds()) == ["Épicerie du Port"]
    assert after.pop("Épicerie du Port") == ("convenience", False, True)
    before.pop("Épicerie du Port")
    assert after == before
    assert outlets.undoStack().count() == 1

    # Keys reach the tool while the map has the focus.
    qtbot.keyClick(qgis_canvas, Qt.Key.Key_L)
    assert tags_by_name(outlets)["Épicerie du Port"] == ("convenience", True, True)

    # A click on an empty place clears the selection.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert outlets.selectedFeatureIds() == []
    dock.click_combo.setCurrentIndex(0)


def test_screenshot(qtbot, dock, monaco_outlets, artifacts):
    choose_layer(dock, monaco_outlets)
    click_rows(qtbot, dock, "Solis Bio", "Carrefour City")
    click(qtbot, dock, dock.local_action)
    qtbot.wait(50)
    path = artifacts / "tagging_dock.png"
    assert dock.grab().save(str(path))
    assert path.stat().st_size > 10_000
    monaco_outlets.rollBack()


@pytest.mark.parametrize(
    ("field_type", "set_value", "cleared_value"),
    [("boolean", True, False), ("integer", 1, 0), ("string", "yes", "no")],
)
def test_flags_are_written_in_the_fields_own_type(qtbot, dock, qgis_new_project, field_type, set_value, cleared_value):
    layer = town_layer(
        "typed",
        f"field=name:string&field=category:string&field=local:{field_type}&field=organic:{field_type}",
        [("Casino", "supermarket", None, None), ("Chez Paul", "bakery", None, None)],
    )
    choose_layer(dock, layer)
    click_rows(qtbot, dock, "Casino")
    click(qtbot, dock, dock.local_action)
    values = {feature["name"]: feature["local"] for feature in layer.getFeatures()}
    assert values["Casino"] == set_value and type(values["Casino"]) is type(set_value)
    click(qtbot, dock, dock.local_action)
    assert next(f["local"] for f in layer.getFeatures() if f["name"] == "Casino") == cleared_value
    assert not flag_is_true(next(f["local"] for f in layer.getFeatures() if f["name"] == "Chez Paul"))


def test_column_titles_sort_and_double_click_shows_the_outlet(qtbot, dock, qgis_canvas, outlets):
    choose_layer(dock, outlets)
    header = dock.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(1) + 5, 5))
    shown = [dock.proxy.index(row, 1).data() for row in range(dock.proxy.rowCount())]
    assert shown == sorted(shown, key=str.casefold) and len(shown) == len(TOWN_OUTLETS)

    qgis_canvas.setDestinationCrs(outlets.crs())
    qgis_canvas.setExtent(outlets.extent().buffered(0.05))
    target = next(feature for feature in outlets.getFeatures() if feature["name"] == "Chez Paul")
    row_centre = row_rect(dock, "Chez Paul").center()
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre)
    qtbot.mouseDClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre)
    centre = qgis_canvas.extent().center()
    assert centre.distance(target.geometry().asPoint()) < 1e-9
