"""A list's items written as the subjects of a sentence's clauses (issue 13, rounds 13 and 14:
"A이 칩을 넣어 팔고 있고, B도 채택했다" answered with A alone, "대표 주관사는 A이, 공동 주관사는
B가 맡았다" with none): the reader's item brings the other clauses' subjects of its kind, not
the names those clauses only mention.  Real Kiwi, real e5 embeddings, real FAISS; the article
and its names are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.clause_subjects import other_subjects
from search.results import Hit

ARTICLE = (
    "물결페이, 코스닥 상장 추진\n"
    "간편결제 기업 물결페이가 코스닥 상장을 위한 증권신고서를 냈다고 4일 밝혔다. "
    "공모 주식 수는 200만 주다. 상장 주관사로는 가람투자증권이 나섰고, 바른증권도 공동 "
    "주관을 맡았다. 물결페이의 올해 거래액은 2조 원으로 예상된다.\n"
    "회사의 최대주주는 창업자인 한도윤 대표다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "mulgyeol", "물결페이 상장") as kb:
        yield kb


def _items(ans) -> set[str]:
    return set((ans.answer or "").split(", "))


def test_both_clauses_subjects_are_the_underwriters(kb):
    ans = kb.ask("물결페이 상장 주관사는 어디 어디인가?")
    assert {"가람투자증권", "바른증권"} <= _items(ans), ans
    assert "물결페이" not in _items(ans), ans


def _company(text: str, name: str) -> dict:
    at = text.index(name)
    return dict(id=name, name=name, type="Company", start=at, end=at + len(name))


def test_a_name_the_other_clause_only_mentions_is_no_item():
    text = "가람증권이 주관을 맡았고, 바른은행과 협의도 이어 간다."
    ents = [_company(text, "가람증권"), _company(text, "바른은행")]
    hit = Hit(sentence_id="d#1", doc_id="d", text=text, score=1.0, entities=ents)
    assert other_subjects(hit, ["가람증권"]) == []


def test_a_subject_of_the_same_clause_is_no_other_item():
    text = "가람증권이 주관을 맡고 바른증권이 자문한다."
    ents = [_company(text, "가람증권"), _company(text, "바른증권")]
    hit = Hit(sentence_id="d#1", doc_id="d", text=text, score=1.0, entities=ents)
    assert other_subjects(hit, ["가람증권"]) == []
