"""A person's age, asked "정세온 내정자의 나이는?": Korean news writes it in brackets right after
the name, "국태윤(56·전 …)", "차정만 회장(72)", or with its unit, "올해 66세", "서른두 살" —
never as another figure of the sentence ("3명 교체", "2.0").  An age asked is answered only by a
number written so, else by nothing.  The head nouns of an age and its units are data:
resources/answer_types.toml ``[ages]``.

>>> text = "대표이사 사장 국태윤(56·전 석유화학사업본부장)과 모건희(58)가 선임됐다."
>>> written_age(text, text.index("56"), text.index("56") + 2)
True
>>> text = "계열 병원장 3명이 교체됐다."
>>> written_age(text, text.index("3명"), text.index("3명") + 2)
False
"""

from __future__ import annotations

import re

from .answer_types import Asked, answer_type_tables

__all__ = ["asks_age", "written_age"]


def _table() -> dict:
    return answer_type_tables()["ages"]


def asks_age(asked: Asked) -> bool:
    """Does the question ask an age by its head noun ("나이는?", "연령은?")?"""
    return asked.kind == "number" and asked.head in _table()["heads"]


def written_age(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a number written as an age: with an age's unit, or alone in the
    brackets after a name ("(56·", "(72)")?"""
    units = "|".join(map(re.escape, _table()["units"]))
    m = re.fullmatch(rf"(\d{{1,3}})\s*({units})?", text[start:end].strip())
    if m is None:
        return False
    if m.group(2) or re.match(rf"\s*(?:{units})", text[end:]):
        return True
    return text[:start].endswith("(") and text[end : end + 1] in {")", "·", ",", "\u318d"}
