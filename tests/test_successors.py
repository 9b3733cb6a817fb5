"""Who succeeds a person ("X 사장의 후임은 누구인가?"): the name written right after the word
for a successor in the sentence naming X, a person the graph typed otherwise when a title follows
it.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.successors import successor_in

ARTICLE = (
    "가람그룹, 계열사 사장 교체\n"
    "가람그룹이 오는 20일 일부 계열사 사장을 교체하는 인사를 단행한다. "
    "12일 업계에 따르면 가람모터스의 한도윤 사장이 물러나고, 후임으로 오서준 생산 담당 "
    "부사장이 내정됐다. 가람모터스는 올해 매출 3조원을 기록했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "succ", "가람그룹 사장 교체") as kb:
        yield kb


def test_the_successor_after_the_word_for_one(kb):
    ans = kb.ask("한도윤 사장의 후임은 누구인가?")
    assert ans.answer == "오서준"


def test_a_question_of_no_successor_is_not_read_here(kb):
    ans = kb.ask("한도윤은 어느 회사 사장인가?")
    assert ans.answer != "오서준"


@pytest.mark.parametrize(
    ("text", "people", "want"),
    [
        # the graph typed the successor a person
        ("가람의 한도윤 사장이 물러나고, 후임으로 오서준 부사장이 내정됐다.", [(21, 24)], "오서준"),
        # typed otherwise: a family name and a title after it say it is a person
        ("최 대표의 후임으로는 허인철 경영전략실장이 내정됐다.", [], "허인철"),
        ("한도윤 사장 후임에 오서준 부사장 내정", [], "오서준"),
        ("한도윤 사장 후임에 가람모터스 부사장 내정", [], None),  # five letters: a company, no name
        ("한도윤 사장 후임은 정해지지 않았다.", [], None),  # no title after the word
        ("한도윤 사장이 물러났다.", [], None),  # no word for a successor
        ("한도윤 사장의 후임자", [], None),  # nothing after it
    ],
)
def test_successor_in(text, people, want):
    found = successor_in(text, 3, people)
    assert (text[slice(*found)] if found else None) == want
