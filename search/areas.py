"""An area asked is answered by a figure written in a unit of area: "다온테크가 매입하는 부지
면적은?" over "다온테크는 충북 오창에 30만7천평을 매입해" is "30만7천평", though the sentence
writes neither 부지 nor 면적 (the unit says it is an area).  A question asking an area keeps
the figures written in one when there are any.  The units and the nouns asking an area are
data: resources/answer_types.toml [areas].

>>> asks_area("다온테크가 매입하는 부지 면적은?"), asks_area("투자 규모는?")
(True, False)
>>> in_area("30만7천평"), in_area("1만2천 ㎡"), in_area("4천억원"), in_area("제3평가원")
(True, True, False, False)
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .figures import counted_in
from .reader import Candidate

__all__ = ["area_figures", "area_nouns", "asks_area", "in_area"]


def area_nouns() -> frozenset[str]:
    """The nouns of a question that ask an area ("면적", "부지")."""
    return frozenset(answer_type_tables()["areas"]["asked"])


def asks_area(question: str) -> bool:
    """``question`` writes a noun asking an area (spaces aside)."""
    flat = re.sub(r"\s+", "", question)
    return any(noun in flat for noun in area_nouns())


def in_area(figure: str) -> bool:
    """``figure`` is a number written with a unit of area."""
    return any(counted_in(figure, unit) for unit in answer_type_tables()["areas"]["units"])


def area_figures(question: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates written in a unit of area when ``question`` asks an area and any is;
    else ``cands`` unchanged."""
    if not asks_area(question):
        return cands
    return [c for c in cands if in_area(c.text)] or cands
