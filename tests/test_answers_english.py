"""English questions about a Korean article (issue 13): the question's names are written in
Latin letters the article gives in brackets or only transliterates, its other words are
glossed into the Korean news writes (search/english.py); "who" with a verb companies do asks
for a company, "... with?" for the partner, "In what year" for a year, "Where was it
founded?" for a place.  Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and
calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.english import asks_partner, english_gloss, written_in_hangul
from search.spans import tokens_of

ARTICLE = (
    "물결소프트, 신작 모바일 게임 '별빛항해' 대만 출시\n"
    "게임 개발사 물결소프트(Mulgyeol Soft)는 신작 모바일 게임 '별빛항해(Starvoyage)'를 "
    "내년 3월 대만과 홍콩에 출시한다고 12일 밝혔다. "
    "현지 서비스는 타이베이에 본사를 둔 퍼블리셔 청운엔터테인먼트(Cheongun Entertainment)가 맡는다. "
    "물결소프트는 2014년 부산에서 창업한 회사로, 직원은 210명이다. "
    "별빛항해는 음향 기술 기업 소리결랩(Sorigyeol Lab)과 함께 3년간 개발됐다. "
    "물결소프트는 코스닥 상장을 준비하고 있으며, 한빛투자증권을 대표 주관사로 선정했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "english", "물결소프트 별빛항해") as kb:
        yield kb


def test_the_gloss_holds_the_korean_words():
    assert english_gloss("Which securities firm is the lead underwriter?") == (
        "증권사 증권 대표 주관사"
    )
    assert english_gloss("Who did it with?") == "함께 공동 협력"
    assert asks_partner("Who did they develop it with?")
    assert not asks_partner("Who developed it?")


def test_a_latin_name_written_in_hangul():
    assert written_in_hangul("Busan", "물결소프트는 부산에서 창업한 회사로")
    assert not written_in_hangul("Busan", "물결소프트는 서울에서 창업한 회사로")


def test_what_is_its_head_noun():
    toks = tokens_of(kiwi().tokenize("What is Mulgyeol Soft's main product?"))
    assert read_asked(toks).kind == "model"
    toks = tokens_of(kiwi().tokenize("What is Mulgyeol Soft's revenue target for this year?"))
    assert read_asked(toks).kind == "money"


def test_who_with_a_company_verb_asks_a_company():
    toks = tokens_of(kiwi().tokenize("Who publishes Starvoyage in Taiwan?"))
    assert read_asked(toks).kind == "company"
    toks = tokens_of(kiwi().tokenize("Who founded Mulgyeol Soft?"))
    assert read_asked(toks).kind == "person"


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who publishes Starvoyage in Taiwan?", ("청운엔터테인먼트", "Cheongun Entertainment")),
        ("In what year was Mulgyeol Soft founded?", ("2014",)),
        ("Where was Mulgyeol Soft founded?", ("부산",)),
        ("Which securities firm is Mulgyeol Soft's lead underwriter?", ("한빛투자증권",)),
        ("Who did Mulgyeol Soft develop Starvoyage with?", ("소리결랩", "Sorigyeol Lab")),
    ],
)
def test_english_questions(kb, question, expected):
    ans = kb.ask(question)
    assert any(e in ans.answer for e in expected), (
        ans.answer,
        ans.method,
        ans.confidence,
        ans.sentence,
    )
