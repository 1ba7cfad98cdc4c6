import codecs

import pytest

from foodaccess.core.errors import FoodAccessError, InputError
from foodaccess.core.outlets.directory import (
    CategoryResolver,
    DirectoryColumns,
    DirectoryDefaults,
    Table,
    UnmatchedRow,
    detect_encoding,
    detect_separator,
    import_directory,
    load_category_mapping,
    numeric_postcode_columns,
    parse_coordinate,
    read_csv,
    table_field,
)
from foodaccess.core.outlets.geocoder import Geocoder
from foodaccess.core.outlets.taxonomy import load_taxonomy
from foodaccess.tests.geocoder_replay import (
    CATEGORY_MAPPING,
    DIRECTORY_HEADER,
    DIRECTORY_ROWS,
    GeocoderReplay,
    write_csv,
)

ROWS = [row for row, _ in DIRECTORY_ROWS]


@pytest.mark.parametrize(
    "encoding, separator, detected",
    [
        ("utf-8-sig", ";", "utf-8-sig"),
        ("utf-8", ";", "utf-8"),
        ("cp1252", ";", "cp1252"),
        ("cp1252", ",", "cp1252"),
        ("utf-8", "\t", "utf-8"),
        ("utf-16", "\t", "utf-16"),
    ],
)
def test_read_csv_detects_encoding_and_separator_without_mojibake(tmp_path, encoding, separator, detected):
    path = write_csv(tmp_path / "annuaire.csv", DIRECTORY_HEADER, ROWS, encoding, separator)
    table = read_csv(path)
    assert (table.encoding, table.separator) == (detected, separator)
    assert table.fields == list(DIRECTORY_HEADER)  # "Catégorie", "Référence": no BOM glued to "Nom"
    assert [tuple(row) for row in table.rows] == ROWS
    # The characters Latin-1 would get wrong: œ, Œ (0x9C, 0x8C in Windows-1252).
    names = [row[0] for row in table.rows]
    assert "Boulangerie Pâtissière Cœur de Blé" in names and "Caviste Œnophile" in names
    assert not any("Ã" in name or "\ufffd" in name for name in names)


def test_explicit_encoding_is_used_and_a_wrong_one_is_explained(tmp_path):
    path = write_csv(tmp_path / "annuaire.csv", DIRECTORY_HEADER, ROWS, "cp1252")
    assert read_csv(path, "cp1252").rows[0][0] == "Épicerie Dupré"
    with pytest.raises(FoodAccessError, match="not in the encoding utf-8"):
        read_csv(path, "utf-8")


def test_detect_encoding_prefers_the_bom_then_utf8():
    assert detect_encoding(codecs.BOM_UTF8 + "é".encode()) == "utf-8-sig"
    assert detect_encoding("Épicerie".encode()) == "utf-8"
    assert detect_encoding("Épicerie œ €".encode("cp1252")) == "cp1252"
    assert detect_encoding(bytes([0x81, 0x8D])) == "latin-1"  # undefined in cp1252


def test_detect_separator_ignores_separators_inside_quotes():
    text = 'nom;adresse\n"Bio, frais & local";"1, rue A"\n"Chez Paul";"2, rue B"\n'
    assert detect_separator(text) == ";"
    assert detect_separator("nom,ville\nA,B\n") == ","


def test_rows_of_other_widths_keep_every_value(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("nom;adresse;ville\nA;1 rue X\nB;2 rue Y;Marseille;en trop\n\n", encoding="utf-8")
    table = read_csv(str(path))
    assert table.rows == [["A", "1 rue X", ""], ["B", "2 rue Y", "Marseille;en trop"]]


@pytest.mark.parametrize(
    "lines, rows, rejected",
    [
        # A quoted value on two lines is one cell.
        (
            ['A;"1 rue X', 'Bât B";Marseille', "C;3 rue Z;Aix"],
            [["A", "1 rue X\r\nBât B", "Marseille"], ["C", "3 rue Z", "Aix"]],
            {},
        ),
        # A stray quote never closed: that line alone is rejected, the next ones are read.
        (['"A;1 rue X;Marseille', "B;2 rue Y;Aix"], [['"A', "1 rue X", "Marseille"], ["B", "2 rue Y", "Aix"]], {0: 2}),
        # Two stray quotes: the second would close the first and swallow the lines between.
        (
            ['"A;1;M', "B;2;N", '"C;3;O', "D;4;P"],
            [['"A', "1", "M"], ["B", "2", "N"], ['"C', "3", "O"], ["D", "4", "P"]],
            {0: 2, 2: 4},
        ),
        # Opened in the last column.
        (["A;1;M", 'B;2;"N', "C;3;O"], [["A", "1", "M"], ["B", "2", '"N'], ["C", "3", "O"]], {1: 3}),
    ],
    ids=["two-line-value", "stray-quote", "two-stray-quotes", "last-cell"],
)
def test_a_quote_never_closed_rejects_its_line_only(tmp_path, lines, rows, rejected):
    path = tmp_path / "quotes.csv"
    path.write_bytes("\r\n".join(["nom;adresse;ville", *lines]).encode("utf-8") + b"\r\n")
    table = read_csv(str(path))
    assert (table.rows, table.rejected) == (rows, rejected)


def test_a_quote_never_closed_in_the_header_is_refused(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text('"nom;adresse\nA;1 rue X\n', encoding="utf-8")
    with pytest.raises(FoodAccessError, match=r"The header line of the directory .*header\.csv holds a quote \(\"\)"):
        read_csv(str(path))


def test_rejected_rows_are_unmatched_with_their_line(tmp_path):
    path = tmp_path / "quotes.csv"
    path.write_text('nom;lon;lat\n"A;5.4;43.3\nB;5.5;43.4\n', encoding="utf-8")
    table = read_csv(str(path))
    result = import_directory(
        table, DirectoryColumns("nom", lon="lon", lat="lat"), CategoryResolver(load_taxonomy()), DirectoryDefaults()
    )
    assert [placed.row for placed in result.placed] == [1]
    reason = 'line 2 of the file holds a quote (") that is never closed: the row was not read; close or remove the'
    assert result.unmatched == [UnmatchedRow(0, reason + " quote and import again")]


def test_header_names_are_made_unique(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("nom;nom;;ville\na;b;c;d\n", encoding="utf-8")
    assert read_csv(str(path)).fields == ["nom", "nom_2", "field_3", "ville"]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("43,2965", 43.2965),
        ("43.2965", 43.2965),
        (" 5,37 ", 5.37),
        (5.37, 5.37),
        (13, 13.0),
        ("", None),
        ("n/a", None),
        (None, None),
        ("1 234,5", 1234.5),
    ],
)
def test_parse_coordinate_reads_french_decimal_commas(value, expected):
    assert parse_coordinate(value) == expected


def test_category_mapping_file(tmp_path):
    taxonomy = load_taxonomy()
    path = write_csv(tmp_path / "mapping.csv", CATEGORY_MAPPING[0], CATEGORY_MAPPING[1:], "cp1252")
    mapping = load_category_mapping(path, taxonomy)
    resolver = CategoryResolver(taxonomy, mapping)
    assert resolver.resolve("ÉPICERIE").category == "convenience"
    assert resolver.resolve("epicerie").subcategory == "grocery"
    assert resolver.resolve("Boulangerie").category == "bakery"  # the taxonomy's French label
    assert resolver.resolve("frozen_food").category == "frozen_food"  # a taxonomy id
    assert resolver.resolve("Cave à vins") is None
    assert resolver.resolve("Cave a vins") is None
    assert resolver.unmapped == {"Cave à vins": 1, "Cave a vins": 1}
    assert resolver.flags(resolver.resolve("Magasin bio")) == {"organic": True, "local": False}
    assert resolver.flags(resolver.resolve("Vente à la ferme")) == {"organic": False, "local": True}


@pytest.mark.parametrize(
    "content, message",
    [
        ("libellé;catégorie\nA;bakery\n", "needs a header line with the columns label and category"),
        ("label;category\nPain;boulangerie\n", "line 2: 'boulangerie' is not a taxonomy category"),
        ("label;category\nPain;bakery\npain;deli\n", "line 3: the label 'pain' is already mapped to bakery"),
    ],
)
def test_bad_mapping_files_name_the_line(tmp_path, content, message):
    path = tmp_path / "mapping.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FoodAccessError, match=message):
        load_category_mapping(str(path), load_taxonomy())


def test_import_with_coordinates_needs_no_geocoder():
    table = Table(
        ["nom", "lon", "lat", "type"],
        [
            ["Ferme A", "5,3812", "43,2967", "Vente à la ferme"],
            ["Ferme B", "", "", "Vente à la ferme"],
            ["Ferme C", "543.2", "43.1", ""],
            ["Ferme D", 5.4, 43.3, "Inconnu"],
        ],
    )
    resolver = CategoryResolver(load_taxonomy())
    result = import_directory(
        table,
        DirectoryColumns(name="nom", lon="lon", lat="lat", category="type"),
        resolver,
        DirectoryDefaults(category="greengrocer"),
    )
    assert [(p.row, p.lon, p.lat) for p in result.placed] == [(0, 5.3812, 43.2967), (3, 5.4, 43.3)]
    assert result.placed[0].values["category"] == "farm_shop" and result.placed[0].values["local"] is True
    assert result.placed[1].values["category"] is None  # unmapped label: not guessed, not defaulted
    assert result.unmapped_labels == {"Inconnu": 1}
    assert [(unmatched.row, unmatched.reason.split(" (")[0]) for unmatched in result.unmatched] == [
        (1, "no coordinates"),
        (2, "coordinates out of range"),
    ]
    assert len(result.placed) + len(result.unmatched) == len(table.rows)


def test_unmatched_rows_are_numbered_as_people_count():
    assert UnmatchedRow(0, "no address to geocode").number == 1


def test_fields_chosen_on_the_layer_qgis_read_are_found_in_the_table():
    table = Table(["Nom", "Catégorie", "Ville"], [])
    misread = ["Nom", "CatÃ©gorie", "Ville"]  # the same CSV read by QGIS as Latin-1
    assert table_field("Catégorie", table, misread) == "Catégorie"
    assert table_field("CatÃ©gorie", table, misread) == "Catégorie"  # same position
    assert table_field("", table, misread) == ""
    with pytest.raises(FoodAccessError, match="no field 'Adresse'; its fields are: Nom, Catégorie, Ville"):
        table_field("Adresse", table, misread)
    with pytest.raises(FoodAccessError, match="no field 'CatÃ©gorie'"):
        table_field("CatÃ©gorie", table, misread[:2])  # another width: positions say nothing


@pytest.mark.parametrize(
    "columns, message",
    [
        (DirectoryColumns(name="nom", address=("adresse",), lon="x"), "both a longitude field and a latitude field"),
        (DirectoryColumns(name="nom", lat="y"), "both a longitude field and a latitude field"),
        (DirectoryColumns(name="nom"), "Give the address fields"),
        (DirectoryColumns(name="nom", address=("adresse",)), None),
        (DirectoryColumns(name="nom", lon="x", lat="y"), None),
    ],
)
def test_columns_must_place_the_rows(columns, message):
    if message is None:
        columns.check()
    else:
        with pytest.raises(InputError, match=message):
            columns.check()


def test_unknown_column_is_named():
    with pytest.raises(FoodAccessError, match="no field 'Nom'; its fields are: nom"):
        import_directory(
            Table(["nom"], []),
            DirectoryColumns(name="Nom", lon="x", lat="y"),
            CategoryResolver(load_taxonomy()),
            DirectoryDefaults(),
        )


@pytest.mark.parametrize(
    "parts, address",
    [
        (("12", "rue de la République", "13001", "Marseille"), "12 rue de la République, 13001 Marseille"),
        (("4 ter", "bd National", "", "Marseille"), "4 ter bd National, Marseille"),
        (("12 rue X", "Bâtiment B", "13001", "Marseille"), "12 rue X, Bâtiment B, 13001 Marseille"),
        (("", "Place Jean Jaurès", "13005", ""), "Place Jean Jaurès, 13005"),
        (("", "", "", ""), ""),
    ],
)
def test_address_split_in_several_columns_is_written_the_french_way(parts, address):
    table = Table(["nom", "numero", "voie", "cp", "ville"], [["Primeur", *parts]])
    with GeocoderReplay({}) as replay, Geocoder(replay.url) as geocoder:
        result = import_directory(
            table,
            DirectoryColumns(name="nom", address=("numero", "voie", "cp", "ville")),
            CategoryResolver(load_taxonomy()),
            DirectoryDefaults(),
            geocoder,
        )
    assert [request.query["q"] for request in replay.requests] == ([address] if address else [])
    assert result.unmatched[0].reason == ("address not found by the geocoder" if address else "no address to geocode")


def test_postcodes_stored_as_numbers_get_their_leading_zero_back():
    """A spreadsheet keeps 01000 (Bourg-en-Bresse) as the number 1000; house numbers stay as they are."""
    table = Table(
        ["nom", "numero", "voie", "cp", "ville"],
        [
            ["Primeur", 12, "rue Bourgmayer", 1000, "Bourg-en-Bresse"],
            ["Boulangerie", 1250.0, "route de Lyon", 13001.0, "Marseille"],
            ["Marché", None, "place Carriat", None, "Bourg-en-Bresse"],
        ],
    )
    assert numeric_postcode_columns(table, ("numero", "voie", "cp", "ville")) == {"cp"}
    with GeocoderReplay({}) as replay, Geocoder(replay.url) as geocoder:
        import_directory(
            table,
            DirectoryColumns(name="nom", address=("numero", "voie", "cp", "ville")),
            CategoryResolver(load_taxonomy()),
            DirectoryDefaults(),
            geocoder,
        )
    assert [request.query["q"] for request in replay.requests] == [
        "12 rue Bourgmayer, 01000 Bourg-en-Bresse",
        "1250 route de Lyon, 13001 Marseille",
        "place Carriat, Bourg-en-Bresse",
    ]
