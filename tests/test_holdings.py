"""Holding a stake (kg/holdings.py), on invented sentences: the shareholders a sentence lists with
their percentages invest in the company the sentences before were about, or in the one whose
stake is named, also a joint venture's parents who own all of it between them; a share of a
market does not.

The rule's candidates are what is checked (``KGSEARCH_RELATIONS=rules``): the relation scorer
weighs the rule ``stake-held`` only once it is refitted (bench/fit_relations.py)."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, named_relations


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setenv("KGSEARCH_RELATIONS", "rules")


def test_shareholders_of_the_company_the_text_is_about():
    text = (
        "간편결제 기업 누리페이가 내년 코스닥 상장을 추진한다. "
        "상장 전 투자에 참여한 재무적 투자자들의 지분도 관심을 모은다. "
        "벤처캐피털 가람벤처스가 7.5%, 솔빛캐피탈이 4.2%를 보유하고 있으며, "
        "보험사 다솜생명은 2.8%를 갖고 있다."
    )
    assert_relations(
        text,
        [
            {("가람벤처스", "INVESTED_IN", "누리페이")},
            {("솔빛캐피탈", "INVESTED_IN", "누리페이")},
            {("다솜생명", "INVESTED_IN", "누리페이")},
        ],
        [],
    )


def test_the_stake_of_a_named_company():
    assert_relations(
        "한빛전자는 누리소프트 지분 12%를 보유하고 있다.",
        [{("한빛전자", "INVESTED_IN", "누리소프트")}],
        [],
    )


@pytest.mark.parametrize(
    ("text", "venture", "parents"),
    [
        # the two parents own all of the joint venture: they put its capital in
        (
            "한빛전자와 누리소프트는 합작법인 '새솔에너지'를 세운다. "
            "지분은 한빛전자가 60%, 누리소프트가 40%를 갖는다.",
            "새솔에너지",
            ["한빛전자", "누리소프트"],
        ),
        # the venture named earlier in the sentence, the shares put in (출자)
        (
            "두 회사는 지난달 합작 계약을 맺었다. 두 회사가 세우는 합작법인의 이름은 '다올모빌리티'로 "
            "정해졌으며, 가온자동차가 55%, 벨로텍이 45%를 출자한다.",
            "다올모빌리티",
            ["가온자동차", "벨로텍"],
        ),
    ],
)
def test_a_joint_ventures_parents_invest_in_it(text, venture, parents):
    assert_relations(text, [{(p, "INVESTED_IN", venture)} for p in parents], [])


@pytest.mark.parametrize(
    "text",
    [
        # a share of a market is no stake
        "간편결제 기업 누리페이가 상장을 추진한다. 국내 시장 점유율은 가람페이가 35%를 갖고 있다.",
    ],
)
def test_no_investment_without_a_stake(text):
    assert not any(r[1] == "INVESTED_IN" for r in named_relations(text)), named_relations(text)


def test_a_gloss_in_parentheses_is_a_holders_name_never_the_owner():
    # realext41, real project-finance news: "X는 A와 B(Latin B)가 세운 합작사로, 지분은 A가 60%,
    # B가 40%를 갖고 있다" made A an investor in B's Latin name
    text = (
        "동해윈드는 가람에너지와 호주 운용사 서던크로스(Southern Cross)가 세운 합작사로, "
        "지분은 가람에너지가 55%, 서던크로스가 45%를 갖고 있다."
    )
    assert_relations(
        text,
        [
            {("가람에너지", "INVESTED_IN", "동해윈드")},
            {
                ("서던크로스", "INVESTED_IN", "동해윈드"),
                ("Southern Cross", "INVESTED_IN", "동해윈드"),
            },
        ],
        [
            ("가람에너지", "INVESTED_IN", "Southern Cross"),
            ("가람에너지", "INVESTED_IN", "서던크로스"),
        ],
    )
