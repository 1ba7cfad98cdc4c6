"""OSM tags as GDAL's OSM driver gives them: known keys as fields, the rest in
``other_tags``, an hstore-like string: ``"shop"=>"bakery","organic"=>"only"``."""

import re

_HSTORE_PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')
_ESCAPE = re.compile(r"\\(.)")


def _unescape(text):
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text  # most tags hold no escape: skip the regex


def parse_other_tags(text):
    """Parse GDAL's ``other_tags`` string into a dict (empty for None or "")."""
    if not text:
        return {}
    return {_unescape(key): _unescape(value) for key, value in _HSTORE_PAIR.findall(text)}


def feature_tags(fields, other_tags):
    """All tags of an OGR OSM feature: its non-empty named fields plus ``other_tags``.

    ``fields`` maps field names to values and should hold only tag fields
    (not osm_id, osm_way_id, z_order, ...).
    """
    tags = parse_other_tags(other_tags)
    for key, value in fields.items():
        if value not in (None, ""):
            tags[key] = str(value)
    return tags
