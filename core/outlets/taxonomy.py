"""The food-outlet taxonomy: which OpenStreetMap tags make which category.

The bundled file is ``resources/taxonomy/taxonomy.json``; users pass an edited
copy as the TAXONOMY parameter. The file is validated on load so that a typo
gives a message naming the file and the entry, not a wrong map.
"""

import json
import os
from dataclasses import dataclass, field

from ..errors import DataFileError, InputError

GROUPS = ("healthy", "less_healthy")

# The plugin folder is three levels up: core/outlets/taxonomy.py.
PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUNDLED_TAXONOMY = os.path.join(PLUGIN_DIR, "resources", "taxonomy", "taxonomy.json")


def tag_values(tags, key):
    """The values of an OSM tag: ``shop=convenience;doityourself`` lists two."""
    value = tags.get(key)
    if value is None:
        return ()
    if ";" not in value:
        return (value,)
    return tuple(part.strip() for part in value.split(";"))


@dataclass(frozen=True)
class TagRule:
    key: str
    value: str
    subcategory: str = ""


@dataclass(frozen=True)
class Category:
    id: str
    labels: dict
    group: str
    usda_supermarket: bool
    default: bool
    rules: tuple

    def label(self, language="en"):
        return self.labels.get(language) or self.labels["en"]


@dataclass
class Taxonomy:
    categories: tuple
    flag_rules: dict = field(default_factory=dict)
    path: str = ""

    def __post_init__(self):
        self._by_id = {category.id: category for category in self.categories}

    @property
    def ids(self):
        return tuple(category.id for category in self.categories)

    @property
    def default_ids(self):
        return tuple(category.id for category in self.categories if category.default)

    def category(self, category_id):
        try:
            return self._by_id[category_id]
        except KeyError:
            raise InputError(
                "Unknown category '{category}' in taxonomy {path}; known categories: {categories}.",
                category=category_id,
                path=self.path or "(bundled)",
                categories=", ".join(self.ids),
            ) from None

    def classify(self, tags, allowed=None):
        """Return (category, subcategory) for an element's tags, or None.

        Keys are tried in the order the rules appear, so an element tagged both
        shop=supermarket and amenity=fast_food gets the first listed category.
        A rule matches one of several values separated by ";" (OSM's way of
        listing values). ``allowed`` restricts the result to a set of category ids.
        """
        for category in self.categories:
            if allowed is not None and category.id not in allowed:
                continue
            for rule in category.rules:
                if rule.value in tag_values(tags, rule.key):
                    return category, rule.subcategory
        return None

    def flags(self, tags):
        """Return {"organic": bool, "local": bool, ...} read from the tags."""
        return {
            flag: any(value in rule["values"] for rule in rules for value in tag_values(tags, rule["key"]))
            for flag, rules in self.flag_rules.items()
        }

    def tag_filters(self, category_ids):
        """(key, [values]) pairs selecting the given categories, for Overpass or OGR queries.

        A query built from them must also match these values inside ";" lists.
        """
        values_by_key = {}
        for category_id in category_ids:
            for rule in self.category(category_id).rules:
                values = values_by_key.setdefault(rule.key, [])
                if rule.value not in values:
                    values.append(rule.value)
        return list(values_by_key.items())


def chosen_categories(taxonomy, bundled, chosen):
    """The category ids to fetch with ``taxonomy`` when the ids ``chosen`` were ticked in the list
    of the ``bundled`` taxonomy (the list a dialog shows): the chosen ids ``taxonomy`` defines, in
    its order, plus the categories a custom taxonomy adds with "default": true (the list cannot show
    them). Returns (ids, the chosen ids ``taxonomy`` lacks)."""
    ids = [category_id for category_id in taxonomy.ids if category_id in chosen]
    ids += [category.id for category in taxonomy.categories if category.default and category.id not in bundled.ids]
    missing = [category_id for category_id in chosen if category_id not in taxonomy.ids]
    return ids, missing


def load_taxonomy(path=None):
    """Load and validate a taxonomy file (the bundled one when ``path`` is empty)."""
    path = path or BUNDLED_TAXONOMY
    try:
        with open(path, encoding="utf-8-sig") as stream:
            document = json.load(stream)
    except OSError as error:
        raise DataFileError(
            "Cannot read the taxonomy file {path}: {problem}.", path=path, problem=error.strerror
        ) from None
    except json.JSONDecodeError as error:
        raise DataFileError(
            "The taxonomy file {path} is not valid JSON (line {line}, column {column}: {problem}). "
            "Fix it or start again from a copy of the bundled taxonomy.",
            path=path,
            line=error.lineno,
            column=error.colno,
            problem=error.msg,
        ) from None
    return parse_taxonomy(document, path)


def parse_taxonomy(document, path=""):
    """The Taxonomy a parsed JSON document describes; DataFileError naming ``path`` and the entry
    when it is not a valid one."""
    where = path or "(taxonomy)"
    if not isinstance(document, dict) or not isinstance(document.get("categories"), list):
        raise DataFileError('Taxonomy {where}: expected an object with a "categories" list.', where=where)
    categories = []
    seen = set()
    for index, entry in enumerate(document["categories"], start=1):
        if not isinstance(entry, dict):
            raise DataFileError("Taxonomy {where}: category #{index} is not an object.", where=where, index=index)
        category_id = entry.get("id")
        if not category_id or not isinstance(category_id, str):
            raise DataFileError('Taxonomy {where}: category #{index} has no "id".', where=where, index=index)
        if category_id in seen:
            raise DataFileError(
                "Taxonomy {where}: category '{category}' is listed twice.", where=where, category=category_id
            )
        seen.add(category_id)
        labels = entry.get("label") or {}
        if not isinstance(labels, dict) or not labels.get("en"):
            raise DataFileError(
                "Taxonomy {where}: category '{category}' needs a label with at least an \"en\" text.",
                where=where,
                category=category_id,
            )
        group = entry.get("group")
        if group not in GROUPS:
            raise DataFileError(
                "Taxonomy {where}: category '{category}' has group {group!r}; use one of {groups}.",
                where=where,
                category=category_id,
                group=group,
                groups=", ".join(GROUPS),
            )
        rules = []
        for rule in entry.get("tags") or []:
            if not isinstance(rule, dict) or not rule.get("key") or not rule.get("value"):
                raise DataFileError(
                    "Taxonomy {where}: category '{category}' has a tag rule without key and value: {rule!r}.",
                    where=where,
                    category=category_id,
                    rule=rule,
                )
            rules.append(TagRule(rule["key"], rule["value"], rule.get("subcategory", "")))
        if not rules:
            raise DataFileError(
                "Taxonomy {where}: category '{category}' has no tag rule.", where=where, category=category_id
            )
        categories.append(
            Category(
                id=category_id,
                labels=dict(labels),
                group=group,
                usda_supermarket=bool(entry.get("usda_supermarket", False)),
                default=bool(entry.get("default", group == "healthy")),
                rules=tuple(rules),
            )
        )
    if not categories:
        raise DataFileError("Taxonomy {where}: no category defined.", where=where)
    flag_rules = document.get("flags") or {}
    for flag, rules in flag_rules.items():
        for rule in rules:
            if not isinstance(rule, dict) or not rule.get("key") or not isinstance(rule.get("values"), list):
                raise DataFileError(
                    "Taxonomy {where}: flag '{flag}' has a rule without key and values list: {rule!r}.",
                    where=where,
                    flag=flag,
                    rule=rule,
                )
    return Taxonomy(tuple(categories), flag_rules, path)
