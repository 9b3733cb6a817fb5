"""Appointment news: "A를 X 대표이사로, B를 Y 대표이사로 승진 발령했다" names A to X's post and B to
Y's; a question that asks for X's new chief ("X 새 대표이사는 누구야?", "X 대표이사로 승진한
사람은?") gets A.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.spans import tokens_of
from search.titles import appointed, new_posts

ARTICLE = (
    "누리그룹, 계열사 대표 대거 교체\n"
    "누리그룹은 1일자로 대표이사 내정자 3명을 포함한 정기 임원인사를 단행했다고 30일 밝혔다. "
    "먼저 서하준 전략실장(사장)을 누리마트 대표이사로, 윤다온 판매본부장(부사장)을 누리백화점 "
    "대표이사로 승진 발령했다. 누리푸드 대표이사인 한지호 대표는 사장으로 승진해 그룹 "
    "전략실장을 맡는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "appoint", "누리그룹 임원인사") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("누리마트 새 대표이사는 누구야?", "서하준"),
        ("누리백화점 대표이사로 승진한 사람은?", "윤다온"),
    ],
)
def test_the_person_named_to_the_asked_companys_post(kb, question, person):
    ans = kb.ask(question)
    assert ans.answer == person, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_question_naming_a_post_with_a_verb_of_naming_asks_for_a_new_post():
    toks = tokens_of(kiwi().tokenize("누리백화점 대표이사로 승진한 사람은?"))
    assert "대표이사" in new_posts(toks)


def test_the_post_of_another_company_is_not_the_asked_one():
    s = "서하준 실장을 누리마트 대표이사로, 윤다온 본부장을 누리백화점 대표이사로 발령했다."
    toks = tokens_of(kiwi().tokenize(s))
    first = next(i for i, t in enumerate(toks) if t.form == "윤다온")
    assert appointed(toks, first, first, {"대표이사"}, frozenset({"누리백화점"}))
    assert not appointed(toks, first, first, {"대표이사"}, frozenset({"누리마트"}))
