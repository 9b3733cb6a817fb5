"""A quarter asked is no half's figure, and a half asked no quarter's: "KB금융 1분기 순이익은?"
is not answered by "상반기 당기순이익도 2조9967억 원", nor "상반기 매출은?" by "2분기 매출 310억원".
Earnings news writes both in one story (the quarter, the half it closes, the quarter before):
the period written nearest before a figure is the one it is of.  The period words are data
(resources/answer_types.toml [part_periods]).

>>> other_part("KB금융 1분기 순이익은?", "밝혔다. 상반기 당기순이익도 ")
True
>>> other_part("KB금융 1분기 순이익은?", "1분기(1∼3월·")
False
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .figures import is_figure
from .fits import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["other_part", "part_figures"]

#: how far before a figure the period written for it may stand (characters)
_REACH = 40


def _kinds() -> dict[str, list[str]]:
    """The part periods by kind ([part_periods]): each kind's words, as regular expressions."""
    return answer_type_tables()["part_periods"]


def _asked_kinds(question: str, kinds: dict[str, list[str]]) -> set[str]:
    return {k for k, ws in kinds.items() if any(re.search(w, question) for w in ws)}


def _nearest_kind(window: str, kinds: dict[str, list[str]]) -> str | None:
    """The kind of the part period written last in ``window`` (None when none is)."""
    best, where = None, -1
    for kind, ws in kinds.items():
        for w in ws:
            for m in re.finditer(w, window):
                if m.end() > where:
                    best, where = kind, m.end()
    return best


def other_part(question: str, window: str, kinds: dict[str, list[str]] | None = None) -> bool:
    """The question asks one kind of part of a year (a quarter, a half) and the period
    written nearest before the figure (``window``) is of the other kind.

    >>> other_part("상반기 매출은?", "2분기 매출은 ")
    True
    """
    kinds = kinds or _kinds()
    asked = _asked_kinds(question, kinds)
    if len(asked) != 1:
        return False  # none asked, or both ("상반기와 2분기"): nothing to tell apart
    nearest = _nearest_kind(window, kinds)
    return nearest is not None and nearest not in asked


def part_figures(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The figures not written after a part period of another kind than the one asked, with
    the belief of the others (all of them when none is left)."""
    kinds = _kinds()
    if len(_asked_kinds(q.text, kinds)) != 1:
        return cands
    kept = []
    for c in cands:
        if is_figure(c):
            text = ri.passages[c.passage].text
            if other_part(q.text, text[max(0, c.span.start - _REACH) : c.span.start], kinds):
                continue
        kept.append(c)
    return believed(kept, cands)
