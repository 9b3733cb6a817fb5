"""A stake asked of a holder the question names ("엠버홀딩스가 공개매수로 확보하려는 지분은 몇
%인가?", "황경호 대표 측이 보유한 스타맥스 지분은?") is never the stake the sentence gives
another holder: "최대주주는 창업자인 함도윤 총괄 프로듀서로, 특수관계인을 포함해 지분 19.2%를
갖고 있다" writes 함도윤's 19.2%, no bidder's.

A stake's holder is the last person or company the sentence names before the figure, leaving
out the company the stake is of ("멜로디온 지분", "스타맥스의 최대주주": [stakes] issuer_words after
the name) and a name written as no holder: an object, a place, a name the stake is bought from
("라벨온을 인수해", "윤슬벤처스로부터"; [stakes] no_holder_particles).  A figure
whose holder is a name the question does not write, when the question writes a holder of its
own and the figure's clause names none of them before it ("A는 B가 보유한 지분 60%를
사들인다" is A's purchase), is dropped with its belief; when no figure is left, none answers (the sentences read
do not write the asked holder's stake).  Held-out round 19 answered the bidder's target stake
with the founder's 19.2% at 0.92; a real story of a stake contest answered one side's stake
with the other's at 0.94.

>>> issuer_written("멜로디온 지분 35%", 4), issuer_written("함도윤 총괄 프로듀서로", 3)
(True, False)
"""

from __future__ import annotations

import re

from kg.names import name_key

from .answer_types import answer_type_tables
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_holders", "issuer_written", "stake_owners"]

#: a bracketed gloss right after a name, or the end of the bracket a gloss is written in
#: ("시큐어도(Securedo) 지분": after 시큐어도 and after Securedo)
_GLOSS = re.compile(r"^\s*(?:\([^()]*\)|\))")

#: the entity types that hold a stake
_HOLDERS = frozenset({"Person", "Company", "Investor", "Organization"})


def _table() -> dict:
    return answer_type_tables()["stakes"]


def issuer_written(text: str, end: int) -> bool:
    """The name ending at ``end`` of ``text`` is the company a stake is of: a word of a stake
    follows it ("멜로디온 지분", "멜로디온의 최대주주는")."""
    after = _GLOSS.sub("", text[end : end + 40])
    after = re.sub(r"^\s*(?:의\s*)?", "", after)
    return any(after.startswith(w) for w in _table()["issuer_words"])


def _no_holder(text: str, end: int) -> bool:
    """The name ending at ``end`` is written as no holder: the object of the clause, a place,
    or one the stake comes from, its gloss and a title aside ("라벨온을 인수해",
    "한지호 대표로부터")."""
    after = _GLOSS.sub("", text[end : end + 40])
    words = re.match(r"\S*(?:\s+\S+)?", after).group(0).split()
    particles = tuple(_table()["no_holder_particles"])
    return any(re.sub(r"[^\w]+$", "", w).endswith(particles) for w in words)


def asked_holders(q: Question) -> set[str]:
    """The ids of the names the question writes as a holder (not as the company the stake is
    of: "황경호 대표 측이 보유한 스타맥스 지분" -> 황경호's)."""
    return {
        eid for (eid, _), (_, end) in zip(q.entities, q.spans) if not issuer_written(q.text, end)
    }


def _owner(c: Candidate, ri: ReaderInput) -> dict | None:
    """The mention of the holder the sentence writes the figure for, or None."""
    p = ri.passages[c.passage]
    before = [
        m
        for m in p.entities
        if m.get("type") in _HOLDERS
        and m["end"] <= c.span.start
        and not issuer_written(p.text, m["end"])
        and not _no_holder(p.text, m["end"])
    ]
    return max(before, key=lambda m: m["end"]) if before else None


def _of_other(c: Candidate, ri: ReaderInput, holders: set[str]) -> bool:
    """The figure's holder is a name the question does not write, and the figure's clause names
    none of the asked holders before it ("A는 B가 보유한 지분 60%를 사들인다" is A's purchase,
    though B holds it; "A는 35%를 확보하려 하고, 최대주주 B는 21.4%를" is B's 21.4%)."""
    owner = _owner(c, ri)
    if owner is None or owner["id"] in ri.named or name_key(owner["name"]) in ri.named_names:
        return False
    p = ri.passages[c.passage]
    return not any(
        m["id"] in holders
        and m["end"] <= c.span.start
        and "," not in p.text[m["end"] : c.span.start]
        for m in p.entities
    )


def _asks_stake(q: Question) -> bool:
    return any(w in q.text for w in _table()["asked_words"])


def stake_owners(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The figures of the stake asked without those of another holder (their belief goes
    with them); none when no figure is left (see the module's docstring)."""
    holders = asked_holders(q) if _asks_stake(q) else set()
    if not holders:
        return cands
    other = [is_figure(c) and _of_other(c, ri, holders) for c in cands]
    if not any(other):
        return cands
    # the belief of another holder's figure goes with it: what is left is no surer for it
    # (moving it made a premium of 28.6% the bidder's stake at 0.99)
    kept = [c for c, o in zip(cands, other) if not o]
    return kept if any(is_figure(c) for c in kept) else []
