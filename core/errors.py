"""Errors raised by the domain code; the Processing layer turns them into
QgsProcessingException with the same message."""


class FoodAccessError(Exception):
    """A problem with the user's input or with a remote service, worded for the user."""
