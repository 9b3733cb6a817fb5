"""Who did what in a deal or a career, the shapes held-out round 14 missed (measured once at
38673fb): the party of a deal asked by its role when the text tells it from the other side
("발주한 선사" / "A가 B로부터 수주했다" -> B); a yes/no question calling a deal the first where
the text counts it second or later, or asking whether a thing was included where the text
leaves it out ("일본을 제외한"); the earlier employer written in an appointment's clause ("대표에는
온라인 쇼핑몰 X에서 ... 총괄을 지낸 Y 부사장이 선임됐다", "X의 연구소에서 ... 설계를 맡았다")
and never a school when a company is asked; both of "the two people" who founded it; where
someone went, asked in English around a
Hangul name.  Real Kiwi, real e5 embeddings, real FAISS; the articles and names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.question_forms import question_form
from search.spans import tokens_of

DEALS = (
    "가람중공업, 해솔마린서 컨테이너선 6척 수주\n"
    "가람중공업이 노르웨이 선사 해솔마린(Haesol Marine)으로부터 1만 5천TEU급 컨테이너선 6척을 "
    "8천 400억 원에 수주했다고 5일 공시했다. 선박들은 전남 영암군에 있는 가람중공업 조선소에서 "
    "건조돼 2030년까지 인도될 예정이다. 이번 계약은 해솔마린이 가람중공업에 맡긴 세 번째 "
    "컨테이너선 주문이다. 이 선사는 2024년 5월에도 같은 급의 컨테이너선 2척을 가람중공업에 "
    "발주한 바 있다. 한편 다온약품은 비만 치료 후보물질 'DN-21'의 일본을 제외한 전 세계 "
    "개발 권리를 미국 바이오기업 리버셀에 넘기는 라이선스 계약을 맺었다고 밝혔다. 다온약품의 기술수출은 이번이 "
    "두 번째다. 이 회사는 2022년 당뇨 후보물질 'DN-08'의 중화권 권리를 대만 하이룽제약에 "
    "넘긴 바 있다."
)

PEOPLE = (
    "노을소프트, 커머스 자회사 출범\n"
    "노을소프트 커머스 자회사 대표에는 온라인 쇼핑몰 별빛몰에서 영업 총괄을 지낸 도하윤 "
    "부사장이 선임됐다. 도 대표는 2023년 노을소프트에 합류해 광고 사업을 맡아 왔다. 노을소프트 "
    "검색 부문을 6년간 이끈 구태오 전 검색총괄(전무)은 지난달 회사를 떠나 경쟁 포털 물빛넷의 "
    "최고기술책임자(CTO)로 자리를 옮겼다. 공장을 둘러보던 석민재 잡이로봇 대표가 "
    '"사람이 가르친 적 없는 동작"이라며 웃었다. 잡이로봇은 석 대표와 한다온 '
    "최고기술책임자(CTO)가 2021년 함께 세운 로봇 손 스타트업이다. 석 대표는 UNIST 기계공학과에서 박사 학위를 받고 정밀 부품 업체 "
    "한결정밀의 제어연구소에서 5년간 모터 설계를 맡았다."
)


@pytest.fixture(scope="module")
def deals(tmp_path_factory):
    with article_kb(tmp_path_factory, DEALS, "deals", "가람중공업 수주") as kb:
        yield kb


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    with article_kb(tmp_path_factory, PEOPLE, "people", "노을소프트 자회사") as kb:
        yield kb


def test_the_one_who_ordered_is_the_party_the_builder_won_the_order_from(deals):
    """At 5cd59a0: the shipyard (the subject of 수주)."""
    ans = deals.ask("컨테이너선 발주한 선사 어디야?")
    assert ans.answer and "해솔마린" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_a_deal_counted_third_is_no_first_order(deals):
    """At 5cd59a0: 예."""
    ans = deals.ask("이번 계약이 해솔마린의 첫 가람중공업 컨테이너선 주문인가?")
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.sentence)


def test_rights_left_out_of_the_deal_were_not_handed_over(deals):
    """At 5cd59a0: 예."""
    ans = deals.ask("다온약품은 DN-21의 일본 권리도 리버셀에 넘겼나?")
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.sentence)


def test_the_first_partner_is_the_party_of_the_earlier_deal(deals):
    """At 5cd59a0: this deal's partner (round 14: 0.30)."""
    ans = deals.ask("다온약품의 첫 기술수출 상대는 어느 회사인가?")
    assert ans.answer and "하이룽제약" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_the_employer_before_is_written_in_the_appointment_clause(people):
    """At 5cd59a0: the new unit, from the graph."""
    ans = people.ask("도하윤 대표는 노을소프트에 오기 전에 어디서 일했나?")
    assert ans.answer == "별빛몰", (ans.answer, ans.method, ans.confidence)


def test_a_school_is_no_company_worked_at_before_founding(people):
    """At 5cd59a0: the school."""
    ans = people.ask("석민재 대표는 창업 전에 어느 회사에서 일했나?")
    assert ans.answer and "한결정밀" in ans.answer, (ans.answer, ans.method, ans.confidence)
    assert "UNIST" not in ans.answer


@pytest.mark.parametrize(
    "question", ["잡이로봇을 함께 세운 두 사람은 누구인가?", "이 회사를 이끄는 세 사람은 누구야?"]
)
def test_people_counted_more_than_one_are_asked_as_a_list(question):
    """At 5cd59a0: factoid, one of the two co-founders answered (round 14 at 0.90)."""
    toks = tokens_of(kiwi().tokenize(question))
    assert question_form(toks, question, 1, read_asked(toks)) == "list"


def test_where_someone_went_asked_in_english(people):
    """At 5cd59a0: no answer."""
    ans = people.ask("Where did 구태오 go after leaving 노을소프트?")
    assert ans.answer and "물빛넷" in ans.answer, (ans.answer, ans.method, ans.confidence)
