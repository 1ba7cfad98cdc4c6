"""Progress and cancellation for long loops in the domain code.

The Processing layer wraps a QgsProcessingFeedback into a Progress; core code
only calls ``progress.step(done, total)`` and never imports QGIS.
"""


class Cancelled(Exception):
    """The user cancelled the run; no output must be written."""


class Progress:
    """Reports a fraction of work done to ``report`` (0–100) and raises
    Cancelled when ``is_canceled()`` turns true.

    ``sub(start, end)`` gives a Progress for a part of the work, so a function
    can hand a slice of the bar to the functions it calls.
    """

    def __init__(self, report=None, is_canceled=None, start=0.0, end=100.0):
        self._report = report
        self._is_canceled = is_canceled
        self._start = start
        self._end = end

    def check(self):
        if self._is_canceled is not None and self._is_canceled():
            raise Cancelled()

    def fraction(self, value):
        if self._report is not None:
            self._report(self._start + (self._end - self._start) * min(max(value, 0.0), 1.0))

    def step(self, done, total):
        """Report ``done`` of ``total`` and check for cancellation."""
        self.fraction(done / total if total else 1.0)
        self.check()

    def sub(self, start, end):
        """A Progress covering [start, end] (fractions of this one)."""
        span = self._end - self._start
        return Progress(self._report, self._is_canceled, self._start + span * start, self._start + span * end)


SILENT = Progress()
