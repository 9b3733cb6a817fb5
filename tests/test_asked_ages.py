"""An age asked is answered only by an age the text writes of the person asked: the number
bracketed after the name ("도하림(47) 상무") or a figure in 세 or 살 (search/ages.py, issue 13).
A person whose age the text never writes gets no answer, not another person's age nor a
number of their quote (s20-trust42-01: "권태윤 대표의 나이는?" was answered "2공장" at 0.65).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.ages import bracketed_age, counted_age

ARTICLE = (
    "누리식품, 새 대표에 마윤성 부사장…물류센터장에 도하림 상무\n"
    "(서울=한빛뉴스) 모가람 기자 = 식품기업 누리식품이 마윤성 부사장을 신임 대표로 선임했다고 "
    "5일 밝혔다.\n"
    '마 대표는 "3년 안에 해외 매출을 2배로 늘리겠다"며 "2공장 증설도 서두르겠다"고 말했다.\n'
    "새로 문을 여는 이천 물류센터 센터장에는 도하림(47) 상무가 임명됐다. "
    "회사 최연소 임원인 설다온 이사는 39세로 디지털전략실을 맡는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리식품 인사") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "age"),
    [
        ("도하림 상무는 몇 살인가?", "47"),  # bracketed after the name
        ("도하림 센터장의 나이는?", "47"),
        ("설다온 이사의 나이는?", "39"),  # counted in 세
    ],
)
def test_an_age_written_of_the_person_answers(kb, question, age):
    ans = kb.ask(question)
    assert ans.answer and age in ans.answer, (question, ans.answer, ans.confidence)


@pytest.mark.parametrize(
    "question",
    [
        "마윤성 대표의 나이는?",  # no age of his: not 47 nor a number of his quote
        "마윤성 대표는 몇 살인가?",
    ],
)
def test_no_age_of_the_person_gets_no_answer(kb, question):
    ans = kb.ask(question)
    assert ans.method == "none", (question, ans.answer, ans.confidence)


def test_what_an_age_is_written_as():
    assert bracketed_age("도하림(47) 상무가", 4, 6)
    assert bracketed_age("국태윤(56·전 본부장)", 4, 6)
    assert not bracketed_age("생산량 (47) 만t", 5, 7)  # a bracket after a space is no age
    assert not bracketed_age("2공장(3만t) 가동", 4, 5)
    assert counted_age("39세") and counted_age("만 39세") and not counted_age("39만t")
