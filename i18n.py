"""The plugin's words in the user's language: ``tr`` for the code's own strings and
``error_message`` for the typed errors of ``core`` (whose English templates
dev/translations.py extracts into the same context)."""

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale

CONTEXT = "FoodAccess"


def tr(text, context=CONTEXT):
    return QCoreApplication.translate(context, text)


def user_language():
    """Two-letter language of the QGIS user interface ("en", "fr", ...)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or "en"
    else:
        name = QLocale.system().name()
    return (name or "en")[:2].lower()


def error_message(error):
    """The message of a core ``FoodAccessError`` in the user's language."""
    text = QCoreApplication.translate(CONTEXT, error.template)
    return text.format(**error.fields) if error.fields else text
