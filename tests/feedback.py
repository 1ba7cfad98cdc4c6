"""A Processing feedback that keeps what a run said, for tests that check its warnings and infos."""

from qgis.core import QgsProcessingFeedback


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the warnings, infos and errors of a run, in order."""

    def __init__(self):
        super().__init__()
        self.warnings, self.infos, self.errors = [], [], []

    def reportError(self, text, fatalError=False):  # noqa: N802, N803 (QGIS's names)
        self.errors.append(text)
        super().reportError(text, fatalError)

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):
        self.infos.append(text)
        super().pushInfo(text)
