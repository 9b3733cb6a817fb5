"""A date asked of a person by name and title ("X 전 사장은 언제 사임했나?") is the date of the
person's act, not the date written after the same title of someone else ("임 전 사장은 1956년생"
in another story): the title is no topic of its own (search/topic_dates.py).  Real appointment
news put two such stories in one knowledge base and answered the other man's birth year at 0.985.
Real Kiwi, e5 embeddings, FAISS; the stories are invented."""

from __future__ import annotations

import pytest

from search import KnowledgeBase

_INSURER = (
    "누리해상은 정기 주주총회를 열어 조 사장과 이 부사장을 각자대표이사로 선임할 예정이다. "
    "누리해상은 2013년부터 각자대표이사 체제를 유지해왔으나 지난해 6월 말 박하진 전 사장이 "
    "사임하면서 단독대표이사 체제로 전환했다."
)
_AGENCY = (
    "한빛기획은 김도윤 부사장을 대표이사로 신규 선임했다고 20일 공시했다. "
    "임 전 사장은 1956년생으로 올해 61세다. 임 전 사장은 한빛기획을 떠나 구단 대표로 내정됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    kb = KnowledgeBase.build([], path=tmp_path_factory.mktemp("kb") / "two")
    kb.add_text(_INSURER, doc_id="insurer", title="누리해상 대표 선임")
    kb.add_text(_AGENCY, doc_id="agency", title="한빛기획 대표 선임")
    yield kb
    kb.close()


def test_the_date_of_the_named_persons_act(kb):
    ans = kb.ask("박하진 전 사장은 언제 사임했나?")
    assert ans.answer != "1956년생", (ans.answer, ans.confidence)
    assert ans.answer is None or "6월" in ans.answer, (ans.answer, ans.confidence)
