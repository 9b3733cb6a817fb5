""" "X 사외이사는 누구인가?" gives the title and asks what more the article calls X: the fuller title
written with the name ("이화여대 명예교수"), or no answer when the article writes no more than the
question does, never another person or organisation of the sentence ("(서울=누리뉴스) 차민서
기자 = 해온전자는 …", "후임으로 남윤재 사외이사를 선임했다") (search/who_is.py).  Real Kiwi, real e5
embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "해온전자 이사회, 첫 사외이사 의장 선임\n"
    "(서울=누리뉴스) 차민서 기자 = 해온전자는 18일 이사회를 열고 사임한 고태윤 이사회 의장의 "
    "후임으로 남윤재 사외이사를 선임했다고 밝혔다. "
    "남 의장은 산업통상자원부 차관을 지냈다. "
    "이날 감사위원에는 하지온 누리대 경영학과 명예교수가 새로 뽑혔다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "titled", "해온전자 이사회") as kb:
        yield kb


def test_a_fuller_title_answers(kb):
    ans = kb.ask("하지온 명예교수는 누구인가?")
    assert ans.answer == "누리대 경영학과 명예교수", (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize("question", ["차민서 기자는 누구인가?", "남윤재 사외이사는 누구야?"])
def test_no_more_than_the_given_title_is_no_answer(kb, question):
    # b0b62a3 answered the organisation after the byline, or the predecessor, by the reader
    ans = kb.ask(question)
    assert ans.method == "none", (ans.answer, ans.method, ans.confidence)
