"""A period asked by its head noun alone ("계약기간은?") is the length the text writes ("4년간")
or, when it writes none, its two ends ("2026년 3월 2일부터 2030년 1월 31일까지"): never the day
of a month read as a length of days ("31일" of "12월 31일", "15일" of "15일 공시했다") nor the
"3분" of a fraction ("3분의 1").  Real Kiwi, real e5 embeddings, real FAISS; the shipped reader
and calibration.  The articles are invented for the test (the pattern is real news's: a supply
contract's 계약기간 written as a range, another written "N년간" after the dates)."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.durations import a_duration
from search.period_ranges import closes_start, period_asked, range_starts
from search.spans import tokens_of

RANGE_ONLY = (
    "누리기전, 바다항만공사와 820억 원 규모 공급계약\n"
    "누리기전이 바다항만공사와 820억 원 규모의 크레인 공급계약을 체결했다고 15일 공시했다. "
    "계약 금액은 최근 매출액의 3분의 1에 달한다. "
    "계약기간은 2026년 3월 2일부터 2030년 1월 31일까지로, 장기 사업으로 진행된다."
)

RANGE_AND_LENGTH = (
    "한솔소재, 미라모터스에 1조원 규모 음극재 공급\n"
    "한솔소재는 2027년 1월부터 2030년 12월 31일까지 4년간 미라모터스에 음극재를 공급하는 "
    "계약을 맺었다고 22일 공시했다. 계약 금액은 1조2천억원이다.\n"
    "한솔소재는 이날 주주총회를 열고 윤태오 사장을 대표이사로 재선임했다. 임기는 3년이다."
)


@pytest.fixture(scope="module")
def range_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, RANGE_ONLY, "crane", "누리기전 공급계약") as kb:
        yield kb


@pytest.fixture(scope="module")
def length_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, RANGE_AND_LENGTH, "anode", "한솔소재 공급 계약") as kb:
        yield kb


@pytest.mark.parametrize("question", ["누리기전 계약기간은?", "누리기전 공급 계약 기간"])
def test_a_period_written_as_a_range_is_the_range(range_kb, question):
    ans = range_kb.ask(question)
    assert ans.answer == "2026년 3월 2일부터 2030년 1월 31일까지", ans


def test_a_period_written_as_a_length_is_the_length_not_a_day(length_kb):
    ans = length_kb.ask("한솔소재 계약 기간은?")
    assert ans.answer == "4년간", ans


def test_a_term_of_office_is_a_length(length_kb):
    ans = length_kb.ask("윤태오 사장의 임기는?")
    assert ans.answer == "3년", ans


def test_a_length_asked_with_myeot_is_unchanged(length_kb):
    ans = length_kb.ask("한솔소재는 몇 년간 음극재를 공급하나?")
    assert ans.answer == "4년간", ans


@pytest.mark.parametrize(
    ("text", "before", "behind", "length"),
    [
        ("2030년 12월 31일", "", "", False),  # a date ending on a day
        ("31일", "2030년 12월 ", "", False),  # the day of a date, cut from it
        ("15일", "", " 공시했다", False),  # a day of the month news dates by
        ("45일", "", "", True),  # more days than a month has: a length
        ("30일간", "", "", True),  # a length marked as one
        ("3분", "", "의 1에", False),  # a fraction
        ("7시간 15분", "", "", True),
    ],
)
def test_days_of_a_date_and_fractions_are_no_length(text, before, behind, length):
    assert a_duration(text, "", before, behind) is length


def test_the_period_asked_is_read_from_the_head_noun_alone():
    def asked(q):
        return read_asked(tokens_of(kiwi().tokenize(q)))

    assert period_asked(asked("누리기전 계약기간은?"))
    assert not period_asked(asked("계약 기간은 몇 년인가?"))  # a count of years
    assert not period_asked(asked("계약은 언제 맺었나?"))


def test_range_starts_needs_a_period_asked_and_a_written_range():
    asked = read_asked(tokens_of(kiwi().tokenize("계약 기간은 몇 년인가?")))
    assert range_starts(asked, [], None) == []  # no period asked by its head alone: nothing read
    text = "2026년 3월 2일부터 2030년 1월 31일까지 공급한다."
    assert closes_start(text, 0, 11)
    assert not closes_start(text, 14, 26)  # the end closes no start
    assert not closes_start("2026년 3월 2일부터 공급한다.", 0, 11)  # no end written
