"""QGIS 4 (Qt 6) readiness, checked statically: the Qt 5-only forms stay out of the code.

Debian has no QGIS built on Qt 6 yet, so the repository's Python (the package modules, plugin,
processing, core, dev and tests) is read rather than run there. The scanner walks each file's syntax
tree, so a word in a string or a comment never counts, and looks the names a file imports from
qgis.PyQt, qgis.core, qgis.gui and qgis.analysis up in the running PyQt and QGIS: ``Qt.AlignLeft``, an
enum member reached without its enum (PyQt6 has no such shortcut), is told apart from ``Qt.AlignmentFlag``
(the enum) and ``Qt.mightBeRichText`` (a function). The Qt 5 forms QGIS 3 still needs live in
qgis_compat.py, and only there. The metadata must let QGIS 4 load the plugin.
"""

import ast
import configparser
import enum
import importlib
import inspect
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMPAT_MODULE = "qgis_compat.py"
SKIPPED_FOLDERS = {".venv", "build", "dist", "__pycache__", "artifacts"}
# Modules whose classes the scanner looks into (QGIS's own PyQt shim and its bindings).
RESOLVED_MODULES = ("qgis.PyQt.", "qgis.core", "qgis.gui", "qgis.analysis")
# Qt 5 classes that Qt 6 (so PyQt6) no longer has.
REMOVED_CLASSES = {
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QApplication.screens())",
    "QMatrix": "QTransform",
    "QStringRef": "str",
    "QTextCodec": "Python's codecs",
    "QGLWidget": "QOpenGLWidget",
}
# QGIS flag enums deprecated since QGIS 3.36 (they moved to Qgis): the qgis_compat name for each.
DEPRECATED_FLAGS = {
    "QgsProcessingParameterDefinition": "ADVANCED_PARAMETER",
    "QgsProcessingAlgorithm": "NO_THREADING",
    "QgsFeatureRequest": "NO_GEOMETRY",
    "QgsProcessingFeatureSource": "NO_GEOMETRY_CHECK (source.setInvalidGeometryCheck)",
}
# QGIS methods deprecated since a version after 3.22: the qgis_compat function to call instead.
DEPRECATED_METHODS = {"parameterAsFields": "parameter_as_fields (parameterAsStrings since QGIS 3.32)"}
# Qt 5 QtWidgets classes that Qt 6 moved to QtGui.
MOVED_TO_QTGUI = {
    "QAction",
    "QActionGroup",
    "QShortcut",
    "QUndoCommand",
    "QUndoGroup",
    "QUndoStack",
    "QFileSystemModel",
}


def python_files():
    return sorted(
        path
        for path in ROOT.rglob("*.py")
        if not SKIPPED_FOLDERS.intersection(path.relative_to(ROOT).parts[:-1])
        and not any(part.startswith(".") for part in path.relative_to(ROOT).parts)
    )


def is_enum_member(value):
    """A member of a Qt or QGIS enum: a sip enum's (PyQt5) or a Python enum's (PyQt6, QGIS's own)."""
    return isinstance(value, enum.Enum) or type(type(value)).__name__ == "enumtype"


def imported_classes(tree):
    """{name in the file: class} for the classes the file imports from Qt and QGIS modules."""
    classes = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        if not node.module.startswith(RESOLVED_MODULES):
            continue
        try:
            module = importlib.import_module(node.module)
        except ImportError:  # a module this QGIS lacks: nothing to look up
            continue
        for alias in node.names:
            value = getattr(module, alias.name, None)
            if inspect.isclass(value):
                classes[alias.asname or alias.name] = value
    return classes


def qt5_forms(source, file_name="sample.py"):
    """[(line, message)] for each Qt 5-only form in ``source`` (the text of a file called ``file_name``)."""
    tree = ast.parse(source)
    in_compat = file_name == COMPAT_MODULE
    classes = imported_classes(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
                    found.append((node.lineno, f"import {alias.name}: import Qt through qgis.PyQt"))
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            top = node.module.split(".")[0]
            if top in ("PyQt5", "PyQt6", "sip"):
                found.append((node.lineno, f"from {node.module} import: import Qt through qgis.PyQt"))
            if node.module == "qgis.PyQt.Qt":
                found.append((node.lineno, "qgis.PyQt.Qt is gone in QGIS 4: import from QtCore, QtGui or QtWidgets"))
            for alias in node.names:
                if alias.name in REMOVED_CLASSES:
                    found.append((node.lineno, f"{alias.name} is gone in Qt 6: use {REMOVED_CLASSES[alias.name]}"))
                if alias.name == "qApp":
                    found.append((node.lineno, "qApp is gone in PyQt6: QApplication.instance()"))
                if node.module.endswith("QtWidgets") and alias.name in MOVED_TO_QTGUI and not in_compat:
                    found.append((node.lineno, f"{alias.name} is in QtGui on Qt 6: import it from qgis_compat"))
        elif isinstance(node, ast.Attribute):
            found += _attribute_forms(node, classes, in_compat)
    return sorted(set(found))


def _attribute_forms(node, classes, in_compat):
    base = node.value.id if isinstance(node.value, ast.Name) else None
    if node.attr in ("exec_", "print_"):
        return [(node.lineno, f"{node.attr}() is gone in PyQt6: {node.attr[:-1]}()")]
    if (
        node.attr == "width"
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and node.value.func.attr == "fontMetrics"
    ):
        return [(node.lineno, "QFontMetrics.width() is gone in Qt 6: horizontalAdvance()")]
    if node.attr in DEPRECATED_METHODS and not in_compat:
        return [(node.lineno, f"{node.attr} is deprecated: qgis_compat.{DEPRECATED_METHODS[node.attr]}")]
    if base in DEPRECATED_FLAGS and node.attr == "Flag" and not in_compat:
        return [(node.lineno, f"{base}.Flag is deprecated since QGIS 3.36: qgis_compat.{DEPRECATED_FLAGS[base]}")]
    if base == "QtWidgets" and node.attr in MOVED_TO_QTGUI and not in_compat:
        return [(node.lineno, f"QtWidgets.{node.attr} is in QtGui on Qt 6: import it from qgis_compat")]
    if base == "QVariant":
        if node.attr == "Type":
            return [(node.lineno, "QVariant.Type is gone in PyQt6: use qgis_compat.FieldType")]
        member = getattr(classes.get("QVariant"), node.attr, None)
        if is_enum_member(member) and not in_compat:
            return [(node.lineno, f"QVariant.{node.attr} is gone in PyQt6: use qgis_compat.FieldType")]
        return []
    if base in classes:
        member = getattr(classes[base], node.attr, None)
        if is_enum_member(member):
            scoped = f"{base}.{enum_name(classes[base], member)}.{node.attr}"
            return [(node.lineno, f"{base}.{node.attr}: PyQt6 reaches enum members through their enum: {scoped}")]
    return []


def enum_name(cls, member):
    """The name under which ``cls`` holds the enum of ``member`` (QGIS keeps some moved enums under their
    old name: QgsWkbTypes.GeometryType is Qgis.GeometryType since 3.30)."""
    return next((name for name in dir(cls) if getattr(cls, name, None) is type(member)), type(member).__name__)


# --- the scanner bites -------------------------------------------------------------------------
BAD_SAMPLE = """\
from PyQt5.QtCore import QTimer
import PyQt5.QtGui
from qgis.PyQt.QtCore import Qt, QVariant, QRegExp
from qgis.PyQt.QtWidgets import QAction, QDialog, QMessageBox, qApp
from qgis.PyQt import QtWidgets
from qgis.core import QgsProcessingFeatureSource, QgsProcessingParameterDefinition, QgsWkbTypes

field_type = QVariant.Type.String
other_type = QVariant.Int
align = Qt.AlignLeft
flag = QgsProcessingParameterDefinition.FlagAdvanced
geometry = QgsWkbTypes.PointGeometry
answer = QMessageBox.Yes
dialog = QDialog()
dialog.exec_()
action = QtWidgets.QAction()
width = dialog.fontMetrics().width("text")
advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced
unchecked = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
fields = algorithm.parameterAsFields(parameters, "ADDRESS_FIELDS", context)
"""


def test_the_scanner_finds_each_qt5_form():
    found = qt5_forms(BAD_SAMPLE)
    lines = {line for line, _ in found}
    assert lines == {1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20}, found
    messages = dict(found)
    assert "Qt.AlignmentFlag.AlignLeft" in messages[10]
    assert "FlagAdvanced" in messages[11]
    assert "QMessageBox.StandardButton.Yes" in messages[13]
    assert "exec()" in messages[15]
    assert "qgis_compat.ADVANCED_PARAMETER" in messages[18]
    assert "QgsProcessingFeatureSource.Flag is deprecated" in messages[19] and "NO_GEOMETRY_CHECK" in messages[19]
    assert "qgis_compat.parameter_as_fields" in messages[20]
    line_4 = " / ".join(message for line, message in found if line == 4)
    assert "QAction is in QtGui" in line_4 and "qApp is gone" in line_4


GOOD_SAMPLE = '''\
"""Mentions of Qt.AlignLeft, QVariant.Int, exec_() and PyQt5 in a docstring do not count."""
from qgis.PyQt.QtCore import Qt, QVariant, QT_VERSION_STR
from qgis.PyQt.QtWidgets import QDialog, QMessageBox
from qgis.core import Qgis, QgsProcessing, QgsWkbTypes

# Qt.AlignLeft in a comment does not count either.
align = Qt.AlignmentFlag.AlignLeft
rich = Qt.mightBeRichText("<b>x</b>")
answer = QMessageBox.StandardButton.Yes
level = Qgis.MessageLevel.Warning
version = Qgis.QGIS_VERSION_INT
geometry = QgsWkbTypes.GeometryType.PointGeometry
temporary = QgsProcessing.TEMPORARY_OUTPUT
is_null = isinstance(None, QVariant)
text = "Qt.AlignLeft, from PyQt5 import QtCore, dialog.exec_()"
QDialog().exec()


class Local:
    AlignLeft = 1


value = Local.AlignLeft
'''


def test_the_scanner_ignores_scoped_forms_strings_comments_and_other_names():
    assert qt5_forms(GOOD_SAMPLE) == []


def test_the_qt5_forms_qgis_3_needs_are_allowed_in_qgis_compat_only():
    source = "from qgis.PyQt.QtCore import QVariant\nfrom qgis.PyQt.QtWidgets import QAction\nkind = QVariant.String\n"
    assert len(qt5_forms(source, "elsewhere.py")) == 2
    assert qt5_forms(source, COMPAT_MODULE) == []
    assert qt5_forms("from qgis.PyQt.QtCore import QVariant\nkind = QVariant.Type.String\n", COMPAT_MODULE)


# --- the code ----------------------------------------------------------------------------------
def test_the_scan_covers_every_part_of_the_repository():
    parts = {path.relative_to(ROOT).parts[0] for path in python_files()}
    assert {"plugin", "processing", "core", "dev", "tests", COMPAT_MODULE} <= parts


@pytest.mark.parametrize("path", python_files(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_no_qt5_only_form(path):
    found = qt5_forms(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    assert not found, "\n".join(f"{path.relative_to(ROOT)}:{line}: {message}" for line, message in found)


def test_metadata_lets_qgis_4_load_the_plugin():
    """QGIS 4 loads a plugin that declares supportsQt6 and whose qgisMaximumVersion admits 4.x."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    assert general["supportsQt6"].strip().lower() == "true"
    assert int(general["qgisMaximumVersion"].split(".")[0]) >= 4
    assert general["qgisMinimumVersion"] == "3.22"
