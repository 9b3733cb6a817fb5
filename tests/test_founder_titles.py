"""The founder asked by the act ("한솔기공을 창업한 사람은?", issue 13; round 30 answered the
founder's son from a graph edge read through a pronoun, "그는 1979년 … 창업해"): the person a
sentence writes with a title of the act's doer ("한솔기공 창업주 방정호 명예회장") is its doer,
over a graph edge of the same act to another person (search/titles.py ``doer_titles``,
search/choice.py).  Also a person's motive in their own words ("…갚고 싶었다"고 말했다,
search/motives.py).  The article is our own; real Kiwi, real e5 embeddings, real
FAISS."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.titles import doer_titles

ARTICLE = (
    "한솔기공 창업주 방정호 명예회장, 주식 200억 원어치 내놓아 장학재단 세운다\n"
    "(부산=한빛통신) 기자 = 기계부품업체 한솔기공의 창업주 방정호 명예회장(80)이 보유 주식 "
    "200억 원어치를 내놓아 장학재단을 세운다.\n"
    "출연이 끝나면 방 명예회장의 지분율은 15.1%에서 10.2%로 낮아진다.\n"
    "최대주주는 장남인 방재윤 한솔기공 대표(지분 20.4%)여서 경영권에는 변화가 없다.\n"
    '방 명예회장은 "어려운 시절 저를 가르쳐 준 선생님들께 진 빚을 갚고 싶었다"고 말했다.\n'
    "그는 1981년 부산의 작은 공장에서 한솔기공을 창업해 선박 엔진 부품을 만드는 회사로 "
    "키웠다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hansol", "한솔기공 장학재단") as kb:
        yield kb


def test_the_founder_is_the_one_written_with_the_founders_title(kb):
    ans = kb.ask("한솔기공을 창업한 사람은?")
    assert ans.answer == "방정호", ans


def test_a_persons_motive_is_their_wish_looked_back_on(kb):
    ans = kb.ask("방정호 명예회장이 장학재단을 세우는 이유는?")
    assert "빚을 갚고 싶었다" in (ans.answer or ""), ans


def test_the_titles_of_an_acts_doer_are_data():
    assert "창업주" in doer_titles("창업")
    assert doer_titles("개발") == set()
