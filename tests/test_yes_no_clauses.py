"""Yes/no read in the clause the question is about (issue 13): a negation of another subject in
a later clause ("항소 방침을 밝히면서 … 큰 변화는 없을 전망이다") does not deny the appeal, while a
later clause that goes on about the same subject ("뛰어들었지만 가격 조건에서 밀렸다") still
answers.  Real Kiwi, real e5 embeddings, real FAISS; the shipped reader.  The article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.yes_no import polarity

ARTICLE = (
    "한결소재, 특허 소송 1심 패소\n"
    "한결소재와 누리켐이 양극재 특허를 놓고 다툰 소송 1심에서 누리켐이 승소했다. "
    "한결소재가 즉각 항소 방침을 밝히면서 양사의 공급 계약에는 당분간 큰 변화는 없을 전망이다. "
    "이번 수주전에는 다온머티리얼즈도 뛰어들었지만 가격 조건에서 밀린 것으로 전해졌다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "clauses", "한결소재 특허 소송") as kb:
        yield kb


def test_a_negation_of_another_subject_is_not_the_answer():
    text = "한결소재가 즉각 항소 방침을 밝히면서 공급 계약에는 큰 변화는 없을 전망이다."
    assert polarity(text, {"항소", "계획"}) == "yes"
    # the same negation in the predicate's own clause still denies it
    assert polarity("한결소재는 항소하지 않기로 했다.", {"항소", "계획"}) == "no"


def test_a_later_clause_without_its_own_subject_still_answers():
    text = "다온머티리얼즈도 수주전에 뛰어들었지만 가격 조건에서 밀린 것으로 전해졌다."
    assert polarity(text, {"수주", "이기"}, opposite_alone=True) == "no"


def test_asked_through_the_knowledge_base(kb):
    a = kb.ask("한결소재는 항소할 계획인가?")
    assert a.answer == "예", (a.answer, a.confidence, a.sentence)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("다온게임즈는 신작의 정식 출시를 앞두고 있다.", {"정식", "출시"}),
        ("다온게임즈는 일본 시장 진출을 준비하고 있다.", {"일본", "시장", "진출"}),
    ],
)
def test_what_is_still_ahead_has_not_happened(text, predicate):
    assert polarity(text, predicate) == "no"
    # asked whether it is being prepared, the same sentence says yes
    assert polarity(text, predicate | {"앞두", "준비"}) == "yes"
