"""Answers that hold on text nobody tuned on (issue 13, round 9): a question asking whether
something ever happened before is answered 아니오 by a sentence that calls this time the first;
a person's title in a yes/no question is who is asked about, not what; "남나?" is answered by
"떠나"; "모두 얼마" asks for one total, not a list.  Real Kiwi, real e5 embeddings, real
FAISS; the shipped reader and calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import question_form, read_asked
from search.spans import tokens_of

ARTICLE = (
    "온결로보틱스, 美 펀드서 300억원 유치\n"
    "물류 로봇 스타트업 온결로보틱스는 미국 벤처캐피털 그레이록벤처스가 주도한 시리즈B에서 "
    "300억원을 투자받았다고 3일 밝혔다. "
    "그레이록벤처스가 한국 기업에 투자하는 것은 이번이 처음이다.\n"
    "온결로보틱스는 2020년 윤채원 이사와 강도현 대표가 세웠다. "
    "공동창업자 가운데 윤채원 이사는 투자가 마무리되면 회사를 떠나 새 회사를 차린다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "round9", "온결로보틱스 투자") as kb:
        yield kb


def test_never_before_when_the_text_calls_it_the_first(kb):
    ans = kb.ask("그레이록벤처스는 이전에 한국 기업에 투자한 적이 있나?")
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_title_after_a_name_is_no_predicate_and_leaving_is_not_staying(kb):
    ans = kb.ask("윤채원 이사는 투자 뒤에도 온결로보틱스에 남나?")
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.confidence, ans.sentence)


def _form(text: str) -> str:
    toks = tokens_of(kiwi().tokenize(text))
    return question_form(toks, text, 1, read_asked(toks))


def test_모두_얼마_asks_for_one_total():
    assert _form("두 회사가 공장에 투자하는 금액은 모두 얼마인가?") == "factoid"
    assert _form("온결로보틱스가 만든 로봇은 모두 무엇인가?") == "list"  # names: every one

