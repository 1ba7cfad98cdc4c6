"""Typed errors of the domain code, worded for the user.

Each error keeps its English message as a template with named fields: ``str(error)`` is the
English text, and the Processing layer shows ``tr(error.template).format(**error.fields)``, the
user's language (dev/translations.py extracts the templates of these classes' calls). Raise
the most precise class; callers that only report catch ``FoodAccessError``.
"""


class FoodAccessError(Exception):
    """A problem with the user's input or with a remote service, worded for the user.

    ``template`` is English text with ``{name}`` fields filled from ``fields``; a template
    given without fields is shown as it is (braces and all)."""

    def __init__(self, template, **fields):
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields) if fields else template)


class InputError(FoodAccessError):
    """A parameter or input layer cannot be used as given: the message names it and the fix."""


class DataFileError(FoodAccessError):
    """A file the user gave (OSM extract, GTFS feed, directory table, taxonomy) is unreadable or malformed."""


class ServiceError(FoodAccessError):
    """A remote service (Overpass, the geocoder, a data portal) failed, refused or answered nonsense."""
