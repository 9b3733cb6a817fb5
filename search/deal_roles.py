"""A deal's party asked by a noun of its role ("이번 계약의 발주처는?", "제과 사업부 매각자는?"):
the party that does the role's act.  A sentence that writes the act names it as the act's
subject ("고소한푸드는 제과 사업부를 X에 매각하기로 했다" -> 고소한푸드); one that writes the
counter-act names it with 로부터 or 에 (search/contract_parties.py).  Role nouns are
resources/answer_types.toml ``[contract_parties.roles]``.

>>> role_act("이번 LNG선 계약의 발주처는?")
'발주'
>>> role_act("매각 대금은 얼마인가?") is None
True
>>> from search.passages import sentence_tokens
>>> text = "한편 식품기업 다솜푸드는 제과 사업부를 사모펀드 누리파트너스에 매각하기로 했다."
>>> act_subject(text, sentence_tokens(text), "매각")
'다솜푸드'
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .org_words import chain_before, org_text
from .spans import Token

__all__ = ["act_subject", "holder_before", "role_act", "verb_act"]

#: particles a role noun may carry in the question ("발주처는", "매각자가")
_PARTICLES = "은|는|이|가|을|를|의|로|으로|도"
#: the particles of a subject or topic ("A는 ... 매각했다", "A가 ... 수주했다")
_SUBJECT = {"JKS", "JX"}
#: tags that end the clause the act's subject stands in
_CLAUSE_END = {"EC", "EF", "SF"}


def role_act(question: str) -> str | None:
    """The act of the role noun a question asks ("발주처" -> 발주), None when it names none."""
    roles = answer_type_tables()["contract_parties"].get("roles", {})
    for role, act in roles.items():
        if re.search(rf"{re.escape(role)}(?:{_PARTICLES})?(?![가-힣])", question):
            return act
    return None


def act_subject(text: str, toks: list[Token], act: str) -> str | None:
    """The organisation written as the subject or topic of ``act`` in its clause ("A는 ...
    매각하기로"), as written; None when the sentence writes no such act or subject."""
    for c, t in enumerate(toks):
        if t.form != act or t.tag != "NNG":
            continue
        start = max((i + 1 for i in range(c) if toks[i].tag in _CLAUSE_END), default=0)
        for i in range(start, c):
            if toks[i].tag in _SUBJECT and (name := org_text(text, chain_before(toks, i), False)):
                return name
    return None


#: tags of a question's interrogative that make it no doer ("누구에게 팔았나": to whom)
_NOT_DOER = {"JKB", "JKO"}


def verb_act(q_tokens: list[Token]) -> tuple[str, set[str], set[str]] | None:
    """The native verb of a deal a question asks the doer of ("본사 건물 누가 사?" -> 사), its
    counter-acts (팔리: "B에 팔린다" names the buyer B) and the nouns of the same act (매입),
    from [contract_parties.verbs]; None when the question writes none, or asks another party
    of it ("누구에게 팔았나?").

    >>> from search.passages import sentence_tokens
    >>> act, counters, same = verb_act(sentence_tokens("본사 건물 누가 사?"))
    >>> act, "팔리" in counters, "매입" in same
    ('사', True, True)
    >>> verb_act(sentence_tokens("사옥을 누구에게 팔았나?")) is None
    True
    """
    verbs = answer_type_tables()["contract_parties"].get("verbs", {})
    if any(
        t.tag == "NP" and i + 1 < len(q_tokens) and q_tokens[i + 1].tag in _NOT_DOER
        for i, t in enumerate(q_tokens)
    ):
        return None
    for t in q_tokens:
        if t.tag.startswith("VV") and t.form in verbs:
            return t.form, set(verbs[t.form]["counters"]), set(verbs[t.form]["same"])
    return None


#: the morphemes of a holding written before what is bought ("A가 보유한 지분")
_HOLDS = ("보유", "소유", "갖")


def holder_before(h, toks: list[Token], counters: set[str]) -> str | None:
    """The party written holding what the clause of a counter-act buys, the seller ("창업자인
    A 대표가 보유한 지분 72%를 … 사들이는", "투자사 B 등이 보유한 구주를 … 넘겨받는다"),
    as written; None when the sentence writes none.  ``h``: the sentence's hit.

    >>> from search.passages import sentence_tokens
    >>> from search.results import Hit
    >>> text = "다올PE는 창업자 민하윤 대표가 보유한 지분을 사들인다."
    >>> h = Hit(sentence_id="s", doc_id="d", text=text, score=1.0,
    ...         entities=[{"start": 10, "end": 13, "type": "Person", "id": "p", "name": "민하윤"}])
    >>> holder_before(h, sentence_tokens(text), {"사들이"})
    '민하윤'
    """
    for c, t in enumerate(toks):
        if t.form not in counters or not t.tag.startswith(("VV", "NNG")):
            continue
        start = max((i + 1 for i in range(c) if toks[i].tag in _CLAUSE_END), default=0)
        held = [i for i in range(start, c) if toks[i].form in _HOLDS and toks[i].tag in _HELD]
        for i in held:
            before = [
                e
                for e in h.entities
                if toks[start].start <= e["start"]
                and e["end"] <= toks[i].start
                and e.get("type") in _PARTIES
            ]
            if before:
                last = max(before, key=lambda e: e["end"])
                return h.text[last["start"] : last["end"]]
    return None


#: the tags of a holding's morpheme: a noun of 하다 ("보유"), a verb ("갖")
_HELD = {"NNG", "VV"}
#: who may hold what is sold
_PARTIES = {"Company", "Organization", "Investor", "Person"}
