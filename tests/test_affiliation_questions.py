"""Questions about where someone belongs (issue 13): "X는 어느 회사 소속인가?" asks WORKED_AT, and a
name the question's Kiwi pass cuts apart ("서윤성은" read 서/윤/성은 where the article reads
서윤성 whole) still finds its sentence by BM25, so a sentence that only writes "소속" about other
people does not outrank it.  Found on real news: the answer was a community named in another
sentence.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.answering import read_question

ARTICLE = (
    "한국어 모델 평가 결과 공개\n"
    "평가를 운영하는 누리랩(대표 오다온)은 모델 300개의 평가를 마쳤다고 밝혔다. "
    "한빛데이터의 창립 멤버 서윤성 데이터 사이언티스트는 공개 모델을 베이스로 미세조정을 진행했다고 "
    "설명했다. "
    "2위 모델은 대만 국립대 소속이자 개발자 커뮤니티 '퓨전랩'에 소속된 멤버들이 개발한 것으로 "
    "확인됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "affiliation", "한국어 모델 평가") as kb:
        yield kb


def _snapshot(kb):
    return kb.snapshot() if callable(kb.snapshot) else kb.snapshot


def test_belonging_asks_where_the_person_works(kb):
    q = read_question(_snapshot(kb), "서윤성은 어느 회사 소속인가?")
    assert q.relation == "WORKED_AT"


def test_a_linked_name_is_a_bm25_term_whole(kb):
    q = read_question(_snapshot(kb), "서윤성은 어느 회사 소속인가?")
    assert "서윤성" in q.index_terms, q.index_terms


@pytest.mark.parametrize("question", ["서윤성은 어느 회사 소속인가?", "서윤성은 어디 소속이야?"])
def test_the_persons_company_is_the_answer(kb, question):
    a = kb.ask(question)
    assert a.answer == "한빛데이터", (a.answer, a.confidence, a.method)
