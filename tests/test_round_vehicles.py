"""A round's investors when one of them invests through a vehicle (kg/funding.py), on invented
sentences: "C는 자회사인 D를 통해 합류했다" makes D the investor in place of C, and leaves the
investors of the sentence's other clauses ("기존 투자사인 A와 B가 참여했고") as they are."""

from __future__ import annotations

from relation_cases import assert_relations

_RAISED = "물류 로봇 스타트업 누리봇이 200억 원 규모의 시리즈C 투자를 유치했다고 3일 밝혔다. "


def test_investors_beside_one_that_goes_through_a_vehicle():
    assert_relations(
        _RAISED + "이번 라운드는 한솔벤처스가 주도했다. 기존 투자사인 가온파트너스와 "
        "다래캐피탈이 후속 투자에 참여했고, 중견기업 보람정밀은 기업형 벤처캐피털(CVC)인 "
        "보람벤처스를 통해 전략적 투자자로 합류했다.",
        [
            {("가온파트너스", "INVESTED_IN", "누리봇")},
            {("다래캐피탈", "INVESTED_IN", "누리봇")},
            {("보람벤처스", "INVESTED_IN", "누리봇")},
        ],
        [("보람정밀", "INVESTED_IN", "누리봇")],
    )


def test_the_vehicle_alone_when_it_is_the_only_investor():
    assert_relations(
        _RAISED + "이번 라운드에는 중견기업 보람정밀이 자회사인 보람벤처스를 통해 참여했다.",
        [{("보람벤처스", "INVESTED_IN", "누리봇")}],
        [("보람정밀", "INVESTED_IN", "누리봇")],
    )
