"""Rows whose items are quoted or glossed (issue 13, the spent rounds' lists: "'A'와 B에 적용된다"
answered with A alone in round 7; "X의 'A'(58.9점)와 Y의 'B'(59.7점)" is no row at d518c0f): a
quoted name is one item whatever its words are tagged, a gloss in brackets after an item is
skipped, and the row's unnamed items join a row of things.  Real Kiwi, real e5 embeddings, real
FAISS; the article and its names are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.head_lists import rows_of
from search.passages import sentence_tokens

ARTICLE = (
    "한솔모바일, 음성비서 '온새 2' 공개\n"
    "통신사 한솔모바일이 자체 개발한 음성비서 '온새 2'를 공개했다고 3일 밝혔다. "
    "온새 2는 다음 달부터 한솔모바일의 스마트폰 앱 '솔 홈'과 가전 원격 제어 서비스에 "
    "차례로 들어간다. 한솔모바일은 2029년까지 온새 2 가입자 300만 명을 목표로 잡았다.\n"
    "회사가 공개한 평가에서 온새 2는 가람소프트의 '여울 3'(61.2점)와 다온랩의 '바람결 7B'"
    "(60.4점)를 앞섰다. 한솔모바일은 평가 문항도 함께 공개했다."
)


def _row_words(sentence: str) -> list[list[str]]:
    return [[sentence[a:b] for a, b in row] for row in rows_of(sentence_tokens(sentence))]


def test_a_quoted_name_is_one_item_of_the_row():
    sentence = "새 비서는 메신저 앱 '세온 톡'과 고객 상담 시스템에 들어간다."
    assert ["세온 톡", "고객 상담 시스템"] in _row_words(sentence)


def test_a_gloss_after_an_item_does_not_end_the_row():
    sentence = (
        "평가에서 새 모델은 가람소프트의 '여울 3'(61.2점)와 다온랩(Daon Lab)의 '바람결'을 앞섰다."
    )
    assert ["여울 3", "바람결"] in _row_words(sentence)


def test_a_quote_that_never_closes_is_no_item():
    sentence = "대표는 '앞으로 가람소프트와 다온랩을 넘겠다고 말했다."
    assert ["가람소프트", "다온랩"] in _row_words(sentence)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "onsae", "한솔모바일 온새 2") as kb:
        yield kb


def _items(ans) -> set[str]:
    return set((ans.answer or "").split(", "))


def test_a_quoted_app_and_an_unnamed_service_are_both_answered(kb):
    ans = kb.ask("온새 2가 들어가는 한솔모바일 서비스는 무엇 무엇인가?")
    assert {"솔 홈", "가전 원격 제어 서비스"} <= _items(ans), ans
