"""Belief carried over when the reader's candidates are narrowed: the candidates a rule keeps take
the probability of the ones it drops, in proportion ("몇 명" keeps the figures written with 명,
and the belief the names had goes to them).

It sat in search/fits.py, which itself reads search/prices.py and search/ratios.py, both of
which narrow candidates too: they imported it back from fits, a loop.  It needs only the
candidates, so it lives on its own.
"""

from __future__ import annotations

from dataclasses import replace

from .reader import Candidate

__all__ = ["believed"]


def believed(kept: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
    """``kept`` with the belief of the dropped candidates, in proportion; all of ``cands``
    when nothing is kept.

    >>> from search.spans import Span
    >>> three, name = (Candidate(w, 0, Span(w, 0, len(w), 0, 0), {}, probability=p)
    ...                for w, p in (("3명", 0.2), ("한빛", 0.6)))
    >>> [(c.text, round(c.probability, 2)) for c in believed([three], [three, name])]
    [('3명', 0.8)]
    """
    if not kept:
        return cands
    scale = sum(c.probability for c in cands) / max(sum(c.probability for c in kept), 1e-9)
    return [replace(c, probability=c.probability * scale) for c in kept]
