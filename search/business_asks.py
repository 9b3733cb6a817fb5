"""A question that asks for a business by its kind ("땅콩을 공급해 온 식품업체는?", "협력한
기업은?", "X를 만든 회사는?") is not answered by a public body: a ministry, an agency or a
committee ("식약처", "금융감독원", kg/public_bodies.py) is no company, whatever edge links it
(the regulator checking a supplier's imports is no customer of it).  "곳", "어디", "기관" and the
investor nouns ask no kind of business: a public fund invests, an agency signs agreements.

>>> from search.passages import sentence_tokens
>>> asks_business(sentence_tokens("태봉농산이 땅콩을 공급해 온 식품업체는?"))
True
>>> asks_business(sentence_tokens("태봉농산과 협약을 맺은 곳은?"))
False
"""

from __future__ import annotations

from kg.public_bodies import is_public_body

from .answer_tables import answer_type_tables
from .answer_types import read_asked

__all__ = ["asks_business", "business_fits"]


def asks_business(toks) -> bool:
    """The question's head noun is a kind of business ([business_asks] heads)."""
    return read_asked(list(toks)).head in answer_type_tables()["business_asks"]["heads"]


def business_fits(entity, business: bool) -> bool:
    """An entity answers a question asking for a business unless a name of it is a public
    body's."""
    return not business or not any(is_public_body(n) for n in (entity.name, *entity.aliases))
