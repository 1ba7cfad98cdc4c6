from foodaccess.core.osm.tags import feature_tags, parse_other_tags


def test_parse_other_tags_with_escapes_and_commas():
    text = r'"shop"=>"bakery","name:fr"=>"Le \"Pain\", et C\\ie","organic"=>"only"'
    assert parse_other_tags(text) == {"shop": "bakery", "name:fr": 'Le "Pain", et C\\ie', "organic": "only"}


def test_parse_other_tags_empty():
    assert parse_other_tags(None) == {}
    assert parse_other_tags("") == {}


def test_feature_tags_merges_fields_and_skips_empty():
    tags = feature_tags({"name": "Casino", "highway": None, "shop": ""}, '"shop"=>"supermarket"')
    assert tags == {"name": "Casino", "shop": "supermarket"}
