"""A valuation belongs to the company invested in, never to its investor.

A funding story writes the valuation after the investors: "B벤처스가 투자를 이끌었고 C캐피탈 등이
참여했다. 투자 후 기업가치는 2100억 원으로 평가받았다."  The last organisation written as a
subject before the figure is the lead investor, and "A의 기업가치는?" dropped the only figure
the article gives.  An organisation whose clause invests (투자 with a verb of leading or
joining: 이끌, 주도, 참여, 나서, or 투자하다 itself) owns no investee's figure; one that raises the
money (유치, 받다) does.  Kiwi morphemes; the words are data: resources/answer_types.toml [investee_figures].

>>> from search.passages import sentence_tokens
>>> text = "누리벤처스가 투자를 이끌었고 하늘캐피탈이 새로 참여했다."
>>> invests_at(text, sentence_tokens(text), 5)
True
>>> text = "다온랩스가 200억 원 규모의 시리즈B 투자를 유치했다."
>>> invests_at(text, sentence_tokens(text), 4)
False
"""

from __future__ import annotations

from itertools import pairwise

from .answer_types import answer_type_tables
from .spans import Token

__all__ = ["investee_asked", "invests_at"]


def _table() -> dict:
    return answer_type_tables()["investee_figures"]


def investee_asked(words: tuple[str, ...]) -> bool:
    """The asked attribute is one only the company invested in has ("기업가치", "몸값")."""
    return any(w in _table()["attributes"] for w in words)


def invests_at(text: str, toks: tuple[Token, ...] | list[Token], end: int) -> bool:
    """The organisation written up to character ``end`` of ``text`` is the one that invests
    in its clause (up to the next clause ending or the sentence's end): the clause writes the
    noun of investing and a verb of investing, and no verb of raising money.  Raising wins:
    "A가 B 주도로 투자를 유치했다" is A's round, B only leads it."""
    t = _table()
    stops = set(t["clause_ends"])
    clause = []
    for tok in toks:
        if tok.start < end:
            continue
        clause.append(tok)
        if (tok.tag == "EC" and tok.form in stops) or tok.tag == "EF":
            break
    forms = [tok.form for tok in clause]
    if any(f in t["raising"] for f in forms) or t["noun"] not in forms:
        return False
    # "투자했다": the noun of investing made a verb by 하다
    done = any(a.form == t["noun"] and b.tag == "XSV" for a, b in pairwise(clause))
    return done or any(f in t["investing"] for f in forms)
