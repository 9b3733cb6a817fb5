"""Questions whose answer is a phrase of the text, not a name (issue 13, session 15): what money
is spent on when the text writes it as a clause ("대출을 갚는 데 쓸 방침이다", "투자금으로 공장을
세우고 … 뽑을 계획이다"), what someone said led to something ("무엇이 … 이어졌다고 했나?" asks a
thing, never the person who said it), and what a named thing is when the text says it with the
copula ("'빛결(Bitgyeol)'은 … 광학 검사 장비다": the phrase, not the Latin spelling in brackets),
and where a thing comes from ("전력을 어디서 받나?" -> the plant written before 에서 받는다).
Real Kiwi, real e5 embeddings, real FAISS.  The article and its names are invented for the test.
"""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.purposes import purpose_items
from search.spans import tokens_of

ARTICLE = (
    "하늘정밀, 시리즈A 120억 원 유치\n"
    "반도체 검사 장비 스타트업 하늘정밀이 120억 원 규모의 시리즈A 투자를 유치했다고 3일 밝혔다. "
    "하늘정밀은 이번 투자금으로 충북 청주에 장비 조립 공장을 세우고, 광학 엔지니어 15명을 새로 "
    "뽑을 계획이다. "
    "회사는 별도로 받은 정책 자금 가운데 30억 원은 기존 대출을 갚는 데 쓸 방침이다. "
    "하늘정밀이 개발한 '빛결(Bitgyeol)'은 웨이퍼 표면의 미세한 흠집을 찾아내는 광학 검사 장비다. "
    '모태윤 하늘정밀 대표는 "대학 연구실에서 10년 동안 쌓은 광학 설계 경험이 이번 투자로 '
    '이어졌다"고 말했다. '
    "하늘정밀 본사는 대전 유성구에 있다. "
    "하늘정밀은 대전시에서 받은 보조금을 유성구 연구소의 노후 장비 교체 용도로 배정했다. "
    "장비 외함은 라온가전이 만든다. 라온가전은 2019년 설립된 생활가전 업체로 공기청정기와 "
    "제습기를 만든다. "
    "청주 공장 전력은 인근 산업단지의 열병합 발전소에서 받는다. "
    "빛결의 광학 모듈은 하늘정밀 청주 2공장에서 생산된다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "haneul", "하늘정밀 시리즈A") as kb:
        yield kb


def test_a_use_written_as_a_clause_before_de():
    assert purpose_items("남은 돈은 기존 대출을 갚는 데 쓸 계획이다.") == ["기존 대출을 갚는 데"]
    assert purpose_items("장비는 흠집을 찾는 데 쓰인다.") == ["흠집을 찾는 데"]


def test_a_use_written_as_the_plan_the_money_pays_for():
    items = purpose_items("회사는 확보한 자금으로 공장을 짓고 인력을 뽑을 예정이다.")
    assert items == ["공장을 짓고 인력을 뽑을 예정"]
    # (으)로 after a noun that is no money says no use
    assert purpose_items("회사는 청주로 본사를 옮길 계획이다.") == []


def test_the_plan_the_investment_pays_for_answers(kb):
    ans = kb.ask("하늘정밀은 이번 투자금을 어디에 쓰나?")
    assert "장비 조립 공장" in ans.answer, ans.answer
    assert ans.answer_type != "where"


def test_the_clause_before_de_answers(kb):
    ans = kb.ask("하늘정밀은 정책 자금 가운데 30억 원을 어디에 쓰나?")
    assert "기존 대출을 갚는 데" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "모태윤 사장은 무엇이 이번 투자로 이어졌다고 했나?",
        "김 대표는 무엇을 가장 큰 성과로 꼽았나?",
        "대표는 뭘 강조했어?",
    ],
)
def test_what_with_its_own_particle_asks_no_person(question):
    assert read_asked(tokens_of(kiwi().tokenize(question))).kind == "thing"


def test_what_someone_said_led_to_it_is_a_thing(kb):
    ans = kb.ask("모태윤 대표는 무엇이 이번 투자로 이어졌다고 했나?")
    assert "광학 설계 경험" in ans.answer, ans.answer


def test_a_place_question_is_still_a_place(kb):
    ans = kb.ask("하늘정밀 본사는 어디에 있나?")
    assert "유성구" in ans.answer, ans.answer


def test_what_a_thing_is_is_said_with_the_copula(kb):
    ans = kb.ask("빛결은 무엇인가?")
    assert "광학 검사 장비" in ans.answer, ans.answer
    assert "Bitgyeol" not in ans.answer  # the name spelt again in brackets says not what it is


def test_what_a_company_is_is_the_kind_word_written_with_ro(kb):
    ans = kb.ask("라온가전은 무엇인가?")
    assert "생활가전 업체" in ans.answer, ans.answer  # not one of its products
    assert len(ans.answer) < 30, ans.answer  # the phrase, not the whole sentence


def test_where_a_thing_comes_from_is_the_source_before_eseo(kb):
    ans = kb.ask("청주 공장은 전력을 어디서 받나?")
    assert "열병합 발전소" in ans.answer, ans.answer


def test_a_use_no_form_reads_is_still_no_place(kb):
    # "… 교체 용도로 배정했다" is written in no form the uses are read from: whatever the answer,
    # it is not the place the question's money was spent in, said with confidence
    ans = kb.ask("하늘정밀은 대전시 보조금을 어디에 쓰나?")
    assert ans.answer_type != "where", ans.answer
    assert ans.confidence < 0.5 or "장비 교체" in (ans.answer or ""), (ans.answer, ans.confidence)
