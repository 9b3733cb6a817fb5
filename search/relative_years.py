"""A year written relative to the article's date, alone, is a date: "위성체공장은 당장 올해
착공할 계획" answers "언제 착공하나?" with "올해" when the sentence writes no other time for it.
It stays no answer when a longer time goes on from it ("올해 3분기", "내년 3월 말", "올해 말"):
that longer span is the answer.  The year words are data: resources/answer_types.toml [units]
``year_anchors``; what may go on from one is [units] ``relative_units``, ``relative_parts``
and ``period``.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = tokens_of(kiwi().tokenize("공장은 올해 착공하고 내년 3월 완공한다."))
>>> [t.form for i, t in enumerate(toks[:-1]) if year_alone(toks[i : i + 1], toks[i + 1])]
['올해']
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .spans import Token

__all__ = ["year_alone"]


def _goes_on(nxt: Token | None) -> bool:
    """``nxt`` continues the time: a number, a calendar unit or a part of the year."""
    if nxt is None:
        return False
    units = answer_type_tables()["units"]
    more = {*units["relative_units"], *units["relative_parts"], *units["period"]}
    return nxt.tag in {"SN", "NR"} or nxt.form in more


def year_alone(span: list[Token] | tuple[Token, ...], nxt: Token | None) -> bool:
    """``span`` is one year word ("올해", "내년") that no longer time goes on from."""
    anchors = answer_type_tables()["units"]["year_anchors"]
    return len(span) == 1 and span[0].form in anchors and not _goes_on(nxt)
