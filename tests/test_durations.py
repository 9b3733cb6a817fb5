"""A length of time asked with 몇 ("몇 년간", "몇 개월 동안", "계약 기간은 몇 년인가?") is a
count of years or months, answered by "3년간" or "18개월", never by a calendar date written
nearer the question's words ("6월 17일") nor by a year ("2019년"); "몇 년에" still asks a
year.  Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The
article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.spans import tokens_of

ARTICLE = (
    "한결소재, 다온전력에 음극재 장기 공급\n"
    "[산업일보 마도윤 기자] 한결소재는 다온전력과 음극재 장기공급계약을 체결했다고 6월 17일 "
    "공시했다. 계약 금액은 820억 원이다. 한결소재는 2019년 세워진 소재 기업이다.\n"
    "이에 따라 한결소재는 연간 4천 톤씩 3년간 다온전력에 음극재를 공급한다. 시제품 검증은 "
    "18개월 동안 이어졌다. 양극재 납품 계약 기간은 2027년 1월부터 5년이다. 지난 4일 울산 공장 가동은 오전 2시 10분부터 7시간 15분 동안 멈췄다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "anode", "한결소재 공급 계약") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("계약 기간은 몇 년인가?", "number"),
        ("몇 년간 공급하나?", "number"),
        ("몇 개월 동안 검증했나?", "number"),
        ("설립된 지 몇 년이 됐나?", "number"),
        ("몇 년 만에 1위에 올랐나?", "number"),  # "5년 만에": the years between (dates41)
        ("몇 년에 설립됐나?", "date"),
        ("몇 월에 공시했나?", "date"),
    ],
)
def test_a_length_of_time_is_a_count_and_a_year_a_date(question, kind):
    assert read_asked(tokens_of(kiwi().tokenize(question))).kind == kind


def test_years_asked_are_counted_years_not_a_date(kb):
    ans = kb.ask("한결소재는 다온전력에 몇 년간 음극재를 공급하나?")
    assert ans.answer == "3년간", ans


def test_months_asked_are_counted_months(kb):
    ans = kb.ask("시제품 검증은 몇 개월 동안 이어졌나?")
    assert ans.answer == "18개월", ans


def test_hours_and_minutes_are_one_length(kb):
    ans = kb.ask("울산 공장 가동은 몇 시간 동안 멈췄나?")
    assert ans.answer == "7시간 15분", ans


@pytest.mark.parametrize("question", ["한결소재 양극재 납품 계약 기간", "납품 계약 기간은?"])
def test_a_length_asked_by_its_head_noun_alone_is_counted_time(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "5년", ans


def test_a_year_asked_is_still_a_year(kb):
    ans = kb.ask("한결소재는 몇 년에 세워졌나?")
    assert ans.answer == "2019년", ans
