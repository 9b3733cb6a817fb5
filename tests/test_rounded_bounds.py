"""A lede rounds a figure as a bound ("수출액이 2천억원을 넘어") that its body writes exactly
("수출액은 2천70억원으로"): the exact figure answers "수출액은 얼마인가?" (search/rounded_figures.py).
A bound the exact figure does not fit ("수입액은 1천억원을 밑돌았다" beside 1천30억원 of
another year) stays a figure of its own.
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.rounded_figures import fits_bound, rounded_figures

ARTICLE = (
    "가람수산, 상반기 김 수출 역대 최대\n"
    "(부산=한빛뉴스) 모가람 기자 = 가람수산의 올해 상반기 김 수출액이 2천억원을 넘어 반기 "
    "기준 역대 최대를 기록했다.\n"
    "가람수산은 올해 1∼6월 김 수출액이 2천70억원으로 지난해 같은 기간보다 21% 늘었다고 "
    "5일 밝혔다. 수출 국가는 미국과 일본, 태국 등 42개국이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "garam", "가람수산 김 수출") as kb:
        yield kb


def test_the_exact_figure_answers_over_the_bound_it_passed(kb):
    ans = kb.ask("가람수산의 올해 상반기 김 수출액은 얼마인가?")
    assert ans.answer is not None and "2천70억" in ans.answer, (ans.answer, ans.sentence)


def test_a_bound_is_fitted_by_an_exact_figure_on_its_side():
    assert fits_bound("2천억원", "넘", "2천70억원")
    assert not fits_bound("2천억원", "넘", "1천980억원")  # below what was passed: another figure
    assert fits_bound("1조원", "육박", "9천870억원")
    assert not fits_bound("1조원", "육박", "1조30억원")


def test_no_candidates_no_figures():
    assert rounded_figures(None, None, []) == []
