"""The partnership lede of Korean news, "A가 B와 업무협약을 맺었다": Kiwi reads the 과/와 after
some names as "and" (JC) rather than "with" (JKB); before a plain noun it is "with", so B is A's
partner.  A list stays a list ("A와 공공 소프트웨어 기업 B가": B is described, both act)."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations


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
