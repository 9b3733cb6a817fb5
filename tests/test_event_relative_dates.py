"""A "언제" question is answered by a time written relative to an event where no calendar date
is ("설 명절 전", "출국 4~6주 전", "개통 직후"), not by a calendar date of another sentence; a
count of time alone ("3주 전") stays no date.  Real Kiwi, real e5 embeddings, real FAISS; the
article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.candidate_kinds import candidate_class
from search.spans import tokens_of

ARTICLE = (
    "배추값 한 달 새 30% 올라…정부, 비축 물량 푼다\n"
    "가을 장마로 배추 작황이 나빠지면서 배추 소매가격이 한 달 새 30% 올랐다.\n"
    "정부는 2019년 10월에도 배추값이 한 포기에 6천원을 넘자 중국산 배추를 들여왔다.\n"
    '농림부 관계자는 "비축 물량을 풀면 김장철 전에는 가격이 안정될 것"이라고 말했다.\n'
    "해외 농장 연수를 가는 농민은 출국 2~3주 전까지 검역 교육을 받아야 한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "cabbage", "배추값 한 달 새 30% 올라") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("농림부는 배추값 언제쯤 안정된대?", "김장철 전"),  # no '2019년 10월' of another event
        ("연수를 가는 농민은 출국 전 언제까지 검역 교육을 받아야 하나?", "출국 2~3주 전"),
    ],
)
def test_a_time_relative_to_an_event(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer is not None and want in ans.answer, (ans.answer, ans.method)


@pytest.mark.parametrize(
    ("phrase", "cls"),
    [
        ("설 명절 전", "date"),
        ("출국 4~6주 전", "date"),
        ("개통 직후", "date"),
        ("3주 전", "number"),
    ],
)
def test_the_class_of_a_relative_time(phrase, cls):
    assert candidate_class(tokens_of(kiwi().tokenize(phrase))) == cls
