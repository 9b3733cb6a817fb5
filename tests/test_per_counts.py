"""A count written right before the suffix 당 ("per") is a candidate answer of its own: "보유
주식 3주당 신주 2주를 받는다" answers "몇 주를 내고 신주 2주를 받나?" with "3주", which the reader
could only reach inside "3주당 다올제약 신주 2주" (the question's own words).  Real Kiwi; the
sentences are invented for the test."""

from __future__ import annotations

import pytest

from kg.kiwi import kiwi
from search.spans import span_candidates, tokens_of


def _texts(sentence: str) -> list[str]:
    return [c.text for c in span_candidates(sentence, tokens_of(kiwi().tokenize(sentence)))]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("합병에 따라 한솔바이오 주주는 보유 주식 3주당 누리제약 신주 2주를 받는다.", "3주"),
        ("재난지원금은 1인당 50만원씩 지급된다.", "1인"),
        ("이 회사는 보통주 1주당 500원의 현금배당을 결정했다.", "1주"),
    ],
)
def test_a_count_before_per_is_a_candidate(sentence, count):
    assert count in _texts(sentence)


def test_a_word_ending_in_dang_is_no_count():
    # 당 closing a word with no number before it stays whole: "대당" gives no "대"
    texts = _texts("새 로봇은 대당 500만원에 팔린다.")
    assert "대" not in texts and "500만원" in texts
