"""A partnership told through the act two companies take part in or start, as news writes it:
"A와 B가 기술개발 협력에 나섰다" (a join verb whose goal is a partnership: they join each other,
not a third party's round), "공동연구를 시작했다" / "공동연구에 착수했다" (a start verb means the act
it starts; Kiwi splits 공동연구 into 공동 + 연구), and "양사는" (Kiwi: 양/MM 사/NNG) as the pair
just named.  Invented names."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations

from kg import analyze_document
from kg.model import Number

PAIR = {("누리뉴스", "PARTNER_OF", "한빛소프트"), ("한빛소프트", "PARTNER_OF", "누리뉴스")}


@pytest.mark.parametrize(
    "text",
    [
        "한빛소프트와 누리뉴스가 인공지능 기술개발 협력에 나섰다.",
        "한빛소프트와 누리뉴스는 협력에 나섰다고 16일 밝혔다.",
        "한빛소프트와 누리뉴스는 뉴스 요약 기술에 관해 공동연구를 시작한다고 16일 밝혔다.",
        "한빛소프트는 누리뉴스와 공동연구에 착수했다.",
    ],
)
def test_joining_or_starting_a_partnership_makes_partners(text):
    assert_relations(text, [PAIR], [])


@pytest.mark.parametrize(
    "text",
    [
        # a round is a third party's: its investors are no partners of each other
        "파도가 120억원을 유치했다. 이번 투자에는 한빛벤처스와 누리캐피털이 참여했다.",
        # a project joined is no partnership between its members
        "한빛소프트와 누리뉴스가 정부의 공공 데이터 사업에 참여했다.",
    ],
)
def test_joining_something_else_makes_no_partners(text):
    pairs = {("한빛벤처스", "PARTNER_OF", "누리캐피털"), ("누리캐피털", "PARTNER_OF", "한빛벤처스")}
    assert_relations(text, [], sorted(PAIR | pairs))


def test_yangsa_is_the_pair_just_named():
    doc = analyze_document(
        "t", "한빛소프트와 누리뉴스가 신사업을 발표했다. 양사는 21일 서울에서 업무협약을 체결했다."
    )
    pairs = [m for m in doc.mentions if m.text == "양사"]
    assert pairs and pairs[0].number is Number.PAIR and pairs[0].rule == "pair"
