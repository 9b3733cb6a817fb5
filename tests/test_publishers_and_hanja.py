"""A work's maker asked is never the company the article writes as its publisher (kg/publishers.py,
search/makers.py), and a country a headline writes as one hanja letter is answered by its name
(search/hanja_names.py).  Real Kiwi, real e5 embeddings, real FAISS; the article and its names
are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg import analyze_document, resolve

ARTICLE = (
    "누리소프트, 신작 '별빛 항로' 英·캐나다 판권 확보\n"
    "[게임투데이 한지성 기자] 게임 퍼블리셔 누리소프트가 개발사 스튜디오 바람개비의 신작 "
    "역할수행게임 '별빛 항로'의 영국과 캐나다 판권을 확보했다고 9일 밝혔다.\n"
    "누리소프트는 스튜디오 바람개비에 선급금 50억 원을 지급한다.\n"
    "스튜디오 바람개비는 2019년 부산에서 세운 개발사다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "starlane", "누리소프트 판권 확보") as kb:
        yield kb


def test_the_publisher_develops_nothing_it_publishes():
    ex = resolve([analyze_document("starlane", ARTICLE)])
    developed = [r for r in ex.relations if r.type == "DEVELOPED"]
    # at ba1be55: DEVELOPED 누리소프트 -> 별빛 항로, the pair scorer's guess
    assert not any(r.subject == "누리소프트" for r in developed), developed


@pytest.mark.parametrize("question", ["'별빛 항로'를 개발한 회사는?", "'별빛 항로'를 만든 곳은?"])
def test_the_maker_asked_is_not_the_publisher(kb, question):
    ans = kb.ask(question)
    # at ba1be55: 누리소프트 (graph, 0.98)
    assert ans.answer != "누리소프트", (ans.answer, ans.method, ans.confidence)


def test_a_hanja_country_is_answered_by_its_name(kb):
    ans = kb.ask("누리소프트가 별빛 항로 판권을 확보한 지역은 어디 어디인가?")
    # at ba1be55: 캐나다, 英
    assert set(ans.answer.split(", ")) == {"영국", "캐나다"}, (ans.answer, ans.method)
