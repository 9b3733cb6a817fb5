"""A graph edge answers a question that writes a year only when the edge's sentence or its
paragraph writes that year, when the article writes it elsewhere (search/edge_years.py,
issue 13): "A가 2023년에 인수를 추진했다가 무산된 회사는?" is not answered by this year's deal
of the lede (r17-idacquire: 패스키온 at 0.93, where 노바서트 of the 2024 paragraph was asked).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.edge_years import asked_years
from search.passages import sentence_tokens

ARTICLE = (
    "물류기업 바른로지스, 냉장 배송 스타트업 시원박스 인수\n"
    "(서울=한빛뉴스) 모가람 기자 = 물류기업 바른로지스가 냉장 배송 스타트업 시원박스를 "
    "인수한다고 7일 밝혔다. 인수 금액은 410억 원이다.\n"
    "시원박스는 수도권에서 하루 3만 건의 냉장 배송을 처리한다.\n"
    "바른로지스가 배송 기업 인수에 나선 것은 이번이 두 번째다. 이 회사는 2023년 택배 "
    "스타트업 나래택배 인수를 추진했지만 가격 차이로 협상이 결렬됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "barun", "바른로지스 인수") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "바른로지스가 2023년 인수하려던 회사는?",  # 시원박스 by the lede's edge without the rule
        "바른로지스가 2023년에 인수를 추진했다가 협상이 결렬된 회사는?",
    ],
)
def test_an_edge_of_another_year_does_not_answer(kb, question):
    ans = kb.ask(question)
    assert ans.answer and "나래택배" in ans.answer, (ans.answer, ans.confidence)


def test_the_edge_still_answers_without_a_year(kb):
    ans = kb.ask("바른로지스가 인수하는 회사는?")
    assert ans.answer and "시원박스" in ans.answer, (ans.answer, ans.confidence)


def test_the_years_a_question_writes():
    assert asked_years(sentence_tokens("바른로지스가 2023년에 인수한 회사는?")) == ["2023년"]
    assert asked_years(sentence_tokens("시원박스는 하루 몇 건을 배송하나?")) == []
