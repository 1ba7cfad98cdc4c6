"""The outlet tagging dock: tag outlets (category, local, organic) without the attribute table.

Every tagging action is one undo step in the layer's edit buffer (``outlet_edits``); the dock
never saves or discards edits by itself (the Save button is the user's explicit choice).
Local and Organic toggle, like Bold in a word processor; Supermarket and "Set category" set
the category of every selected outlet.
"""

from qgis.core import QgsApplication, QgsMapLayerProxyModel, QgsSettings
from qgis.gui import QgsFilterLineEdit, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import FoodAccessError
from ..core.outlets.taxonomy import load_taxonomy
from ..i18n import counted, plural, tr, user_language
from ..qgis_compat import QAction, enum_value
from . import outlet_edits
from .outlet_edits import is_outlet_layer, is_point_layer, missing_outlet_fields
from .outlet_list_model import OutletFilterModel, OutletTableModel
from .signal_links import SignalLinks
from .tag_map_tool import OutletPickTool

DOCK_OBJECT_NAME = "FoodAccessTaggingDock"
SETTINGS_CLICK_ACTION = "foodaccess/tagging/click_action"
SUPERMARKET = "supermarket"
MINIMUM_WIDTH_CHARACTERS = 72  # the dock's minimum width, in average characters of its font
NOTICE_WARNING_STYLE = "QLabel { background: #fff3c4; color: #3d3000; border: 1px solid #e0b400; padding: 4px; }"
NOTICE_SUCCESS_STYLE = "QLabel { background: #e3f4dc; color: #1e3d12; border: 1px solid #7cb35b; padding: 4px; }"

# What a click with the map tool does besides selecting the outlet (setting values).
CLICK_SELECT, CLICK_LOCAL, CLICK_ORGANIC, CLICK_SUPERMARKET, CLICK_CATEGORY = (
    "select",
    "local",
    "organic",
    "supermarket",
    "category",
)


def consecutive_runs(numbers):
    """[first, last] of each run of consecutive numbers in a sorted list: [1, 2, 3, 7] -> [1, 3], [7, 7]."""
    runs = []
    for number in numbers:
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return runs


class TaggingDock(QDockWidget):
    """Dock panel to tag outlets: choose a layer, select outlets, click Local / Organic / Supermarket."""

    def __init__(self, iface, parent=None):
        super().__init__(tr("Food Access — outlet tagging"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.canvas = iface.mapCanvas()
        self.language = user_language()
        self.taxonomy = load_taxonomy()
        self.layer = None
        self._syncing_selection = False
        self._canvas_links = SignalLinks()
        self._layer_links = SignalLinks()

        self.model = OutletTableModel(self.category_label, self)
        self.proxy = OutletFilterModel(self)
        self.proxy.setSourceModel(self.model)
        # Views refresh once per burst of edits (a bulk tag, the field calculator), not per feature.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.model.countsChanged.connect(self._refresh_timer.start)
        self._build_actions()
        self._build_ui()
        self.tool = OutletPickTool(self.canvas)
        self.tool.key_actions = {
            enum_value(Qt.Key.Key_L): self.local_action,
            enum_value(Qt.Key.Key_O): self.organic_action,
            enum_value(Qt.Key.Key_S): self.supermarket_action,
            enum_value(Qt.Key.Key_C): self.category_action,
        }
        self.tool.outletPicked.connect(self._outlet_picked)
        self.tool.deactivated.connect(lambda: self.pick_action.setChecked(False))

        self.layer_combo.layerChanged.connect(self.set_layer)
        self._canvas_links.connect(self.canvas.currentLayerChanged, self.follow_active_layer)
        if not self.follow_active_layer(iface.activeLayer()):
            self.set_layer(self.layer_combo.currentLayer())

    # --- building ---
    def _action(self, text, tip, slot, shortcut=None, checkable=False):
        action = QAction(text, self)
        action.setToolTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # Shortcuts act only while the dock has the focus: no clash with QGIS's own keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(tr("{tip} (key {key})").format(tip=tip, key=shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self):
        toggle_rule = tr(
            "Toggles the flag on the selected outlets: cleared when all of them already have it, "
            "set on all of them otherwise"
        )
        self.local_action = self._action(
            tr("Local"),
            tr("Sells local produce.") + " " + toggle_rule,
            lambda: self.toggle_flag("local"),
            shortcut="L",
            checkable=True,
        )
        self.organic_action = self._action(
            tr("Organic"),
            tr("Sells organic food.") + " " + toggle_rule,
            lambda: self.toggle_flag("organic"),
            shortcut="O",
            checkable=True,
        )
        self.supermarket_action = self._action(
            tr("Supermarket"),
            tr("Set the category of the selected outlets to Supermarket"),
            lambda: self.set_category(SUPERMARKET),
            shortcut="S",
        )
        self.category_action = self._action(
            tr("Set category"),
            tr("Set the chosen category on the selected outlets"),
            lambda: self.set_category(self.category_combo.currentData()),
            shortcut="C",
        )
        self.pick_action = self._action(
            tr("Pick on map"),
            tr(
                "Click an outlet on the map to select it (Shift or Ctrl+click: add or remove it); "
                "while the map has the focus, the keys L, O, S and C tag the selection"
            ),
            self._pick_toggled,
            shortcut="P",
            checkable=True,
        )
        self.pick_action.setIcon(QgsApplication.getThemeIcon("/mActionSelectRectangle.svg"))
        # No shortcuts here: QGIS's own Ctrl+Z / Ctrl+S would become ambiguous.
        self.undo_action = self._action(tr("Undo"), tr("Undo the last edit of the layer"), self.undo)
        self.undo_action.setIcon(QgsApplication.getThemeIcon("/mActionUndo.svg"))
        self.redo_action = self._action(tr("Redo"), tr("Redo the last undone edit of the layer"), self.redo)
        self.redo_action.setIcon(QgsApplication.getThemeIcon("/mActionRedo.svg"))
        self.save_action = self._action(
            tr("Save edits"),
            tr("Write the layer's pending edits to its file or database (the layer stays in edit mode)"),
            self.save_edits,
        )
        self.save_action.setIcon(QgsApplication.getThemeIcon("/mActionSaveEdits.svg"))

    @staticmethod
    def _button(action, text_only=True):
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextOnly if text_only else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _build_ui(self):
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)

        # A wrapping label rather than a QgsMessageBar, whose one-line text box is unreadable in a narrow dock.
        self.notice = QLabel(panel)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout.addWidget(self.notice)

        layer_row = QHBoxLayout()
        layer_row.addWidget(QLabel(tr("Outlet layer")))
        self.layer_combo = QgsMapLayerComboBox(panel)
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        self.layer_combo.setToolTip(tr("Point layer of outlets; follows the active layer when it has outlet fields"))
        layer_row.addWidget(self.layer_combo, 1)
        layout.addLayout(layer_row)

        # Shown while the layer lives in memory only (e.g. a Processing result loaded as a temporary layer).
        self.temporary_label = QLabel(
            tr(
                "Temporary layer: its tags are lost when QGIS closes unless you save it "
                "(right-click the layer ▸ Make Permanent…)."
            ),
            panel,
        )
        self.temporary_label.setWordWrap(True)
        self.temporary_label.setStyleSheet(NOTICE_WARNING_STYLE)
        self.temporary_label.hide()
        layout.addWidget(self.temporary_label)

        self.fields_row = QWidget(panel)
        fields_layout = QHBoxLayout(self.fields_row)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_label = QLabel(self.fields_row)
        self.fields_label.setWordWrap(True)
        self.add_fields_button = QPushButton(tr("Add fields"), self.fields_row)
        self.add_fields_button.setToolTip(
            tr(
                "Add the missing outlet fields (category, local, organic) in the layer's edit buffer; "
                "existing values are not changed and nothing is saved until you save the edits"
            )
        )
        self.add_fields_button.clicked.connect(self.add_missing_fields)
        fields_layout.addWidget(self.fields_label, 1)
        fields_layout.addWidget(self.add_fields_button)
        layout.addWidget(self.fields_row)

        filter_row = QHBoxLayout()
        self.filter_combo = QComboBox(panel)
        self.filter_combo.setToolTip(tr("Show the outlets of one category (the number of outlets in brackets)"))
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_combo.setMinimumContentsLength(12)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.search_edit = QgsFilterLineEdit(panel)
        self.search_edit.setShowSearchIcon(True)
        self.search_edit.setPlaceholderText(tr("Search a name"))
        self.search_edit.setToolTip(tr("Show the outlets whose name contains this text (case and accents ignored)"))
        self.search_edit.textChanged.connect(self._filter_changed)
        filter_row.addWidget(self.filter_combo, 1)
        filter_row.addWidget(self.search_edit, 1)
        layout.addLayout(filter_row)

        self.table = QTableView(panel)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.setAlternatingRowColors(True)
        self.table.setToolTip(
            tr("Select outlets here or on the map (the two stay in step); double-click to show one on the map")
        )
        self.table.doubleClicked.connect(self._show_on_map)
        layout.addWidget(self.table, 1)

        self.counts_label = QLabel(panel)
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.counts_label)

        tagging = QGroupBox(tr("Tag the selected outlets"), panel)
        grid = QGridLayout(tagging)
        self.selection_label = QLabel(tagging)
        self.selection_label.setWordWrap(True)
        grid.addWidget(self.selection_label, 0, 0, 1, 3)
        grid.addWidget(self._button(self.local_action), 1, 0)
        grid.addWidget(self._button(self.organic_action), 1, 1)
        grid.addWidget(self._button(self.supermarket_action), 1, 2)
        self.category_combo = QComboBox(tagging)
        self.category_combo.setToolTip(tr("Category to set with the Set category button (key C)"))
        for category in self.taxonomy.categories:
            self.category_combo.addItem(category.label(self.language), category.id)
        grid.addWidget(self.category_combo, 2, 0, 1, 2)
        grid.addWidget(self._button(self.category_action), 2, 2)
        grid.addWidget(self._button(self.pick_action, text_only=False), 3, 0)
        self.click_combo = QComboBox(tagging)
        self.click_combo.setToolTip(tr("What a click on an outlet with Pick on map does besides selecting it"))
        for text, key in (
            (tr("Click: select only"), CLICK_SELECT),
            (tr("Click: toggle Local"), CLICK_LOCAL),
            (tr("Click: toggle Organic"), CLICK_ORGANIC),
            (tr("Click: set Supermarket"), CLICK_SUPERMARKET),
            (tr("Click: set the chosen category"), CLICK_CATEGORY),
        ):
            self.click_combo.addItem(text, key)
        remembered = self.click_combo.findData(QgsSettings().value(SETTINGS_CLICK_ACTION, CLICK_SELECT))
        self.click_combo.setCurrentIndex(max(remembered, 0))
        self.click_combo.currentIndexChanged.connect(
            lambda: QgsSettings().setValue(SETTINGS_CLICK_ACTION, self.click_combo.currentData())
        )
        grid.addWidget(self.click_combo, 3, 1, 1, 2)
        layout.addWidget(tagging)

        edit_row = QHBoxLayout()
        for action in (self.undo_action, self.redo_action, self.save_action):
            button = QToolButton(panel)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            edit_row.addWidget(button)
        self.edit_label = QLabel(panel)
        self.edit_label.setWordWrap(True)
        edit_row.addWidget(self.edit_label, 1)
        layout.addLayout(edit_row)

        self.setWidget(panel)
        self._attach_list()

    def _attach_list(self):
        # Connected before the view's selection model exists, so that these run before it reacts.
        for signal in (
            self.proxy.rowsAboutToBeRemoved,
            self.proxy.layoutAboutToBeChanged,
            self.proxy.modelAboutToBeReset,
        ):
            signal.connect(self._hold_selection)
        for signal in (
            self.proxy.rowsRemoved,
            self.proxy.rowsInserted,
            self.proxy.layoutChanged,
            self.proxy.modelReset,
        ):
            signal.connect(self._release_selection)
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        # The model lists outlets by name already; the proxy sorts (in Python, slower) only when a
        # column title is clicked.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # Name takes the room the category (a taxonomy label) and the flags leave.
        header.setSectionResizeMode(OutletTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OutletTableModel.CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        # Wide and tall enough that names and categories of a usual length show whole (longer ones in the
        # tooltip) and several rows show even when the dock shares its side with other panels.
        self.table.setMinimumHeight(8 * self.table.verticalHeader().defaultSectionSize())
        self.widget().setMinimumWidth(MINIMUM_WIDTH_CHARACTERS * self.fontMetrics().averageCharWidth())
        for column in (OutletTableModel.LOCAL, OutletTableModel.ORGANIC):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._list_selection_changed)

    # --- layers ---
    def category_label(self, category_id):
        if not category_id:
            return tr("Uncategorised")
        if category_id in self.taxonomy.ids:
            return self.taxonomy.category(category_id).label(self.language)
        return category_id

    def follow_active_layer(self, layer):
        """Show the active layer when it is an outlet layer; returns whether it was taken."""
        if not is_outlet_layer(layer):
            return False
        self.layer_combo.setLayer(layer)
        # setLayer() emits no layerChanged when the combo shows this layer already (it picks the first
        # point layer on its own): take it here too (set_layer ignores a layer it holds).
        self.set_layer(layer)
        return True

    def set_layer(self, layer):
        layer = layer if is_point_layer(layer) else None
        if layer is self.layer and layer is not None:
            return
        self._layer_links.disconnect_all()
        self.clear_notice()
        self.layer = layer
        self.tool.layer = layer
        if layer is not None:
            stack = layer.undoStack()
            for signal, slot in (
                (layer.selectionChanged, self._layer_selection_changed),
                (layer.updatedFields, self._fields_changed),
                (layer.editingStarted, self._show_edit_state),
                (layer.editingStopped, self._show_edit_state),
                (layer.willBeDeleted, lambda: self.set_layer(None)),
                (stack.indexChanged, self._show_edit_state),
                (stack.cleanChanged, self._show_edit_state),
            ):
                self._layer_links.connect(signal, slot)
        self.model.set_layer(layer)
        self.temporary_label.setVisible(layer is not None and layer.dataProvider().name() == "memory")
        self._fields_changed()
        self.refresh()
        self._show_edit_state()

    def _fields_changed(self):
        missing = missing_outlet_fields(self.layer) if self.layer is not None else []
        self.fields_row.setVisible(bool(missing))
        if missing:
            self.fields_label.setText(
                tr("This layer has no field {fields} for the tags.").format(fields=", ".join(missing))
            )

    def add_missing_fields(self):
        """Add category/local/organic to the edit buffer (one undo step); existing values stay as they are."""
        self.clear_notice()
        if self.layer is None:
            return
        try:
            added = outlet_edits.add_outlet_fields(self.layer)
        except FoodAccessError as refusal:
            self._warn(str(refusal))
            return
        if added:
            self._info(
                tr("Fields {fields} added to the edit buffer: save the layer's edits to keep them.").format(
                    fields=", ".join(added)
                )
            )

    # --- selection, both ways ---
    def _list_selection_changed(self):
        if self._syncing_selection or self.layer is None:
            return
        rows = self.table.selectionModel().selectedRows()
        fids = [self.model.rows[self.proxy.mapToSource(index).row()].fid for index in rows]
        self.layer.selectByIds(fids)

    def _layer_selection_changed(self, *_):
        """Show the layer's selection in the list (rows hidden by the filter stay selected on the layer)."""
        selected = self.layer.selectedFeatureIds() if self.layer is not None else []
        rows = sorted(index.row() for index in map(self._proxy_index, selected) if index.isValid())
        # Runs of consecutive rows as one range each: Qt is slow with thousands of one-row ranges.
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for first, last in consecutive_runs(rows):
            selection.select(self.proxy.index(first, 0), self.proxy.index(last, last_column))
        self._syncing_selection = True
        try:
            self.table.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        finally:
            self._syncing_selection = False
        if rows:
            self.table.scrollTo(self.proxy.index(rows[0], 0))
        self._show_selection_state()

    def _proxy_index(self, fid):
        source_row = self.model.row_of.get(fid)
        if source_row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(source_row, 0))

    def _hold_selection(self, *_):
        """Rows leaving the list (filter, deletion) must not deselect their outlets on the layer."""
        self._syncing_selection = True

    def _release_selection(self, *_):
        self._syncing_selection = False
        self._refresh_timer.start()

    def _show_selection_state(self):
        rows = self.model.rows_of(self.layer.selectedFeatureIds()) if self.layer is not None else []
        self.local_action.setChecked(bool(rows) and all(row.local for row in rows))
        self.organic_action.setChecked(bool(rows) and all(row.organic for row in rows))
        categories = {row.category for row in rows}
        if len(categories) == 1:
            index = self.category_combo.findData(categories.pop())
            if index >= 0:
                self.category_combo.setCurrentIndex(index)
        if not rows:
            text = tr("Select outlets in the list or on the map.")
        else:
            selected = counted(len(rows), tr("{count} outlet selected"), tr("{count} outlets selected"))
            text = tr("{selected} — local: {local}, organic: {organic}.").format(
                selected=selected, local=sum(row.local for row in rows), organic=sum(row.organic for row in rows)
            )
            hidden = sum(1 for row in rows if not self._proxy_index(row.fid).isValid())
            if hidden:
                text += " " + plural(
                    hidden,
                    tr("{count} of them is hidden by the filter."),
                    tr("{count} of them are hidden by the filter."),
                ).format(count=hidden)
        self.selection_label.setText(text)

    def _filter_changed(self):
        self.proxy.set_filter(self.filter_combo.currentData(), self.search_edit.value())
        self._layer_selection_changed()

    def _show_on_map(self, index):
        fid = self.model.rows[self.proxy.mapToSource(index).row()].fid
        self.canvas.panToFeatureIds(self.layer, [fid])
        self.canvas.flashFeatureIds(self.layer, [fid])

    # --- counts and edit state ---
    def refresh(self):
        """Bring counts, list selection and buttons in step with the layer."""
        self._show_counts()
        self._layer_selection_changed()

    def _show_counts(self):
        counts = self.model.counts
        known = [category_id for category_id in self.taxonomy.ids if counts.get(category_id)]
        others = sorted(
            category_id
            for category_id in counts
            if counts[category_id] and category_id not in self.taxonomy.ids + ("",)
        )
        present = known + others + ([""] if counts.get("") else [])
        # No-break spaces inside an entry: the label wraps between entries only.
        parts = [
            f"{self.category_label(category_id)} {counts[category_id]}".replace(" ", "\u00a0")
            for category_id in present
        ]
        outlets = counted(len(self.model.rows), tr("{count} outlet"), tr("{count} outlets"))
        self.counts_label.setText(
            (tr("{outlets}: {categories}").format(outlets=outlets, categories=" · ".join(parts)) if parts else outlets)
            + "\n"
            + tr("Local {local} · Organic {organic}").format(
                local=self.model.flag_counts["local"], organic=self.model.flag_counts["organic"]
            )
        )
        current = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(tr("All categories ({count})").format(count=len(self.model.rows)), None)
        for category_id in list(self.taxonomy.ids) + others + [""]:
            self.filter_combo.addItem(f"{self.category_label(category_id)} ({counts.get(category_id, 0)})", category_id)
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(current), 0))
        self.filter_combo.blockSignals(False)

    def _show_edit_state(self, *_):
        layer = self.layer
        stack = layer.undoStack() if layer is not None else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.save_action.setEnabled(bool(layer and layer.isEditable() and layer.isModified()))
        if layer is None:
            text = tr("Choose a point layer of outlets.")
        elif not layer.isEditable():
            text = tr("Not in edit mode: the first tag starts it.")
        elif layer.isModified():
            text = tr("Unsaved edits: save or discard them like any QGIS edit.")
        else:
            text = tr("In edit mode, no unsaved edit.")
        self.edit_label.setText(text)

    # --- tagging ---
    def toggle_flag(self, name):
        try:
            rows = self._selected_rows()
            if rows is not None:
                self._edit(outlet_edits.toggle_flag, rows, name)
        finally:  # the action's checked state shows the data, not the click
            self._show_selection_state()

    def set_category(self, category_id):
        rows = self._selected_rows()
        if rows is None or not category_id:
            return
        self._edit(outlet_edits.set_category, rows, category_id, self.category_label(category_id))

    def _selected_rows(self):
        """The selected outlets' rows, or None after telling the user why nothing can be tagged."""
        self.clear_notice()
        if self.layer is None:
            self._warn(tr("Choose a layer of outlets first."))
            return None
        missing = missing_outlet_fields(self.layer)
        if missing:
            self._warn(tr("The layer has no field {fields}: click Add fields first.").format(fields=", ".join(missing)))
            return None
        rows = self.model.rows_of(self.layer.selectedFeatureIds())
        if not rows:
            self._warn(tr("Select one or more outlets first, in the list or on the map."))
            return None
        return rows

    def _edit(self, edit, *arguments):
        """Run one edit of ``outlet_edits`` on the layer, then show its result (or why it was refused)."""
        try:
            changed = edit(self.layer, *arguments)
        except FoodAccessError as refusal:
            self._warn(str(refusal))
            return
        if changed:
            self.model.flush()
            self.refresh()

    def undo(self):
        if self.layer is not None:
            self.layer.undoStack().undo()
            self.layer.triggerRepaint()

    def redo(self):
        if self.layer is not None:
            self.layer.undoStack().redo()
            self.layer.triggerRepaint()

    def save_edits(self):
        layer = self.layer
        if layer is None or not layer.isEditable():
            return
        if layer.commitChanges(False):
            self._info(tr("Edits of '{name}' saved.").format(name=layer.name()))
        else:
            self._warn(
                tr("The edits of '{name}' could not be saved: {errors}").format(
                    name=layer.name(), errors="; ".join(layer.commitErrors())
                )
            )

    # --- map tool ---
    def _pick_toggled(self, checked):
        if checked:
            self.canvas.setMapTool(self.tool)
        else:
            self._unset_tool()

    def _outlet_picked(self, fid, extend):
        layer = self.layer
        if layer is None:
            return
        if extend:
            if fid is not None:
                if fid in layer.selectedFeatureIds():
                    layer.deselect(fid)
                else:
                    layer.select(fid)
            return
        layer.selectByIds([fid] if fid is not None else [])
        if fid is None:
            return
        action = {
            CLICK_LOCAL: self.local_action,
            CLICK_ORGANIC: self.organic_action,
            CLICK_SUPERMARKET: self.supermarket_action,
            CLICK_CATEGORY: self.category_action,
        }.get(self.click_combo.currentData())
        if action is not None:
            action.trigger()

    # --- messages ---
    def _warn(self, text):
        self._show_notice(text, NOTICE_WARNING_STYLE)

    def _info(self, text):
        self._show_notice(text, NOTICE_SUCCESS_STYLE)

    def _show_notice(self, text, style):
        self.notice.setStyleSheet(style)
        self.notice.setText(text)
        self.notice.show()

    def clear_notice(self):
        self.notice.hide()
        self.notice.clear()

    # --- closing and unloading ---
    def hideEvent(self, event):  # noqa: N802 (Qt's name)
        # A closed panel must not keep tagging through its map tool unseen.
        if self.isHidden():
            self._unset_tool()
        super().hideEvent(event)

    def _unset_tool(self):
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)

    def release(self):
        """Undo every connection to objects the dock does not own and remove the map tool."""
        self._unset_tool()
        self._refresh_timer.stop()
        self._canvas_links.disconnect_all()
        self._layer_links.disconnect_all()
        self.model.release()
        self.tool.deleteLater()
