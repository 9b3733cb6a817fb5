"""Figures of a change and of a row, as real news asks them (issue 13): the end of a change
asked ("얼마로 오르나" is the figure written with 로, "현행" the one written with 에서) of the
row whose subject the question names, not another row's; a total asked over a row of
bracketed parts ("A(2천300억원)과 B(5억원) 등 총 2천305억원의 과징금"), and each part asked by
its owner; a weight asked in English ("How much can it carry?" is no price and no count of
drones); a figure bracketed after an earlier period ("전년 동기(310억원)") is that period's.  Real Kiwi, real
e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "정부, 과징금 상한 높인다\n"
    "정부는 과징금 상한을 올리기로 했다고 3일 밝혔다. 하도급 위반 과징금 상한은 2%에서 4%로, "
    "담합 등 부당한 공동행위는 15%에서 25%로 상향한다.\n"
    "공정위는 해담그룹 계열사인 해담유통(2천300억원)과 해담물류(5억원) 등 2개 계열사에 총 "
    "2천305억원의 과징금을 부과했다.\n"
    "투입되는 드론은 한결항공이 만든 '윙포터 K2' 8대로, 한 번에 최대 12kg을 싣고 시속 60km로 "
    "날 수 있다. 대성중공업의 3분기 수주누계는 512억원으로 전년 동기(310억원) 대비 65% 늘었다. "
    "미르소프트는 신작 '별빛 항로'의 북미 판권을 넘기며 미니멈 개런티(MG) 260억 원을 받는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "caps", "과징금 상한") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("담합 과징금 상한은 얼마로 오르나?", "25%"),  # the new end of the asked row
        ("담합 과징금 상한은 현행 얼마인가?", "15%"),  # the end it starts from
        ("하도급 위반 과징금 상한은 몇 %로 오르나?", "4%"),
        ("해담그룹 계열사가 부과받은 과징금 총액은?", "2천305억원"),  # the total, no part
        ("해담유통이 부과받은 과징금은?", "2천300억원"),  # one part, by its owner
        ("How much can the Wingporter K2 drone carry at once?", "12kg"),  # no price, no 8대
        ("대성중공업의 전년 동기 수주누계는 얼마였나?", "310억원"),  # bracketed after 전년 동기
        ("대성중공업 3분기 수주누계는?", "512억원"),  # never the earlier period's
    ],
)
def test_the_asked_figure_of_a_change_or_a_row(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, ans


GAME = (
    "미르소프트, '별빛 항로' 북미·유럽 판권 넘겨…미니멈 개런티 260억\n"
    "미르소프트는 신작 '별빛 항로'의 북미·유럽 판권을 미국 퍼블리셔 블루웨이브에 넘기는 계약을 "
    "맺었다고 2일 밝혔다. 계약에 따라 블루웨이브는 미르소프트에 미니멈 개런티(MG) 260억 원을 "
    "지급한다. 출시 뒤에는 현지 순매출의 25%를 개발사 몫으로 나눈다.\n"
    "'별빛 항로'의 해외 출시는 2028년 5월로 잡혔다. 블루웨이브가 2024년 북미에 출시한 전작 "
    "'달빛 여정'은 누적 매출 900억 원을 넘었다."
)


@pytest.fixture(scope="module")
def game(tmp_path_factory):
    with article_kb(tmp_path_factory, GAME, "game", "별빛 항로 판권") as kb:
        yield kb


def test_a_minimum_guarantee_asked_as_a_bare_phrase_is_an_amount(game):
    ans = game.ask("별빛 항로 미니멈 개런티")
    assert ans.answer is not None and "260억" in ans.answer, ans


def test_a_date_asked_of_a_topic_is_the_one_written_after_it(game):
    # no 2024년 of another title the article tells in a verb ("2024년 북미에 출시한")
    ans = game.ask("별빛 항로 해외 출시는 언제야?")
    assert ans.answer is not None and "2028년 5월" in ans.answer, ans
