"""Causes written with the connectives Korean news uses (search/caused.py): a noun with 로 right
before the event's verb ("설계 결함으로 리콜된다", "배임 혐의로 정지됐다"), a clause made a noun
before 에 따라 ("거절을 받음에 따라"), the endings 니 and 자마자, and two causes joined by 고
("값이 오르고 환율이 뛰어"), answered whole; a 로 of what a thing turns into, a title, a
measure or a place is no cause.  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.caused import anchored_cause

ARTICLE = (
    "누리전자 TV 2만 대 리콜…전원부 설계 결함\n\n"
    "누리전자의 OLED TV '루멘 S' 2만여 대가 전원부 설계 결함으로 리콜된다. "
    "한국소비자원은 누리전자가 판매한 루멘 S 2만 1300대를 수거해 무상으로 고친다고 밝혔다.\n\n"
    "한편 코스닥 상장사 해담바이오의 주식 거래가 전 대표의 배임 혐의로 정지됐다. "
    "해담바이오는 2019년 코스닥에 상장했다.\n\n"
    "식품업체 단비식품은 다음 달부터 라면 가격을 8% 올린다. 회사는 밀가루 값이 오르고 "
    "환율이 뛰어 원가 부담이 커졌다고 설명했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "causes", "누리전자 TV 리콜") as kb:
        yield kb


@pytest.mark.parametrize(
    "text, events, cause",
    [
        ("누리전자 TV 2만 대가 전원부 설계 결함으로 리콜된다.", {"리콜"}, "전원부 설계 결함"),
        ("해담은행 주식 거래가 전 행장의 배임 혐의로 정지됐다.", {"정지"}, "전 행장의 배임 혐의"),
        ("마루마켓 앱이 서버(API) 장애로 멈췄다.", {"멈추"}, "서버(API) 장애"),
        (
            "거래소는 회사가 감사의견 거절을 받음에 따라 주식 거래를 멈췄다.",
            {"거래", "멈추"},
            "회사가 감사의견 거절을 받음에 따라",
        ),
        ("원가가 오르니 값을 올릴 수밖에 없었다.", {"값", "올리"}, "원가가 오르니"),
        ("신제품이 공개되자마자 주문이 몰렸다.", {"주문", "몰리"}, "신제품이 공개되자마자"),
        (
            "원자재 값이 오르고 환율이 뛰어 라면값을 올렸다.",
            {"라면값", "올리"},
            "원자재 값이 오르고 환율이 뛰어",
        ),
    ],
)
def test_a_cause_before_the_event(text, events, cause):
    assert anchored_cause(text, events) == cause


@pytest.mark.parametrize(
    "text, events",
    [
        ("서울시는 버스를 모두 전기버스로 바꾼다.", {"바꾸"}),  # what it turns into
        ("김하늘 부사장이 새 대표로 선임됐다.", {"선임"}),  # a title
        ("회사는 본사를 판교로 옮긴다.", {"옮기"}),  # a place
        ("요금을 1000원으로 올린다.", {"올리"}),  # a measure
        ("수요 증가가 매출 확대로 이어졌다.", {"이어지"}),  # a result
    ],
)
def test_no_cause_of_what_it_becomes(text, events):
    assert anchored_cause(text, events) is None


def test_one_of_two_joined_actions_is_no_second_cause():
    # no subject of its own: "내놓고" is an act of the company, not a cause of the rise
    text = "회사는 신제품을 내놓고 원가가 올라 값을 올렸다."
    assert anchored_cause(text, {"값", "올리"}) == "원가가 올라"


@pytest.mark.parametrize(
    "question, cause",
    [
        ("루멘 S 리콜의 원인은 무엇인가?", "설계 결함"),
        ("해담바이오 거래 왜 멈춘 거야?", "배임 혐의"),
    ],
)
def test_why_is_the_noun_of_cause(kb, question, cause):
    ans = kb.ask(question)
    assert cause in ans.answer


def test_two_causes_are_one_answer(kb):
    ans = kb.ask("단비식품이 라면 가격을 올리는 이유는?")
    assert "밀가루 값이 오르고" in ans.answer and "환율이 뛰어" in ans.answer
