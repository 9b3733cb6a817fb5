"""A school asked is answered by a school or by nothing: "출신 학교는?" over "가람대 경영학과를
졸업하고 누리그룹 전략기획실을 거쳐 ... 합류했다" was the employer 한울증권 at 0.90, and "출신
대학은?" over an article naming no school the ministry 재정부 at 0.88 (search/asked_schools.py).
Real Kiwi, real e5 embeddings, real FAISS; the articles are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

SCHOOLED = (
    "한울증권 새 대표에 도윤재 부사장\n"
    "한울증권은 도윤재 부사장을 신임 대표이사로 선임했다고 3일 밝혔다. "
    "도 대표는 가람대 경영학과를 졸업하고 누리그룹 전략기획실을 거쳐 2012년 한울증권에 합류했다. "
    "그는 리테일 부문과 디지털 부문을 차례로 이끌었다. "
    "한울증권 관계자는 도 대표가 회사의 체질 개선을 이끌 적임자라고 말했다."
)
UNSCHOOLED = (
    "재정부, 예산실장에 맹서우 차관보\n"
    "재정부는 맹서우 차관보를 예산실장에 임명했다고 5일 밝혔다. "
    "맹 실장은 행정고시 출신으로 재정부 예산총괄과장과 경제정책국장을 지냈다. "
    "이후 국무조정실 정책조정관을 거쳐 차관보로 일했다. "
    "재정부는 맹 실장이 내년 예산 편성을 총괄한다고 설명했다."
)


@pytest.fixture(scope="module")
def schooled(tmp_path_factory):
    with article_kb(tmp_path_factory, SCHOOLED, "schooled", "한울증권 새 대표") as kb:
        yield kb


@pytest.fixture(scope="module")
def unschooled(tmp_path_factory):
    with article_kb(tmp_path_factory, UNSCHOOLED, "unschooled", "재정부 예산실장") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["도윤재 대표의 출신 학교는?", "도윤재의 전공은?", "도윤재 대표의 모교는?"]
)
def test_an_employer_never_answers_a_school(schooled, question):
    ans = schooled.ask(question)
    assert ans.answer is None or "가람대" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_the_school_written_still_answers(schooled):
    ans = schooled.ask("도윤재 대표는 어느 대학을 졸업했나?")
    assert ans.answer is not None and "가람대" in ans.answer, (ans.answer, ans.confidence)


@pytest.mark.parametrize("question", ["맹 실장의 출신 대학은?", "맹서우 실장의 출신 학교는?"])
def test_no_school_written_is_no_answer(unschooled, question):
    ans = unschooled.ask(question)
    assert ans.answer is None, (ans.answer, ans.method, ans.confidence)


def test_a_workplace_question_keeps_its_employer(unschooled):
    ans = unschooled.ask("맹서우 실장은 어디서 일했나?")
    assert ans.answer is not None, (ans.method, ans.confidence)


PARTNERED = (
    "한결기계, 대학과 스마트공장 개발\n"
    "경남 창원에 본사를 둔 한결기계는 로봇 스타트업 다온로보, 창원대와 함께 용접 라인의 불량을 "
    "잡아내는 시스템을 만든다. "
    "과제 기간은 2년이며 정부 지원금은 12억원이다."
)


@pytest.fixture(scope="module")
def partnered(tmp_path_factory):
    with article_kb(tmp_path_factory, PARTNERED, "partnered", "한결기계 스마트공장") as kb:
        yield kb


def test_a_row_keeps_only_its_schools(partnered):
    ans = partnered.ask("한결기계와 함께하는 대학은 어디인가?")
    assert ans.answer in (None, "창원대"), (ans.answer, ans.method, ans.confidence)
