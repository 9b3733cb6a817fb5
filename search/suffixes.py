"""A counter asked with its suffix ("몇 년생", "몇 년차", "몇 회째") is answered by a figure the
sentence writes with that suffix ("1958년생"), never by another year of the sentence ("1984년
가람전자에 입사"); [units] counter_suffixes in resources/answer_types.toml.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> asked_suffix(tokens_of(kiwi().tokenize("그는 몇 년생인가?")), 2)
'생'
>>> asked_suffix(tokens_of(kiwi().tokenize("몇 년에 입사했나?")), 0)
''
>>> written_with("한 부사장은 1958년생으로 올해 66세다.", 7, 12, "년", "생")
True
>>> written_with("1984년 가람전자에 입사했다.", 0, 5, "년", "생")
False
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .spans import Token

__all__ = ["asked_suffix", "written_with"]


def asked_suffix(toks: list[Token], wh_i: int) -> str:
    """The suffix written right after the counter of 몇 at ``wh_i`` ("몇 년생" -> 생), or ""."""
    if wh_i < 0 or wh_i + 2 >= len(toks):
        return ""
    t = toks[wh_i + 2]
    return t.form if t.form in answer_type_tables()["units"]["counter_suffixes"] else ""


def written_with(text: str, start: int, end: int, unit: str, suffix: str) -> bool:
    """``text[start:end]`` holds a number written with ``unit`` and ``suffix`` right after it
    ("1958년생"), the suffix inside the span or right after it."""
    span = text[start : end + len(suffix)]
    return re.search(r"\d\s*" + re.escape(unit + suffix), span) is not None
