"""A row of names, each with its figure in brackets, whose kind of figure the sentence before
names: "부품사들의 3분기 매출이 늘었다. 한결모터스(898억원), 새봄정밀(896억원) 순이었다" gives
새봄정밀's 매출 896억원, though the row's sentence writes no 매출.  Korean news ranks companies
so after a lead that says what is ranked; a figure in brackets after a name in a row of two
or more such is that name's figure of the kind the nearest sentence before writes.

>>> earlier = ["국내 부품사들의 3분기 매출이 늘었다."]
>>> row = "한결모터스(898억원), 새봄정밀(896억원) 순이었다."
>>> row_kind_written(row, row.index("896"), row.index("896") + 5, earlier, ["매출", "영업이익"])
'매출'
>>> row_kind_written("새봄정밀(896억원)이 뒤를 이었다.", 5, 11, earlier, ["매출"]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["row_kind_written"]

#: a name's bracketed figure ("한결모터스(898억원)"): a word right before the bracket, a digit
#: first inside it
_BRACKETED = re.compile(r"[가-힣A-Za-z0-9'’\"”]\(\d[^()]*\)")
#: how many sentences before the row the kind of its figures may be written
_SENTENCES_BACK = 2


def row_kind_written(
    text: str, start: int, end: int, earlier: Iterable[str], kinds: list[str]
) -> str | None:
    """The kind of figure (one of ``kinds``, attribute words such as 매출) of the bracketed
    figure ``text[start:end]`` of a row of names: the last of ``kinds`` written in the nearest
    of the ``earlier`` sentences (nearest first) that writes one, when the row's sentence
    writes none before the figure; None when the figure is in no such row."""
    if text[start - 1 : start] != "(" or ")" not in text[end : end + 2]:
        return None
    if len(_BRACKETED.findall(text)) < 2 or _last_kind(text[:start], kinds) is not None:
        return None
    for k, sentence in enumerate(earlier):
        if k >= _SENTENCES_BACK:
            break
        if (kind := _last_kind(sentence, kinds)) is not None:
            return kind
    return None


def _last_kind(text: str, kinds: list[str]) -> str | None:
    """The kind written last in ``text`` (the longest of those ending there), or None."""
    found, where = None, -1
    for kind in sorted(kinds, key=len):
        i = text.rfind(kind)
        if i >= 0 and i + len(kind) >= where:
            found, where = kind, i + len(kind)
    return found
