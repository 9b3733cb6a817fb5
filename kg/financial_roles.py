"""The bank that arranges, leads or advises on a company's financing is its partner: "금융주선기관인
A·B와", "X가 금융 주선사로 참여한", "대주단은 X가 주관하고".

Project-finance and deal news names the arranger by its role, written as an apposition before the
name ("금융자문사인 X과 함께"), as what it joins as ("X가 금융 주선사로 참여한") or as the one
leading the lenders ("대주단은 X가 주관하고").  The company served is the sentence's topic (an
organisation written with 은/는), else the company the article is about, else what the sentences
before were about.  The words are data: resources/financial_roles.toml.
"""

from __future__ import annotations

import functools

from .clause import SentenceView
from .model import RelationCandidate
from .resources import load_table

__all__ = ["financial_role_relations"]

_ORGS = {"Company", "Organization"}


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    t = load_table("financial_roles.toml")
    return tuple(t["roles"]), frozenset(t["lead_verbs"]), frozenset(t["lenders"])


def _role_before(view: SentenceView, k: int) -> bool:
    """Do the nouns that end right before token k spell a financial role ("금융 주선 기관")?"""
    words = ""
    j = k - 1
    while j >= 0 and view.toks[j].tag == "NNG" and k - j <= 4:
        words = view.toks[j].form + words
        if words.endswith(_table()[0]):
            return True
        j -= 1
    return False


def _appointed(view: SentenceView, mid: int) -> bool:
    """Is the name written as holding a financial role: "주선기관인 X", "X가 주선사로",
    "대주단은 X가 주관하고"?"""
    toks, first, nxt = view.toks, view.first_tok[mid], view.next_tok[mid]
    if first >= 3 and toks[first - 1].tag == "ETM" and toks[first - 2].tag == "VCP":
        return _role_before(view, first - 2)  # "금융주선기관인 X"
    if view.mentions[mid].role != "JKS":
        return False
    k = nxt
    while k < len(toks) and toks[k].tag == "NNG":
        k += 1
    if k < len(toks) and k > nxt and toks[k].form in {"로", "으로"} and _role_before(view, k):
        return True  # "X가 금융 주선사로 참여한"
    _, verbs, lenders = _table()
    return (
        nxt + 1 < len(toks)
        and toks[nxt].form in verbs
        and toks[nxt + 1].tag == "XSV"
        and any(t.form in lenders or t.form + "단" in lenders for t in toks[:first])
    )  # "대주단은 X가 주관하고" (Kiwi: 대주/NNG 단/NNG)


def _served(view: SentenceView, roles: set[int]) -> int | None:
    """The company the role serves: the sentence's organisation topic (written with 은/는), else
    the article's company, else what the sentences before were about.  Not the sentence's other
    subjects: "대표 주관사는 A가 맡았고, B가 공동 주관사로 참여한다" names two arrangers, and A
    serves the company the article is about as B does."""
    ms = view.mentions
    for mid in view.mention_ids:
        if mid not in roles and ms[mid].role == "JX" and ms[mid].voted_type in _ORGS:
            return mid
    about = view.about
    if about is not None and about not in roles and ms[about].voted_type in _ORGS:
        return about
    for mid in view.prev_topic:  # "X는 단지를 짓는다. Y가 주선사로 참여했다": the one told before
        if mid not in roles and ms[mid].voted_type in _ORGS:
            return mid
    return None


def financial_role_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """PARTNER_OF from each bank in a financial role to the company it serves.

    "누리풍력은 금융주선기관인 가람은행과 회의를 열었다": 가람은행 PARTNER_OF 누리풍력."""
    ms = view.mentions
    roles: list[int] = []
    for mid in view.mention_ids:
        if ms[mid].kind == "name" and ms[mid].voted_type in _ORGS and _appointed(view, mid):
            roles.append(mid)
            k = view.next_tok[mid]  # "주선기관인 A·B와": the list goes on with B
            while k + 1 < len(view.toks) and view.toks[k].form == "·":
                nxt = view.at(k + 1)
                if nxt is None or ms[nxt].voted_type not in _ORGS:
                    break
                roles.append(nxt)
                k = view.next_tok[nxt]
    if not roles:
        return []
    served = _served(view, set(view.expand(roles)))
    if served is None:
        return []
    return [
        RelationCandidate("PARTNER_OF", r, served, sentence_id, "financial-role", 0.8)
        for r in roles
    ]
