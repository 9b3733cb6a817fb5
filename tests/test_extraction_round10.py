"""Round 10 of the extraction work: what made the spent held-out round 8's wrong relations
(a deal's new company taken for a company, a school taken for an employer, a bureau taken for
its body), each on invented sentences, with the lexicon and without it (tests/relation_cases)."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, extraction

CASES = [
    pytest.param(
        # the kind of company a deal creates (합작법인, JV) is no company: the parties are
        # partners, never founders, investors or employers of the word 합작법인
        "한별전자가 독일 배터리 기업 노르텍(Nortec)과 함께 전고체 배터리 합작법인(JV)을 설립한다. "
        "합작법인은 내년 상반기 공식 출범할 예정이다. 합작법인은 노르텍의 배터리 설계 플랫폼 "
        "'노르셀(NorCell)'을 국내 안전 기준에 맞게 고쳐 한별전자의 공장 관리 시스템 "
        "'한별 팩토리 X'에 올린 형태로 제품을 공급한다. 한별전자는 충북 청주시 공장을 "
        "합작법인에 빌려주기로 했다.",
        [{("Nortec", "DEVELOPED", "NorCell"), ("노르텍", "DEVELOPED", "노르셀")}],
        [
            (a, t, b)
            for a in ("한별전자", "노르텍", "Nortec")
            for b in ("합작법인", "JV")
            for t in ("FOUNDED", "PARTNER_OF", "INVESTED_IN")
        ]
        + [("합작법인", "DEVELOPED", m) for m in ("NorCell", "노르셀")],
        id="a-joint-venture-is-a-kind-not-a-company",
    ),
    pytest.param(
        # "X 박사 과정 출신", "X 박사 출신": the founder studied at the school, never worked there;
        # a company before 출신 is still the founder's former employer
        "2021년 설립된 노바웍스는 카이스트 박사 과정 출신인 한지호 대표가 세운 회사다. "
        "별빛랩은 포스텍 박사 출신인 윤다온 대표와 삼성전자 출신인 서하준 CTO가 함께 창업했다.",
        [
            {("한지호", "FOUNDED", "노바웍스")},
            {("한지호", "WORKED_AT", "노바웍스")},
            {("서하준", "WORKED_AT", "삼성전자"), ("서하준", "WORKED_AT", "Samsung Electronics")},
        ],
        [
            ("한지호", "WORKED_AT", "카이스트"),
            ("한지호", "WORKED_AT", "KAIST"),
            ("윤다온", "WORKED_AT", "포스텍"),
            ("윤다온", "WORKED_AT", "POSTECH"),
        ],
        id="a-school-before-a-degree-is-where-one-studied",
    ),
    pytest.param(
        # "X Y국의 A 국장": Y국 is a bureau of X; A works at X, the bureau belongs to the role
        "방송통신위원회(방통위)는 과징금을 부과했다. "
        '방통위 이용자보호국의 한도윤 국장은 "재발 방지책을 요구하겠다"고 말했다.',
        [{("한도윤", "WORKED_AT", "방통위"), ("한도윤", "WORKED_AT", "방송통신위원회")}],
        [("한도윤", "WORKED_AT", "이용자보호국")],
        id="a-bureau-is-part-of-its-body",
    ),
    pytest.param(
        # "X 상경대학 상학과를 졸업": a department between the school and the word of study;
        # the person studied there and worked at the company named after it
        "신임 한도경 사장은 한빛대 상경대학 상학과를 졸업했으며 가람손해보험 영업본부장을 지냈다.",
        [{("한도경", "WORKED_AT", "가람손해보험")}],
        [("한도경", "WORKED_AT", "한빛대")],
        id="a-school-before-its-department-is-where-one-studied",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_relations_the_sentence_states_and_denies(lexicon, text, present, absent):
    assert_relations(text, present, absent)


def test_the_kind_of_company_a_deal_creates_is_never_an_entity(lexicon):
    ex = extraction(CASES[0].values[0])
    names = {a for e in ex.entities.values() for a in (e.name, *e.aliases)}
    assert not names & {"합작법인", "JV"}, names


def test_the_bureau_goes_into_the_role(lexicon):
    ex = extraction(CASES[2].values[0])
    roles = {r.role for r in ex.relations if r.type == "WORKED_AT"}
    assert roles == {"이용자보호국 국장"}, roles
