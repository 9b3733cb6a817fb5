"""The members of a group of companies: "컨소시엄에 참여한 건설사는 어디 어디인가?" is answered by
the organisations a sentence writes after the group as its topic ("컨소시엄 지분은 대양건설
45%, 한솔엔지니어링 35%, 미래이앤씨 20%다"; "컨소시엄에는 세로랩 외에 비스타모빌과 은하여객이
참여했다") or before it as the object of forming it ("메디스캔AI는 A병원·B병원과 컨소시엄을
꾸려"), not by every party of the best sentence (the ministry that praised the deal, the client
that ordered it).  Groups and the acts that ask for their members are data:
resources/answer_types.toml ``[group_members]``.
"""

from __future__ import annotations

import re

from kg.names import name_key

from .answer_types import Asked, answer_type_tables
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import Token

__all__ = ["group_members_answer", "members_in"]

#: the best sentences read for the members
_TOP = 8
#: the entity types a member is, by the kind the question asks ("건설사": a company)
_KINDS = {
    "company": frozenset({"Company", "Investor"}),
    "investor": frozenset({"Company", "Investor"}),
    "organization": frozenset({"Organization"}),
}
_ORGS = frozenset({"Company", "Organization", "Investor"})
#: tags that end the clause the members of a formed group are written in
_CLAUSE_END = frozenset({"EC", "EF", "SF"})


def _table() -> dict:
    return answer_type_tables()["group_members"]


def _asks_members(q: Question) -> bool:
    """The question writes a group and an act of joining or forming it."""
    forms = {t.form for t in q.tokens}
    return bool(forms & set(_table()["groups"])) and bool(forms & set(_table()["member_acts"]))


def _after_topic(toks: list[Token], g: int) -> bool:
    """The group at token ``g`` is its sentence's topic, a noun of its make-up between
    ("컨소시엄에는", "컨소시엄은", "컨소시엄 지분은")."""
    i = g + 1
    if i < len(toks) and toks[i].form in _table()["shares"] and toks[i].tag.startswith("N"):
        i += 1
    tags = [t.tag for t in toks[i : i + 2]]
    return bool(tags) and (tags[0] == "JX" or tags == ["JKB", "JX"])


def _formed(toks: list[Token], g: int) -> bool:
    """The group at token ``g`` is the object of an act of forming it ("컨소시엄을 꾸려")."""
    acts = set(_table()["member_acts"])
    return g + 2 < len(toks) and toks[g + 1].tag == "JKO" and toks[g + 2].form in acts


def members_in(h: Hit, kinds: frozenset[str]) -> list[str]:
    """The organisations of ``kinds`` the sentence writes as a group's members, as written;
    [] when it writes no group as a topic or the object of forming it."""
    toks = sentence_tokens(h.text)
    groups = set(_table()["groups"])
    for g, t in enumerate(toks):
        if t.form not in groups:
            continue
        if _after_topic(toks, g):
            lo, hi = t.end, len(h.text)
        elif _formed(toks, g):
            start = max((i + 1 for i in range(g) if toks[i].tag in _CLAUSE_END), default=0)
            lo, hi = toks[start].start, t.start
        else:
            continue
        found = {
            e.get("id") or e["start"]: h.text[e["start"] : _glossed(h.text, e["end"])]
            for e in sorted(h.entities, key=lambda e: -e["start"])
            if lo <= e["start"] and e["end"] <= hi and e.get("type") in kinds
        }  # one name of each, with its gloss ("한국과학기술원(KAIST)")
        if found:
            return list(reversed(found.values()))
    return []


def _glossed(text: str, end: int) -> int:
    """Where a name ends with the bracketed gloss written right after it ("광주과학기술원(GIST)");
    a bracket of figures is no gloss ("누리건설(35%)": its share)."""
    close = text.find(")", end)
    inner = text[end + 1 : close]
    if text[end : end + 1] != "(" or close < 0 or len(inner) > _GLOSS or "(" in inner:
        return end
    return close + 1 if re.search(r"[A-Za-z가-힣]", inner) else end


#: the longest bracket read as a name's gloss
_GLOSS = 30


def group_members_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The members of the group the question asks about, from the best sentence that writes
    them, without the names the question gives (the group's leader, "마루클라우드 컨소시엄");
    None when the question asks no group's members or no sentence writes them."""
    if not _asks_members(q):
        return None
    kinds = _KINDS.get(asked.kind, _ORGS)
    if {t.form for t in q.tokens} & set(_table()["any_heads"]):
        kinds = _ORGS  # "참여한 기관은?", "기업과 기관은?": any member
    asked_names = name_key(q.text)
    for h in hits[:_TOP]:
        found = [m for m in members_in(h, kinds) if name_key(m) not in asked_names]
        names = list(dict.fromkeys(found))
        if names:
            return said_in(q, names, [h], hits, "group_members", 0.6)
    return None
