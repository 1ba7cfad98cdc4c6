#!/usr/bin/env python3
"""Translations of the plugin's user interface.

    dev/translations.py update    # source strings -> resources/i18n/foodaccess_<lang>.ts
    dev/translations.py compile   # .ts -> .qm with lrelease (what QGIS loads)
    dev/translations.py check     # fails, listing them, while a string has no translation

Strings are found with Python's ast in every file the plugin zip ships:
``tr("…")``, ``self.tr("…")`` and ``QCoreApplication.translate("FoodAccess", "…")``
(or ``QgsApplication.translate``), the markers of texts translated later,
``QT_TRANSLATE_NOOP("FoodAccess", "…")`` and ``QT_TR_NOOP("…")`` (from
``qgis.PyQt.QtCore``, e.g. for a dict of labels), and the message templates of core's typed
errors, ``InputError("… {name} …", name=…)`` (any class of core/errors.py; i18n.error_message
translates them). ``update`` keeps the existing translations,
adds new strings as unfinished and drops the strings the code no longer has.
Translate the unfinished entries in the .ts (any text editor, or Qt Linguist).
"""

import ast
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from package import ROOT, shipped_files

I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr",)
CONTEXT = "FoodAccess"
ERRORS_MODULE = ROOT / "core" / "errors.py"
REFRESH_COMMAND = "make translations  # or: .venv/bin/python dev/translations.py update"


@dataclass
class Message:
    source: str
    translation: str = ""
    finished: bool = False
    locations: list = field(default_factory=list)


def _constant_string(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(node):
    function = node.func
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return function.attr
    return None


def error_classes(path=ERRORS_MODULE):
    """Names of the typed error classes whose first argument is a translatable template."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return frozenset(node.name for node in tree.body if isinstance(node, ast.ClassDef))


def strings_in_source(text, filename):
    """(context, source string, line) of each translatable call in Python ``text``,
    and the lines of tr() calls whose text is not a literal (they cannot be extracted)."""
    found, not_literal = [], []
    errors = error_classes()
    for node in ast.walk(ast.parse(text, filename)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _call_name(node)
        if name in ("tr", "QT_TR_NOOP"):
            source = _constant_string(node.args[0])
            context_node = (
                node.args[1]
                if len(node.args) > 1
                else next((keyword.value for keyword in node.keywords if keyword.arg == "context"), None)
            )
            context = _constant_string(context_node) if context_node is not None else CONTEXT
            if source is None and not isinstance(node.args[0], ast.Name):  # a Name: a wrapper passing its argument on
                not_literal.append(node.lineno)
            elif source is not None and context:
                found.append((context, source, node.lineno))
        elif name in errors:
            source = _constant_string(node.args[0])
            if source is not None:
                found.append((CONTEXT, source, node.lineno))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, source = _constant_string(node.args[0]), _constant_string(node.args[1])
            if context == CONTEXT and source is not None:
                found.append((context, source, node.lineno))
    return found, not_literal


def extract(root=ROOT):
    """{context: {source: [file paths]}} of the shipped Python files, and the non-literal tr() calls."""
    contexts, not_literal = {}, []
    for relative in shipped_files(root):
        if relative.suffix != ".py":
            continue
        path = root / relative
        found, lines = strings_in_source(path.read_text(encoding="utf-8"), str(path))
        not_literal += [f"{relative.as_posix()}:{line}" for line in lines]
        for context, source, _line in found:
            files = contexts.setdefault(context, {}).setdefault(source, [])
            if relative.as_posix() not in files:
                files.append(relative.as_posix())
    return contexts, not_literal


def ts_path(language):
    return I18N / f"foodaccess_{language}.ts"


def read_ts(path):
    """{context: {source: Message}} of an existing .ts file (empty if there is none)."""
    if not path.exists():
        return {}
    contexts = {}
    for context_node in ET.parse(path).getroot().iter("context"):
        messages = contexts.setdefault(context_node.findtext("name"), {})
        for message_node in context_node.iter("message"):
            translation = message_node.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            messages[message_node.findtext("source")] = Message(
                message_node.findtext("source"),
                (translation.text or "") if translation is not None else "",
                kind not in ("unfinished", "vanished", "obsolete"),
            )
    return contexts


def write_ts(path, language, contexts):
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for name in sorted(contexts):
        context_node = ET.SubElement(root, "context")
        ET.SubElement(context_node, "name").text = name
        for message in sorted(contexts[name].values(), key=lambda message: message.source):
            message_node = ET.SubElement(context_node, "message")
            for location in message.locations:
                # Relative to the .ts file, as lupdate writes it.
                ET.SubElement(message_node, "location", filename=f"../../{location}")
            ET.SubElement(message_node, "source").text = message.source
            translation = ET.SubElement(message_node, "translation")
            translation.text = message.translation
            if not message.finished:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")  # unchanged files keep their date: no needless rebuild
        return True
    return False


def merged(sources, existing):
    """The messages of ``sources`` with the translations ``existing`` already has."""
    contexts = {}
    for context, strings in sources.items():
        for source, locations in strings.items():
            old = existing.get(context, {}).get(source)
            message = Message(source, old.translation, old.finished) if old else Message(source)
            message.locations = locations
            contexts.setdefault(context, {})[source] = message
    return contexts


def update():
    sources, not_literal = extract()
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language)
        contexts = merged(sources, read_ts(path))
        changed = write_ts(path, language, contexts)
        todo = sum(not message.finished for messages in contexts.values() for message in messages.values())
        print(
            f"translations: {path.relative_to(ROOT)} {'updated' if changed else 'up to date'}, "
            f"{todo} string(s) to translate"
        )
    for location in not_literal:
        print(
            f"translations: note: tr() of a computed text at {location}: mark its possible texts with "
            'QT_TRANSLATE_NOOP("FoodAccess", "…") so that they are extracted'
        )


def lrelease():
    for name in ("lrelease", "lrelease-qt5"):
        if shutil.which(name):
            return shutil.which(name)
    if Path("/usr/lib/qt5/bin/lrelease").exists():
        return "/usr/lib/qt5/bin/lrelease"
    sys.exit("translations: lrelease is missing: install it (Debian: apt-get install qttools5-dev-tools).")


def compile_all():
    tool = lrelease()
    for source in sorted(I18N.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([tool, "-silent", str(source), "-qm", str(compiled)], check=True)
        print(f"translations: compiled {compiled.relative_to(ROOT)}")


def placeholders(text):
    """The str.format fields of ``text`` ({name}, {0}...): a translation must keep them all."""
    return sorted(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)


def translation_problems(language):
    """(source, locations, problem) for each string of the code that the .ts of ``language``
    does not translate, or translates with other {placeholders} than the source."""
    sources, _ = extract()
    existing = read_ts(ts_path(language))
    problems = []
    for context, strings in sorted(sources.items()):
        for source, locations in sorted(strings.items()):
            message = existing.get(context, {}).get(source)
            if message is None or not message.finished or not message.translation.strip():
                problems.append((source, locations, "no translation"))
            elif placeholders(message.translation) != placeholders(source):
                problems.append((source, locations, f"translation has the fields {placeholders(message.translation)}"))
    return problems


def check():
    failed = False
    for language in LANGUAGES:
        problems = translation_problems(language)
        if problems:
            failed = True
            print(
                f"{len(problems)} string(s) lack a correct '{language}' translation in "
                f"{ts_path(language).relative_to(ROOT)}:"
            )
            for source, locations, problem in problems:
                print(f"  - {source!r} ({', '.join(locations)}): {problem}")
    if failed:
        print(
            f"Refresh the .ts with\n    {REFRESH_COMMAND}\nthen translate its unfinished entries "
            '(remove type="unfinished" once translated).'
        )
    return 1 if failed else 0


def main(argv):
    commands = {"update": update, "compile": compile_all, "check": check}
    if len(argv) != 1 or argv[0] not in commands:
        sys.exit(__doc__)
    sys.exit(commands[argv[0]]())


if __name__ == "__main__":
    main(sys.argv[1:])
