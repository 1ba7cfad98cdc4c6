"""Outlet directories: tables of shops with postal addresses (or coordinates)
turned into outlets of the outlet schema.

French directories are spreadsheets saved as CSV: ";" separators and UTF-8
(with or without BOM) or Windows-1252 (Excel's "CSV (séparateur: point-virgule)").
``read_csv`` detects both the encoding and the separator, so "Épicerie" never
comes out as "Ã‰picerie" or "�picerie".

A directory's own category labels ("Épicerie fine", "Primeur") are mapped to
taxonomy categories by a small CSV mapping file (``label;category[;subcategory]``),
then by the taxonomy's own ids and labels; a label found nowhere is reported,
never guessed.
"""

import codecs
import csv
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import DataFileError, InputError
from ..progress import SILENT
from .geocoder import DEFAULT_MIN_SCORE
from .merge import normalize_text

# Encodings tried in this order when none is given; cp1252 before latin-1
# because Excel on Windows writes cp1252 (œ, €, curly quotes), a superset of
# latin-1 for printable characters; latin-1 accepts any byte, so it ends the list.
AUTO_ENCODINGS = ("utf-8", "cp1252", "latin-1")
SEPARATORS = (";", ",", "\t", "|")
SAMPLE_LINES = 50
# Geocoder result types placed on the map; "municipality" (the town centre) is
# too far from the shop for walking distances and goes to UNMATCHED.
PLACED_TYPES = ("housenumber", "street", "locality")
# Lambert-93 (EPSG:2154) X and Y of metropolitan France, in metres: out-of-range
# "longitudes/latitudes" in these ranges are Lambert-93 coordinates (SIRENE, BAN, IGN files).
LAMBERT93_X = (0.0, 1_300_000.0)
LAMBERT93_Y = (6_000_000.0, 7_200_000.0)


@dataclass
class Table:
    """A table read from a directory: field names and rows of values (same length)."""

    fields: list
    rows: list
    encoding: str = ""
    separator: str = ""
    # Rows of a CSV line whose quote never closes: {row index: line number in the file}. Their cells are the
    # line split at every separator; the import puts them in UNMATCHED with the line number, never placed.
    rejected: dict = field(default_factory=dict)


def detect_encoding(data):
    """The encoding of a text file's bytes: its BOM, else UTF-8 if it decodes, else Windows-1252 or Latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for encoding in AUTO_ENCODINGS:
        try:
            data.decode(encoding)
            return encoding
        except UnicodeDecodeError:
            continue
    return "latin-1"  # pragma: no cover - latin-1 decodes any byte


def detect_separator(text):
    """The separator that splits the first lines into the same number (> 1) of fields most often."""
    sample = "\n".join(text.splitlines()[:SAMPLE_LINES])
    best, best_score = ",", (0, 0)
    for separator in SEPARATORS:
        rows = [row for row in csv.reader(io.StringIO(sample), delimiter=separator) if row]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        score = (sum(1 for row in rows if len(row) == width), width)
        if score > best_score:
            best, best_score = separator, score
    return best


def unique_field_names(names):
    """Header names made usable: stripped, empty ones named field_N, repeated ones suffixed _2, _3…"""
    result, seen = [], set()
    for position, name in enumerate(names, start=1):
        base = (name or "").strip() or f"field_{position}"
        candidate, suffix = base, 2
        while candidate in seen:
            candidate, suffix = f"{base}_{suffix}", suffix + 1
        seen.add(candidate)
        result.append(candidate)
    return result


def read_csv(path, encoding=None):
    """Read a CSV directory; ``encoding`` None detects it. Blank lines are not rows; a line whose quote
    never closes is a rejected row (``Table.rejected``), and the lines after it are read as usual."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError as error:
        raise DataFileError("Cannot read the directory {path}: {problem}.", path=path, problem=error.strerror) from None
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise DataFileError(
            "The directory {path} is not in the encoding {encoding} ({error}). "
            "Leave ENCODING on automatic detection or choose the encoding the file was saved in.",
            path=path,
            encoding=encoding,
            error=error,
        ) from None
    text = text.lstrip("\ufeff")
    separator = detect_separator(text)
    records = _records(text, separator)
    if not records:
        raise DataFileError(
            "The directory {path} is empty: expected a header line and one line per outlet. "
            "Save the table again with its header line and rows, and import that file.",
            path=path,
        )
    if records[0].unclosed_quote:
        raise DataFileError(
            'The header line of the directory {path} holds a quote (") that is never closed: the whole file '
            "would be read as one cell. Close or remove the quote and import again.",
            path=path,
        )
    fields = unique_field_names(records[0].cells)
    table = Table(fields, [], encoding, separator)
    for record in records[1:]:
        if record.unclosed_quote:
            table.rejected[len(table.rows)] = record.line
        table.rows.append(_fit(record.cells, len(fields), separator))
    return table


@dataclass
class _Record:
    """A record of a CSV file: the number of its (first) line, its cells, and whether a quote on that line opens
    a cell that never closes (the cells are then the line split at every separator)."""

    line: int
    cells: list
    unclosed_quote: bool = False


class _LineFeed:
    """The lines of a text handed to csv.reader one at a time, counted: a record's lines are known and reading
    can start again at any line."""

    def __init__(self, lines):
        self.lines = lines
        self.position = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.position >= len(self.lines):
            raise StopIteration
        self.position += 1
        return self.lines[self.position - 1]


def _records(text, separator):
    """The non-blank records of a CSV text. A quoted cell may span lines (an address on two lines), but a stray
    quote that never closes would swallow every line after it into one cell: such a record is cut back to
    its first line (an unclosed-quote record) and reading goes on at the next line."""
    lines = io.StringIO(text, newline="").readlines()
    feed = _LineFeed(lines)
    reader = csv.reader(feed, delimiter=separator)
    records = []
    while True:
        start = feed.position
        try:
            cells = next(reader)
        except StopIteration:
            break
        if not cells:
            continue
        width = len(records[0].cells) if records else 0
        if feed.position - start > 1 and _swallows_lines(cells, lines[start : feed.position], separator, width):
            stray = next(csv.reader([lines[start]], delimiter=separator, quoting=csv.QUOTE_NONE))
            records.append(_Record(start + 1, stray, unclosed_quote=True))
            feed.position = start + 1
            reader = csv.reader(feed, delimiter=separator)
            continue
        records.append(_Record(start + 1, cells))
    return records


def _swallows_lines(cells, lines, separator, width):
    """Whether a record read over several ``lines`` is a stray quote's doing rather than a cell written on several
    lines: a cell holds a line that looks like a row of its own (separators enough for ``width`` fields; any
    separator for the header), or the file ends with the quote still open."""
    needed = max(1, width - 1)
    for cell in cells:
        if any(line.count(separator) >= needed for line in cell.splitlines()[1:]):
            return True
    try:
        list(csv.reader(lines, delimiter=separator, strict=True))
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


def _fit(row, width, separator):
    """A row cut or padded to the header's width; extra cells (an unquoted separator
    inside the last value) are joined back into the last field, not lost."""
    if len(row) <= width:
        return row + [""] * (width - len(row))
    return row[: width - 1] + [separator.join(row[width - 1 :])]


def text_value(value):
    """A cell as text: "" for empty, integral numbers without ".0" (postcodes read from spreadsheets)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# A house number alone in its column ("12", "12 bis", "4B") and a French postcode:
# each is written before the next part with a space, as in "12 rue X, 13001 Marseille".
_HOUSE_NUMBER = re.compile(r"^\d{1,4}\s*(bis|ter|quater|[a-z])?$", re.IGNORECASE)
_POSTCODE = re.compile(r"^\d{5}$")


def join_address(parts):
    """Address columns joined in order the way French addresses are written: "12" + "rue X"
    + "13001" + "Marseille" -> "12 rue X, 13001 Marseille"; empty parts skipped."""
    text = ""
    glued = False  # the previous part is a house number or a postcode
    for part in parts:
        if not part:
            continue
        text += (" " if glued else ", ") + part if text else part
        glued = bool(_HOUSE_NUMBER.match(part) or _POSTCODE.match(part))
    return text


def parse_coordinate(value):
    """A longitude or latitude from a cell: numbers, "43.29" or French "43,29"; None if not a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = text_value(value).replace("\u00a0", "").replace(" ", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


# --- categories ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CategoryChoice:
    category: str
    subcategory: str = ""


def load_category_mapping(path, taxonomy):
    """Read a mapping file: a CSV with the columns label, category and optionally subcategory.

    Returns {normalised label: CategoryChoice}. Categories must be taxonomy ids;
    the same label twice with different categories is an error.
    """
    table = read_csv(path)
    columns = {normalize_text(name): index for index, name in enumerate(table.fields)}
    if "label" not in columns or "category" not in columns:
        raise DataFileError(
            "The category mapping {path} needs a header line with the columns label and category "
            "(and optionally subcategory); it has: {fields}.",
            path=path,
            fields=", ".join(table.fields),
        )
    mapping = {}
    for line, row in enumerate(table.rows, start=2):
        label = text_value(row[columns["label"]])
        category = text_value(row[columns["category"]])
        subcategory = text_value(row[columns["subcategory"]]) if "subcategory" in columns else ""
        if not label and not category:
            continue
        if not label:
            raise DataFileError("The category mapping {path}, line {line}: the label is empty.", path=path, line=line)
        if category not in taxonomy.ids:
            raise DataFileError(
                "The category mapping {path}, line {line}: '{category}' is not a taxonomy category; "
                "use one of: {categories}.",
                path=path,
                line=line,
                category=category,
                categories=", ".join(taxonomy.ids),
            )
        choice = CategoryChoice(category, subcategory)
        key = normalize_text(label)
        if mapping.get(key, choice) != choice:
            raise DataFileError(
                "The category mapping {path}, line {line}: the label '{label}' is already mapped to {category}.",
                path=path,
                line=line,
                label=label,
                category=mapping[key].category,
            )
        mapping[key] = choice
    return mapping


class CategoryResolver:
    """Finds the taxonomy category of a directory label and counts the labels it could not map.

    Tried in order: the mapping file, a taxonomy id ("bakery"), a taxonomy
    label in any language ("Boulangerie"); accents, case and punctuation ignored.
    """

    def __init__(self, taxonomy, mapping=None):
        self.taxonomy = taxonomy
        self.known = {}
        for category in taxonomy.categories:
            for text in (category.id, *category.labels.values()):
                self.known.setdefault(normalize_text(text), CategoryChoice(category.id))
        self.known.update(mapping or {})
        self.unmapped = Counter()

    def resolve(self, label):
        key = normalize_text(label)
        choice = self.known.get(key)
        if choice is None:
            self.unmapped[text_value(label)] += 1
        return choice

    def flags(self, choice):
        """The organic/local flags the category implies (shop=organic is organic, shop=farm is local)."""
        rules = self.taxonomy.category(choice.category).rules
        rule = next((r for r in rules if r.subcategory == choice.subcategory), rules[0])
        return self.taxonomy.flags({rule.key: rule.value})


# --- the import ---------------------------------------------------------------------------
def _no_such_field(name, table):
    return InputError(
        "The directory has no field '{name}'; its fields are: {fields}.", name=name, fields=", ".join(table.fields)
    )


def table_field(name, table, layer_names):
    """The field of ``table`` that ``name``, a field of the input layer as QGIS read it, stands for
    ("" stays ""). QGIS may read a CSV otherwise than read_csv (another encoding garbles the names):
    when both have as many fields, the field at the same position is the one the user chose."""
    if not name or name in table.fields:
        return name
    if name in layer_names and len(layer_names) == len(table.fields):
        return table.fields[layer_names.index(name)]
    raise _no_such_field(name, table)


@dataclass
class DirectoryColumns:
    """Which fields of the table hold what (names of ``Table.fields``; "" when absent)."""

    name: str
    address: tuple = ()
    lon: str = ""
    lat: str = ""
    category: str = ""
    id: str = ""

    def check(self):
        """Refuse a choice of fields that cannot place the rows."""
        if bool(self.lon) != bool(self.lat):
            raise InputError("Give both a longitude field and a latitude field, or neither.")
        if not self.address and not self.lon:
            raise InputError("Give the address fields (to geocode the outlets) or the longitude and latitude fields.")


@dataclass
class DirectoryDefaults:
    local: bool = False
    organic: bool = False
    category: str = ""
    min_score: float = DEFAULT_MIN_SCORE


@dataclass
class PlacedOutlet:
    """A directory row placed on the map: its row index, outlet values and WGS 84 position."""

    row: int
    values: dict
    lon: float
    lat: float


@dataclass(frozen=True)
class UnmatchedRow:
    """A directory row that could not be placed: its index in ``Table.rows`` and why, in words."""

    row: int
    reason: str

    @property
    def number(self):
        """The row's number as people count: 1 is the first row after the header."""
        return self.row + 1


@dataclass
class ImportResult:
    placed: list = field(default_factory=list)  # PlacedOutlet
    unmatched: list = field(default_factory=list)  # UnmatchedRow, in row order
    unmapped_labels: Counter = field(default_factory=Counter)
    geocoded: int = 0


def _out_of_range(x, y, projected):
    """Why a row's coordinates cannot be placed: the fix when they look like Lambert-93."""
    if projected:
        return f"coordinates outside the valid area of COORDINATES_CRS (x {x}, y {y})"
    if LAMBERT93_X[0] <= x <= LAMBERT93_X[1] and LAMBERT93_Y[0] <= y <= LAMBERT93_Y[1]:
        return (
            f"coordinates out of range for longitude/latitude (x {x}, y {y}): they look like Lambert-93 metres; "
            "set COORDINATES_CRS to EPSG:2154"
        )
    return f"coordinates out of range (lon {x}, lat {y}): if they are not degrees, set COORDINATES_CRS to their CRS"


def numeric_postcode_columns(table, names):
    """The ``names`` whose cells are all whole numbers from 1000 to 99999: postcodes a spreadsheet
    stored as numbers, which lost the leading 0 of 01000–09999 (Ain, Aisne… Ariège). Written
    back with five digits; a column of house numbers is never all above 999."""
    found = set()
    for name in names:
        position = table.fields.index(name)
        values = [row[position] for row in table.rows if text_value(row[position])]
        if values and all(
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and float(value).is_integer()
            and 1000 <= value <= 99999
            for value in values
        ):
            found.add(name)
    return found


def import_directory(
    table, columns, resolver, defaults, geocoder=None, fetched_at=None, progress=SILENT, to_wgs84=None
):
    """Place every row of ``table`` or say why it could not be placed.

    ``to_wgs84(x, y)`` turns the coordinate fields into (lon, lat), or None when it cannot;
    without it they are longitude and latitude. Rows with valid coordinates
    (``columns.lon``/``lat``) are placed there;
    the others are geocoded from their joined address fields when
    ``columns.address`` is given. Every row ends in ``placed`` or in
    ``unmatched`` with a reason, never nowhere.
    """
    index = {name: position for position, name in enumerate(table.fields)}
    for name in (columns.name, *columns.address, columns.lon, columns.lat, columns.category, columns.id):
        if name and name not in index:
            raise _no_such_field(name, table)

    def cell(row, name):
        return row[index[name]] if name else None

    postcodes = numeric_postcode_columns(table, columns.address)

    def address_part(row, name):
        value = cell(row, name)
        return f"{int(value):05d}" if name in postcodes and text_value(value) else text_value(value)

    result = ImportResult()
    to_geocode = []  # (row index, address)
    positions = {}
    addresses = {}
    reading = progress.sub(0.0, 0.05)
    for number, row in enumerate(table.rows):
        if number % 1000 == 0:
            reading.step(number, len(table.rows))
        if number in table.rejected:
            result.unmatched.append(UnmatchedRow(number, _unclosed_quote(table.rejected[number])))
            continue
        addresses[number] = join_address(address_part(row, name) for name in columns.address)
        if columns.lon and columns.lat:
            x, y = parse_coordinate(cell(row, columns.lon)), parse_coordinate(cell(row, columns.lat))
            if x is not None and y is not None:
                position = to_wgs84(x, y) if to_wgs84 else (x, y)
                if position is not None and -180 <= position[0] <= 180 and -90 <= position[1] <= 90:
                    positions[number] = (position[0], position[1], None)
                else:
                    result.unmatched.append(UnmatchedRow(number, _out_of_range(x, y, to_wgs84 is not None)))
                continue
            if not columns.address:
                result.unmatched.append(
                    UnmatchedRow(number, "no coordinates (longitude or latitude empty or not a number)")
                )
                continue
        to_geocode.append((number, addresses[number]))

    if to_geocode:
        if geocoder is None:  # pragma: no cover - the caller gives one whenever ADDRESS fields are set
            raise ValueError("Addresses to geocode but no geocoder.")
        matches = geocoder.geocode([address for _, address in to_geocode], progress.sub(0.05, 0.9))
        result.geocoded = len(to_geocode)
        for (number, _), match in zip(to_geocode, matches):
            reason = _unplaced_reason(match, defaults.min_score)
            if reason:
                result.unmatched.append(UnmatchedRow(number, reason))
            else:
                positions[number] = (match.lon, match.lat, match)

    defaults_choice = CategoryChoice(defaults.category) if defaults.category else None
    placing = progress.sub(0.9, 1.0)
    for done, number in enumerate(sorted(positions)):
        if done % 1000 == 0:
            placing.step(done, len(positions))
        row = table.rows[number]
        lon, lat, match = positions[number]
        label = text_value(cell(row, columns.category)) if columns.category else ""
        choice = resolver.resolve(label) if label else defaults_choice
        flags = resolver.flags(choice) if choice else {}
        source_id = text_value(cell(row, columns.id)) if columns.id else ""
        values = {
            "source": "directory",
            "source_id": source_id or str(number + 1),  # the row number, as UnmatchedRow.number
            "name": text_value(cell(row, columns.name)) or None,
            "category": choice.category if choice else None,
            "subcategory": (choice.subcategory or None) if choice else None,
            "organic": bool(defaults.organic or flags.get("organic")),
            "local": bool(defaults.local or flags.get("local")),
            "brand": None,
            "opening_hours": None,
            "address": addresses[number] or None,
            "osm_timestamp": None,
            "tags": json.dumps(
                {name: text_value(value) for name, value in zip(table.fields, row) if text_value(value)},
                ensure_ascii=False,
            ),
            "fetched_at": fetched_at,
            "geocode_score": match.score if match else None,
            "geocode_label": match.label if match else None,
            "geocode_type": match.type if match else None,
        }
        result.placed.append(PlacedOutlet(number, values, lon, lat))
    result.unmatched.sort(key=lambda unmatched: unmatched.row)
    result.unmapped_labels = resolver.unmapped
    progress.step(1, 1)
    return result


def _unclosed_quote(line):
    return (
        f'line {line} of the file holds a quote (") that is never closed: the row was not read; '
        "close or remove the quote and import again"
    )


def _unplaced_reason(match, min_score):
    if match.status == "skipped":
        return match.detail or "no address to geocode"
    if match.status == "not-found":
        return "address not found by the geocoder"
    if match.status != "ok":
        return f"the geocoder failed on this address{': ' + match.detail if match.detail else ''}"
    if match.score < min_score:
        return f"geocoder score {match.score:.2f} below MIN_SCORE {min_score:.2f} (best match: {match.label})"
    if match.type not in PLACED_TYPES:
        return f"only the {match.type or 'area'} was found ({match.label}), not the street"
    return ""
