"""The list of outlets in the tagging dock: a table model kept in step with a layer's edit
buffer, and the filter (category, name search) in front of it.

Flags are read whatever the field type (bool, 0/1, yes/no text); names are searched and
sorted with case and accents ignored.
"""

from collections import Counter

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, pyqtSignal

from ..core.outlets.schema import OUTLET_REQUIRED_FIELDS, flag_is_true
from ..core.text import folded
from ..i18n import tr
from ..qgis_compat import NO_GEOMETRY, enum_value
from .signal_links import SignalLinks


def category_text(value):
    return value.strip() if isinstance(value, str) else ""


class OutletRow:
    """One outlet as the list shows it; ``search_name`` is its name folded for search and sorting."""

    __slots__ = ("fid", "name", "search_name", "category", "local", "organic")

    def __init__(self, fid, name, category, local, organic):
        self.fid = fid
        self.name = name
        self.search_name = folded(name)
        self.category = category
        self.local = local
        self.organic = organic


class OutletTableModel(QAbstractTableModel):
    """The outlets of one layer (name, category, local, organic), kept in step with its edit buffer.

    Row values and counts follow each edit signal at once; the views are told once per burst of
    edits (``flush``, on the next event loop turn), so that tagging or deleting thousands of
    outlets costs one view update instead of one per outlet.
    """

    NAME, CATEGORY, LOCAL, ORGANIC = range(4)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    countsChanged = pyqtSignal()  # noqa: N815 (Qt naming)

    def __init__(self, category_label, parent=None):
        super().__init__(parent)
        self.category_label = category_label
        self.layer = None
        self.rows = []
        self.row_of = {}
        self.counts = Counter()
        self.flag_counts = Counter()
        self._field_indexes = {}
        self._links = SignalLinks()
        self._changed, self._added, self._deleted = set(), [], set()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self.flush)

    # --- layer ---
    def set_layer(self, layer):
        self._links.disconnect_all()
        self.layer = layer
        if layer is not None:
            for signal, slot in (
                (layer.attributeValueChanged, self._attribute_changed),
                (layer.featureAdded, self._feature_added),
                (layer.featureDeleted, self._feature_deleted),
                (layer.updatedFields, self.reload),
                (layer.afterRollBack, self.reload),
                (layer.afterCommitChanges, self.reload),
                (layer.dataSourceChanged, self.reload),
            ):
                self._links.connect(signal, slot)
        self.reload()

    def release(self):
        self._links.disconnect_all()
        self._flush_timer.stop()
        self.layer = None

    def reload(self):
        self._flush_timer.stop()
        self._changed, self._added, self._deleted = set(), [], set()
        self.beginResetModel()
        self.rows = []
        self._field_indexes = {}
        if self.layer is not None:
            fields = self.layer.fields()
            for name in ("name",) + OUTLET_REQUIRED_FIELDS:
                index = fields.lookupField(name)
                if index >= 0:
                    self._field_indexes[name] = index
            self.rows = sorted(
                (self._row(feature) for feature in self.layer.getFeatures(self._request())),
                key=lambda row: row.search_name,
            )
        self._index_rows()
        self.endResetModel()
        self.countsChanged.emit()

    def _request(self):
        request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
        return request.setSubsetOfAttributes(list(self._field_indexes.values()))

    def _index_rows(self):
        self.row_of = {row.fid: index for index, row in enumerate(self.rows)}
        self.counts = Counter()
        self.flag_counts = Counter()
        for row in self.rows:
            self._count(row, 1)

    def rows_of(self, fids):
        """The rows of the outlets ``fids`` that the list holds."""
        return [self.rows[self.row_of[fid]] for fid in fids if fid in self.row_of]

    def _value(self, feature, name):
        index = self._field_indexes.get(name)
        return feature.attribute(index) if index is not None else None

    def _row(self, feature):
        name = self._value(feature, "name")
        return OutletRow(
            feature.id(),
            name if isinstance(name, str) else "",
            category_text(self._value(feature, "category")),
            flag_is_true(self._value(feature, "local")),
            flag_is_true(self._value(feature, "organic")),
        )

    def _count(self, row, sign):
        """Add (1) or remove (-1) a row from the counts: O(1), so bulk edits stay fast."""
        self.counts[row.category] += sign
        self.flag_counts["local"] += sign * row.local
        self.flag_counts["organic"] += sign * row.organic

    # --- edit buffer signals ---
    def _attribute_changed(self, fid, index, value):
        row_index = self.row_of.get(fid)
        name = next((name for name, field_index in self._field_indexes.items() if field_index == index), None)
        if row_index is None or name is None:
            return
        row = self.rows[row_index]
        self._count(row, -1)
        if name == "name":
            row.name = value if isinstance(value, str) else ""
            row.search_name = folded(row.name)
        elif name == "category":
            row.category = category_text(value)
        else:
            setattr(row, name, flag_is_true(value))
        self._count(row, 1)
        self._changed.add(fid)
        self._flush_timer.start()

    def _feature_added(self, fid):
        self._added.append(fid)
        self._flush_timer.start()

    def _feature_deleted(self, fid):
        self._deleted.add(fid)
        self._flush_timer.start()

    def flush(self):
        """Tell the views about the edits since the last flush."""
        self._flush_timer.stop()
        changed, added, deleted = self._changed, self._added, self._deleted
        self._changed, self._added, self._deleted = set(), [], set()
        if deleted & self.row_of.keys():
            # One reset costs O(rows); removing rows one by one costs O(rows) each.
            self.beginResetModel()
            self.rows = [row for row in self.rows if row.fid not in deleted]
            self._index_rows()
            self.endResetModel()
        added = [fid for fid in added if fid not in deleted and fid not in self.row_of]
        if added and self.layer is not None:
            new_rows = [self._row(feature) for feature in self.layer.getFeatures(self._request().setFilterFids(added))]
            if new_rows:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(new_rows) - 1)
                self.rows.extend(new_rows)
                for row in new_rows:
                    self.row_of[row.fid] = len(self.row_of)
                    self._count(row, 1)
                self.endInsertRows()
        positions = [self.row_of[fid] for fid in changed if fid in self.row_of]
        if positions:
            self.dataChanged.emit(self.index(min(positions), 0), self.index(max(positions), self.columnCount() - 1))
        if changed or added or deleted:
            self.countsChanged.emit()

    # --- Qt model ---
    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 (Qt's signature)
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (tr("Name"), tr("Category"), tr("Local"), tr("Organic"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name or tr("(no name, #{fid})").format(fid=row.fid)
            if column == self.CATEGORY:
                return self.category_label(row.category)
            return "✓" if (row.local if column == self.LOCAL else row.organic) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            flags = [label for label, on in ((tr("local"), row.local), (tr("organic"), row.organic)) if on]
            return " · ".join([row.name or f"#{row.fid}", self.category_label(row.category)] + flags)
        if role == self.SORT_ROLE:
            if column == self.NAME:
                return row.search_name
            if column == self.CATEGORY:
                return folded(self.category_label(row.category))
            return int(row.local if column == self.LOCAL else row.organic)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.LOCAL, self.ORGANIC):
            return enum_value(Qt.AlignmentFlag.AlignCenter)
        return None


class OutletFilterModel(QSortFilterProxyModel):
    """Shows the outlets of one category (None: all; "": uncategorised) whose name contains a text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.category = None
        self.search = ""
        self.setSortRole(OutletTableModel.SORT_ROLE)

    def set_filter(self, category, search):
        self.category = category
        self.search = folded(search.strip())
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 (Qt's name)
        row = self.sourceModel().rows[source_row]
        if self.category is not None and row.category != self.category:
            return False
        return self.search in row.search_name
