"""A question asking a country is answered by a country, not the city or region written with it
("미국 실리콘밸리 기반의 벤처캐피털"), and by nothing when the text names none (search/countries.py;
issue 13).  Real Kiwi, real e5 embeddings, real FAISS; the shipped reader.  The article is
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.countries import is_country

ARTICLE = (
    "누리카, 400억원 투자 유치\n"
    "차량구독업체 누리카는 국내 사모펀드 등으로부터 총 400억원 규모의 투자를 유치했다고 5일 "
    "밝혔다.\n"
    "지난해 3월에는 미국 실리콘밸리 기반의 벤처캐피털 하늘벤처스 등 4곳으로부터 300억원을 "
    "유치했다.\n"
    "누리카는 이번 투자로 차량 관리 기술을 강화할 계획이다.\n"
    "첫 해외 시범 운행은 내년 상반기 일본 후쿠오카에서 한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nurica", "누리카 투자 유치") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["하늘벤처스는 어느 나라 회사인가?", "Which country is 하늘벤처스 from?"]
)
def test_the_country_not_the_region_is_the_answer(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "미국", (question, ans.answer, ans.confidence, ans.sentence)


def test_no_country_written_no_answer(kb):
    ans = kb.ask("누리카는 어느 나라 회사인가?")
    assert ans.method == "none", (ans.answer, ans.confidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("미국", True),
        ("사우디아라비아", True),
        ("U.S.", True),
        ("실리콘밸리", False),
        ("서울", False),
    ],
)
def test_is_country(text, expected):
    assert is_country(text) is expected


def test_the_country_of_an_act_is_written_with_the_act(kb):
    # the act's sentence does not name 누리카: the country is still the act's
    ans = kb.ask("누리카 첫 해외 시범 운행은 어느 나라에서 하나?")
    assert ans.answer == "일본", (ans.answer, ans.confidence, ans.sentence)
    # whose country a name is stays strict: the act's country is no nationality
    assert kb.ask("누리카는 어느 나라 회사인가?").method == "none"
