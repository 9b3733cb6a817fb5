"""The one Kiwi analyser a process shares (loading it costs seconds, so it is paid once)."""

from __future__ import annotations

import functools
import threading

from kiwipiepy import Kiwi

__all__ = ["for_kiwi", "kiwi"]

# characters Kiwi reads better as another of the same length (offsets stay the text's own):
# backtick quotes, which some outlets put around names ("`애드엑스`를"), as apostrophes: Kiwi
# then pairs them as quotes (SSO/SSC) and the particle after the name is found
_AS_KIWI_READS = str.maketrans({"`": "'"})

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


def for_kiwi(text: str) -> str:
    """``text`` as it is given to Kiwi: the same length, quotes Kiwi does not know replaced.

    >>> for_kiwi("스타트업 `애드엑스`를")
    "스타트업 '애드엑스'를"
    """
    return text.translate(_AS_KIWI_READS)
