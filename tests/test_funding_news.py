"""Funding rounds as real news writes them, on invented sentences (tests/relation_cases): a company
whose name Kiwi reads as a common noun (a brand that is also a word: 파도, 모래) still raises its
round, and investors listed before "등 기존 투자사가" take part in it."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, extraction

INVESTORS = "이번 투자에는 한빛벤처스와 누리캐피털이 참여했다."


@pytest.mark.parametrize(
    "raise_",
    [
        "파도가 120억원 규모의 시리즈B 투자를 유치했다고 3일 밝혔다.",
        "모래는 120억원 규모의 시리즈B 투자 유치에 성공했다.",
        "파도가 한 해 만에 120억원을 유치했다.",
        "모래가 지난달 시리즈A 투자를 받았다.",
    ],
)
def test_a_company_named_by_a_common_word_raises_its_round(raise_):
    # Kiwi reads 파도 (wave) and 모래 (sand) as common nouns, so the name tagger skips them: the
    # subject of the raise is the company, and the round's investors invest in it
    company = "파도" if raise_.startswith("파도") else "모래"
    assert_relations(
        raise_ + " " + INVESTORS,
        [{("한빛벤처스", "INVESTED_IN", company)}, {("누리캐피털", "INVESTED_IN", company)}],
        [],
    )
    entity = extraction(raise_).entity_by_name(company)
    assert entity is not None and entity.type == "Company"


@pytest.mark.parametrize(
    "sentence",
    [
        # a round word as the subject is no company
        "외부 투자는 아직 받지 않았고, 당분간은 모회사 지원으로 충분하다.",
        # "에서" names the round, not the raiser
        "모래는 지난해 시리즈B 라운드에서 800억원을 유치했다.",
        # a word of the grammar is no company
        "회사는 지난해 210억원을 유치했다.",
    ],
)
def test_no_round_word_nor_grammar_raises_a_round(sentence):
    names = {e.name for e in extraction(sentence).entities.values()}
    assert not names & {"투자", "시리즈B", "라운드", "회사", "외부"}, names


def test_investors_listed_before_a_description_take_part():
    # "A, B 등 기존 투자사가 재참여했다": the list's members are the ones taking part
    assert_relations(
        "파도가 120억원 규모의 시리즈B 투자를 유치했다. 이번 투자에는 신규 투자사로 "
        "한빛벤처스가 참여, 누리캐피털, 별솔파트너스 등 기존 주요 투자사가 재참여했다.",
        [
            {("한빛벤처스", "INVESTED_IN", "파도")},
            {("누리캐피털", "INVESTED_IN", "파도")},
            {("별솔파트너스", "INVESTED_IN", "파도")},
        ],
        [],
    )


def test_a_list_that_modifies_another_noun_is_not_the_subject():
    # "A와 B 출신 연구자들이": the companies modify 출신, they do nothing themselves
    assert_relations(
        "파도가 120억원을 유치했다. 한빛벤처스와 누리캐피털 출신 심사역들이 회사를 떠났다.",
        [],
        [("한빛벤처스", "INVESTED_IN", "파도"), ("누리캐피털", "INVESTED_IN", "파도")],
    )


@pytest.mark.parametrize(
    "raise_",
    [
        "파도가 120억원 규모의 시리즈B 투자를 유치했다.",
        "파도가 120억원 규모의 시리즈B 투자 유치를 했습니다.",
    ],
)
def test_a_raise_word_under_a_place_particle_names_the_round(raise_):
    # "이번 투자 유치에는 A와 B가 참여했다": 유치 names the round the investors join; it raises
    # nothing itself, so A is no raiser and B does not invest in A
    assert_relations(
        raise_ + " 이번 시리즈B 투자 유치에는 한빛벤처스와 누리캐피털이 참여했다.",
        [{("한빛벤처스", "INVESTED_IN", "파도")}, {("누리캐피털", "INVESTED_IN", "파도")}],
        [("누리캐피털", "INVESTED_IN", "한빛벤처스")],
    )


def test_a_latin_name_of_two_words_ending_in_a_common_word_makes_an_agreement():
    # "HN AI는": AI alone is a common word, the two capitals words together are the name
    text = "누리방송과 HN AI는 업무협약을 체결했다."
    assert_relations(
        text, [{("누리방송", "PARTNER_OF", "HN AI"), ("HN AI", "PARTNER_OF", "누리방송")}], []
    )


def test_a_latin_name_of_two_words_with_a_particle_of_a_party():
    # "KBN과 HN AI는 ... 위한 업무협약을 체결했다": a relative clause between the parties and the
    # agreement; the name is the name whatever the sentence does with it
    text = "KBN과 HN AI는 19일 서울에서 미디어 분야의 AI 전환을 위한 업무협약을 체결했다."
    assert_relations(text, [{("KBN", "PARTNER_OF", "HN AI"), ("HN AI", "PARTNER_OF", "KBN")}], [])
