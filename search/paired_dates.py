"""The date of one numbered thing of a row: news writes a schedule of numbered things as pairs of
a date and the thing ("2029년 상반기 1호기를, 2030년 상반기 2호기를 차례로 상업 운전한다"), each
date right before its own thing.  "1호기는 언제 상업 운전을 시작하나?" is answered by the date
before 1호기, never by the one before 2호기, its sibling (the same noun, another number).

>>> numbered("1호기(600MW)를,")
('1', '호기')
>>> numbered("2호기를")
('2', '호기를')
>>> numbered("상업") is None
True
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["numbered", "paired_dated"]

#: a numbered thing: a number and the noun written on it ("1호기", "2단계", "3공장")
_NUMBERED = re.compile(r"(\d+)([가-힣]+)")


def numbered(word: str) -> tuple[str, str] | None:
    """The number and the noun of a word that opens with a numbered thing, else None."""
    m = _NUMBERED.match(word)
    return (m.group(1), m.group(2)) if m else None


def _next_word(text: str, end: int) -> str:
    """The word written after the date ending at ``end``, past a part of a period ("2029년
    | 상반기 | 1호기를")."""
    parts = set(answer_type_tables()["dates"]["range_parts"])
    words = text[end:].split()
    while words and words[0] in parts:
        words = words[1:]
    return words[0] if words else ""


def _same_noun(a: str, b: str) -> bool:
    """Two numbered things name the same noun: they open with the same syllable ("호기",
    "호기를")."""
    return bool(a) and bool(b) and a[0] == b[0]


def paired_dated(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the dates written right before a sibling of the numbered thing the question
    names, when the same sentence writes a date right before that thing; those left take
    their belief.  ``cands`` unchanged otherwise."""
    asked = [(n, w) for n, w in _NUMBERED.findall(q.text)]
    if not asked:
        return cands
    dates = [c for c in cands if c.span is not None and "cand=date" in c.features]
    thing = {id(c): numbered(_next_word(ri.passages[c.passage].text, c.span.end)) for c in dates}

    def of(c: Candidate, same: bool) -> bool:
        t = thing[id(c)]
        return t is not None and any((t[0] == n) == same and _same_noun(t[1], w) for n, w in asked)

    paired = {c.passage for c in dates if of(c, True)}
    dropped = {id(c) for c in dates if c.passage in paired and of(c, False) and not of(c, True)}
    if not dropped:
        return cands
    return believed([c for c in cands if id(c) not in dropped], cands)
