"""A name written in two scripts right after a noun saying a company is a company's: "미국 데이터
분석 기업 마렌 하이트(Maren Height)는" names a firm, though two capitalised Latin words in
brackets otherwise read as a person's name written twice (kg.name_context.two_script_persons).
The nouns are kg/resources/company_kinds.toml.

>>> from kg import analyze_document, resolve
>>> ex = resolve([analyze_document("d", "독일 물류 기업 베른 하겐(Bern Hagen)은 지사를 열었다.")])
>>> sorted((e.name, e.type) for e in ex.entities.values())
[('Bern Hagen', 'Company'), ('독일', 'Place')]
"""

from __future__ import annotations

import functools

from .model import Mention
from .pieces import Piece
from .resources import load_table

__all__ = ["vote_company_glosses"]


@functools.lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    return frozenset(load_table("company_kinds.toml")["before"])


def vote_company_glosses(ps: list[Piece], mentions: list[Mention]) -> None:
    """Retype as companies the two-script names (Hangul, then Latin in brackets) whose Hangul
    form follows a company noun with nothing glued to it ("기업 베른 하겐(Bern Hagen)")."""
    starts = {p.start: k for k, p in enumerate(ps)}
    for m in mentions:
        k = starts.get(m.start)
        if m.rule != "two-scripts" or not k or ps[k - 1].stem not in _kinds():
            continue
        if ps[k - 1].tail or ps[k - 1].after != " ":
            continue
        latin = [x for x in mentions if x.rule == "two-scripts" and x.start == m.end + 1]
        for x in (m, *latin):
            x.votes = {"Company": max(x.votes.values(), default=3.0)}
