"""A date answered without the year word written before it: "거래는 내년 3월 말 마무리될
예정이다" answers "언제 마무리되나?" with "내년 3월 말", not "3월 말" (a month of which year?).
The year words are data: resources/answer_types.toml [units] ``year_anchors``.

>>> anchored("거래는 심사를 거쳐 내년 3월 말 마무리될 예정이다.", "3월 말")
'내년 3월 말'
>>> anchored("2027년 3월 말 마무리된다.", "3월 말")
'3월 말'

A day or a month is answered with the word of the month written before it ("다음 달 31일
서비스를 종료한다": "31일" of which month?), a year of its own never ([units] ``month_anchors``):

>>> anchored("다음 달 31일 서비스를 종료한다.", "31일"), anchored("오는 12월 착공 예정이다.", "12월")
('다음 달 31일', '오는 12월')
>>> anchored("지난 2020년 세웠다.", "2020년"), anchored("이달31일", "31일")
('2020년', '이달31일')
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables

__all__ = ["anchored"]


def anchored(text: str, name: str) -> str:
    """``name`` (a date as the reader read it from ``text``) with the year word written right
    before it, as a word of its own; else ``name``."""
    at = text.find(name)
    if at <= 0 or not name[:1].isdigit():
        return name
    before = text[:at].rstrip()
    units = answer_type_tables()["units"]
    words = units["year_anchors"]
    if not re.match(r"\d{4}\s*년", name):  # a year written needs no month word
        words = [*words, *units["month_anchors"]]
    for word in words:
        start = len(before) - len(word)
        if before.endswith(word) and (start == 0 or not before[start - 1].isalnum()):
            return text[start : at + len(name)]
    return name
