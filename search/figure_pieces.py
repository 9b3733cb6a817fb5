"""A figure's pieces are that figure: "파라미터가 4천 200억 개로" gives the reader "4천", "200억",
"4천 200억", "200억 개" and "4천 200억 개", which split one answer's belief five ways (each below
the no-answer line, the whole one too).  A candidate inside a figure written whole
(search/figures.py) gives its belief to the candidate that is that whole figure, when there is
one in the same sentence."""

from __future__ import annotations

from dataclasses import replace

from .figures import numeral_at, whole_figure
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["merged", "pooled_pieces"]


def _whole_of(c: Candidate, cands: list[Candidate], ri: ReaderInput) -> int:
    """The index of the candidate that writes ``c``'s figure whole (-1: none, or ``c`` is)."""
    if c.span is None or numeral_at(c.text) < 0:
        return -1
    whole = whole_figure(ri.passages[c.passage].text, c.span.start, c.span.end)
    if whole == c.text.strip():
        return -1
    # "약 2천400억 원": the reader's whole may leave the word of approximation out
    bare = whole[max(0, numeral_at(whole)) :]
    j = next(
        (
            j
            for j, d in enumerate(cands)
            if d.passage == c.passage
            and d.span is not None
            and d.text.strip() in (whole, bare)
            and d is not c
            and d.span.start <= c.span.start
            and c.span.end <= d.span.end
        ),
        -1,
    )
    return -1 if j >= 0 and _runs_on(cands[j], cands) else j


def _runs_on(d: Candidate, cands: list[Candidate]) -> bool:
    """Another candidate writes ``d``'s figure on into one more number ("1천 784대" of "1천
    784대 1", a ratio): which of the two is asked is the reader's to say, not the pieces'."""
    return any(
        e.passage == d.passage
        and e.span is not None
        and e.span.start <= d.span.start
        and d.span.end <= e.span.end
        and len(e.text) > len(d.text)
        and any(ch.isdigit() for ch in e.text.replace(d.text, "", 1))
        for e in cands
    )


def pooled_pieces(cands: list[Candidate], ri: ReaderInput) -> list[Candidate]:
    """The candidates, each piece of a figure merged into the candidate of the whole figure."""
    return merged(cands, {i: j for i, c in enumerate(cands) if (j := _whole_of(c, cands, ri)) >= 0})


def merged(cands: list[Candidate], into: dict[int, int]) -> list[Candidate]:
    """The candidates, each index of ``into`` dropped and its belief given to the one it maps
    to (a figure's piece to the whole figure, a number to itself with its unit of money)."""
    gained: dict[int, float] = {}
    for i, j in into.items():
        gained[j] = gained.get(j, 0.0) + cands[i].probability
    return [
        replace(c, probability=c.probability + gained.get(i, 0.0))
        for i, c in enumerate(cands)
        if i not in into
    ]
