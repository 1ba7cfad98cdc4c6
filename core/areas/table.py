"""The table of the classified areas: the fields the classification adds, each area's values, the facts
its ``reason`` states (worded by the Processing layer, in the user's language), and the summary.

Field kinds are Python types (float, int, bool, str); the caller maps them to its own field types.
"""

from dataclasses import dataclass

from ..progress import SILENT
from .classify import CLASSES, NO_POPULATION, NOT_ASSESSED
from .outlet_counts import HEALTHY, LESS_HEALTHY

# Where an area's low income comes from, as its reason tells.
INCOME_NOT_ASSESSED = "not_assessed"
NOT_LOW_INCOME = "not_low_income"
LOW_INCOME_PRIORITY_AREA = "priority_area"
LOW_INCOME_EXPRESSION = "expression"


def added_fields(category_ids):
    """(name, kind) of the fields the classification adds, in their order; one count per category."""
    fields = [
        ("pop_total", float),
        ("pop_low_access", float),
        ("share_low_access", float),
        ("median_distance_m", float),
        ("median_time_min", float),
        ("n_healthy", int),
        ("n_less_healthy", int),
    ]
    fields += [(f"n_{category_id}", int) for category_id in category_ids]
    fields += [
        ("mrfei", float),
        ("stale_share", float),
        ("urban", bool),
        ("threshold", float),
        ("unit", str),
        ("priority_area", bool),
        ("low_access", bool),
        ("low_income", bool),
        ("class", str),
        ("reason", str),
    ]
    return fields


def kept_fields(area_field_names, category_ids):
    """The positions of the areas' fields the output keeps, and the names of those the classification
    replaces (same name as an added field, in any case: a classified layer classified again)."""
    added = {name.lower() for name, _ in added_fields(category_ids)}
    kept, replaced = [], []
    for position, name in enumerate(area_field_names):
        if name.lower() in added:
            replaced.append(name)
        else:
            kept.append(position)
    return kept, replaced


def area_values(result, rule, category_ids, outlets, priority_member):
    """The values of an area's added fields but the last, ``reason``: from its ``result`` (classify.AreaResult),
    its ``outlets`` (outlet_counts.AreaOutlets; None without an outlet layer) and its priority membership."""
    if outlets is None:
        outlet_values = [None, None] + [None] * len(category_ids) + [None, None]
    else:
        outlet_values = [outlets.by_group[HEALTHY], outlets.by_group[LESS_HEALTHY]]
        outlet_values += [outlets.by_category[category_id] for category_id in category_ids]
        outlet_values += [outlets.mrfei, outlets.stale_share]
    return [
        result.pop_total,
        result.pop_low_access,
        result.share_low_access,
        result.median_distance_m,
        result.median_time_min,
        *outlet_values,
        result.urban,
        result.threshold,
        rule.unit,
        priority_member,
        result.low_access,
        result.low_income,
        result.class_,
    ]


@dataclass(frozen=True)
class Reason:
    """What the ``reason`` field says of an area: its class and, for an area with people, how many live
    beyond which threshold, how many have no measure, the rule's criteria and whether they are met, and where
    its income comes from."""

    class_: str
    people: float
    people_beyond: float  # of the people measured
    share_beyond: object  # percent of the people measured; None without population, or not assessed
    people_unmeasured: float  # without a measure of access: left out of people_beyond and its share
    threshold: float
    unit: str
    urban: bool
    low_access: object  # None without population
    count: float  # the rule's criteria: at least this many people ...
    share: float  # ... or this percent of them beyond the threshold
    income: str  # INCOME_NOT_ASSESSED, NOT_LOW_INCOME, LOW_INCOME_PRIORITY_AREA or LOW_INCOME_EXPRESSION

    @property
    def populated(self):
        return self.class_ != NO_POPULATION

    @property
    def assessed(self):
        """False when more than classify.NOT_ASSESSED_UNMEASURED_SHARE percent of its people have no measure."""
        return self.class_ != NOT_ASSESSED

    @property
    def people_measured(self):
        return self.people - self.people_unmeasured

    @property
    def unmeasured_share(self):
        """Percent of the area's people without a measure (0 without people)."""
        return 100.0 * self.people_unmeasured / self.people if self.people > 0 else 0.0


def reason(result, rule, priority_member):
    """The facts of an area's reason; a low-income priority area owes its low income to the priority areas."""
    if result.low_income is None:
        income = INCOME_NOT_ASSESSED
    elif not result.low_income:
        income = NOT_LOW_INCOME
    elif priority_member:
        income = LOW_INCOME_PRIORITY_AREA
    else:
        income = LOW_INCOME_EXPRESSION
    return Reason(
        class_=result.class_,
        people=result.pop_total,
        people_beyond=result.pop_low_access,
        share_beyond=result.share_low_access,
        people_unmeasured=result.pop_unmeasured,
        threshold=result.threshold,
        unit=rule.unit,
        urban=result.urban,
        low_access=result.low_access,
        count=rule.count,
        share=rule.share,
        income=income,
    )


@dataclass(frozen=True)
class AreaRow:
    """An area's values for the added fields but the last (``area_values``), and the facts its reason words."""

    values: list
    reason: Reason


def area_rows(results, rule, category_ids, outlets=None, priority=None, progress=SILENT):
    """The AreaRow of each area from its ``results`` (classify.AreaResult), its ``outlets``
    (outlet_counts.AreaOutlets; None without an outlet layer) and its ``priority`` membership (None without
    priority areas)."""
    rows = []
    for index, result in enumerate(results):
        progress.step(index, len(results))
        member = priority[index] if priority is not None else None
        counts = outlets[index] if outlets is not None else None
        rows.append(AreaRow(area_values(result, rule, category_ids, counts, member), reason(result, rule, member)))
    return rows


def class_counts(results):
    """{class: number of areas} over every class, for the summary."""
    counts = dict.fromkeys(CLASSES, 0)
    for result in results:
        counts[result.class_] += 1
    return counts
