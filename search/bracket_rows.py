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
#: what stands around a whole item of a bracket: its edge, a middle dot, a comma
_ITEM_SEPARATORS = frozenset({"", "·", ","})
#: how many sentences before the row the kind of its figures may be written
_SENTENCES_BACK = 2


def row_kind_written(
    text: str, start: int, end: int, earlier: Iterable[str], kinds: list[str]
) -> str | None:
    """The kind of figure (one of ``kinds``, attribute words such as 매출) of the bracketed
    figure ``text[start:end]`` of a row of names: the last of ``kinds`` written in the nearest
    of the ``earlier`` sentences (nearest first) that writes one, when the row's sentence
    writes none before the figure; None when the figure is in no such row."""
    if not _bracket_item(text, start, end):
        return None
    if len(_BRACKETED.findall(text)) < 2 or _last_kind(text[:start], kinds) is not None:
        return None
    for k, sentence in enumerate(earlier):
        if k >= _SENTENCES_BACK:
            break
        if (kind := _last_kind(sentence, kinds)) is not None:
            return kind
    return None


def _bracket_item(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a whole item of a name's bracket: all of it ("(898억원)") or one
    of its values apart by a middle dot or a comma ("(9위·54조원)", "(40조원, 종합순위 3위)")."""
    for m in _BRACKETED.finditer(text):
        inside_start, inside_end = m.start() + 2, m.end() - 1
        if not inside_start <= start < end <= inside_end:
            continue
        before, after = text[inside_start:start].rstrip(), text[end:inside_end].lstrip()
        return before[-1:] in _ITEM_SEPARATORS and after[:1] in _ITEM_SEPARATORS
    return False


def _last_kind(text: str, kinds: list[str]) -> str | None:
    """The kind written last in ``text`` (the longest of those ending there), or None."""
    found, where = None, -1
    for kind in sorted(kinds, key=len):
        i = text.rfind(kind)
        if i >= 0 and i + len(kind) >= where:
            found, where = kind, i + len(kind)
    return found
