"""A lock for many readers or one writer: FAISS indexes are not safe to change while searched,
and searches may run at once."""

from __future__ import annotations

import threading

__all__ = ["ReadWriteLock"]


class ReadWriteLock:
    """Many searches at once, or one change (FAISS indexes are not safe to change while read)."""

    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    def read(self):
        return _Held(self, write=False)

    def write(self):
        return _Held(self, write=True)


class _Held:
    def __init__(self, lock: ReadWriteLock, write: bool):
        self._lock, self._write = lock, write

    def __enter__(self):
        lock = self._lock
        with lock._cond:
            if self._write:
                while lock._writing or lock._readers:
                    lock._cond.wait()
                lock._writing = True
            else:
                while lock._writing:
                    lock._cond.wait()
                lock._readers += 1

    def __exit__(self, *exc):
        lock = self._lock
        with lock._cond:
            if self._write:
                lock._writing = False
            else:
                lock._readers -= 1
            lock._cond.notify_all()
