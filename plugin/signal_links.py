"""Connections to Qt objects a widget does not own, kept so that they can all be undone.

A slot left connected to a layer or the canvas after the plugin unloads would
run in deleted Python objects: whatever connects to them goes through here.
"""


class SignalLinks:
    """Connections to objects the owner does not own (canvas, layers), undone all at once."""

    def __init__(self):
        self._links = []

    def connect(self, signal, slot):
        signal.connect(slot)
        self._links.append((signal, slot))

    def disconnect_all(self):
        for signal, slot in self._links:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # the sender is already deleted
                pass
        self._links = []
