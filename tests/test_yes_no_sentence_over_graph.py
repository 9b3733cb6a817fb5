"""A graph verdict does not overrule a sentence that states it: "누르 하산은 인도네시아
출신인가?" is 예 from "인도네시아 출신인 하산 씨는 ...", where a foreign name is written by its
last word and 씨, though the graph has 하산 working at the company (another kind of thing than
a country: no slot of a place is filled by it).  The same sentence says nothing of the other
founder, whose own name it never writes.  Real Kiwi, real e5 embeddings, real FAISS; the
article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "부산 스타트업 물이끼랩, 시드 투자 12억 원 유치\n"
    "해양 센서 스타트업 물이끼랩이 12억 원 규모의 시드 투자를 유치했다고 4일 밝혔다. "
    "물이끼랩은 부경대 해양공학과 도하린 교수와 박사과정생 누르 하산(Nur Hassan) 씨가 지난해 "
    "함께 세운 회사다. 인도네시아 출신인 하산 씨는 최고기술책임자(CTO)를 맡고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "sentence_over_graph", "물이끼랩 시드 투자") as kb:
        yield kb


def test_the_sentence_by_last_name_and_honorific_says_yes(kb):
    """At 2c3b92e: 아니오 from the graph (하산 WORKED_AT 물이끼랩 took the asked slot)."""
    ans = kb.ask("누르 하산은 인도네시아 출신인가?")
    assert ans.answer == "예", (ans.answer, ans.confidence, ans.sentence)
    assert "하산 씨" in ans.evidence[0].text


def test_another_persons_sentence_says_nothing_of_the_topic(kb):
    """Not 예 from "인도네시아 출신인 하산 씨는" (its subject is another person, written by a
    name and 씨 the extractor may not tag)."""
    ans = kb.ask("도하린 교수는 인도네시아 출신인가?")
    assert ans.answer != "예", (ans.answer, ans.confidence, ans.sentence)
