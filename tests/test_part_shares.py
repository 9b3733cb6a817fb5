"""A total word that names the whole a part is taken of asks no total (search/totals.py, issue
13, realqa43's real-news probe): "전체 수출 중 반도체 비중은?" asks 반도체's share; read as a
total asked, only "모두 20% 이상 증가" was left and nothing was answered.  Real Kiwi, real e5
embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.question import Question
from search.spans import tokens_of
from search.totals import asks_total

ARTICLE = (
    "10월 수출 6.1% 증가…선박·화장품 호조\n"
    "10월 수출액은 512억 달러로 전년 같은 달보다 6.1% 늘었다. 선박(31억 달러)과 화장품(9억 "
    "달러)이 모두 30% 이상 증가했다. 전체 수출 중 선박이 차지하는 비중은 6.1%로 전년보다 "
    "1.2%포인트 높아졌다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "exports", "10월 수출") as kb:
        yield kb


def _asked(text: str) -> Question:
    return Question(text=text, tokens=tokens_of(kiwi().tokenize(text)))


def test_the_whole_of_a_part_is_no_total_asked():
    assert not asks_total(_asked("전체 수출 중 반도체 비중은?"))
    assert not asks_total(_asked("전체 직원 가운데 여성은 몇 명인가?"))
    assert asks_total(_asked("전체 사업비는 얼마인가?"))
    assert asks_total(_asked("금액은 모두 얼마인가?"))


def test_a_share_of_the_whole_is_answered(kb):
    ans = kb.ask("전체 수출 중 선박 비중은?")
    assert ans.answer == "6.1%", ans
