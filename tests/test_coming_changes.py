"""A figure asked as it is now (현재/지금) is not the new value of a change still to come: "가온터널
통행료도 내년 3월부터 2천500원으로 내린다" says what the toll will be, not what it is, and "가온터널의
현재 통행료는?" has no answer there; the value a change starts from ("5천원에서 3천400원으로
내린다": 5천원) and a change already made ("3천원으로 올랐다") are still figures of now
(search/current_figures.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.current_figures import coming_change
from search.spans import tokens_of


def _coming(text: str, figure: str) -> bool:
    """The figure whose number is the morpheme ``figure`` (its counter right after it)."""
    toks = tokens_of(kiwi().tokenize(text))
    return coming_change(toks, next(i for i, t in enumerate(toks) if t.form == figure) + 1)


def test_the_new_value_of_a_change_to_come():
    assert _coming("통행료는 다음 달부터 3400원으로 내린다.", "3400")
    assert _coming("월 이용료를 12500원으로 인상할 예정이다.", "12500")
    assert _coming("요금이 12500원으로 인상된다.", "12500")
    # the value it starts from, a change made, a figure of no change
    assert not _coming("통행료는 다음 달부터 5000원에서 3400원으로 내린다.", "5000")
    assert not _coming("요금은 지난달 3000원으로 올랐다.", "3000")
    assert not _coming("3000원으로 올린 요금을 받는다.", "3000")
    assert not _coming("사업비는 5000원으로 잡혔다.", "5000")


ARTICLE = (
    "도담대교 통행료 5천원→3천400원으로 내린다\n"
    "민자 다리인 도담대교의 통행료가 다음 달 15일부터 5천원에서 3천400원으로 내린다. "
    "도담대교 운영사인 한가람교량은 시와 협약을 맺고 이같이 결정했다고 7일 밝혔다.\n"
    "2011년 개통한 도담대교는 하루 평균 4만1천대가 이용한다.\n"
    "인근 가온터널의 통행료도 내년 3월부터 2천500원으로 내린다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "dodam", ARTICLE.split("\n")[0]) as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["가온터널의 현재 통행료는 얼마인가?", "가온터널 통행료 지금 얼마야?"]
)
def test_no_present_figure_where_only_the_new_one_is_written(kb, question):
    ans = kb.ask(question)
    assert ans.answer is None, ans


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("도담대교 현재 통행료는 얼마인가?", "5천원"),  # the value the change starts from
        ("도담대교의 새 통행료는 얼마인가?", "3천400원"),  # no 현재 asked: left alone
    ],
)
def test_the_figures_a_change_still_gives(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer is not None and figure in ans.answer, ans
