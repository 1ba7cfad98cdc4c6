"""Values kept in memory between runs of a session (parsed feeds, networks, stop walks), by key: a rerun or a model's
next step finds them instead of reading or computing them again. Only the most recently used are kept (memory), and
runs in Processing's background threads may share them."""

import threading
from collections import OrderedDict


class Kept:
    """The ``size`` values used last, by key; the least recently used is forgotten first."""

    def __init__(self, size=1):
        self.size = size
        self._values = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        """The value kept under ``key`` (now the most recently used), or None."""
        with self._lock:
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def keep(self, key, value):
        """Keep ``value`` under ``key``, forgetting the least recently used beyond ``size``."""
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            while len(self._values) > self.size:
                self._values.popitem(last=False)

    def kept(self):
        """The values kept, the most recently used last."""
        with self._lock:
            return list(self._values.values())

    def clear(self):
        with self._lock:
            self._values.clear()
