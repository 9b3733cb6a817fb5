"""A period asked ("신청 기간은 언제인가?", "무료 이용 기간은?") is answered by the whole range the
sentence writes, whatever its points are: days alone ("이달 3일부터 28일까지"), months ("오는
5월부터 12월까지"), hours ("오전 9시부터 오후 6시까지"), parts of a year ("2029년 상반기~2030년
말"), dotted dates with a weekday; one end when only one is asked ("언제까지").  Real Kiwi, real
e5 embeddings, real FAISS; the shipped reader and calibration.  The articles are invented for
the test (the shapes are real news's: application windows, free-use periods, opening hours)."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.written_ranges import ranged

GRANTS = (
    "한길시, 청년 창업 지원금 신청 받는다\n"
    "한길시는 청년 창업 지원금 신청을 이달 3일부터 28일까지 받는다고 2일 밝혔다. "
    "지원 대상은 시에 사는 예비 창업자다. "
    "선정된 창업자는 오는 5월부터 12월까지 시청 별관 사무 공간을 무료로 쓸 수 있다. "
    "창업지원센터는 평일 오전 9시부터 오후 6시까지 상담 창구를 운영한다."
)


@pytest.fixture(scope="module")
def grants_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, GRANTS, "grants", "한길시 창업 지원금") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("지원금 신청 기간은 언제인가?", "이달 3일부터 28일까지"),  # 언제 with a period noun
        ("지원금 신청 기간은?", "이달 3일부터 28일까지"),  # the period noun alone, days only
        ("사무 공간을 무료로 쓸 수 있는 기간은?", "오는 5월부터 12월까지"),  # months
        ("상담 창구는 몇 시부터 몇 시까지 운영하나?", "오전 9시부터 오후 6시까지"),  # hours
    ],
)
def test_a_period_asked_is_the_whole_written_range(grants_kb, question, want):
    ans = grants_kb.ask(question)
    assert ans.answer == want, ans


def test_one_end_asked_stays_one_end(grants_kb):
    ans = grants_kb.ask("지원금 신청은 언제까지 받나?")
    assert ans.answer == "28일", ans


@pytest.mark.parametrize(
    ("sentence", "answer", "want"),
    [
        ("공모 청약은 오는 9일부터 10일까지 진행된다.", "10일", "오는 9일부터 10일까지"),
        (
            "신형 열차는 2031년 하반기~2032년 초 투입된다.",
            "2031년 하반기",
            "2031년 하반기~2032년 초",
        ),
        (
            "접수는 2026.05.04(월) ~ 2026.05.15(금) 받는다.",
            "2026.05.04",
            "2026.05.04(월) ~ 2026.05.15(금)",
        ),
        ("전시는 매일 10:00~19:00 열린다.", "10:00", "10:00~19:00"),
        ("공사는 7월 1일부터 8월 31일까지 이어진다.", "7월 1일", "7월 1일부터 8월 31일까지"),
        # a figure inside a longer one is no point of the range
        ("행사는 13일부터 18일까지 열린다.", "3일", "3일"),
        # no range written: the answer unchanged
        ("신청은 15일 마감된다.", "15일", "15일"),
    ],
)
def test_the_points_of_a_range_in_any_written_form(sentence, answer, want):
    assert ranged(sentence, answer) == want
