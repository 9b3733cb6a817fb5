"""Where a person worked before is read from the articles that name them: a family name alone
("이 CTO는 ... 출신이다") in another article is someone else (search/past.py), and a degree
before 출신 ("X대 컴퓨터과학 박사 출신") names a school, no employer (search/past_cues.py).
Issue 13; both found on real news about two CTOs with the same family name.
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader.  The articles are invented."""

from __future__ import annotations

import pytest

from search import KnowledgeBase

FIRST = (
    "누리마켓, 새 CTO 영입\n"
    "누리마켓은 한빛전자 본사에서 검색 엔진 개발을 담당한 이도현 박사를 최고기술책임자(CTO)로 "
    "영입했다고 밝혔다. 이 신임 CTO는 미국 청솔공대 컴퓨터과학 박사 출신이다. 이 CTO는 "
    "한빛페이 출신이기도 하다."
)
SECOND = (
    "닥터온, 카카오 출신 CTO 선임\n"
    "원격의료 스타트업 닥터온은 올초 다솜커머스 출신의 이서준 CTO를 선임했다. 이 CTO는 "
    "다솜커머스에서 배송 시스템을 설계했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    kb = KnowledgeBase.build([], path=tmp_path_factory.mktemp("kb") / "ctos")
    try:
        kb.add_text(FIRST, doc_id="nurimarket", title="누리마켓 CTO")
        kb.add_text(SECOND, doc_id="doctoron", title="닥터온 CTO")
        yield kb
    finally:
        kb.close()


def test_another_articles_family_name_is_someone_else(kb):
    ans = kb.ask("이서준 CTO는 어디 출신인가?")
    assert ans.answer is not None and "다솜커머스" in ans.answer, ans.answer
    assert "한빛페이" not in ans.answer and "청솔공대" not in ans.answer, ans.answer


def test_a_degree_before_the_cue_names_no_employer(kb):
    ans = kb.ask("이도현은 누리마켓에 오기 전 어디 출신인가?")
    assert ans.answer is None or "청솔공대" not in ans.answer, (ans.answer, ans.confidence)
