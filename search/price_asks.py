"""A price asked by 얼마에 and a verb of dealing: "한별캐피탈은 누리바이오 지분을 얼마에
인수하나?", "B사 지분 30%를 얼마에 팔았나?", "주가는 얼마에 마감했나?" ask the money the deal
is done at, whatever the noun before 얼마 measures ("지분" alone asks a share: "55%").  News
writes the price with 에 too ("지분 55%를 2400억 원에 인수한다").  The verbs are data:
resources/answer_types.toml [price_asks].  This reads the interrogative as answer_types.py
reads the kind asked; prices.py, which needs the kinds asked, reads whether a question writes
a verb of dealing anywhere and which figures are written as paid.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> def price(text):
...     toks = tokens_of(kiwi().tokenize(text))
...     return interrogative_asks_price(toks, next(i for i, t in enumerate(toks) if t.form == "얼마"))
>>> price("누리바이오 지분을 얼마에 인수하나?"), price("지분 30%를 얼마에 팔았나?")
(True, True)
>>> price("점유율은 얼마에 달하나?"), price("지분은 얼마인가?")
(False, False)
"""

from __future__ import annotations

from .answer_tables import answer_type_tables
from .spans import Token

__all__ = ["interrogative_asks_price"]

#: how many morphemes after 얼마에 the verb of dealing may stand ("얼마에 지분을 사들였나")
_REACH = 4


def interrogative_asks_price(toks: list[Token], wh_i: int) -> bool:
    """The interrogative at ``wh_i`` is 얼마 written with 에, a verb of dealing after it: the
    question asks a price, whatever its head noun measures."""
    if not 0 <= wh_i < len(toks) - 1 or toks[wh_i].form != "얼마":
        return False
    if toks[wh_i + 1].form != "에" or not toks[wh_i + 1].tag.startswith("J"):
        return False
    verbs = tuple(answer_type_tables()["price_asks"]["verbs"])
    return any(t.form.startswith(verbs) for t in toks[wh_i + 2 : wh_i + 2 + _REACH])
