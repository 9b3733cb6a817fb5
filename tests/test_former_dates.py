"""The date of an earlier record is the one written beside the old value (search/former_dates.py).
Held-out round 30 gave no answer to "종전 최대 전력수요 최고치는 언제 기록됐나?": the text writes
the old record's date in the clause of 종전 and no verb of recording, and the event rule found
no date of 기록.  Real Kiwi; the sentences are invented."""

from __future__ import annotations

import pytest

from search.former_dates import asks_earlier_value, former_marks
from search.passages import sentence_tokens
from tests.article_kb import article_kb

SUBWAY = """서울 지하철 하루 승객 역대 최다

서울 지하철의 하루 승객이 처음으로 800만 명을 넘었다.

서울교통공사는 지난 12일 지하철 1~8호선 승객이 812만 명으로 집계돼 기존 최다인 2019년 12월의 790만 명보다 22만 명 많았다고 13일 밝혔다.

공사는 연말 행사와 한파가 겹치며 승객이 몰린 것으로 분석했다.
"""


@pytest.mark.parametrize(
    ("question", "former"),
    [
        ("종전 최고치는 언제 기록됐나?", True),
        ("기존 최다 기록은 언제 세워졌나?", True),
        ("이전 최대치는 언제였나?", True),
        ("최고치는 언제 기록됐나?", False),
        ("해든식품이 직전에 가격을 올린 때는 언제인가?", False),  # an adverb of time
    ],
)
def test_a_question_asks_an_earlier_value(question, former):
    assert asks_earlier_value(sentence_tokens(question)) is former


def test_the_words_that_mark_an_earlier_value_in_a_sentence():
    toks = sentence_tokens(
        "승객이 812만 명으로 집계돼 기존 최다인 2019년 12월의 790만 명보다 많았다."
    )
    assert [toks[i].form for i in former_marks(toks)] == ["기존"]


@pytest.fixture(scope="module")
def subway(tmp_path_factory):
    with article_kb(tmp_path_factory, SUBWAY, "subway", SUBWAY.split("\n")[0]) as kb:
        yield kb


def test_the_earlier_records_date_is_written_beside_it(subway):
    assert "2019년 12월" in subway.ask("기존 최다 승객은 언제 기록됐나?").answer


def test_the_new_records_date_is_no_earlier_ones(subway):
    ans = subway.ask("지하철 승객이 812만 명을 기록한 날은 언제인가?")
    assert "12일" in ans.answer and "2019" not in ans.answer
