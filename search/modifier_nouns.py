"""A descriptive noun written before the figure asked modifies it and asks no description:
"시공능력평가 순위는?" asks the rank ("109위"), not an account of the 평가, and "목표 주가는?" a
price.  search/question.py reads 평가, 목표, 전략 ... as asking a description wherever the
question writes them; a noun right after one that the heads table reads as a figure, a date or
money (answer_types.toml [heads]) is the question's head instead.

>>> from search.spans import tokens_of
>>> from kg.kiwi import kiwi
>>> toks = tokens_of(kiwi().tokenize("한빛건설 시공능력평가 순위는?"))
>>> [t.form for i, t in enumerate(toks) if modifies_figure(toks, i)]
['평가']
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .spans import Token, base_tag

__all__ = ["modifies_figure"]

#: the kinds of the heads table a descriptive noun before them only modifies
_FIGURE_KINDS = frozenset({"number", "money", "date"})


def modifies_figure(toks: list[Token], i: int) -> bool:
    """Is ``toks[i]`` written right before a noun the heads table reads as a figure, a date or
    money ("평가" of "평가 순위", "목표" of "목표 주가")?  False at the question's end."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if base_tag(nxt.tag) not in {"NNG", "NNP"}:
        return False
    return answer_type_tables()["heads"].get(nxt.form) in _FIGURE_KINDS
