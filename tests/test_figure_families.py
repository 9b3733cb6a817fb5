"""Figures as reporters write them and users ask them (issue 13, session 23): a rate or a
capacity asked by its noun and written by its act ("평균 인상률" is "평균 4.9% 인상한다",
"하루 충전능력" "하루 240대를 충전할 수 있는"), hiring written by its verb ("채용 규모" is
"25명을 새로 뽑는다"), a length of time asked by the event that lasted ("서버 장애는 몇 시간
동안" is "3시간 15분 동안 멈췄다"; "며칠간" asks a length, no day), a count asked by a counter
that names the kind ("차량은 몇 대" is "전기버스 48대"), a whole asked with no part named
("이 가운데 31대는 …" is no answer to "몇 대인가?"), and no count for an amount of money.  Real Kiwi, real e5 embeddings, real
FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.durations import asks_duration
from search.figure_parts import part_clause, written_part
from search.spans import tokens_of

ARTICLE = (
    "새봄교통, 시내버스 요금 평균 4.9% 인상…정비사 25명 새로 뽑는다\n"
    "(대전=한빛경제) 한지민 기자 = 대전 시내버스 운영사 새봄교통은 다음 달 1일부터 시내버스 "
    "요금을 평균 4.9% 인상한다고 2일 밝혔다. 회사는 정비사 25명을 새로 뽑는다.\n"
    "지난 1일 오전에는 배차 서버가 꺼져 버스 운행이 3시간 15분 동안 멈췄다.\n"
    "새봄교통은 배터리 결함이 발견된 전기버스 48대를 제작사에 반납한다. 이 가운데 31대는 "
    "2023년식이고, 17대는 2024년식이다.\n"
    "회사는 연말까지 충전소를 넓혀 하루 버스 240대를 충전할 수 있게 한다. 중앙로 구간은 "
    "도로 공사로 12일간 우회 운행한다.\n"
    "회사는 장애 원인을 서버실 냉방 고장으로 보고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "saebom", "새봄교통 요금 인상") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("새봄교통 시내버스 요금의 평균 인상률은?", "4.9%"),  # 인상률 written "4.9% 인상한다"
        ("새봄교통의 정비사 채용 규모는?", "25명"),  # 채용 written "뽑는다"
        ("충전소의 하루 충전능력은?", "240대"),  # 능력 written "충전할 수 있게"
        ("배차 서버 장애는 몇 시간 동안 이어졌나?", "3시간 15분"),  # 장애 written as 멈췄다
        ("새봄교통이 제작사에 반납하는 차량은 몇 대인가?", "48대"),  # 차량 unwritten; no part
        ("반납하는 버스 가운데 2024년식은 몇 대인가?", "17대"),  # the part the question names
    ],
)
def test_a_figure_asked_by_the_noun_of_its_act(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, ans


RECALL = (
    "한솔모빌리티, 전기 트럭 1만2천여 대 리콜\n"
    "한솔모빌리티는 충전 장치 결함이 발견된 전기 트럭 '한솔 T3' 1만2천여 대를 리콜한다고 5일 "
    "밝혔다. 회사는 다음 달부터 전국 서비스센터에서 부품을 무상으로 바꿔준다."
)


def test_an_amount_of_money_asked_is_no_count(tmp_path_factory):
    """The article writes no amount: "1만2천여 대" (read by the reader as "1만2천여") is no
    answer to what the recall costs."""
    with article_kb(tmp_path_factory, RECALL, "hansol", "한솔모빌리티 리콜") as kb:
        ans = kb.ask("한솔 T3 리콜에 드는 돈은 얼마야?")
    assert ans.method == "none", ans


def test_days_asked_with_a_word_of_length_ask_a_length():
    """며칠간 and 며칠 동안 ask how many days (Kiwi may keep "며칠간" one noun), "며칠에"
    which day; both are read as 며칠, answered "N일"."""
    for question, length in [
        ("중앙로 구간은 며칠간 우회 운행하나?", True),
        ("파업은 며칠 동안 이어졌나?", True),
        ("공사는 며칠에 끝나나?", False),
    ]:
        toks = tokens_of(kiwi().tokenize(question))
        asked = read_asked(toks)
        assert asked.kind == "date", question
        assert asks_duration(toks, asked.wh_index, asked.unit) == length, question


def test_a_part_after_a_part_word_and_its_clause():
    text = "이 가운데 시내버스가 120대로 가장 많고, 마을버스는 35대다."
    assert written_part(text, text.index("35"))
    assert part_clause(text, text.index("35")).strip() == "마을버스는 35대다."
    text = "전체 255대 가운데 35대가 멈췄다."  # no 이 or 그: a figure of its own
    assert not written_part(text, text.index("35"))


SCOOTERS = (
    "누비모터스, 전동 스쿠터 3만4천여 대 무상 점검\n"
    "누비모터스는 배터리 과열 우려가 제기된 전동 스쿠터 '누비 S2' 3만4천여 대를 무상으로 "
    "점검한다고 9일 밝혔다. 점검은 다음 주부터 전국 대리점에서 진행된다."
)


def test_a_number_counted_right_after_the_span_is_no_amount(tmp_path_factory):
    """The "3만4천여 대를" of the sentence: the reader's "3만4천여" is a count of scooters, no cost of the check."""
    with article_kb(tmp_path_factory, SCOOTERS, "nubi", "누비모터스 무상 점검") as kb:
        ans = kb.ask("누비 S2 무상 점검에 들어가는 비용은 얼마인가?")
    assert ans.method == "none" or "3만4천" not in (ans.answer or ""), ans
