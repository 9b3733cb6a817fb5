"""A former holder asked ("누리통신의 전 대표는 누구인가?") is the person the text writes with
전 before the title ("오태석 전 누리통신 대표"), not the present one written nearer the
question's words; the present holder is still the answer without 전.  Real Kiwi, real e5
embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "통신 3사 대표, 신년 모임에 엇갈린 행보\n"
    "한결텔레콤 서지안 대표는 5일 서울에서 열린 정보통신 신년 모임에 참석해 새 AI 비서 "
    "서비스를 올해 안에 내놓겠다고 밝혔다. "
    "지난해 오태석 전 누리통신 대표가 불참한 데 이어 올해에도 한지훈 누리통신 대표는 "
    "참석하지 않았다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "former", "신년 모임") as kb:
        yield kb


def test_the_former_holder_is_the_one_written_former(kb):
    """At 517f66f: 한지훈, the present head (0.93 on the real article this was found on)."""
    ans = kb.ask("누리통신의 전 대표는 누구인가?")
    assert ans.answer == "오태석", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_the_present_holder_is_still_the_present_one(kb):
    ans = kb.ask("누리통신 대표는 누구인가?")
    assert ans.answer == "한지훈", (ans.answer, ans.method, ans.confidence)
