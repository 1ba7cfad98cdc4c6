"""The French translation: extracted from the code, complete, compiled and loaded by Qt."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

REPO_ROOT = Path(__file__).resolve().parents[1]
DEV = REPO_ROOT / "dev"


def _translations_script(command):
    return subprocess.run(
        [sys.executable, str(DEV / "translations.py"), command], cwd=REPO_ROOT, capture_output=True, text=True
    )


@pytest.fixture
def translations(monkeypatch):
    """dev/translations.py as a module (it imports its sibling dev/package.py)."""
    monkeypatch.syspath_prepend(str(DEV))
    import translations

    return translations


def test_extraction_finds_every_form_of_translatable_call(translations):
    source = """
from qgis.PyQt.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
LABELS = {"a": QT_TRANSLATE_NOOP("FoodAccess", "Outlets")}
class Algorithm:
    def shortHelpString(self):
        return self.tr("Walking time to the nearest outlet")
    def tr(self, text):
        return tr(text)
message = tr("Cancelled: " "no output was written.")
other = QCoreApplication.translate("FoodAccess", "Food Access")
foreign = QCoreApplication.translate("QgsPluginInstaller", "Not ours")
computed = tr(LABELS["a"])
def check(speed):
    if speed <= 0:
        raise InputError("The walking speed must be positive (got {speed} km/h).", speed=speed)
"""
    found, not_literal = translations.strings_in_source(source, "example.py")
    assert {text for _context, text, _line in found} == {
        "Outlets",
        "Walking time to the nearest outlet",
        "Cancelled: no output was written.",
        "Food Access",
        "The walking speed must be positive (got {speed} km/h).",  # a typed error's template
    }
    assert not_literal == [len(source[: source.index("computed")].splitlines()) + 1]
    ast.parse(source)  # the example itself is valid Python


def test_placeholders_must_survive_translation(translations):
    assert translations.placeholders("{names} is missing from {folder}") == ["folder", "names"]
    assert translations.placeholders("Not {{braces}}") == []


def test_every_string_of_the_code_has_a_french_translation():
    process = _translations_script("check")
    assert process.returncode == 0, process.stdout + process.stderr


def test_compiled_translation_is_used_by_qt(qgis_app):
    process = _translations_script("compile")
    assert process.returncode == 0, process.stdout + process.stderr
    translator = QTranslator()
    assert translator.load(str(REPO_ROOT / "resources" / "i18n" / "foodaccess_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        from foodaccess.core.errors import InputError
        from foodaccess.i18n import error_message, tr

        assert tr("Food Access algorithms") == "Algorithmes Food Access"
        # core's typed errors reach French users in French, their fields filled in
        assert error_message(InputError("The buffer width must be greater than zero.")) == (
            "La largeur du tampon doit être supérieure à zéro."
        )
        assert tr("Cancelled: no output was written.") == "Annulé : aucun résultat n'a été écrit."
        assert QCoreApplication.translate("FoodAccess", "Food Access: food deserts and access to food") == (
            "Food Access : déserts alimentaires et accès à l'alimentation"
        )
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr("Food Access algorithms") == "Food Access algorithms"


@pytest.mark.parametrize(
    ("language", "forms"), [("en_GB", ["0 rows", "1 row", "2 rows"]), ("fr_FR", ["0 row", "1 row", "2 rows"])]
)
def test_plural_follows_the_rule_of_the_users_language(qgis_app, language, forms):
    # French takes the singular for 0 ("0 commerce"), English the plural ("0 outlets").
    from qgis.core import QgsSettings

    from foodaccess.i18n import counted

    settings = QgsSettings()
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", language)
        assert [counted(count, "{count} row", "{count} rows") for count in (0, 1, 2)] == forms
    finally:
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")
