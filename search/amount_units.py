"""An amount is answered with its unit: "증권가가 추정하는 일시금 규모" is "2000억 원", not the
"2000억" the reader may prefer of "2000억 원 안팎".  A number candidate that its sentence
continues with a unit of money ("원", "달러": resources/answer_types.toml [units] money) gives
its belief to the candidate that writes the unit."""

from __future__ import annotations

from .answer_types import answer_type_tables
from .figure_pieces import merged
from .figures import numeral_at
from .reader import Candidate

__all__ = ["with_units"]


def _unit_written(c: Candidate, d: Candidate, units: set[str]) -> bool:
    """``d`` is ``c`` and a unit of money after it ("2000억" -> "2000억 원")."""
    return (
        d is not c
        and d.passage == c.passage
        and d.span.start == c.span.start
        and d.text.startswith(c.text)
        and d.text[len(c.text) :].strip() in units
    )


def with_units(cands: list[Candidate]) -> list[Candidate]:
    """The candidates, each number cut before its unit of money merged into the one with it.

    >>> from search.spans import Span
    >>> def cand(text, p):
    ...     return Candidate(text, 0, Span(text, 0, len(text), 0, 0), {}, probability=p)
    >>> [(c.text, c.probability) for c in with_units([cand("2000억", 0.5), cand("2000억 원", 0.3)])]
    [('2000억 원', 0.8)]
    """
    units = set(answer_type_tables()["units"]["money"])
    into: dict[int, int] = {}
    for i, c in enumerate(cands):
        longer = [j for j, d in enumerate(cands) if _unit_written(c, d, units)]
        if longer and numeral_at(c.text) >= 0:  # "삼천억" -> "삼천억 원" too
            into[i] = min(longer, key=lambda j: cands[j].span.end)
    return merged(cands, into)
