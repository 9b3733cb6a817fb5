"""A figure of one numbered part ("1공장", "2호기") is not answered by a sentence that writes the
same part by another number (search/numbered_parts.py, issue 13; s20-trust42: "오창 1공장의 부지
면적은?" answered with the second plant's 33만㎡ at 0.84).  A number glued to a noun after a
name is a part, no version the article does not know ("세진머티리얼즈 2공장은": no answer before,
search/graph_answers.unknown_version).  Real Kiwi, real e5 embeddings, real FAISS; the article
is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "다온케미칼, 여수에 2공장 준공\n"
    "(여수=한빛뉴스) 모가람 기자 = 화학기업 다온케미칼이 전남 여수에 2공장을 준공했다고 "
    "9일 밝혔다.\n"
    "2공장은 12만㎡ 부지에 들어섰으며 연간 20만t의 합성수지를 만든다. "
    "투자비는 3200억 원이다.\n"
    "다온케미칼은 2009년 울산에 첫 공장을 지었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "daon", "다온케미칼 2공장") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("다온케미칼 2공장 부지 면적은?", "12만"),
        ("다온케미칼 2공장 투자비는 얼마인가?", "3200억"),
    ],
)
def test_the_part_asked_is_answered(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer and figure in ans.answer, (question, ans.answer, ans.confidence)


@pytest.mark.parametrize(
    "question",
    [
        "다온케미칼 1공장의 부지 면적은?",  # only the second plant's area is written
        "다온케미칼 1공장 투자비는 얼마인가?",
    ],
)
def test_another_parts_figure_does_not_answer(kb, question):
    ans = kb.ask(question)
    assert ans.method == "none", (question, ans.answer, ans.confidence)
