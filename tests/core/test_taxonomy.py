import json

import pytest

from foodaccess.core.errors import FoodAccessError
from foodaccess.core.outlets.taxonomy import chosen_categories, load_taxonomy, parse_taxonomy


def test_bundled_taxonomy_covers_the_required_categories():
    taxonomy = load_taxonomy()
    for required in (
        "supermarket",
        "convenience",
        "greengrocer",
        "butcher",
        "fishmonger",
        "bakery",
        "marketplace",
        "farm_shop",
        "organic",
        "deli",
        "food_specialist",
        "frozen_food",
        "fast_food",
        "confectionery",
        "alcohol",
    ):
        assert required in taxonomy.ids
    assert taxonomy.category("supermarket").usda_supermarket
    assert not taxonomy.category("convenience").usda_supermarket
    assert "fast_food" not in taxonomy.default_ids
    assert "bakery" in taxonomy.default_ids
    for category in taxonomy.categories:
        assert category.label("en") and category.label("fr")


@pytest.mark.parametrize(
    "tags, expected",
    [
        ({"shop": "hypermarket"}, ("supermarket", "hypermarket")),
        ({"shop": "supermarket"}, ("supermarket", "")),
        ({"shop": "grocery"}, ("convenience", "grocery")),
        ({"shop": "seafood"}, ("fishmonger", "")),
        ({"shop": "pastry"}, ("bakery", "pastry")),
        ({"amenity": "marketplace"}, ("marketplace", "")),
        ({"shop": "cheese"}, ("food_specialist", "cheese")),
        ({"amenity": "fast_food"}, ("fast_food", "")),
        ({"shop": "clothes"}, None),
    ],
)
def test_classify(tags, expected):
    result = load_taxonomy().classify(tags)
    assert (result[0].id, result[1]) == expected if expected else result is None


def test_classify_respects_allowed_categories():
    taxonomy = load_taxonomy()
    assert taxonomy.classify({"amenity": "fast_food"}, allowed=set(taxonomy.default_ids)) is None


def test_flags():
    taxonomy = load_taxonomy()
    assert taxonomy.flags({"shop": "bakery", "organic": "only"}) == {"organic": True, "local": False}
    assert taxonomy.flags({"shop": "farm"}) == {"organic": False, "local": True}
    assert taxonomy.flags({"shop": "organic"})["organic"]
    assert not taxonomy.flags({"shop": "bakery", "organic": "no"})["organic"]


def test_tag_filters_group_values_by_key():
    filters = dict(load_taxonomy().tag_filters(["supermarket", "marketplace"]))
    assert filters == {"shop": ["supermarket", "hypermarket"], "amenity": ["marketplace"]}


def test_invalid_taxonomy_names_file_and_entry(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"categories": [{"id": "x", "label": {"en": "X"}, "group": "tasty", "tags": []}]}))
    with pytest.raises(FoodAccessError, match=r"mine\.json.*'x'.*group"):
        load_taxonomy(str(path))
    path.write_text("{not json")
    with pytest.raises(FoodAccessError, match=r"not valid JSON \(line 1"):
        load_taxonomy(str(path))
    with pytest.raises(FoodAccessError, match="twice"):
        parse_taxonomy(
            {
                "categories": [
                    {"id": "a", "label": {"en": "A"}, "group": "healthy", "tags": [{"key": "shop", "value": "a"}]},
                    {"id": "a", "label": {"en": "A"}, "group": "healthy", "tags": [{"key": "shop", "value": "b"}]},
                ]
            }
        )


def test_chosen_categories_of_a_custom_taxonomy():
    bundled = load_taxonomy()
    assert chosen_categories(bundled, bundled, ["fast_food", "bakery"]) == (["bakery", "fast_food"], [])

    def category(category_id, group, default):
        tags = [{"key": "shop", "value": category_id}]
        return {"id": category_id, "label": {"en": category_id}, "group": group, "default": default, "tags": tags}

    custom = parse_taxonomy(
        {
            "categories": [
                category("bakery", "healthy", True),
                category("kiosk", "less_healthy", True),
                category("tea", "healthy", False),
            ]
        }
    )
    # the chosen ids it defines, plus its own default categories (the list cannot show them)
    assert chosen_categories(custom, bundled, ["fast_food", "bakery"]) == (["bakery", "kiosk"], ["fast_food"])


def test_values_in_semicolon_lists_match():
    taxonomy = load_taxonomy()
    category, subcategory = taxonomy.classify({"shop": "convenience;doityourself"})
    assert (category.id, subcategory) == ("convenience", "")
    assert taxonomy.classify({"shop": "books; greengrocer"})[0].id == "greengrocer"
    assert taxonomy.classify({"shop": "convenience_store"}) is None
    assert taxonomy.flags({"shop": "farm;butcher"})["local"]
