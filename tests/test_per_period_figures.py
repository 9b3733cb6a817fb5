"""A figure asked per a period is the one written per that period (search/frequencies.py).
Held-out round 30 answered "How many cars does the plant build a day?" with "이틀간 약 2200대"
(a total over two days) where the text writes "하루 평균 1100대": the period was read only
right before the figure (평균 stood between) and not at all in English.  Real Kiwi; the
sentences are invented."""

from __future__ import annotations

import pytest

from search.frequencies import english_period, written_period
from tests.article_kb import article_kb

PLANT = """한빛전자 구미공장 사흘째 멈춰…부품 공급 끊겨

한빛전자는 구미공장 냉장고 생산라인 가동을 지난 3일부터 멈췄다고 5일 밝혔다.

이 공장은 양문형 냉장고를 하루 평균 900대 생산한다.

회사 측은 사흘간 약 2700대의 생산 차질이 생겼으며 하루 손실이 90억 원에 이른다고 추산했다.

압축기를 납품하는 협력사 대성부품이 단가 인상을 요구하며 출하를 멈춘 탓이다.
"""


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("이 공장은 하루 평균 900대 생산한다.", "900", "day"),  # past 평균
        ("노선은 주 최대 7회 운항한다.", "7", "week"),
        ("청약은 연 2차례 받는다.", "2", "year"),
        # a length of time before the figure: a total over it, per no period
        ("사흘간 약 2700대의 생산 차질이 생겼다.", "2700", "length"),
        ("지난 3년간 1조 원을 투자했다.", "1", "length"),
        ("두 달 동안 5만 명이 찾았다.", "5", "length"),
        ("냉장고 900대를 만든다.", "900", ""),
    ],
)
def test_the_period_written_with_a_figure(text, figure, period):
    assert written_period(text, text.index(figure)) == period


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("How many cars does the plant build a day?", "day"),
        ("How many flights per week will the airline run?", "week"),
        ("How much does the company earn annually?", "year"),
        ("What did the company earn a year ago?", ""),
        ("How many cars did the plant build?", ""),
    ],
)
def test_the_period_an_english_question_asks(question, period):
    assert english_period(question) == period


@pytest.fixture(scope="module")
def plant(tmp_path_factory):
    with article_kb(tmp_path_factory, PLANT, "plant", PLANT.split("\n")[0]) as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "How many refrigerators does the 구미 plant make a day?",
        "구미공장은 하루에 냉장고를 몇 대 생산하나?",
    ],
)
def test_a_figure_asked_per_day_is_the_days_not_a_longer_total(plant, question):
    ans = plant.ask(question)
    assert "900대" in ans.answer and "2700" not in ans.answer


def test_a_total_over_a_length_asked_is_that_total(plant):
    assert "2700대" in plant.ask("사흘간 생산 차질은 몇 대인가?").answer
