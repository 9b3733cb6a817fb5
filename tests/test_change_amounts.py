"""A figure of how much something changed is not the figure it changed to ("전년 14건에서 6건
줄어든 8건": the count asked is 8건), unless the question asks the change (search/change_amounts.py).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.change_amounts import change_amounts, changes_to
from search.changes import asks_change
from search.question import Question

ARTICLE = (
    "상반기 보험사 제재 8건\n"
    "금융감독원에 따르면 상반기 보험사 제재 건수는 전년 14건에서 6건 줄어든 8건이다. "
    "과태료 총액은 전년보다 3억원 늘어난 11억원으로 집계됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "change-amounts", "보험사 제재") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("상반기 보험사 제재 건수는?", "8건"),  # not the 6건 it fell by
        ("과태료 총액은 얼마?", "11억원"),  # not the 3억원 it grew by
        ("제재 건수는 얼마나 줄었나?", "6건"),  # the change asked
    ],
)
def test_the_figure_changed_to(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_changes_to_branches():
    assert changes_to("14건에서 6건 줄어든 8건이다", 6, 8)
    assert not changes_to("6건 줄어든 것으로", 0, 2)  # no figure after the verb
    assert not changes_to("6건이 줄었다", 0, 2)  # no modifier of change after it
    assert not changes_to("", 0, 0)


def test_asks_change():
    assert asks_change(Question(text="감소폭은?"))
    assert not asks_change(Question(text="제재 건수는?"))


def test_change_amounts_keeps_all_when_nothing_else_is_left():
    assert change_amounts(Question(text="건수는?"), None, []) == []
