"""A schedule of numbered things written as pairs of a date and the thing ("2028년 하반기
1단계를, 2031년 상반기 2단계를 차례로 개통한다") answers "1단계는 언제" with the date
before 1단계, never the one before its sibling 2단계 (search/paired_dates.py).  Real Kiwi,
real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

from search.paired_dates import numbered

CASES = [
    (
        "tram",
        "가온시 도시철도 트램 노선 확정\n"
        "(가온=한빛뉴스) 서도윤 기자 = 가온시가 도심을 도는 트램 노선 24㎞를 확정했다고 "
        "6일 밝혔다.\n"
        "가온시는 내년 2분기 착공해 2028년 하반기 1단계 구간을, 2031년 상반기 2단계 구간을 "
        "차례로 개통하는 일정이다.\n"
        "총사업비는 9800억원으로, 국비가 60%를 차지한다.",
    ),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "paired") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "date", "other"),
    [
        # the base answered 2031년 for the first stage
        ("가온시 트램 1단계 구간은 언제 개통하나?", "2028년", "2031년"),
        ("가온시 트램 2단계 구간은 언제 개통하나?", "2031년", "2028년"),
    ],
)
def test_the_date_before_the_asked_thing_answers(kb, question, date, other):
    ans = kb.ask(question)
    assert ans.answer is not None and date in ans.answer, ans.answer
    assert other not in ans.answer


def test_numbered_reads_the_number_and_its_noun():
    assert numbered("1단계") == ("1", "단계")
    assert numbered("3공장에") == ("3", "공장에")
    assert numbered("구간을") is None
