"""A figure of another thing: a question about one product, drug or model ("HSP-417 계약금")
is not answered by a figure whose sentence names another of the same type and not the one
asked, in a paragraph that has not named the asked one before ("한성제약의 기술수출은 이번이
두 번째다. 이 회사는 ... 후보물질 'HSP-102'의 중화권 권리를 ... 계약금 100억 원을 포함한"):
that figure is the other's.  A sentence after one that names the asked thing compares it
with the other ("'도담봇 D2'를 출시했다. 전작 '도담봇 D1'과 비교해 적재 용량은 60리터로")
and keeps its figures, as do the sentences naming no such thing (a deal's terms are written
after the sentence that names it: "계약금(업프런트)은 5천만 달러").

Only the types of [figures] own_types (search/resources/answer_types.toml): a sentence
naming another company is often about the asked one as well ("주관사는 동방투자증권이").
"""

from __future__ import annotations

from kg.names import name_key

from .answer_types import answer_type_tables
from .belief import believed
from .passages import earlier_in_paragraph
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["of_named_thing"]


def of_named_thing(q: Question, snap, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the candidates whose sentence names a thing of an asked thing's type and not
    the asked one, nor does its paragraph before it; their belief goes to the others, and all
    of them stay when none is left."""
    ex = snap.extraction
    own = set(answer_type_tables()["figures"]["own_types"])
    named = {eid for eid, _ in q.entities}
    types = {ex.entities[eid].type for eid in named if eid in ex.entities} & own
    if not types:
        return cands
    keys = {
        k
        for eid in named
        if eid in ex.entities
        for a in ex.entities[eid].aliases
        if len(k := name_key(a)) >= 2
    }

    def of_other(c: Candidate) -> bool:
        p = ri.passages[c.passage]
        ids = {e["id"] for e in p.entities if e.get("type") in types}
        if not ids or ids & named:
            return False
        before = " ".join(e.text for e in earlier_in_paragraph(snap, p.sentence_id))
        return not any(k in name_key(before) for k in keys)

    return believed([c for c in cands if not of_other(c)], cands)
