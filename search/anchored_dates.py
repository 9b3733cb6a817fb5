"""A date answered without the year word written before it: "거래는 내년 3월 말 마무리될
예정이다" answers "언제 마무리되나?" with "내년 3월 말", not "3월 말" (a month of which year?).
The year words are data: resources/answer_types.toml [units] ``year_anchors``.

>>> anchored("거래는 심사를 거쳐 내년 3월 말 마무리될 예정이다.", "3월 말")
'내년 3월 말'
>>> anchored("2027년 3월 말 마무리된다.", "3월 말")
'3월 말'
"""

from __future__ import annotations

from .answer_types import answer_type_tables

__all__ = ["anchored"]


def anchored(text: str, name: str) -> str:
    """``name`` (a date as the reader read it from ``text``) with the year word written right
    before it, as a word of its own; else ``name``."""
    at = text.find(name)
    if at <= 0 or not name[:1].isdigit():
        return name
    before = text[:at].rstrip()
    for word in answer_type_tables()["units"]["year_anchors"]:
        start = len(before) - len(word)
        if before.endswith(word) and (start == 0 or not before[start - 1].isalnum()):
            return text[start : at + len(name)]
    return name
