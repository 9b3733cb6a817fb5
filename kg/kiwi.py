"""The one Kiwi analyser a process shares (loading it costs seconds, so it is paid once)."""

from __future__ import annotations

import functools
import threading

from kiwipiepy import Kiwi

__all__ = ["kiwi"]

_lock = threading.Lock()  # two threads asking first must not build two analysers


@functools.cache
def _create() -> Kiwi:
    return Kiwi()


def kiwi() -> Kiwi:
    """Return the process-wide Kiwi, created on first use.

    >>> [t.form for t in kiwi().tokenize("리벨리온은")]
    ['리벨리온', '은']
    """
    with _lock:
        return _create()
