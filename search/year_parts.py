"""A date answered with the part of the year or month written after it: "선박은 2027년
하반기부터 인도된다" answers "인도 시기는?" with "2027년 하반기", not "2027년" (a year is not
when, of it, the ships come), and "2026년 말 문을 연다" with "2026년 말".  Business news writes
plans this way (delivery, mass production, completion); the reader's date is the year alone
and was given with a confidence of 0.8-0.96 (realqa33: four invented plans and two real news
stories, a shipbuilder's delivery and a battery plant's mass production).

The parts are data: resources/answer_types.toml [units] ``relative_parts`` (초, 말, 상반기, …)
and ``calendar`` after a number ("3분기").  A part is a word of its own: "2026년 중국" is no
"2026년 중", "2026년 말레이시아" no "2026년 말".

>>> with_part("선박은 2027년 하반기부터 차례로 인도된다.", "2027년")
'2027년 하반기'
>>> with_part("물류센터는 2029년 1분기 완공된다.", "2029년")
'2029년 1분기'
>>> with_part("연구소는 2026년 3월 말 문을 연다.", "2026년 3월")
'2026년 3월 말'
>>> with_part("2026년 중국 공장을 짓는다.", "2026년")
'2026년'
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables

__all__ = ["with_part"]


def _part_pattern() -> re.Pattern:
    units = answer_type_tables()["units"]
    words = sorted(units["relative_parts"], key=len, reverse=True)
    # 께 and 경 ("2026년께") are about a time, written onto it, and add nothing to read
    words = [w for w in words if w not in {"께", "경"}]
    calendar = "|".join(map(re.escape, units["calendar"]))
    alternatives = "|".join(map(re.escape, words))
    # what may follow a part: the end, a space, punctuation or its particles — anything else
    # makes it the start of another word ("2026년 중국", "2026년 초대형")
    particles = "|".join(units["part_particles"])
    after = rf"(?=$|[\s.,;:!?)·…'\"]|(?:{particles})+(?![가-힣]))"
    return re.compile(rf"[ \t]*((?:[1-4]\s*(?:{calendar}))|(?:{alternatives})){after}")


def with_part(text: str, name: str, at: int = -1) -> str:
    """``name`` (a date ending on 년 or 월, as the reader read it from ``text``, at ``at`` when
    known) with the part of that year or month written right after it; else ``name``."""
    if not re.search(r"\d\s*(?:년|월)$", name):
        return name
    start = at if at >= 0 and text.startswith(name, at) else text.find(name)
    if start < 0:
        return name
    m = _part_pattern().match(text, start + len(name))
    if m is None:
        return name
    if m.group(1)[0].isdigit() and name.endswith("월"):
        return name  # "3월 1분기" is no date
    return text[start : m.end(1)]  # as written: "2026년말" stays without the space
