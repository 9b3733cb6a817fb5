"""People of a bulleted appointment list work at their own item's company (kg/bullet_items.py),
on invented sentences: the learned scorer linked a person to a company of another item."""

from __future__ import annotations

import pytest
from relation_cases import named_relations

HEADS = [("도윤서", "한결화학"), ("남궁별", "한결건설"), ("고다해", "한결물산")]


@pytest.mark.parametrize(
    "text",
    [
        "새로 선임된 계열사 대표는 ▲한결화학 대표이사 사장 도윤서(55·전 한결화학 기초소재본부장) "
        "▲한결건설 대표이사 부사장 남궁별(52) ▲한결물산 대표이사 사장 고다해(57·전 한결물산 "
        "해외영업본부장)이다.",
        "한결그룹은 ▲한결화학 사장에 도윤서 부사장 ▲한결건설 부사장에 남궁별 전무 ▲한결물산 "
        "사장에 고다해 부사장을 각각 선임했다.",
    ],
)
def test_each_head_works_at_the_company_of_their_item(text):
    rels = {(a, b) for a, t, b in named_relations(text) if t == "WORKED_AT"}
    for person, company in HEADS:
        assert (person, company) in rels, rels
        others = {c for _, c in HEADS} - {company}
        assert not {(person, c) for c in others} & rels, rels


def test_a_company_before_the_list_keeps_its_people():
    text = "한결물산은 ▲해외영업본부장에 고다해 전무 ▲재무본부장에 도윤서 상무를 임명했다."
    rels = {(a, b) for a, t, b in named_relations(text) if t == "WORKED_AT"}
    assert {("고다해", "한결물산"), ("도윤서", "한결물산")} <= rels, rels
