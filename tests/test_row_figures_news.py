"""Rows of figures in market and regulator news, each figure after its own name (issue 13,
realqa43's real-news probe): a weekly price report writes "A가 0.42% 올랐고 B가 0.35%, C는
0.21% 각각 상승했다" (one verb for the row, names with 이/가 or 은/는), a fines report "A(4억원)
B(2억원) C(6천만원) 순이었다" (each figure in brackets after its firm), and a streak "15주 연속
올랐다" is how long a rise lasted, never how much.  Real Kiwi, real e5 embeddings, real FAISS;
the articles are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.topic_figures import topic_row

PRICES = (
    "누리시 오피스텔값 15주 연속 상승\n"
    "누리시 오피스텔 매매가격이 15주 연속 올랐다. 누리부동산연구소가 5일 발표한 주간 동향에 "
    "따르면 누리시 오피스텔 매매가격은 전주 대비 0.18% 올랐다. 지역별로는 중구가 0.42% "
    "올랐고 동구가 0.35%, 서구는 0.21% 각각 상승했다."
)

FINES = (
    "보험사 과태료 상반기 12억원\n"
    "금융당국이 올해 상반기 보험사에 부과한 과태료는 12억원으로 집계됐다. 지난해 같은 기간 "
    "제재금(7억4000만원)보다 크게 늘었다. 가장 많은 곳은 다솔생명으로 과태료 5억원을 받았다. "
    "이어 하람손해보험(2억1500만원) 미르생명(1억3000만원) 온새화재(6300만원) 순이었다."
)


@pytest.fixture(scope="module")
def prices(tmp_path_factory):
    with article_kb(tmp_path_factory, PRICES, "officetel", "누리시 오피스텔값") as kb:
        yield kb


@pytest.fixture(scope="module")
def fines(tmp_path_factory):
    with article_kb(tmp_path_factory, FINES, "fines", "보험사 과태료") as kb:
        yield kb


def test_a_name_of_a_row_sharing_one_verb_gets_its_own_rise(prices):
    ans = prices.ask("동구는 얼마나 올랐나?")
    assert ans.answer == "0.35%", ans  # not the row's first figure, 0.42%


def test_a_streak_is_no_size_of_a_rise(prices):
    ans = prices.ask("누리시 오피스텔 매매가격은 얼마나 올랐나?")
    assert ans.answer == "0.18%", ans  # not "15주 연속", how long it kept rising


def test_a_figure_in_brackets_after_its_firm_is_that_firms(fines):
    ans = fines.ask("미르생명의 제재금은 얼마인가?")
    assert ans.answer == "1억3000만원", ans


def test_rows_read_names_with_i_ga_and_figures_in_brackets():
    changes = "중구가 0.42% 올랐고 동구가 0.35%, 서구는 0.21% 각각 상승했다."
    # "올랐고" ends a clause: no part of 동구's name
    assert [t for t, _, _ in topic_row(changes, subjects=True)] == ["중구", "동구", "서구"]
    # outside a change's row a subject is an owner, no part: "환경부가 70%, 누리시가 30%를 댄다"
    assert topic_row("사업비는 환경부가 70%, 누리시가 30%를 댄다.") == []
    row = "이어 하람손해보험(2억1500만원) 미르생명(1억3000만원) 순이었다."
    assert [t for t, _, _ in topic_row(row)] == ["하람손해보험", "미르생명"]
    # one figure in brackets is a base compared with, no part of a row
    assert topic_row("수출액은 120억 달러로 전년 동기(100억 달러) 대비 20% 늘었다.") == []
