"""Causes written with the connectives Korean news uses (search/caused.py): a noun with 로 right
before the event's verb ("설계 결함으로 리콜된다", "배임 혐의로 정지됐다"), a clause made a noun
before 에 따라 ("거절을 받음에 따라"), the endings 니 and 자마자, and two causes joined by 고
("값이 오르고 환율이 뛰어"), answered whole, and the event asked in other words ("멈춘" of
"정지됐다"); a 로 of what a thing turns into, a title, a measure or a place is no cause.
Real Kiwi, real e5 embeddings, real FAISS; the articles are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.caused import alike_events, anchored_cause

ARTICLE = (
    "누리전자 TV 2만 대 리콜…전원부 설계 결함\n\n"
    "누리전자의 OLED TV '루멘 S' 2만여 대가 전원부 설계 결함으로 리콜된다. "
    "한국소비자원은 누리전자가 판매한 루멘 S 2만 1300대를 수거해 무상으로 고친다고 밝혔다.\n\n"
    "한편 코스닥 상장사 해담바이오의 주식 거래가 전 대표의 배임 혐의로 정지됐다. "
    "해담바이오는 2019년 코스닥에 상장했다.\n\n"
    "식품업체 단비식품은 밀가루 값이 오르고 환율이 뛰어 다음 달부터 라면 가격을 8% "
    "올린다. 단비식품은 지난해 3월에도 라면 가격을 올렸다."
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
        (
            "하지만 하루 이용 건수가 1대당 0.5건에 그치고, 해마다 적자가 나 운영 방식을 "
            "바꿔야 한다는 지적이 나왔다.",
            {"운영", "방식", "바꾸"},
            "하루 이용 건수가 1대당 0.5건에 그치고, 해마다 적자가 나",
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
        ("해담바이오 주식 거래는 왜 정지됐어?", "배임 혐의"),
    ],
)
def test_why_is_the_noun_of_cause(kb, question, cause):
    ans = kb.ask(question)
    assert cause in ans.answer


def test_the_event_asked_in_other_words(kb):
    # "멈춘" asks of what the text writes as "정지됐다": its cause, not another story's
    assert alike_events({"거래", "멈추"}) >= {"정지", "중단"}
    assert kb.ask("해담바이오 거래 왜 멈춘 거야?").answer == "전 대표의 배임 혐의"


def test_two_causes_are_one_answer(kb):
    ans = kb.ask("단비식품이 라면 가격을 올리는 이유는?")
    assert "밀가루 값이 오르고" in ans.answer and "환율이 뛰어" in ans.answer


MERGER = (
    "간편결제 누리페이, 한결머니 흡수합병\n\n"
    "간편결제 업체 누리페이가 경쟁사 한결머니를 흡수합병한다. 두 회사는 지난 4일 각각 "
    "이사회를 열어 합병을 결의했다고 5일 밝혔다.\n\n"
    "합병 기일은 10월 1일이다. 합병 뒤 존속회사는 누리페이이며 한결머니는 해산한다.\n\n"
    "합병 비율은 누리페이 1주당 한결머니 0.35주다. 합병이 끝나면 가맹점 수는 42만 곳으로 "
    "늘어 업계 2위가 된다.\n\n"
    "합병은 공정거래위원회의 기업결합 심사를 거쳐야 한다. 공정위는 가맹점 수수료가 오를 "
    "우려가 없는지 살펴볼 것으로 보인다.\n\n"
    "합병 법인은 누리페이 대표가 이끈다. 한결머니 대표는 합병 법인의 최고기술책임자를 "
    "맡는다. 한결머니의 송금 서비스는 합병 뒤에도 이름을 그대로 쓴다.\n\n"
    '누리페이 대표는 "합병 법인의 결제 데이터를 합쳐 가맹점 정산을 하루 앞당기겠다"고 '
    "말했다.\n\n"
    "두 회사가 손을 잡은 것은 대형 은행들이 잇따라 간편결제 시장에 들어오면서 수수료 경쟁이 "
    "심해졌기 때문이다. 누리페이는 2016년 설립됐다."
)


def test_the_reason_of_the_event_written_in_other_words(tmp_path_factory):
    # "합병하는 이유" is answered where the article writes the event as "손을 잡은 것은"
    with article_kb(tmp_path_factory, MERGER, "merger", "누리페이 한결머니 합병") as kb:
        ans = kb.ask("누리페이와 한결머니가 합병하는 이유는?")
    assert "수수료 경쟁이 심해졌기 때문" in ans.answer
