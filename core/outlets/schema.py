"""The outlet schema: defined once here, used by every algorithm that reads or
writes outlets (OpenStreetMap, directories, merge, tagging dock).

Types are plain names ("string", "bool", "datetime") that the Processing
layer maps to QGIS field types.
"""

from collections import namedtuple

OutletField = namedtuple("OutletField", "name type description")

OUTLET_FIELDS = (
    OutletField("source", "string", "Where the outlet comes from: osm, directory, or osm+directory after a merge."),
    OutletField(
        "source_id", "string", "Identifier in the source: node/123, way/45, relation/6, or the directory row id."
    ),
    OutletField("name", "string", "Name of the outlet."),
    OutletField("category", "string", "Taxonomy category id (e.g. supermarket, bakery)."),
    OutletField("subcategory", "string", "Finer type within the category (e.g. hypermarket), or empty."),
    OutletField("organic", "bool", "Sells organic food (organic=yes/only, shop=organic, or tagged by hand)."),
    OutletField("local", "bool", "Sells local produce (shop=farm, directories of local producers, or tagged by hand)."),
    OutletField("brand", "string", "Brand (OSM brand=*)."),
    OutletField("opening_hours", "string", "Opening hours in OSM syntax."),
    OutletField("address", "string", "Postal address joined from addr:* tags or the directory."),
    OutletField("osm_timestamp", "datetime", "Last edit of the OSM element, to judge how fresh the data is."),
    OutletField("tags", "string", "All OSM tags (or directory fields) as JSON."),
    OutletField("fetched_at", "datetime", "When the data was fetched or imported (UTC)."),
)

OUTLET_FIELD_NAMES = tuple(field.name for field in OUTLET_FIELDS)

# The fields the tagging dock and the classification need at the very least.
OUTLET_REQUIRED_FIELDS = ("category", "local", "organic")

# Texts a flag field may hold for "true": English, French, and OSM's organic=only.
TRUE_TEXTS = frozenset(("1", "true", "t", "yes", "y", "oui", "vrai", "only"))


def flag_is_true(value):
    """A local/organic flag whatever the field type: bool, number (non-zero) or text
    (yes/true/oui/vrai/only/1, any case). None and anything else is False."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        return value.strip().lower() in TRUE_TEXTS
    return False


ADDRESS_TAG_ORDER = (
    "addr:housenumber",
    "addr:street",
    "addr:place",
    "addr:postcode",
    "addr:city",
)


def address_from_tags(tags):
    """Join OSM addr:* tags into one readable line: "12 Rue X, 13001 Marseille"."""
    number = tags.get("addr:housenumber", "")
    street = tags.get("addr:street") or tags.get("addr:place", "")
    first = " ".join(part for part in (number, street) if part)
    postcode = tags.get("addr:postcode", "")
    city = tags.get("addr:city", "")
    second = " ".join(part for part in (postcode, city) if part)
    return ", ".join(part for part in (first, second) if part)
