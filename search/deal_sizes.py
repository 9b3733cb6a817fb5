"""The 규모 of a deal is its money: Korean news writes a contract's size as "총 4571억원 규모의
액화천연가스(LNG)운반선 2척에 대한 건조 계약", and "LNG운반선 계약 규모는?" asks the 4571억원,
no count of the ships (a count is asked with 몇: "몇 척을 계약했나?").  Which nouns are deals
is data: resources/changes.toml [deal_sizes].

>>> asks_deal_money(Question(text="LNG운반선 계약 규모는?"))
True
>>> asks_deal_money(Question(text="계약 규모는 몇 척인가?"))
False
>>> asks_deal_money(Question(text="공장 규모는?"))
False
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .resource_tables import resource_table
from .same_answer import figure_value

__all__ = ["asks_deal_money", "deal_sizes"]


def asks_deal_money(q: Question) -> bool:
    """The question asks the 규모 of a deal ("계약 규모", "투자규모는?") and no count (몇)."""
    table = resource_table("changes.toml")["deal_sizes"]
    text = re.sub(r"\s+", "", q.text)
    if "몇" in text:
        return False
    return any(d + s in text for d in table["deals"] for s in table["sizes"])


def _money(c: Candidate) -> bool:
    """The candidate writes an amount of money ("4571억원 규모")."""
    figure = figure_value(c.text)
    units = tuple(answer_type_tables()["units"]["money"])
    return figure is not None and figure.endswith(units)


def deal_sizes(q: Question, cands: list[Candidate]) -> list[Candidate]:
    """Without the figures that are no money when a deal's 규모 is asked and money is among
    the candidates, with their belief.

    >>> deal_sizes(Question(text="계약 규모는?"), [])
    []
    """
    if not asks_deal_money(q) or not any(_money(c) for c in cands):
        return cands
    kept = [c for c in cands if not is_figure(c) or _money(c)]
    return believed(kept, cands)
