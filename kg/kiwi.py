"""The one Kiwi analyser a process shares (loading it costs seconds, so it is paid once)."""

from __future__ import annotations

import threading

from kiwipiepy import Kiwi

__all__ = ["kiwi"]

_lock = threading.Lock()
_kiwi: Kiwi | None = None


def kiwi() -> Kiwi:
    """Return the process-wide Kiwi, created on first use.

    >>> [t.form for t in kiwi().tokenize("리벨리온은")]
    ['리벨리온', '은']
    """
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                _kiwi = Kiwi()
    return _kiwi
