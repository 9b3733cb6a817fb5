"""Round 15 of the extraction work: relation recall on news (investors listed past a relative
clause, ...), each on invented sentences, with the lexicon and without it."""

from __future__ import annotations

from relation_cases import assert_relations

ROUND_WITH_DESCRIBED_INVESTOR = (
    "다온랩은 300억원 규모의 시리즈B 투자를 유치했다고 밝혔다. 이번 투자는 한빛벤처스가 "
    "주도했으며 누리캐피탈, 가온파트너스와 기존 투자사인 별빛인베스트먼트가 참여했다."
)


def test_investors_listed_before_one_described_by_a_relative_clause(lexicon):
    # "A, B와 기존 투자사인 C가 참여했다": the relative clause describes C only; A and B are
    # listed with it and take its 가, so each joined the round
    assert_relations(
        ROUND_WITH_DESCRIBED_INVESTOR,
        present=[
            {("누리캐피탈", "INVESTED_IN", "다온랩")},
            {("가온파트너스", "INVESTED_IN", "다온랩")},
            {("별빛인베스트먼트", "INVESTED_IN", "다온랩")},
            {("한빛벤처스", "INVESTED_IN", "다온랩")},
        ],
        absent=set(),
    )
