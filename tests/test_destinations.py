"""Where a named person goes: "X는 어디로 가나?" is answered by the organisation a sentence about
X writes before "(으)로 ... 내정됐다/자리를 옮긴다" ("X를 떠나 Y 구단주 겸 사장으로 내정됐다"
-> Y), never by the company X leaves, by one X passed through, or by the graph's list of every
place X worked; a question with "전" before a title ("권태섭 전 사장") still asks where he goes,
and "처음 일을 시작한 회사" is his first employer.  A "before" question does not answer the
place he goes.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "한빛에이전시, 서도윤 대표 선임\n"
    "광고대행사 한빛에이전시는 서도윤(52) 부사장(전략기획본부장)을 신임 대표이사로 선임했다고 "
    '3일 공시했다. 한빛에이전시는 "권태섭 전임 대표이사의 사임에 따라 새 대표를 선임했다"고 '
    "밝혔다. 권 전 사장은 1962년생으로 2027년 3월까지 임기가 남아 있었다. 1988년 누리전자 "
    "마케팅팀에서 일을 시작한 권 전 사장은 한빛에이전시 광고기획팀장, 해외사업 부문장 등을 거쳐 "
    "2019년 1월부터 한빛에이전시 대표이사를 맡았다. 권 전 사장은 한빛에이전시를 떠나 "
    "가온스포츠단 구단주 겸 대표이사 사장으로 내정됐다. 서 신임 대표는 1999년 한빛에이전시에 "
    "입사해 광고기획과 영업을 두루 거쳤다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "dest", "한빛에이전시 대표 선임") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    ["권태섭 전 사장은 어디로 가나?", "권태섭은 어디로 옮기나?", "권태섭은 어디로 이동하나?"],
)
def test_where_someone_goes_is_the_organisation_before_their_new_post(kb, question):
    """At 517f66f: the graph's three employers at 0.94, the company he leaves at 0.81."""
    ans = kb.ask(question)
    assert ans.answer == "가온스포츠단", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_starting_work_somewhere_first_is_the_first_employer(kb):
    """At 517f66f: '한빛에이전시, 누리전자' from the graph."""
    ans = kb.ask("권태섭이 처음 일을 시작한 회사는?")
    assert ans.answer == "누리전자", (ans.answer, ans.method, ans.confidence)


def test_where_he_worked_before_is_not_where_he_goes(kb):
    """At 517f66f: '누리전자, 가온스포츠단' at 0.88 (the WORKED_AT of his next post)."""
    ans = kb.ask("권태섭은 한빛에이전시 대표가 되기 전에 어디서 일했나?")
    assert ans.answer and "가온스포츠단" not in ans.answer, (ans.answer, ans.confidence)
    assert "누리전자" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_someone_who_goes_nowhere_gets_no_destination(kb):
    """서도윤 joined 한빛에이전시 in 1999 and stays: another person's destination is not hers.
    (The reader still answers her own company from "1999년 한빛에이전시에 입사해": a question
    the text cannot answer, left to the no-answer work.)"""
    ans = kb.ask("서도윤 대표는 어디로 옮기나?")
    assert ans.answer != "가온스포츠단", (ans.answer, ans.method, ans.confidence)
