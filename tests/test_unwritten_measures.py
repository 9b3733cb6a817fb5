"""search/unwritten_asks.py: a question noun ending on a [measure_nouns] noun of a length of
time, a date or a count of people says which measure is asked, so the article need not write it
("최대 체공시간" over "40분간 떠 있으며").  Real Kiwi, e5 and FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.unwritten_asks import _is_measure

ARTICLE = (
    "보람항공, 정찰 드론 '솔개2' 공개\n"
    "(서울=한빛뉴스) 가나다 기자 = 보람항공이 정찰 드론 '솔개2'를 공개했다고 5일 밝혔다. "
    "솔개2는 한 번 충전으로 최대 40분간 떠 있으며 반경 8㎞를 살핀다.\n"
    "보람항공은 내년까지 솔개2 300대를 생산할 계획이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "solgae", "보람항공 솔개2") as kb:
        yield kb


@pytest.mark.parametrize(
    ("noun", "measure"),
    [
        ("체공시간", True),  # a length of time, kept whole by Kiwi
        ("운영기간", True),
        ("접수시작", True),  # a date
        ("환불대상", True),  # a count of people
        ("지분율", True),  # listed in [unwritten_asks] measures / [rates] heads
        ("수수료", False),  # what is measured: the text must write it
        ("연봉", False),
    ],
)
def test_is_measure(noun, measure):
    assert _is_measure(noun) is measure


def test_a_length_of_time_the_text_writes_in_other_words_is_answered(kb):
    ans = kb.ask("솔개2 최대 체공시간")
    assert ans.method != "none" and "40분" in ans.answer, (ans.answer, ans.sentence)
