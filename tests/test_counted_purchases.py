"""A count asked by a counter a figure is written with ("몇 곡인가?") is a count, never the
price paid: "인수한 음원은 몇 곡인가?" is the 950곡 of "음원 950곡의 저작인접권을 420억원에
인수", not 420억원; the price is still the answer to "얼마에".  Counters such as 곡 make a
figure whole ("2만 5,000곡").  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.figures import whole_figure

ARTICLE = (
    "소리나무, 음원 권리 인수\n"
    "음악 유통사 소리나무는 다온미디어가 가진 음원 950곡의 저작인접권을 420억원에 인수했다고 "
    "5일 밝혔다. 이로써 소리나무가 보유한 음원은 모두 2만 5,000곡으로 늘었다. "
    "앞서 한결제지는 최대주주 누리투자가 보유한 지분 51%(1,200만 주)를 1,300억원에 사들였다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "counted", "소리나무 음원 인수") as kb:
        yield kb


def test_a_count_of_what_was_bought_is_no_price(kb):
    """At 517f66f: 420억원 at 0.96 (a money figure was let answer a count by 곡)."""
    ans = kb.ask("소리나무가 인수한 음원은 몇 곡인가?")
    assert ans.answer == "950곡", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_the_price_of_the_same_purchase_is_still_the_price(kb):
    ans = kb.ask("소리나무는 음원 권리를 얼마에 인수했나?")
    assert ans.answer == "420억원", (ans.answer, ans.method, ans.confidence)


def test_songs_are_counted_whole():
    """곡 is a counter: the figure is "2만 5,000곡", not its last piece."""
    text = "보유한 음원은 모두 2만 5,000곡으로 늘었다."
    at = text.index("5,000곡")
    assert whole_figure(text, at, at + len("5,000곡")) == "2만 5,000곡"
