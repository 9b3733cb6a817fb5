"""A row of people each written with their own office ("도민석 산업장관·하윤재 국회산업위원장·
남채운 누리전자부회장") answers a question asking one office with its holder only; a question
asking the people of the row gets them all (search/rows.py with search/own_titles.py; issue
13).  Before, the holder's row brought the two others in.
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader.  The article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리전자, 청솔공단에 반도체공장 기공\n"
    "누리전자는 8일 청솔공단에서 반도체공장 기공식을 가졌다.\n"
    "이날 기공식에는 도민석 산업장관·하윤재 국회산업위원장·남채운 누리전자부회장을 비롯해, "
    "1천여 명이 참석했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리전자 기공식") as kb:
        yield kb


def test_the_office_asked_is_answered_by_its_holder_alone(kb):
    ans = kb.ask("기공식에 참석한 산업장관은 누구인가?")
    assert ans.answer == "도민석", (ans.answer, ans.confidence)


def test_the_people_of_the_row_are_all_answered(kb):
    ans = kb.ask("기공식에 참석한 사람은 누구 누구인가?")
    assert ans.answer is not None
    assert {"도민석", "하윤재", "남채운"} <= set(ans.answer.split(", ")), ans.answer
