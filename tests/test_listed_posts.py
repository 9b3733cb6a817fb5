"""Appointment news lists people each with their post: "명하준 다온건설 상무, 예소원 한빛토건
상무, …".  "다온건설 상무는 누구인가?" is the person the company is written between name and
title for, though the sentence's genitive further back names another company (search/holders.py);
"예소원의 직책은?" is the post written after the name, a post Kiwi reads as one noun included
("가양점장"), and ended where the list closes ("… 재무실장 등 상무 2명을": 재무실장).  "X는 누구인가?" of a foreign name written
without its Latin spelling, which the tagger splits, is still the title written after it
(search/who_is.py); "X는 어느 회사 상무인가?" is the organisation between X and the title
(search/affiliation.py).  Real Kiwi,
real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "서해안 해상풍력 컨소시엄, 실무 임원진 꾸려\n"
    "건설사 다섯 곳이 서해안 해상풍력 단지 건설을 위한 컨소시엄 실무 임원진을 꾸렸다. "
    "실무 임원진은 주간사인 태을건설의 탁지환 전무를 비롯해 명하준 다온건설 상무, "
    "예소원 한빛토건 상무, 봉채린 누리개발 상무로 구성됐다. "
    "협의회는 매주 목요일 태을건설 본사에서 열린다.\n"
    "한편 누리유통은 정기 임원 인사에서 공다인 누리마트 가양점장, 염시후 누리유통 재무실장 등 "
    "상무 2명을 전무로 승진시켰다. "
    "물러나는 사외이사 자리는 토마스 벨로니크 가온물산 부회장이 새 후보로 이어받는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "listed", "해상풍력 컨소시엄 임원진") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # the genitive "태을건설의" before the list owns no post of the people listed after it
        ("다온건설 상무는 누구인가?", "명하준"),
        ("한빛토건 상무는 누구인가?", "예소원"),
    ],
)
def test_the_company_between_name_and_title_owns_the_post(kb, question, person):
    ans = kb.ask(question)
    assert ans.answer == person, (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("공다인의 직책은?", "누리마트 가양점장"),  # 가양점장 is one noun to Kiwi
        ("염시후의 직책은?", "누리유통 재무실장"),  # the list closes with 등, not "… 등 상무"
    ],
)
def test_the_post_written_after_a_listed_name(kb, question, post):
    ans = kb.ask(question)
    assert ans.answer == post, (ans.answer, ans.method, ans.confidence)


def test_who_is_a_foreign_name_the_tagger_split(kb):
    # 토마스 and 벨로니크 are two entities to the tagger: the name is still one person, and
    # what the article calls them is the answer, never the company after the name
    ans = kb.ask("토마스 벨로니크는 누구인가?")
    assert ans.answer == "가온물산 부회장", (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize(
    ("question", "company"),
    [
        ("예소원은 어느 회사 상무인가?", "한빛토건"),  # not the next name's 누리개발
        ("공다인은 어느 회사 가양점장인가?", "누리마트"),  # not the sentence's topic 누리유통
    ],
)
def test_which_company_a_listed_title_is_of(kb, question, company):
    # "어느 회사 TITLE" asks the organisation between the name and the title, as 소속 does
    ans = kb.ask(question)
    assert ans.answer == company, (ans.answer, ans.method, ans.confidence)
