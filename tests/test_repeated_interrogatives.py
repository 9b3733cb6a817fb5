"""A question that repeats its interrogative to ask for a list ("어디 어디에 있나?", "무엇 무엇인가?")
is read as the single interrogative is: "공장은 어디 어디에 있어?" asks for places, as "공장은 어디에
있어?" does, not for the company that owns the factories (issue 13).  Real Kiwi."""

from __future__ import annotations

import pytest

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.spans import tokens_of


def _asked(question: str):
    return read_asked(tokens_of(kiwi().tokenize(question)))


@pytest.mark.parametrize(
    "repeated, single",
    [
        ("새 물류센터는 어디 어디에 있어?", "새 물류센터는 어디에 있어?"),
        ("새 물류센터는 어디어디에 들어서나?", "새 물류센터는 어디에 들어서나?"),
        ("이 회사의 주요 고객사는 어디 어디인가?", "이 회사의 주요 고객사는 어디인가?"),
        ("공장에서 만들 장비는 무엇 무엇인가?", "공장에서 만들 장비는 무엇인가?"),
    ],
)
def test_a_repeated_interrogative_reads_as_one(repeated, single):
    twice, once = _asked(repeated), _asked(single)
    assert (twice.kind, twice.head, twice.wh_particle) == (once.kind, once.head, once.wh_particle)


def test_the_place_of_things_asked_twice():
    assert _asked("새 물류센터는 어디 어디에 있어?").kind == "place"


ARTICLE = (
    "한솔물류, 새 물류센터 두 곳 가동\n"
    "한솔물류는 지난달 충남 아산과 경북 구미에 있는 물류센터 두 곳을 새로 가동했다고 3일 밝혔다. "
    "두 센터는 하루 20만 상자를 처리한다. "
    "한솔물류는 2015년 서울에서 설립됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    from article_kb import article_kb

    with article_kb(tmp_path_factory, ARTICLE, "centres", "한솔물류 물류센터") as kb:
        yield kb


def test_a_list_of_places_with_their_regions(kb):
    ans = kb.ask("한솔물류가 새로 가동한 물류센터는 어디 어디에 있나?")
    assert ans.answer is not None, (ans.method, ans.answer_type)
    assert "충남 아산" in ans.answer and "경북 구미" in ans.answer, (ans.answer, ans.answer_type)
    assert "한솔물류" not in ans.answer
