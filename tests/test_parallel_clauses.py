"""People of parallel clauses work at their own clause's organisation (kg/parallel_clauses.py),
on invented sentences: one clause per company sharing the last verb, and the learned scorer linked
each person to every company of the sentence."""

from __future__ import annotations

import pytest
from relation_cases import named_relations

HEADS = [("도윤서", "솔빛전자"), ("남궁별", "솔빛화학")]


@pytest.mark.parametrize(
    "text",
    [
        "솔빛전자는 도윤서 부사장을 사장으로, 솔빛화학은 남궁별 전무를 부사장으로 각각 승진시켰다.",
        "솔빛전자에서는 도윤서 전무가 부사장으로, 솔빛화학에서는 남궁별 상무가 전무로 올라섰다.",
        "솔빛전자는 도윤서 부사장, 솔빛화학은 남궁별 전무를 각각 신임 대표로 내정했다.",
        "솔빛전자는 연구소장에 도윤서 상무를, 솔빛화학은 생산본부장에 남궁별 상무를 앉혔다.",
    ],
)
def test_each_person_works_at_the_organisation_of_their_clause(text):
    rels = {(a, b) for a, t, b in named_relations(text) if t == "WORKED_AT"}
    for person, company in HEADS:
        assert (person, company) in rels, rels
        others = {c for _, c in HEADS} - {company}
        assert not {(person, c) for c in others} & rels, rels


def test_a_person_without_an_organisation_in_their_clause_keeps_the_link():
    text = "솔빛전자는 3일, 도윤서 부사장을 사장으로 승진시켰다."
    rels = {(a, b) for a, t, b in named_relations(text) if t == "WORKED_AT"}
    assert ("도윤서", "솔빛전자") in rels, rels


def test_a_clause_of_a_former_employer_keeps_the_topic():
    text = "솔빛랩스는 도윤서 대표와, 가온전자에서 반도체를 설계한 남궁별 최고기술책임자(CTO)가 세운 회사다."
    rels = {(a, b) for a, t, b in named_relations(text) if t == "WORKED_AT"}
    assert ("남궁별", "솔빛랩스") in rels, rels
