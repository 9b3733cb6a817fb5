"""Who takes a post, asked by its noun alone or by 누구 (issue 13; round 30's "세원장학재단
이사장" got no answer, rounds 2, 11 and 15 named another person or none): the sentence that
makes the post its topic or destination and names the one who takes it with a verb of
appointment ("초대 이사장은 윤 명예회장이 맡고", "대표는 … 일한 공지섭이 맡는다", "A를 신임
대표이사로 선임했다") answers, never the nearest person of another clause nor the holder of the
same post at another organisation (search/post_holders.py).  The article is our own; real Kiwi,
real e5 embeddings, real FAISS."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.post_holders import taker_of
from search.surname_references import family_reference

ARTICLE = (
    "가온전자 창업주 윤태오 명예회장, 사재 100억 원 출연해 다온재단 세운다\n"
    "(서울=한빛통신) 기자 = 전자부품 기업 가온전자의 창업주 윤태오 명예회장이 사재 100억 원을 "
    "내놓아 다온재단을 세운다.\n"
    "다온재단은 다음 달 교육청의 설립 허가를 받아 출범한다.\n"
    "초대 이사장은 윤 명예회장이 맡고, 이사진에는 석하율 한빛대 교수 등 외부 인사 4명이 "
    "참여한다.\n"
    "가온전자는 이날 이사회를 열어 차세대 사업을 이끌어 온 변서진 부사장을 신임 대표이사로 "
    "선임했다.\n"
    "자회사 가온랩스의 대표에는 마준혁 가온전자 전략담당 상무가 내정됐다.\n"
    "가온전자가 일본 기업과 세운 합작법인 대표는 반도체 업계에서 20년간 일한 공지섭이 맡는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "daon", "다온재단 출범") as kb:
        yield kb


def test_a_post_held_by_a_family_name_and_title_is_the_full_name(kb):
    # "초대 이사장은 윤 명예회장이 맡고": no answer before, or the next clause's 석하율
    ans = kb.ask("다온재단 이사장")
    assert ans.answer == "윤태오", ans
    assert "이사장" in ans.evidence[0].text


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("가온전자 새 대표는 누구야?", "변서진"),  # not 마준혁, the subsidiary's 대표
        ("합작법인 대표는 누구인가?", "공지섭"),  # the subject of 맡는다 after a modifying clause
    ],
)
def test_the_one_who_takes_the_asked_post(kb, question, holder):
    ans = kb.ask(question)
    assert ans.answer == holder, ans
    assert ans.answer_type == "person"


@pytest.mark.parametrize(
    ("text", "post", "taker"),
    [
        ("초대 위원장은 노 교수가 맡는다.", "위원장", "노 교수"),
        ("신임 원장에 하서윤 교수를 임명했다.", "원장", "하서윤 교수"),
        ("이사회는 도하람 전무를 신임 대표이사로 선임했다.", "대표", "도하람 전무"),
        ("단장에는 두 차례 우승을 이끈 남지호가 선임됐다.", "단장", "남지호"),
        (
            "문서윤 박사가 누리연구원장에, 도윤재 교수가 바다연구원장에 각각 임명됐다.",
            "누리연구원장",
            "문서윤 박사",
        ),
        (
            "문서윤 박사가 누리연구원장에, 도윤재 교수가 바다연구원장에 각각 임명됐다.",
            "바다연구원장",
            "도윤재 교수",
        ),
    ],
)
def test_the_taker_is_read_from_the_slot_of_the_post(text, post, taker):
    span = taker_of(text, post)
    assert span is not None and text[span[0] : span[1]] == taker


def test_a_post_written_with_no_verb_of_appointment_has_no_taker():
    assert taker_of("위원장은 지난해 보고서를 냈다.", "위원장") is None


def test_a_family_name_and_title_is_a_reference():
    assert family_reference("윤 명예회장") == ("윤", "명예회장")
    assert family_reference("윤태오 명예회장") is None
    assert family_reference("새 공장") is None
