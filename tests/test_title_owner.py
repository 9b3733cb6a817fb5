"""The owner of a title written as the clause's topic, across a descriptive clause: "X의
최고기술책임자(CTO)는 연구소를 이끌어 온 Y 박사다" makes Y the CTO ("이끌어 온": an ending joined
to its auxiliary ends no clause; 박사 is a degree, no other office), asked in English or
Korean; the company's new chief of another sentence is not.  Real Kiwi, real e5 embeddings,
real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "한울전자, 신임 대표에 남기혁 선임\n"
    "한울전자는 남기혁 단비통신 전무를 신임 대표이사로 선임했다고 2일 밝혔다. "
    "남기혁 전무는 단비통신을 떠나 한울전자 대표로 자리를 옮긴다. "
    "한편 한울전자의 최고기술책임자(CTO)는 인공지능 연구소를 이끌어 온 여도경 박사다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "cto", "한울전자 대표 선임") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    ["Who is the CTO of 한울전자?", "Who is the chief technology officer of 한울전자?"],
)
def test_the_topic_title_owns_the_person_after_a_descriptive_clause(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "여도경", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_the_new_chief_is_still_the_ceo(kb):
    ans = kb.ask("Who is the CEO of 한울전자?")
    assert ans.answer == "남기혁", (ans.answer, ans.method, ans.confidence)
