"""The tagging dock where users go wrong or where QGIS pulls the layer away: the dock opened on the
active outlet layer, a temporary layer, a layer that lost its fields or the project, nothing selected,
undo after tagging. Each case tags through the dock's own buttons, as a user does."""

import pytest

# The helpers that act like the user, shared with the dock's main tests.
from plugin.test_tagging_dock import (
    choose_layer,
    click,
    click_rows,
    counts_text,
    listed_names,
    message_of,
    tags_by_name,
    town_layer,
)
from qgis.core import QgsProject, QgsVectorLayer

from foodaccess.plugin.tagging_dock import TaggingDock


@pytest.fixture
def open_dock(qgis_iface, qtbot):
    """Opens the dock as the toolbar button does, on whatever the project holds then."""
    docks = []

    def open_():
        panel = TaggingDock(qgis_iface)
        qtbot.addWidget(panel)
        panel.resize(440, 760)
        panel.show()
        qtbot.waitExposed(panel)
        docks.append(panel)
        return panel

    yield open_
    for panel in docks:
        panel.release()


def test_dock_opened_on_the_active_first_point_layer_lists_and_tags_it(qtbot, qgis_iface, qgis_new_project, open_dock):
    # Right after fetchoutlets: the outlets are the active layer and the only point layer, so the layer
    # chooser shows them on its own and setLayer() changes nothing.
    outlets = town_layer()
    qgis_iface.setActiveLayer(outlets)
    dock = open_dock()
    assert dock.layer_combo.currentLayer() is outlets
    assert dock.layer is outlets
    assert "Casino" in listed_names(dock)
    assert counts_text(dock).startswith("6 outlets")
    click_rows(qtbot, dock, "Casino")
    click(qtbot, dock, dock.organic_action)
    assert not dock.notice.isVisible(), dock.notice.text()
    assert tags_by_name(outlets)["Casino"] == ("supermarket", False, True)


def test_a_temporary_layer_is_flagged_as_lost_unless_saved(qtbot, qgis_new_project, open_dock, tmp_path):
    memory = town_layer()
    dock = open_dock()
    choose_layer(dock, memory)
    assert dock.temporary_label.isVisible()
    assert "Make Permanent" in dock.temporary_label.text()

    # The same outlets in a GeoPackage: a file keeps the saved tags, no warning.
    path = str(tmp_path / "outlets.gpkg")
    from qgis.core import QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV2(memory, path, QgsProject.instance().transformContext(), options)
    stored = QgsVectorLayer(path, "stored outlets", "ogr")
    assert stored.isValid()
    QgsProject.instance().addMapLayer(stored)
    choose_layer(dock, stored)
    assert not dock.temporary_label.isVisible()


def test_a_layer_without_the_category_field_is_refused_until_the_field_is_added(qtbot, qgis_new_project, open_dock):
    no_category = town_layer(
        "no category",
        "field=name:string&field=local:boolean&field=organic:boolean",
        [(name, local, organic) for name, _category, local, organic in [("Casino", None, False, False)]],
    )
    dock = open_dock()
    choose_layer(dock, no_category)
    assert dock.fields_row.isVisible() and "category" in dock.fields_label.text()
    click_rows(qtbot, dock, "Casino")
    click(qtbot, dock, dock.supermarket_action)
    assert "category" in message_of(dock) and "Add fields" in message_of(dock)
    assert not no_category.isEditable() and no_category.undoStack().count() == 0


def test_a_layer_removed_while_shown_empties_the_dock_and_tagging_asks_for_a_layer(qtbot, qgis_new_project, open_dock):
    outlets = town_layer()
    dock = open_dock()
    choose_layer(dock, outlets)
    click_rows(qtbot, dock, "Casino")
    QgsProject.instance().removeMapLayer(outlets.id())
    qtbot.wait(10)  # the refresh after the removal runs from the event loop
    assert dock.layer is None
    assert listed_names(dock) == []
    assert counts_text(dock).startswith("0 outlets")
    dock.local_action.trigger()  # the key L, with the list empty
    assert "Choose a layer of outlets first" in message_of(dock)


def test_tagging_with_nothing_selected_says_so_and_changes_nothing(qtbot, qgis_new_project, open_dock):
    outlets = town_layer()
    before = tags_by_name(outlets)
    dock = open_dock()
    choose_layer(dock, outlets)
    outlets.removeSelection()
    for action in (dock.local_action, dock.organic_action, dock.supermarket_action, dock.category_action):
        click(qtbot, dock, action)
        assert "Select one or more outlets first" in message_of(dock)
        assert not action.isChecked()
    assert not outlets.isEditable() and outlets.undoStack().count() == 0
    assert tags_by_name(outlets) == before


def test_undo_after_tagging_restores_the_values_the_list_and_the_counts(qtbot, qgis_new_project, open_dock):
    outlets = town_layer()
    before = tags_by_name(outlets)
    dock = open_dock()
    choose_layer(dock, outlets)
    click_rows(qtbot, dock, "Chez Paul", "Épicerie du Port")
    click(qtbot, dock, dock.supermarket_action)
    assert counts_text(dock).count("Supermarket 3")
    assert dock.undo_action.isEnabled()
    click(qtbot, dock, dock.undo_action)
    qtbot.wait(10)
    assert tags_by_name(outlets) == before
    assert "Supermarket 1" in counts_text(dock)
    assert not dock.undo_action.isEnabled() and dock.redo_action.isEnabled()
    click(qtbot, dock, dock.redo_action)
    qtbot.wait(10)
    assert tags_by_name(outlets)["Chez Paul"][0] == "supermarket"


def selection_text(qtbot, dock, *names):
    click_rows(qtbot, dock, *names)
    return dock.selection_label.text()


@pytest.mark.parametrize(
    ("language", "one", "two", "one_outlet", "undo_text"),
    [
        (
            "en",
            "1 outlet selected — local: 0, organic: 0.",
            "2 outlets selected — local: 1, organic: 1.",
            "1 outlet",
            "Tag 1 outlet as organic",
        ),
        (
            "fr",
            "1 commerce sélectionné — local : 0, bio : 0.",
            "2 commerces sélectionnés — local : 1, bio : 1.",
            "1 commerce",
            "Marquer 1 commerce comme bio",
        ),
    ],
)
def test_counts_agree_with_their_number(
    qtbot, qgis_new_project, open_dock, request, language, one, two, one_outlet, undo_text
):
    if language == "fr":
        request.getfixturevalue("french_user")
    outlets = town_layer(rows=[("Casino", "supermarket", False, False), ("Bio Coop", "organic", True, True)])
    dock = open_dock()
    choose_layer(dock, outlets)
    assert selection_text(qtbot, dock, "Casino") == one
    assert selection_text(qtbot, dock, "Casino", "Bio Coop") == two
    click_rows(qtbot, dock, "Casino")
    click(qtbot, dock, dock.organic_action)
    assert outlets.undoStack().text(0) == undo_text
    single = town_layer("single", rows=[("Casino", "supermarket", False, False)])
    choose_layer(dock, single)
    assert counts_text(dock).startswith((one_outlet + ":", one_outlet + " :"))


def test_at_its_narrowest_the_dock_shows_categories_whole_and_names_readable(qtbot, qgis_new_project, open_dock):
    from foodaccess.plugin.outlet_list_model import OutletTableModel

    outlets = town_layer()
    dock = open_dock()
    choose_layer(dock, outlets)
    dock.resize(dock.minimumSizeHint().width(), 760)
    qtbot.wait(10)
    header, metrics = dock.table.horizontalHeader(), dock.table.fontMetrics()
    longest_category = max(
        metrics.horizontalAdvance(dock.category_label(category.id)) for category in dock.taxonomy.categories
    )
    assert header.sectionSize(OutletTableModel.CATEGORY) > longest_category
    assert header.sectionSize(OutletTableModel.NAME) > metrics.horizontalAdvance("Épicerie du Port")
    assert sum(header.sectionSize(column) for column in range(4)) <= dock.table.viewport().width() + 1
