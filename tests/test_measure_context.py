"""A figure read where the asked measure is not written answers nothing
(search/measure_context.py): a lede gives the change of one measure ("수출이 ... 6.2% 늘었다"),
a later sentence gives another measure as a level only ("수입액은 ... 달러"), and "수입액은 몇 %
늘었나?" asks a change the text does not give.  The dev gold answered it with the lede's 수출
change at 0.996.  Real Kiwi, real e5 embeddings, real FAISS; the sentences are our own."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.measure_context import asked_measure
from search.passages import sentence_tokens
from search.question import Question

ARTICLE = (
    "3분기 전남 수출 98억 달러, 6.2%↑…석유화학 회복\n"
    "전라남도의 3분기 수출이 석유화학 제품 가격 회복에 힘입어 1년 전보다 6.2% 늘었다.\n"
    "전라남도는 8일 이런 내용의 '3분기 무역 동향'을 내놨다. 3분기 수출액은 98억 달러, "
    "수입액은 71억 달러로 무역수지는 27억 달러 흑자를 기록했다.\n"
    "품목별로는 석유화학 제품 수출이 41억 달러로 가장 많았고, 철강이 19억 달러로 뒤를 이었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "trade", "3분기 전남 수출") as kb:
        yield kb


def test_the_change_of_another_measure_answers_nothing(kb):
    ans = kb.ask("3분기 수입액은 1년 전보다 몇 % 늘었나?")
    assert ans.method == "none", (ans.answer, ans.confidence)


def test_the_change_of_the_written_measure_is_still_answered(kb):
    ans = kb.ask("3분기 수출은 1년 전보다 몇 % 늘었나?")
    assert ans.method != "none" and "6.2" in ans.answer, (ans.answer, ans.confidence)


def test_a_level_of_the_measure_is_still_answered(kb):
    ans = kb.ask("3분기 수입액은 얼마인가?")
    assert ans.method != "none" and "71억" in ans.answer, (ans.answer, ans.confidence)


def test_the_measure_of_a_change_is_its_topic():
    text = "지난달 수입액은 1년 전보다 몇 % 늘었나?"
    assert asked_measure(Question(text, tokens=sentence_tokens(text))) == "수입액"
