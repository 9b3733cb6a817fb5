"""An asked noun is held by a written word whole or inside a compound ("투자유치액" holds
유치액), never inside a name (search/figure_nouns.py): "마트 영업이익" is no figure of
"한결하이마트 영업이익", the name being one company's and the noun every mart's; and a sum
written before the figure ("합계 4100억원") leaves the topic before it what the figure measures.
Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.figure_nouns import _holds, _measured

RETAIL = (
    "유통 3분기 실적\n"
    "가전 양판점 한결하이마트는 3분기 실적을 2일 공시했다. 한결하이마트 영업이익은 "
    "120억원으로 집계됐다. 온라인 쇼핑 영업이익은 2100억원으로 늘었다. 반면 마트 영업이익은 "
    "합계 4100억원으로 줄었다."
)


@pytest.fixture(scope="module")
def retail(tmp_path_factory):
    with article_kb(tmp_path_factory, RETAIL, "retail", "유통 3분기 실적") as kb:
        yield kb


def test_a_noun_inside_a_name_is_not_the_noun_asked(retail):
    ans = retail.ask("마트 영업이익은?")  # '120억원' 0.987 at df3ba91
    assert ans.answer == "4100억원", (ans.answer, ans.method, ans.confidence)


def test_the_name_asked_keeps_its_figure(retail):
    ans = retail.ask("한결하이마트 영업이익은?")
    assert ans.answer == "120억원", (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize(
    ("word", "asked", "names", "want"),
    [
        ("영업이익", "영업이익", frozenset(), True),  # whole
        ("투자유치액", "유치액", frozenset(), True),  # inside a compound
        ("한결하이마트", "마트", frozenset({"한결하이마트"}), False),  # inside a name
        ("한결하이마트", "한결하이마트", frozenset({"한결하이마트"}), True),  # the name whole
        ("대형마트", "마트", frozenset({"한결하이마트"}), True),  # a compound beside a name
        ("마트", "트", frozenset(), False),  # one letter holds nothing
    ],
)
def test_holds(word, asked, names, want):
    assert _holds(word, asked, names) is want


@pytest.mark.parametrize(
    ("words", "head", "want"),
    [
        ({"대형마트"}, "마트", True),  # a compound ending on the head
        ({"한결하이마트"}, "마트", False),  # a name ending on it
        ({"마트"}, "마트", True),  # the head whole
    ],
)
def test_measured_by_no_name(words, head, want):
    assert _measured(words, head, frozenset({"한결하이마트"})) is want
