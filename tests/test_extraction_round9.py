"""Relation precision on text nobody tuned on (round 9 of the extraction work): the general
patterns behind wrong relations of the spent held-out round 7 — a date that belongs to another
clause, ... Sentences of our own, each run with the built-in lexicon and without it."""

from __future__ import annotations

from kg import analyze_document, resolve


def _relations(text):
    ex = resolve([analyze_document("t", text)])
    name = {eid: e.name for eid, e in ex.entities.items()}
    return {(name[r.subject], r.type, name[r.object]) for r in ex.relations}


def test_a_date_of_a_closed_clause_is_not_the_founding_year(lexicon):
    rels = _relations(
        "누리칩은 한빛반도체에서 설계팀장을 지낸 고은별 대표가 2019년 퇴사한 뒤 동료 3명과 함께 "
        "세운 회사다. 다온랩스는 2018년 판교에서 설립된 회사다."
    )
    assert ("누리칩", "FOUNDED_IN", "2019") not in rels
    assert ("누리칩", "FOUNDED_IN", "2019년") not in rels
    assert ("고은별", "FOUNDED", "누리칩") in rels
    assert ("다온랩스", "FOUNDED_IN", "2018년") in rels
