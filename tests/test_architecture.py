"""The import rules of the layout (ARCHITECTURE.md), read from the code's own imports:

- nothing under ``core/`` imports ``qgis`` (it is the pure-Python layer, tested without QGIS);
- ``core``'s parts only import downward: shared modules < ``osm`` < ``outlets``, ``walk`` <
  ``transit`` < ``areas`` < ``publish``; ``outlets`` and ``walk`` never import each other;
- ``core`` imports neither ``processing`` nor ``plugin``, and ``processing`` never imports ``plugin``.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "core"
# Rank of each part of core: a module may import its own part or a part of lower rank.
RANKS = {"": 0, "osm": 1, "outlets": 2, "walk": 2, "transit": 3, "areas": 4, "publish": 5}


def _python_files(folder):
    return sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def _imports(path):
    """(line, absolute dotted name under the plugin package or a top-level module) of each import."""
    package = list(path.relative_to(ROOT).with_suffix("").parts)[:-1]  # the folder, for __init__ too
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.append((node.lineno, node.module))
                continue
            base = package[: len(package) - (node.level - 1)]
            target = base + (node.module.split(".") if node.module else [])
            if node.module:
                found.append((node.lineno, "foodaccess." + ".".join(target)))
            else:  # from . import a, b: each name may be a module
                found += [(node.lineno, "foodaccess." + ".".join(target + [alias.name])) for alias in node.names]
    return found


def _core_part(dotted):
    """The part of core ('' for the shared modules) a dotted name under foodaccess.core belongs to."""
    parts = dotted.split(".")[2:]
    return parts[0] if len(parts) > 1 and parts[0] in RANKS else ""


def test_the_rules_see_imports_of_every_kind():
    """The reader itself: relative, absolute and function-level imports are all found."""
    imports = dict((name, line) for line, name in _imports(CORE / "transit" / "access.py"))
    assert "foodaccess.core.walk.routing" in imports
    assert "foodaccess.core.walk.service_areas" in imports  # imported inside a function
    assert "numpy" in imports


@pytest.mark.parametrize("path", _python_files(CORE), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_core_imports_no_qgis_and_only_downward(path):
    own = _core_part("foodaccess." + ".".join(path.relative_to(ROOT).with_suffix("").parts))
    wrong = []
    for line, name in _imports(path):
        top = name.split(".")[0]
        if top in ("qgis", "PyQt5", "PyQt6", "processing"):
            wrong.append(f"line {line}: {name} (core never imports QGIS or Qt)")
        elif name.startswith("foodaccess.") and not name.startswith("foodaccess.core"):
            wrong.append(f"line {line}: {name} (core never imports processing, plugin or the package's modules)")
        elif name.startswith("foodaccess.core."):
            part = _core_part(name)
            if part != own and RANKS[part] >= RANKS[own]:
                wrong.append(f"line {line}: {name} ({own or 'a shared module'} may not import {part or 'that'})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("path", _python_files(ROOT / "processing"), ids=lambda path: path.name)
def test_processing_never_imports_the_gui(path):
    wrong = [f"line {line}: {name}" for line, name in _imports(path) if name.startswith("foodaccess.plugin")]
    assert not wrong, "\n".join(wrong)
