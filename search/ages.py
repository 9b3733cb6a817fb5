"""An age asked ("권태윤 대표의 나이는?", "국태윤 사장은 몇 살인가?") is answered only by an age
the text writes of the person asked: the number bracketed right after the name, as news writes
ages ("국태윤(56·전 대월케미칼 본부장)", "오경민(52) 전무"), or a figure counted in 세 or 살 in a
sentence naming the person ("56세로 최연소"). When the text gives no age of that person there is
no answer: the reader would otherwise pick whatever number is read near the name ("2공장" of
the person's quote at 0.65, another person's "(52)", "3명 교체").

The nouns that ask an age and the counters of one are [ages] in
search/resources/answer_types.toml.

>>> bracketed_age("오경민(52) 전무가 선임됐다", 4, 6)
True
>>> bracketed_age("연 9만t(2공장 포함)으로", 6, 7)
False
>>> counted_age("56세"), counted_age("만 49세"), counted_age("9만t")
(True, True, False)
"""

from __future__ import annotations

import re

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["aged", "asks_age", "bracketed_age", "counted_age"]

#: what closes the bracketed age after a name: the bracket, or the middle dot before the rest
#: of the gloss ("56·전 본부장")
_AFTER_AGE = (")", "·", ",")
#: an age is a number of one to three digits
_AGE = re.compile(r"\d{1,3}")


def asks_age(asked: Asked) -> bool:
    """The question asks an age: its head is a noun of age ("나이", "연령"), or it counts in an
    age's counter after 몇 ("몇 살", "몇 세")."""
    table = answer_type_tables()["ages"]
    if asked.head in table["nouns"]:
        return True
    return asked.wh == "몇" and asked.unit in table["counters"]


def counted_age(text: str) -> bool:
    """``text`` is an age counted in 세 or 살 ("56세", "만 49세")."""
    counters = "|".join(map(re.escape, answer_type_tables()["ages"]["counters"]))
    return re.fullmatch(rf"(?:만\s?)?\d{{1,3}}\s?(?:{counters})", text.strip()) is not None


def bracketed_age(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a number bracketed right after a word ("오경민(52)",
    "국태윤(56·전 ...)"), the way news writes a person's age."""
    return (
        _AGE.fullmatch(text[start:end]) is not None
        and start >= 2
        and text[start - 1] == "("
        and not text[start - 2].isspace()
        and text[end : end + 1] in _AFTER_AGE
    )


def aged(snap, asked: Asked, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that are an age of the person asked (every person's when the question
    names none), with the belief of the others; none when the text writes no such age."""
    if not asks_age(asked):
        return cands
    ex = snap.extraction
    people = {eid for eid in ri.named if (e := ex.entities.get(eid)) and e.type == "Person"}
    kept = [c for c in cands if _age_of(c, ri, people)]
    return believed(kept, cands) if kept else []


def _age_of(c: Candidate, ri: ReaderInput, people: set[str]) -> bool:
    """The candidate is an age written of one of ``people`` (of anyone when empty)."""
    if c.span is None:
        return False
    p = ri.passages[c.passage]
    if bracketed_age(p.text, c.span.start, c.span.end):
        # the person is the mention the bracket is glued to
        owners = {m.get("id") for m in p.entities if m["end"] == c.span.start - 1}
        return not people or bool(owners & people)
    if counted_age(c.text):
        return not people or any(m.get("id") in people for m in p.entities)
    return False
