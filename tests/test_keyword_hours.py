"""A keyword question ending on 시간 (issue 13, held-out round 32's "평일 운영 시간" answered
"2년" at 0.988): after a noun of a service kept open (운영, 영업) it asks the hours, the span of
the clock written whole ("오후 7시부터 다음 날 오전 8시까지"); otherwise a length counted by the
clock, never the years of another length of the text ("3년 동안 투입된다" answers no "비행
시간").  The period (기간) is still counted in years.  Real Kiwi, real e5 embeddings, real
FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "별마루시, 무인 반납함 '책우체통' 2년간 시범 운영\n"
    "별마루시는 시립도서관 세 곳 앞에 무인 도서 반납함 '책우체통'을 설치해 2년간 시범 "
    "운영한다고 8일 밝혔다. 책우체통은 평일 오후 7시부터 다음 날 오전 8시까지 운영되며, "
    "주말에는 종일 열린다. 운영은 지역 기업 누리물류가 맡는다.\n"
    "시는 또 산불 감시 드론 '솔매'를 들여와 3년 동안 야간 감시 비행에 투입한다. "
    "솔매는 하늘빛항공이 만들었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "bookbox", "책우체통 시범 운영") as kb:
        yield kb


@pytest.mark.parametrize("question", ["책우체통 평일 운영 시간", "책우체통평일운영시간"])
def test_opening_hours_are_the_span_of_the_clock(kb, question):
    ans = kb.ask(question)
    assert "오후 7시부터 다음 날 오전 8시까지" in (ans.answer or ""), ans
    assert "2년" not in (ans.answer or ""), ans


def test_a_length_asked_by_its_hours_is_no_count_of_years(kb):
    ans = kb.ask("솔매 야간 감시 비행 시간")
    assert "3년" not in (ans.answer or ""), ans


def test_a_period_is_still_counted_in_years(kb):
    ans = kb.ask("책우체통 시범 운영 기간")
    assert "2년" in (ans.answer or ""), ans
