"""Shareholders listed with their stakes (kg/holdings.py) under the shipped relation scorer, on
invented sentences: the rule's candidates are kept as it scored them (kg/scorer.py), every
holder of the list invests in the company."""

from __future__ import annotations

from relation_cases import assert_relations


def test_every_holder_of_a_long_list_invests():
    text = (
        "통신사 다온텔레콤과 미국 반도체 기업 벨로칩은 합작법인(JV) '누리그리드(NuriGrid)'를 "
        "세우고, 에너지 기업 해람에너지와 사모펀드 운용사 청솔파트너스를 재무적 투자자로 "
        "끌어들였다. 누리그리드 지분은 다온텔레콤이 40%, 벨로칩이 30%, 해람에너지가 20%, "
        "청솔파트너스가 10%를 갖는다."
    )
    holders = ["다온텔레콤", "벨로칩", "해람에너지", "청솔파트너스"]
    assert_relations(
        text,
        [{(h, "INVESTED_IN", "누리그리드"), (h, "INVESTED_IN", "NuriGrid")} for h in holders],
        [],
    )
