"""A range of time as Korean news writes it: two points joined by "부터 … 까지" or a tilde
("이달 3일부터 28일까지", "오전 9시부터 오후 6시까지", "2029년 상반기~2030년 말", "5월부터
12월까지").  A point is a year, month, day, hour or minute in figures, with the word that
anchors it before ("이달", "오는", "오전") and the part of its period after ("상반기", "말"):
both are data, resources/answer_types.toml ``[dates] range_anchors``/``range_parts``.  A
question asking a period, or both ends of one, is answered by the whole range, not by the
point of one end the reader found.

>>> ranged("청약은 이달 3일부터 28일까지 받는다.", "28일")
'이달 3일부터 28일까지'
>>> ranged("창구는 평일 오전 9시부터 오후 6시까지 연다.", "평일 오전 9시")
'평일 오전 9시부터 오후 6시까지'
>>> ranged("2029년 상반기~2030년 말 인도된다.", "2029년 상반기")
'2029년 상반기~2030년 말'
>>> ranged("2027년 1월부터 2029년 12월까지 납품한다.", "2027년 1월")
'2027년 1월부터 2029년 12월까지'
>>> ranged("접수는 2026.03.02(월) ~ 2026.03.13(금) 받는다.", "2026.03.02")
'2026.03.02(월) ~ 2026.03.13(금)'
>>> ranged("13일부터 18일까지 연다.", "3일")
'3일'
"""

from __future__ import annotations

import re
from functools import cache

from .answer_types import answer_type_tables

__all__ = ["range_ends", "ranged"]


@cache
def _range() -> re.Pattern:
    """Two points of time joined by 부터 … 까지 or a range mark (groups "a" and "b")."""
    t = answer_type_tables()["dates"]
    anchor = "|".join(map(re.escape, sorted(t["range_anchors"], key=len, reverse=True)))
    part = "|".join(map(re.escape, sorted(t["range_parts"], key=len, reverse=True)))
    clock = r"(?:\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?|\d{1,2}:\d{2})"  # "9시 30분", "09:00"
    day = r"(?:\d{4}\s*년(?:\s*\d{1,2}\s*월)?|\d{1,2}\s*월)?(?:\s*\d{1,2}\s*일)?"
    dotted = r"(?:\d{4}\.\s*)?\d{1,2}\.\s*\d{1,2}\.?"  # "2026.03.02", "3.2."
    weekday = r"(?:\s*\([월화수목금토일]\))?"  # "3일(월)"
    day = rf"(?:{dotted}|{day}){weekday}"
    point = rf"(?:(?:{anchor})\s*)?(?:{day}(?:\s*(?:(?:{anchor})\s*)?{clock})?)(?:\s*(?:{part}))?"
    opens, closes = t["range_words"][:2]
    marks = re.escape(t["range_marks"])
    return re.compile(
        rf"(?P<a>{point})\s*(?:{opens}\s*(?P<b>{point})\s*{closes}|[{marks}]\s*(?P<c>{point}))"
    )


def range_ends(sentence: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The written ranges of ``sentence``: (start, end of the range, where its two points are),
    each point holding a figure ("이달 3일부터 28일까지" -> (0, 13, [(0, 5), (8, 11)]))."""
    out = []
    for m in _range().finditer(sentence):
        second = "b" if m.group("b") is not None else "c"
        points = [_stripped(sentence, m.start(g), m.end(g)) for g in ("a", second)]
        if all(re.search(r"\d", sentence[a:b]) for a, b in points):
            out.append((points[0][0], m.end(), points))
    return out


def ranged(sentence: str, answer: str) -> str:
    """The answer with the other end of the range it is written in, as the sentence writes
    them; the answer unchanged when it ends no point of a range (a word's figure, "3일" of
    "13일", is no point)."""
    for start, end, points in range_ends(sentence):
        for at in _occurrences(sentence, answer):
            stop = at + len(answer)
            if at > 0 and sentence[at - 1].isdigit():
                continue
            if any(a < stop <= b and not re.search(r"\d", sentence[stop:b]) for a, b in points):
                return sentence[min(at, start) : end]
    return answer


def _stripped(sentence: str, a: int, b: int) -> tuple[int, int]:
    """``sentence[a:b]`` without the spaces at its ends."""
    text = sentence[a:b]
    return a + len(text) - len(text.lstrip()), b - len(text) + len(text.rstrip())


def _occurrences(sentence: str, answer: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(answer), sentence)] if answer else []
