"""core/outlets/refresh.py: what a refresh changes, what it keeps, and that a second pass changes nothing."""

import json
from datetime import datetime, timezone

import pytest

from foodaccess.core.errors import InputError
from foodaccess.core.outlets.refresh import (
    LayerOutlet,
    RefreshSource,
    SourceOutlet,
    edit_age_years,
    fetched_values,
    plan_refresh,
    stale_share,
)
from foodaccess.core.outlets.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()
FETCHED = datetime(2024, 1, 1, tzinfo=timezone.utc)
EDITED = datetime(2019, 1, 1, tzinfo=timezone.utc)


def osm_values(number, tags, **more):
    """Outlet-schema values of an OSM node as fetchoutlets writes them."""
    match = TAXONOMY.classify(tags)
    flags = TAXONOMY.flags(tags)
    values = {
        "source": "osm",
        "source_id": f"node/{number}",
        "name": tags.get("name"),
        "category": match[0].id,
        "subcategory": match[1],
        "local": flags["local"],
        "organic": flags["organic"],
        "osm_timestamp": EDITED,
        "tags": json.dumps(tags, sort_keys=True),
        "fetched_at": FETCHED,
    }
    values.update(more)
    return values


def apply(rows, plan):
    """The layer after the plan, as the algorithm writes it."""
    edits = {edit.fid: edit for edit in plan.edits}
    after = []
    for row in rows:
        edit = edits.get(row.fid)
        values = {**row.values, **(edit.values if edit else {})}
        lon, lat = edit.point if edit and edit.point else (row.lon, row.lat)
        after.append(LayerOutlet(row.fid, values, lon, lat))
    for number, outlet in enumerate(plan.additions):
        after.append(LayerOutlet(1000 + number, dict(outlet.values), outlet.lon, outlet.lat))
    return after


def test_fetched_values_come_from_the_stored_tags_of_an_old_layer():
    values = osm_values(1, {"shop": "bakery", "organic": "yes"}, category="butcher", local=True)
    assert fetched_values(values, TAXONOMY) == {"category": "bakery", "local": False, "organic": True}
    recorded = {**values, "src_category": "deli", "src_local": True, "src_organic": False}
    assert fetched_values(recorded, TAXONOMY) == {"category": "deli", "local": True, "organic": False}
    assert fetched_values({"source": "directory", "tags": "{}"}, TAXONOMY) is None


def test_hand_edits_win_source_changes_apply_and_a_second_pass_changes_nothing():
    rows = [
        LayerOutlet(1, osm_values(1, {"shop": "bakery", "name": "A"}, local=True), 5.0, 43.0),  # hand: local
        LayerOutlet(2, osm_values(2, {"shop": "bakery", "name": "B"}), 5.001, 43.0),  # OSM re-tags it
        LayerOutlet(3, osm_values(3, {"shop": "bakery", "name": "C"}), 5.002, 43.0),  # gone from OSM
        LayerOutlet(4, {"source": "directory", "source_id": "9", "category": "farm_shop"}, 5.003, 43.0),
    ]
    source = RefreshSource(
        "osm",
        [
            SourceOutlet(osm_values(1, {"shop": "bakery", "name": "A"}), 5.0, 43.0),
            SourceOutlet(osm_values(2, {"shop": "butcher", "name": "B"}), 5.001, 43.0),
            SourceOutlet(osm_values(5, {"shop": "deli", "name": "E"}), 5.004, 43.0),
        ],
        date=FETCHED,
    )
    plan = plan_refresh(rows, [source], TAXONOMY, closed_at=FETCHED, max_closed_share=0.5)
    assert sorted((c.change, c.source_id, c.before, c.after) for c in plan.changes) == [
        ("closed", "node/3", "open", "closed"),
        ("kept_hand_edit", "node/1", "local=false", "local=true"),
        ("new", "node/5", "", "deli"),
        ("recategorised", "node/2", "category=bakery", "category=butcher"),
    ]
    after = apply(rows, plan)
    by_id = {row.values["source_id"]: row.values for row in after}
    assert by_id["node/1"]["local"] is True and by_id["node/1"]["src_local"] is False
    assert by_id["node/3"]["status"] == "closed" and by_id["node/3"]["closed_at"] == FETCHED
    assert by_id["9"] == {**rows[3].values, "status": "open"}  # another source: only given a status
    assert by_id["node/5"]["edit_age_years"] == 5.0

    again = plan_refresh(after, [source], TAXONOMY, closed_at=datetime.now(timezone.utc), max_closed_share=0.5)
    assert again.edits == [] and again.additions == []
    assert [(c.change, c.source_id) for c in again.changes] == [("kept_hand_edit", "node/1")]


def test_too_many_closures_are_refused():
    rows = [LayerOutlet(n, osm_values(n, {"shop": "bakery"}), 5.0 + n / 1000, 43.0) for n in range(4)]
    elsewhere = RefreshSource("osm", [SourceOutlet(osm_values(9, {"shop": "bakery"}), 2.0, 48.0)])
    with pytest.raises(InputError, match="would close 4 of the 4 open outlets"):
        plan_refresh(rows, [elsewhere], TAXONOMY, max_closed_share=0.5)
    # Outside the area the source covers, nothing is closed.
    away = RefreshSource("osm", [], covers=lambda point: point[1] > 45.0)
    assert plan_refresh(rows, [away], TAXONOMY).count("closed") == 0


def test_edit_age_and_stale_share():
    assert edit_age_years(EDITED, FETCHED) == 5.0
    assert edit_age_years(None, FETCHED) is None
    values = [
        {"source": "osm", "edit_age_years": 5.0},
        {"source": "osm", "edit_age_years": 1.0},
        {"source": "osm", "edit_age_years": 9.0, "status": "closed"},
        {"source": "directory", "edit_age_years": None},
    ]
    assert stale_share(values, 3) == (1, 2)
