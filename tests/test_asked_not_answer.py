"""The entity a question names never answers it, also inside a list (issue 13): "하늘벤처스와
함께 솔빛AI에 투자한 곳은?" is answered 누리캐피털 alone, though the text writes the two investors
as one row and the graph holds an investment of each.  Real Kiwi, real e5 embeddings, real
FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "솔빛AI, 시리즈A 120억 원 유치\n"
    "음성 인식 스타트업 솔빛AI는 120억 원 규모의 시리즈A 투자를 유치했다고 9일 밝혔다. "
    "하늘벤처스와 누리캐피털이 공동으로 솔빛AI에 투자했다.\n"
    "솔빛AI는 2021년 설립됐으며, 투자금은 연구 인력 확충에 쓴다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "solbit", "솔빛AI 시리즈A") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "하늘벤처스와 함께 솔빛AI에 투자한 곳은?",
        "하늘벤처스와 함께 솔빛AI에 투자한 곳은 어디 어디인가?",
    ],
)
def test_the_named_investor_is_not_among_the_answers(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "누리캐피털", ans


def test_both_investors_answer_when_neither_is_named(kb):
    ans = kb.ask("솔빛AI에 투자한 곳은 어디 어디인가?")
    assert set(ans.answer.split(", ")) == {"하늘벤처스", "누리캐피털"}, ans
