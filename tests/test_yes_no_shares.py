"""Yes/no questions about one party's share of a sentence that gives each its own ("A는 공정
설계를, B는 부지 조성을 각각 맡는다"): the party whose piece writes none of the asked nouns does
not do the asked thing (아니오), the one whose piece writes them does (예) — also when the
extractor took none of the parties for a name.  Real Kiwi, real e5 embeddings, real FAISS; the
article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "바다건설 컨소시엄, 오만 담수 플랜트 1조 원에 수주\n"
    "바다건설이 이끄는 컨소시엄이 오만 수전력청이 발주한 담수 플랜트를 1조 원에 수주했다고 "
    "2일 밝혔다. 바다건설이 전체 사업 관리와 설비 시공을, 누리엔지니어링은 공정 설계와 기자재 "
    "조달을, 다솔이앤씨는 부지 조성과 토목 공사를 각각 맡는다. 완공은 2029년 말이 목표다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "shares", "오만 담수 플랜트 수주") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["다솔이앤씨가 공정 설계를 맡나?", "바다건설이 공정 설계를 맡나?"]
)
def test_a_party_whose_share_is_another_is_no(kb, question):
    """At 2c3b92e: 예 from the sentence of the shares."""
    ans = kb.ask(question)
    assert ans.answer == "아니오", (ans.answer, ans.confidence, ans.sentence)
    assert "각각" in ans.evidence[0].text


@pytest.mark.parametrize(
    "question", ["누리엔지니어링이 공정 설계를 맡나?", "다솔이앤씨가 부지 조성을 맡나?"]
)
def test_a_party_whose_share_it_is_is_yes(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "예", (ans.answer, ans.confidence, ans.sentence)
