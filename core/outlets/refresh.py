"""Refreshing an outlets layer from a newer source without losing what people tagged by hand.

An outlets layer lives on: analysts and volunteers correct categories and tick local/organic
in the tagging dock, the attribute table or a field form, while OpenStreetMap and the
directories change underneath. ``plan_refresh`` compares the layer with the outlets a source
gives now and returns every edit to make, as plain values, before anything is written, so the
algorithm can apply them in one go (or nothing at all when the run is cancelled or refused).

Matching: by ``source`` + ``source_id``; directory rows left over are then paired by name and
distance (a directory exported again may number its rows differently).

Hand edits: a value of ``category``, ``local`` or ``organic`` that differs from what the source
said when the outlet was fetched. What the source said is recorded in ``src_category``,
``src_local`` and ``src_organic`` by every refresh. A layer that has never been refreshed (as
``fetchoutlets`` and ``importdirectory`` write it) has no such fields: for OpenStreetMap rows
what the source said is read again from the ``tags`` stored at fetch time (the taxonomy
classifies them as the fetch did); for other rows it is unknown, and a value that differs from
the source's current one is kept as a hand edit (nothing is lost; from then on the ``src_``
fields tell hand edits apart).

Outlets gone from the source are never deleted: ``status`` becomes ``closed`` with
``closed_at``. Running the refresh again with the same source changes nothing.
"""

import json
import math
from dataclasses import dataclass, field
from datetime import datetime

from ..errors import InputError
from ..geodesy import haversine_m
from ..progress import SILENT
from .merge import is_empty, name_similarity
from .schema import OUTLET_FIELD_NAMES, flag_is_true

TAGGED_FIELDS = ("category", "local", "organic")
SOURCE_VALUE_FIELDS = {name: "src_" + name for name in TAGGED_FIELDS}
FLAG_FIELDS = ("local", "organic")
STATUS_OPEN = "open"
STATUS_CLOSED = "closed"
AGE_FIELD = "edit_age_years"
# Years without an OpenStreetMap edit after which an outlet wants a field check (the freshness figures).
STALE_YEARS = 3

# Fields a refresh adds to a layer that lacks them: (name, type, description), types as in schema.py.
REFRESH_FIELDS = (
    ("status", "string", "open, or closed when the outlet has gone from its source."),
    ("closed_at", "datetime", "When a refresh found the outlet gone from its source (UTC)."),
    ("src_category", "string", "The category the source gave at the last fetch or refresh."),
    ("src_local", "bool", "The local flag the source gave at the last fetch or refresh."),
    ("src_organic", "bool", "The organic flag the source gave at the last fetch or refresh."),
    (AGE_FIELD, "double", "Years between the last OpenStreetMap edit of the outlet and the source's date."),
)

# The source's values copied onto a matched outlet when they changed; category, subcategory and
# the flags are handled apart (hand edits), name and position are reported.
PLAIN_FIELDS = ("brand", "opening_hours", "address", "osm_timestamp", "tags")

MOVE_TOLERANCE_M = 1.0  # a matched outlet further than this from its source position has moved
DIRECTORY_MATCH_DISTANCE_M = 150.0  # directory rows paired by name within this distance
DIRECTORY_MATCH_SIMILARITY = 0.8
DEFAULT_MAX_CLOSED_SHARE = 0.5
DAYS_PER_YEAR = 365.25

CHANGE_KINDS = ("new", "closed", "moved", "renamed", "recategorised", "kept_hand_edit")


@dataclass
class LayerOutlet:
    """One feature of the layer being refreshed: its id, attribute values by field name, WGS 84 point
    (lon and lat None for a feature without geometry)."""

    fid: int
    values: dict
    lon: float
    lat: float


@dataclass
class SourceOutlet:
    """One outlet as the source gives it now: the outlet-schema values by name, WGS 84 point."""

    values: dict
    lon: float
    lat: float


@dataclass
class Change:
    """One row of the change report."""

    change: str  # one of CHANGE_KINDS
    source_id: str
    name: str
    before: str
    after: str


@dataclass
class OutletEdit:
    """New values (by field name) and, when it moved, the new point of a feature of the layer."""

    fid: int
    values: dict = field(default_factory=dict)
    point: tuple = None  # (lon, lat)


@dataclass
class RefreshSource:
    """The outlets of one source (``name``: osm or directory) and where it looked."""

    name: str
    outlets: list  # SourceOutlet
    covers: object = None  # a predicate on (lon, lat): the area the source covers; None: everywhere
    date: datetime = None  # the source's date: closed_at and the age of OSM edits are counted from it


@dataclass
class RefreshPlan:
    edits: list  # OutletEdit of existing features (only those with something to change)
    additions: list  # SourceOutlet values completed with status and src_ fields
    changes: list  # Change, in layer order then new outlets
    open_in_scope: int = 0  # open outlets of the refreshed sources inside their areas, before the refresh

    def count(self, kind):
        return sum(1 for change in self.changes if change.change == kind)


# --- values ---------------------------------------------------------------------------------


def _flag(value):
    return None if value is None else flag_is_true(value)


def _text(value):
    return None if is_empty(value) else str(value)


def _tagged_value(name, value):
    return _flag(value) if name in FLAG_FIELDS else _text(value)


def _shown(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _point_text(lon, lat):
    return f"{lon:.6f} {lat:.6f}"


def _same(old, new):
    if isinstance(old, float) or isinstance(new, float):
        return old is not None and new is not None and math.isclose(old, new, abs_tol=1e-9)
    return old == new


def fetched_values(values, taxonomy, category_ids=None):
    """What the source said of category, local and organic when this outlet was fetched: the
    src_ fields when a refresh recorded them, else read from an OSM row's stored tags; None when
    unknown (a directory row never refreshed)."""
    if not is_empty(values.get("src_category")):
        return {name: _tagged_value(name, values.get(SOURCE_VALUE_FIELDS[name])) for name in TAGGED_FIELDS}
    if values.get("source") != "osm" or is_empty(values.get("tags")):
        return None
    try:
        tags = json.loads(values["tags"])
    except (TypeError, ValueError):
        return None
    if not isinstance(tags, dict):
        return None
    match = taxonomy.classify(tags, frozenset(category_ids) if category_ids else None)
    flags = taxonomy.flags(tags)
    return {
        "category": match[0].id if match else None,
        "local": bool(flags.get("local")),
        "organic": bool(flags.get("organic")),
    }


def edit_age_years(timestamp, reference):
    """Years (one decimal) from an OSM edit to the source's date; None without either."""
    if not isinstance(timestamp, datetime) or not isinstance(reference, datetime):
        return None
    if (timestamp.tzinfo is None) != (reference.tzinfo is None):
        timestamp, reference = timestamp.replace(tzinfo=None), reference.replace(tzinfo=None)
    return round(max((reference - timestamp).total_seconds(), 0.0) / 86400.0 / DAYS_PER_YEAR, 1)


def source_date(timestamps, announced=None):
    """The date of a source: the date it announces (Overpass's osm_base), else the newest of its
    outlets' OSM edits (``timestamps``), else None."""
    if isinstance(announced, datetime):
        return announced
    stamps = [stamp for stamp in timestamps if isinstance(stamp, datetime)]
    return max(stamps) if stamps else None


# --- matching -------------------------------------------------------------------------------


def _match(candidates, outlets, source_name, progress):
    """{layer index: source index} by source_id, then (directory) by name within a distance."""
    by_id = {}
    for index, outlet in enumerate(outlets):
        by_id.setdefault(_text(outlet.values.get("source_id")), index)
    matches = {}
    for step, (index, row) in enumerate(candidates):
        progress.step(step, len(candidates))
        found = by_id.get(_text(row.values.get("source_id")))
        if found is not None and found not in matches.values():
            matches[index] = found
    if source_name != "directory":
        return matches
    taken = set(matches.values())
    pairs = []
    for index, row in candidates:
        if index in matches:
            continue
        for found, outlet in enumerate(outlets):
            if found in taken or row.lon is None:
                continue
            distance = haversine_m(row.lon, row.lat, outlet.lon, outlet.lat)
            if distance > DIRECTORY_MATCH_DISTANCE_M:
                continue
            similarity = name_similarity(row.values.get("name"), outlet.values.get("name"))
            if similarity >= DIRECTORY_MATCH_SIMILARITY:
                pairs.append((-similarity, distance, index, found))
    for _similarity, _distance, index, found in sorted(pairs):
        if index not in matches and found not in taken:
            matches[index] = found
            taken.add(found)
    return matches


# --- the plan -------------------------------------------------------------------------------


def _update(row, outlet, source, taxonomy, category_ids, edit, changes):
    """Fill ``edit`` and ``changes`` for a layer row matched to the source's outlet."""
    values, new = row.values, outlet.values
    source_id, name = _text(new.get("source_id")) or "", _text(new.get("name")) or ""
    changed = False
    if values.get("status") == STATUS_CLOSED:
        edit.values.update(status=STATUS_OPEN, closed_at=None)
        changes.append(Change("new", source_id, name, STATUS_CLOSED, STATUS_OPEN))
        changed = True
    elif values.get("status") != STATUS_OPEN:
        edit.values["status"] = STATUS_OPEN
    if _text(values.get("source_id")) != _text(new.get("source_id")):
        edit.values["source_id"] = new.get("source_id")  # a directory row renumbered
        changed = True
    if row.lon is None or haversine_m(row.lon, row.lat, outlet.lon, outlet.lat) > MOVE_TOLERANCE_M:
        edit.point = (outlet.lon, outlet.lat)
        before = "" if row.lon is None else _point_text(row.lon, row.lat)
        changes.append(Change("moved", source_id, name, before, _point_text(outlet.lon, outlet.lat)))
        changed = True
    if _text(values.get("name")) != _text(new.get("name")):
        edit.values["name"] = new.get("name")
        changes.append(Change("renamed", source_id, name, _shown(_text(values.get("name"))), name))
        changed = True

    fetched = fetched_values(values, taxonomy, category_ids)
    for tagged in TAGGED_FIELDS:
        current = _tagged_value(tagged, values.get(tagged))
        now = _tagged_value(tagged, new.get(tagged))
        hand_edit = current != (fetched[tagged] if fetched is not None else now)
        if current != now:
            if hand_edit:
                changes.append(
                    Change("kept_hand_edit", source_id, name, f"{tagged}={_shown(now)}", f"{tagged}={_shown(current)}")
                )
            else:
                edit.values[tagged] = now
                changes.append(
                    Change("recategorised", source_id, name, f"{tagged}={_shown(current)}", f"{tagged}={_shown(now)}")
                )
                changed = True
                if tagged == "category":
                    edit.values["subcategory"] = new.get("subcategory")
        elif (
            tagged == "category" and not hand_edit and _text(values.get("subcategory")) != _text(new.get("subcategory"))
        ):
            edit.values["subcategory"] = new.get("subcategory")
            changed = True
        recorded = SOURCE_VALUE_FIELDS[tagged]
        stored = values.get(recorded)
        if (_tagged_value(tagged, stored) if stored is not None else None) != now:
            edit.values[recorded] = now

    for plain in PLAIN_FIELDS:
        if not _same(values.get(plain), new.get(plain)) and not (
            is_empty(values.get(plain)) and is_empty(new.get(plain))
        ):
            edit.values[plain] = new.get(plain)
            changed = True
    age = edit_age_years(new.get("osm_timestamp"), source.date)
    if age is not None and not _same(values.get(AGE_FIELD), age):
        edit.values[AGE_FIELD] = age
    if changed and new.get("fetched_at") is not None:
        edit.values["fetched_at"] = new.get("fetched_at")


def _addition(outlet, source):
    values = {name: outlet.values.get(name) for name in OUTLET_FIELD_NAMES}
    values["status"] = STATUS_OPEN
    values["closed_at"] = None
    for tagged in TAGGED_FIELDS:
        values[SOURCE_VALUE_FIELDS[tagged]] = _tagged_value(tagged, outlet.values.get(tagged))
    values[AGE_FIELD] = edit_age_years(outlet.values.get("osm_timestamp"), source.date)
    return SourceOutlet(values, outlet.lon, outlet.lat)


def plan_refresh(
    rows,
    sources,
    taxonomy,
    category_ids=None,
    closed_at=None,
    max_closed_share=DEFAULT_MAX_CLOSED_SHARE,
    progress=SILENT,
):
    """The edits that bring the layer's ``rows`` (LayerOutlet) up to date with ``sources``
    (RefreshSource, one per source refreshed), keeping every hand edit, as a RefreshPlan.

    Rows of other sources (a merged osm+directory layer, outlets added by hand) are left alone;
    a row of a refreshed source that the source no longer has, inside the area it covers, is
    closed at ``closed_at``. Raises InputError, changing nothing, when more than
    ``max_closed_share`` of the open outlets in that area would be closed: the source then most
    likely covers another area or other categories than the layer.
    """
    edits, additions, changes = {}, [], []
    open_in_scope = closing = 0
    for number, source in enumerate(sources):
        part = progress.sub(number / len(sources), (number + 1) / len(sources))
        candidates = [(index, row) for index, row in enumerate(rows) if _text(row.values.get("source")) == source.name]
        matches = _match(candidates, source.outlets, source.name, part.sub(0.0, 0.5))
        updating = part.sub(0.5, 1.0)
        for step, (index, row) in enumerate(candidates):
            updating.step(step, len(candidates))
            edit = edits.setdefault(index, OutletEdit(row.fid))
            covered = source.covers is None or row.lon is None or source.covers((row.lon, row.lat))
            is_open = row.values.get("status") != STATUS_CLOSED
            if covered and is_open:
                open_in_scope += 1
            if index in matches:
                _update(row, source.outlets[matches[index]], source, taxonomy, category_ids, edit, changes)
            elif covered and is_open:
                closing += 1
                edit.values.update(status=STATUS_CLOSED, closed_at=closed_at or source.date)
                name = _text(row.values.get("name")) or ""
                changes.append(
                    Change("closed", _text(row.values.get("source_id")) or "", name, STATUS_OPEN, STATUS_CLOSED)
                )
            elif row.values.get("status") is None:
                edit.values["status"] = STATUS_OPEN
        matched = set(matches.values())
        for found, outlet in enumerate(source.outlets):
            if found not in matched:
                additions.append(_addition(outlet, source))
                values = outlet.values
                changes.append(
                    Change(
                        "new",
                        _text(values.get("source_id")) or "",
                        _text(values.get("name")) or "",
                        "",
                        _shown(values.get("category")),
                    )
                )
    if open_in_scope and closing > max_closed_share * open_in_scope:
        raise InputError(
            "The source would close {closing} of the {total} open outlets of the layer in the area it covers "
            "(more than {share:.0f}%): it most likely covers another area, or other CATEGORIES, than the layer. "
            "Nothing was changed. Check the EXTENT, the OSM_FILE, the DIRECTORY and the CATEGORIES, or raise "
            "MAX_CLOSED_SHARE if these outlets really have closed.",
            closing=closing,
            total=open_in_scope,
            share=max_closed_share * 100,
        )
    for index, row in enumerate(rows):  # rows of sources not refreshed still get a status, once
        if row.values.get("status") is None and index not in edits:
            edits[index] = OutletEdit(row.fid, {"status": STATUS_OPEN})
    kept = [edit for _index, edit in sorted(edits.items()) if edit.values or edit.point is not None]
    return RefreshPlan(kept, additions, changes, open_in_scope)


def stale_share(rows_values, years, reference=None):
    """(stale, dated): how many open OSM outlets were last edited more than ``years`` ago, of how
    many have an edit date. ``rows_values`` are value dicts with AGE_FIELD (or osm_timestamp and a
    ``reference`` date)."""
    stale = dated = 0
    for values in rows_values:
        if values.get("status") == STATUS_CLOSED or "osm" not in str(values.get("source") or ""):
            continue
        age = values.get(AGE_FIELD)
        if age is None:
            age = edit_age_years(values.get("osm_timestamp"), reference)
        if age is None:
            continue
        dated += 1
        stale += age > years
    return stale, dated
