"""The plugin's words in the user's language: ``tr`` for the code's own strings and
``error_message`` for the typed errors of ``core`` (whose English templates
dev/translations.py extracts into the same context)."""

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale

CONTEXT = "FoodAccess"


def tr(text, context=CONTEXT):
    return QCoreApplication.translate(context, text)


def plural(count, singular, plural_text):
    """``singular`` or ``plural_text`` (both translated by the caller: ``tr("{count} outlet")``,
    ``tr("{count} outlets")``) as ``count`` agrees in the user's language: French takes the singular
    for 0 and 1, English (and the languages the plugin does not ship, shown in English) for 1 only."""
    one = abs(count) < 2 if user_language() == "fr" else count == 1
    return singular if one else plural_text


def counted(count, singular, plural_text):
    """``plural(count, singular, plural_text)`` with its ``{count}`` filled: a noun phrase such as "1 outlet"."""
    return plural(count, singular, plural_text).format(count=count)


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
