"""A total asked is no part of it: "노들1구역 재개발로 모두 몇 가구가 지어지나?" is the "2천214가구"
of "2천214가구 규모의 아파트를 짓는 것으로, 이 가운데 372가구는 임대주택이다", not the 372가구
written after "이 가운데".  A figure is written as a part when a part word after 이 or 그 stands
shortly before it, with no number between them, and the sentence writes a figure before that
word.  The words are data (resources/answer_types.toml [totals] parts).

>>> text = "2천214가구 규모로, 이 가운데 372가구는 임대주택이다."
>>> written_part(text, text.index("372")), written_part(text, text.index("2천"))
(True, False)
>>> text = "이 가운데 372가구는 임대주택이다."
>>> written_part(text, text.index("372"))
False
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure, numeral_at
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .totals import asks_total

__all__ = ["not_parts", "written_part"]

#: how far before a figure its part word may stand (characters)
_PART_REACH = 12


def written_part(text: str, start: int) -> bool:
    """A part word ("이 가운데", "그중") stands within reach before ``start`` with no number
    between them, and a number is written before it."""
    words = "|".join(map(re.escape, answer_type_tables()["totals"].get("parts", [])))
    if not words:
        return False
    near = max(0, start - _PART_REACH)
    hits = list(re.finditer(rf"(?<![가-힣])[이그]\s*(?:{words})(?![가-힣])", text[near:start]))
    if not hits:
        return False
    at = near + hits[-1].start()
    return numeral_at(text[at:start]) < 0 and numeral_at(text[:at]) >= 0


def not_parts(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """A total asked: the figures not written as a part of one before them, with the belief
    of the parts; all of the candidates when every figure is written as a part."""
    if not asks_total(q):
        return cands
    kept = [c for c in cands if not (is_figure(c) and _a_part(c, ri))]
    return believed(kept, cands)


def _a_part(c: Candidate, ri: ReaderInput) -> bool:
    """The candidate's number, where it starts ("가운데 372가구": at 372), is written as a part."""
    return written_part(ri.passages[c.passage].text, c.span.start + numeral_at(c.text))
