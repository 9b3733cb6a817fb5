"""A company asked by a noun Kiwi splits its 社 off ("해운사" -> 해운/사, "운영사" -> 운영/사; issue
13, rounds 7 and 10): the question asks a company, not a thing of the sentence ("인증 심사").
Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.spans import tokens_of

ARTICLE = (
    "바다누리호, 자율운항 인증 심사 착수\n"
    "자율운항 화물선 바다누리호가 선급의 인증 심사에 들어간다. 2024년 한결조선이 건조해 "
    "청해해운에 인도한 이 배는 지난달 목포항을 떠나 상하이항까지 약 1900km를 오갔다. "
    "선급은 다음 달 인증 심사를 시작한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "shipping", "바다누리호 인증") as kb:
        yield kb


def test_a_split_off_company_noun_asks_a_company():
    asked = read_asked(tokens_of(kiwi().tokenize("바다누리호를 운용하는 해운사")))
    assert asked.kind == "company"


def test_the_operator_asked_is_never_a_thing_of_the_sentence(kb):
    """The text says the ship was handed to 청해해운, not that it runs it: a company or
    nothing, never "인증 심사"."""
    ans = kb.ask("바다누리호를 운용하는 해운사")
    assert ans.answer in {None, "청해해운"}, ans
