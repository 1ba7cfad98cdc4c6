"""Shared base of every Food Access algorithm.

Holds what each algorithm would otherwise repeat: translation, help texts
loaded per language from ``resources/help``, parameter help, the dependency
guard, progress/cancel wiring to ``core`` and the promise that a failed or
cancelled run leaves no half-written file behind.
"""

import os
import traceback

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from qgis.PyQt.QtGui import QIcon

from ..core.errors import FoodAccessError
from ..core.progress import Cancelled, Progress
from ..i18n import error_message, tr, user_language
from ..paths import HELP_DIR, ICON_PATH
from ..qgis_compat import ADVANCED_PARAMETER
from .deps import install_instructions, missing_packages

# QT_TRANSLATE_NOOP marks the names for dev/translations.py; group() translates them.
GROUPS = {
    "outlets": QT_TRANSLATE_NOOP("FoodAccess", "Outlets"),
    "accessibility": QT_TRANSLATE_NOOP("FoodAccess", "Accessibility"),
    "classification": QT_TRANSLATE_NOOP("FoodAccess", "Classification"),
    "styling": QT_TRANSLATE_NOOP("FoodAccess", "Styling"),
}


def help_text(name, language=None):
    """The HTML help of algorithm ``name`` in the user's language, English otherwise."""
    for lang in (language or user_language(), "en"):
        path = os.path.join(HELP_DIR, f"{name}.{lang}.html")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as stream:
                return stream.read()
    return ""


def decimals_of(value):
    """How many decimals show ``value`` exactly (804.672: 3, 4.8: 1, 500.0: 0); 1 without a value."""
    if value is None:
        return 1
    text = repr(float(value))
    return len(text.partition(".")[2].rstrip("0")) if "e" not in text else 1


class FoodAccessAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define NAME, GROUP (a key of GROUPS), REQUIRES (import names, or tuples of
    alternatives any of which will do: ``(("scipy", "networkx"),)``),
    ``display_name()``, ``define_parameters()`` and ``process(parameters, context, feedback)``."""

    NAME = ""
    GROUP = ""
    REQUIRES = ()

    def __init__(self):
        super().__init__()
        # Destinations this run created; removed again if the run fails.
        self._created_outputs = []

    # --- identity -----------------------------------------------------------------------
    def name(self):
        return self.NAME

    def displayName(self):
        return self.display_name()

    def group(self):
        name = GROUPS[self.GROUP]  # extracted from the QT_TRANSLATE_NOOP marks above
        return tr(name)

    def groupId(self):
        return self.GROUP

    def shortHelpString(self):
        return help_text(self.NAME)

    def helpUrl(self):
        return "https://github.com/foodaccess/foodaccess#" + self.NAME

    def icon(self):
        return QIcon(ICON_PATH)

    def createInstance(self):
        return type(self)()

    def tr(self, text):
        return tr(text)

    # --- parameters ---------------------------------------------------------------------
    def initAlgorithm(self, config=None):
        self.define_parameters()

    def add_parameter(self, parameter, help_text, advanced=False, decimals=None):
        """Add a parameter with its help (shown in the dialog and by qgis_process help). A decimal number shows
        ``decimals`` digits after the point in the dialog (default: as many as its default value needs, so
        4.8 rather than QGIS's 4.800000)."""
        parameter.setHelp(help_text)
        if isinstance(parameter, QgsProcessingParameterNumber) and (
            parameter.dataType() == QgsProcessingParameterNumber.Type.Double
        ):
            shown = decimals if decimals is not None else decimals_of(parameter.defaultValue())
            metadata = parameter.metadata()
            metadata["widget_wrapper"] = {**(metadata.get("widget_wrapper") or {}), "decimals": shown}
            parameter.setMetadata(metadata)
        if advanced:
            parameter.setFlags(parameter.flags() | ADVANCED_PARAMETER)
        self.addParameter(parameter)
        return parameter

    # --- running ------------------------------------------------------------------------
    def progress(self, feedback):
        """A core Progress bound to this run's feedback (progress bar and cancel button)."""
        return Progress(feedback.setProgress, feedback.isCanceled)

    def create_sink(self, parameters, name, context, fields, geometry_type, crs):
        """parameterAsSink that remembers the file it creates, to remove it if the run fails."""
        destination = self.parameterAsOutputLayer(self._without_loading(parameters, name), name, context)
        path = destination.split("|")[0]
        if path.startswith("ogr:"):
            path = ""
        existed = bool(path) and os.path.exists(path)
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, geometry_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        if path and not existed:
            self._created_outputs.append(path)
        return sink, dest_id

    @staticmethod
    def _without_loading(parameters, name):
        """``parameters`` with output ``name`` not bound for the project: parameterAsOutputLayer() would register
        a layer to load on completion, which for a temporary output (``memory:<name>``) never exists."""
        value = parameters.get(name)
        if not isinstance(value, QgsProcessingOutputLayerDefinition) or value.destinationProject is None:
            return parameters
        unbound = QgsProcessingOutputLayerDefinition(value)
        unbound.destinationProject = None
        return {**parameters, name: unbound}

    def processAlgorithm(self, parameters, context, feedback):
        missing = missing_packages(self.REQUIRES)
        if missing:
            raise QgsProcessingException(install_instructions(missing))
        try:
            return self.process(parameters, context, feedback)
        except BaseException as error:
            # The finished frames below hold this run's sources and sinks: cleared, the sinks close
            # their files before the files are removed, and the user's layers are not kept alive by the
            # failed run's traceback (QGIS holds on to the exception of a failed processAlgorithm).
            traceback.clear_frames(error.__traceback__)
            self._remove_created_outputs()
            reported = self._reported_error(error)
            if reported is None:
                raise
            raise reported from None

    def _reported_error(self, error):
        """The QgsProcessingException the user sees instead of ``error``; None to let it through."""
        if isinstance(error, Cancelled):
            return QgsProcessingException(tr("Cancelled: no output was written."))
        if isinstance(error, FoodAccessError):
            return QgsProcessingException(error_message(error))
        if isinstance(error, ModuleNotFoundError):
            # A third-party package missing although REQUIRES did not name it (or one it depends on):
            # the same install instructions rather than a traceback. Our own modules stay a bug.
            top_level = (error.name or "").split(".")[0]
            if top_level and top_level != __name__.split(".")[0]:
                return QgsProcessingException(install_instructions([top_level]))
        return None

    def _remove_created_outputs(self):
        for path in self._created_outputs:
            for suffix in ("", "-wal", "-shm", "-journal"):
                if os.path.exists(path + suffix):
                    try:
                        os.remove(path + suffix)
                    except OSError:
                        pass
        self._created_outputs = []

    # --- to implement -------------------------------------------------------------------
    def display_name(self):
        raise NotImplementedError

    def define_parameters(self):
        raise NotImplementedError

    def process(self, parameters, context, feedback):
        """The algorithm's work. Not named run(): that would hide QgsProcessingAlgorithm.run(),
        which processing.run() and the dialogs call."""
        raise NotImplementedError
