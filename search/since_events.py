"""A figure of the earlier event a story measures this one against: "이 회사는 2015년 6월
머스크로부터 컨테이너선 11척을 18억달러에 수주한 이래로 대규모 계약이 없었다" counts and prices
that order, not the one the story is about ("유럽 선주로부터 5척을 총 9천266억원에 수주했다").
A question that gives no date ("수주한 컨테이너선은 몇 척?") asks about the story's own event,
so a figure in a dated clause that ends in 이래(로) gives its belief to the others.  The words are
data: resources/answer_types.toml ``[since_events]``.

>>> text = "이 회사는 2015년 6월 머스크로부터 11척을 18억달러에 수주한 이래로 계약이 없었다."
>>> in_since_clause(text, text.index("11척")), in_since_clause(text, text.index("계약"))
(True, False)
>>> in_since_clause("5척을 총 9천266억원에 수주했다.", 0)
False
"""

from __future__ import annotations

import functools
import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["in_since_clause", "since_events"]

#: a year written in a question or a clause ("2015년", "2015년 6월")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*년")
#: what ends a clause before a figure: a comma, a sentence end or a quote
_CLAUSE_END = re.compile(r"[,.?!\"“”]")


@functools.cache
def _since() -> re.Pattern:
    words = "|".join(map(re.escape, answer_type_tables()["since_events"]["since"]))
    # a word, then 이래 as a word of its own: "수주한 이래로", "설립된 이래"
    return re.compile(rf"([가-힣])\s+(?:{words})(?![가-힣])")


def _modifier(syllable: str) -> bool:
    """``syllable`` ends a verb written as a modifier of the past: its final consonant is ㄴ
    ("수주한", "설립된") or it is 던 ("맺었던"); "창사 이래 최대" has a noun, no earlier event."""
    return syllable == "던" or (ord(syllable) - 0xAC00) % 28 == 4


def in_since_clause(text: str, start: int) -> bool:
    """The figure at ``start`` is written in a clause that ends in an earlier event's verb and
    이래(로), and dates that event with a year: the clause runs from the last comma or sentence
    end before the figure to the first 이래 after it, with no comma between."""
    after = next((m for m in _since().finditer(text, start) if _modifier(m.group(1))), None)
    if after is None or _CLAUSE_END.search(text, start, after.start()):
        return False
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    return _YEAR.search(text, ends[-1] if ends else 0, after.start()) is not None


def since_events(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the figures of a dated earlier event (…한 이래), with their belief, unless the
    question writes a year itself; all of them when nothing else is left."""
    if q.english or _YEAR.search(q.text):
        return cands
    kept = [
        c
        for c in cands
        if not (is_figure(c) and in_since_clause(ri.passages[c.passage].text, c.span.start))
    ]
    return believed(kept, cands) if kept else cands
