"""A date belongs to the clause whose topic it is written after (search/topic_dates.py):
"1차로 100대를 23일 인도하고, 나머지 50대는 다음 달 8일 인도한다" answers "나머지는 언제
인도되나?" with the second clause's date, not the first clause's.  Real Kiwi, real e5
embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.topic_dates import in_topic_clause

BUSES = (
    "한빛모터스, 서해시에 전기버스 150대 납품\n"
    "전기버스 제조사 한빛모터스는 서해시에 전기버스 150대를 공급한다고 3일 밝혔다. "
    "한빛모터스는 1차로 100대를 23일 인도하고, 나머지 50대는 다음 달 8일 인도한다. "
    "계약 금액은 약 420억원이다."
)


@pytest.fixture(scope="module")
def buses(tmp_path_factory):
    with article_kb(tmp_path_factory, BUSES, "hanbit-bus", "한빛모터스 전기버스") as kb:
        yield kb


@pytest.mark.parametrize("question", ["나머지는 언제 인도되나?", "나머지는 언제 인도하나?"])
def test_the_date_of_the_topics_clause(buses, question):
    ans = buses.ask(question)  # '23일' 0.78 at df3ba91
    assert "8일" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_the_first_clause_keeps_its_date(buses):
    ans = buses.ask("1차 물량은 언제 인도하나?")
    assert ans.answer == "23일", (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize(
    ("text", "at", "topic", "want"),
    [
        ("1차로 100대를 23일 인도하고, 나머지 50대는 다음 달 8일 인도한다.", "8일", "나머지", True),
        (
            "1차로 100대를 23일 인도하고, 나머지 50대는 다음 달 8일 인도한다.",
            "23일",
            "나머지",
            False,
        ),
        # a clause joined without a comma: read from the sentence's start, topic before the date
        ("1차분은 23일 인도하고 나머지 물량이 8일 들어온다.", "8일", "나머지물량", True),
        ("잔여 물량 1만2000t은 3월 선적한다.", "3월", "잔여물량", True),  # a count between
        ("나머지는 추후 정한다. 본계약은 5월 맺는다.", "5월", "나머지", False),  # another sentence
        ("나머지 50대는 8일 인도한다.", "8일", "나", False),  # a topic of one letter is none
    ],
)
def test_in_topic_clause(text, at, topic, want):
    assert in_topic_clause(text, text.index(at), topic) is want


RANKED = (
    "다온건설, 시공능력평가 3년째 1위\n"
    "국토교통부는 올해 건설업체 시공능력 평가액을 29일 공시했다. "
    "평가 결과 다온건설은 시공능력평가액이 7조원으로 3년째 1위를 지켰다."
)


@pytest.fixture(scope="module")
def ranked(tmp_path_factory):
    with article_kb(tmp_path_factory, RANKED, "daon-rank", "다온건설 시공능력평가") as kb:
        yield kb


def test_a_length_of_years_is_no_date_of_the_topics_clause(ranked):
    # "평가액이 7조원으로 3년째 1위": the clause of 평가액 writes a length of years, no date
    ans = ranked.ask("시공능력 평가액은 언제 공시됐나?")
    assert ans.answer == "29일", (ans.answer, ans.method, ans.confidence)
