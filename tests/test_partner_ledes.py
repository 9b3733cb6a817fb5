"""The partnership lede of Korean news, "A가 B와 업무협약을 맺었다": Kiwi reads the 과/와 after
some names as "and" (JC) rather than "with" (JKB); before a plain noun it is "with", so B is A's
partner.  A list stays a list ("A와 공공 소프트웨어 기업 B가": B is described, both act)."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, extraction


@pytest.mark.parametrize(
    "text",
    [
        # 삼성물산과, SK텔레콤과: the names after which Kiwi tags 과 as JC
        "한빛전자가 삼성물산과 업무협약을 맺었다.",
        "한빛전자가 SK텔레콤과 업무협약(MOU)을 체결했다고 5일 밝혔다.",
        "누리소프트가 삼성물산과 전략적 파트너십을 체결했다.",
        "누리소프트가 SK텔레콤과 공동 개발 계약을 맺었다고 밝혔다.",
    ],
)
def test_the_comitative_after_a_name_makes_a_partner(text):
    first = "한빛전자" if text.startswith("한빛전자") else "누리소프트"
    second = "삼성물산" if "삼성물산" in text else "SK텔레콤"
    assert_relations(text, [{(second, "PARTNER_OF", first), (first, "PARTNER_OF", second)}], [])


def test_a_described_list_member_is_still_a_list_member():
    # "A와 공공 소프트웨어 기업 B": the 와 joins two names, the nouns between describe B
    assert_relations(
        "컨소시엄은 한빛클라우드를 주관사로 반도체 기업 시온랩스와 공공 소프트웨어 기업 "
        "도경정보기술이 함께 꾸렸다.",
        [{("한빛클라우드", "PARTNER_OF", "시온랩스"), ("시온랩스", "PARTNER_OF", "한빛클라우드")}],
        [],
    )


def test_a_list_that_modifies_another_noun_names_no_partner():
    # "A와 B 출신 연구자들이": the names modify 출신; neither is anyone's partner here
    assert_relations(
        "구글 딥마인드와 메타 출신 연구자들이 회사를 세웠다.",
        [],
        [("구글 딥마인드", "PARTNER_OF", "메타"), ("메타", "PARTNER_OF", "구글 딥마인드")],
    )


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # 파도 (wave) and 모래 (sand): names Kiwi reads as common nouns, which the tagger skips;
        # the doer of an act only organisations do, and the partner of an agreement, are names
        ("파도가 누리소프트를 인수했다고 3일 밝혔다.", ("파도", "ACQUIRED", "누리소프트")),
        ("파도는 한빛랩스에 300억원을 투자했다.", ("파도", "INVESTED_IN", "한빛랩스")),
        ("한빛전자가 모래와 업무협약을 맺었다고 5일 밝혔다.", ("모래", "PARTNER_OF", "한빛전자")),
        ("파도가 모래와 손잡고 클라우드 사업에 나선다.", ("모래", "PARTNER_OF", "파도")),
    ],
)
def test_a_company_named_by_a_common_word_acts(text, fact):
    a, rel, b = fact
    assert_relations(text, [{(a, rel, b), (b, rel, a)} if rel == "PARTNER_OF" else {fact}], [])


@pytest.mark.parametrize(
    "text",
    [
        "회사가 누리소프트를 인수했다.",  # a word of the grammar
        "일본 진출은 현지 기업 누리소프트와 손잡고 추진한다.",  # a plan is no actor
        "증권가는 이번 제휴가 두 회사 모두에 득이 될 것으로 본다.",  # an agreement talked about
    ],
)
def test_words_that_are_no_actors_stay_words(text):
    names = {e.name for e in extraction(text).entities.values()}
    assert not names & {"회사", "진출", "증권가"}, names
