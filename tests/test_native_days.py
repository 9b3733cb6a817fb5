"""A length of days asked with 며칠 ("며칠간 파업했나?", "며칠 만에 타결됐나?", "며칠 동안
멈췄나?") is answered by the count news writes in native words ("나흘간", "열흘 만에",
"이틀 동안"), not by a date of the sentence; 며칠 asking a day ("며칠에 여나?") stays a date.
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is
invented for the test (the shapes are real news's: strikes, talks, stoppages counted in days)."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.durations import a_duration
from search.spans import tokens_of

PORT = (
    "바람항만 노조 파업 끝나…물류 차질 풀려\n"
    "바람항만 하역 노조는 임금 협상이 결렬되자 지난 2일부터 나흘간 전면 파업을 벌였다. "
    "노사 협상은 파업이 시작된 지 열흘 만에 타결됐다. "
    "이 여파로 항만 옆 냉동 물류센터 가동도 이틀 동안 멈췄다. "
    "항만공사는 오는 20일 부두 운영 정상화 계획을 발표한다."
)


@pytest.fixture(scope="module")
def port_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, PORT, "port", "바람항만 노조 파업") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("바람항만 노조는 며칠간 파업했나?", "나흘"),
        ("노사 협상은 파업 시작 후 며칠 만에 타결됐나?", "열흘"),
        ("냉동 물류센터 가동은 며칠 동안 멈췄나?", "이틀"),
    ],
)
def test_a_length_of_days_is_read_in_native_words(port_kb, question, want):
    ans = port_kb.ask(question)
    assert ans.answer and ans.answer.startswith(want), ans


def test_myeochil_asking_a_day_stays_a_date():
    asked = read_asked(tokens_of(kiwi().tokenize("항만공사는 며칠에 계획을 발표하나?")))
    assert asked.kind == "date"
    asked = read_asked(tokens_of(kiwi().tokenize("노조는 며칠간 파업했나?")))
    assert asked.kind == "number"


@pytest.mark.parametrize(
    ("text", "unit", "length"),
    [
        ("닷새간", "", True),
        ("사흘 동안", "일", True),
        ("보름 넘게", "", True),
        ("하루카", "", False),  # a name that starts like 하루
        ("이틀", "년", False),  # days are no count of years
    ],
)
def test_native_counts_of_days_are_lengths(text, unit, length):
    assert a_duration(text, unit) is length
