"""Business units glossed in brackets: "가람전자 H&A(생활가전)사업본부장", "VS(전장)사업본부".

A conglomerate writes a division by its Latin code with the Korean gloss in brackets and the
unit word glued after the bracket.  Neither the code nor the gloss is an organisation of its
own (the tagger took both for companies, and the person for an employee of the code): the
person works at the company named before, and the unit belongs to the role.  Only the longer
unit words count ("본부", "사업부", "부문", ``units`` in grammar.toml): a one-syllable unit
glued to a bracket is as often another word ("실적").
"""

from __future__ import annotations

import re

from .model import Mention
from .resources import resources

__all__ = ["without_glossed_units"]

# a bracket with the word glued right after it: "(생활가전)사업본부장"
_GLOSSED = re.compile(r"\(([^()]{1,20})\)([가-힣]+)")
# unit words shorter than this are left alone ("실", "팀", "국")
_MIN_UNIT = 2


def _unit_spans(text: str) -> list[tuple[int, int]]:
    """(start of the bracket, end of the bracket) of each gloss a unit word follows."""
    units = [u for u in resources().grammar.units if len(u) >= _MIN_UNIT]
    return [
        (m.start(), m.end(1) + 1)
        for m in _GLOSSED.finditer(text)
        if any(u in m.group(2) for u in units)
    ]


def without_glossed_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the code and the gloss of a unit written "CODE(GLOSS)UNIT".

    >>> ms = [Mention("d#0", 5, 8, "H&A", rule="tagger"), Mention("d#0", 9, 13, "생활가전")]
    >>> without_glossed_units("가람전자 H&A(생활가전)사업본부장은", ms)
    []
    """
    spans = _unit_spans(text)
    if not spans:
        return mentions
    return [
        m
        for m in mentions
        if m.kind != "name" or not any(m.end == a or a < m.start < b for a, b in spans)
    ]
