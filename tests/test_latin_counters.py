"""A count asked by a Latin counter ("몇 B 모델", read lower-cased from the question) is answered by
a figure written with it ("32B"), never by a figure of another counter ("2차") (search/fits.py,
search/counters.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.answer_types import Asked
from search.fits import _counter_asked

ARTICLE = (
    "누리AI, 초거대 언어모델 '바람' 공개\n"
    "누리AI는 매개변수 32B 규모의 언어모델 바람을 공개했다고 밝혔다. "
    "회사는 2차 평가까지 모델을 70B로 키울 계획이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "baram", "누리AI 바람 공개") as kb:
        yield kb


def test_a_latin_counter_asked_is_the_figure_written_with_it(kb):
    ans = kb.ask("누리AI가 공개한 바람은 몇 B 모델인가?")
    assert "32B" in (ans.answer or ""), (ans.answer, ans.method, ans.sentence)


@pytest.mark.parametrize(
    ("unit", "asked"), [("b", True), ("mw", True), ("곳", True), ("zz", False)]
)
def test_counter_asked_reads_latin_units_lower_cased(unit, asked):
    assert _counter_asked(Asked(kind="number", wh="몇", unit=unit)) is asked
