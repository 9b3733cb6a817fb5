"""Money asked by a bare noun (issue 13): "돈 얼마나 넣었대?" drops the object's particle, and
the noun of money right before 얼마나 still asks an amount of money, never a count of sites
("발전소 9곳") nor a rate (search/figure_money_asks.py, read in search/figure_qualifiers.py).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.resolve import Extraction
from search.figure_money_asks import money_object
from search.question import analyze_question


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("바람길풍력 돈 얼마나 썼대?", True),
        ("새 공장 짓는 데 비용 얼마나 들어?", True),
        ("사업비 얼마나 돼?", True),
        ("요금 얼마나 내려?", False),  # a change's size: a rate may answer
        ("바람길풍력 발전소 몇 곳이야?", False),
        ("직원 얼마나 돼?", False),
    ],
)
def test_a_bare_noun_of_money_before_the_interrogative(question, asks):
    assert money_object(analyze_question(question, Extraction())) is asks


ARTICLE = (
    "바람길풍력 보령 해상풍력 허가 취소 위기\n"
    "충남 보령시가 바람길풍력의 해상풍력 단지 개발 허가를 취소하겠다고 12일 통보했다. 시는 "
    "주민 의견 수렴 절차가 부족했다고 밝혔다.\n"
    '윤다온 바람길풍력 대표는 "시가 요구한 절차를 모두 밟았다"며 "이미 쏟아부은 760억원은 '
    '누가 책임지느냐"고 말했다.\n'
    "2014년 세워진 바람길풍력은 전국에서 풍력 발전소 9곳을 운영하고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "baram", ARTICLE.split("\n")[0]) as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    ["바람길풍력 벌써 돈 얼마나 넣었대?", "바람길풍력은 보령 단지에 돈 얼마나 썼어?"],
)
def test_money_asked_by_a_bare_noun_is_no_count(kb, question):
    # no "9곳" (the plants it runs), no "2014년" (when it was founded)
    ans = kb.ask(question)
    assert ans.answer is not None and "760억" in ans.answer.replace(" ", ""), ans
