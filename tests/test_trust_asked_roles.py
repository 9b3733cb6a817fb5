"""Answers that must fit what the question asks (search/asked_items.py, search/event_dates.py,
search/new_names.py, search/ever_asked.py): a supply edge whose clause supplies another thing,
a partner of another agreement, the founding year of a body the text never dates, a "new
name" the text never gives, and "…한 적이 있나?" over a past sentence.  Real Kiwi, real e5
embeddings, real FAISS; the articles and their names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

WIND = (
    "은빛풍력, 동해 해상풍력 단지 금융 조달 마쳐\n"
    "해상풍력 개발사 은빛풍력이 강원 동해 앞바다에 짓는 해상풍력 단지의 금융 조달을 마쳤다고 "
    "2일 밝혔다. 발전기로는 독일 노르트빈트의 12MW급 터빈 40기가 들어가며, 해저 케이블은 국내 "
    "전선업체 바다전선이 공급한다.\n"
    "현지 조립은 하노이에 본사를 둔 부품업체 메콩파츠가 맡는다. 은빛풍력은 2029년부터 전력을 "
    "판매한다."
)

TRAVEL = (
    "구름길투어·강원관광진흥원, 외국인 체류형 상품 출시\n"
    "여행 플랫폼 구름길투어가 강원관광진흥원과 손잡고 외국인 대상 체류형 관광상품을 내놓는다. "
    "두 기관은 5일 강릉에서 '외래관광객 유치 업무협약'을 맺었다고 밝혔다.\n"
    "2018년 설립된 구름길투어는 지난해 베트남 여행사 사이공트립과 송객 제휴를 맺었다."
)

COOP = (
    "강변농협·들녘농협 합병 가결\n"
    "강변농협과 들녘농협이 각각 임시총회를 열어 합병안을 가결했다고 2일 밝혔다. 합병 농협의 "
    "조합원은 8천명이다.\n"
    "두 농협의 합병 논의는 2023년 시작됐지만, 들녘농협 조합원들이 배당 축소를 우려하면서 한 "
    "차례 부결된 바 있다."
)


@pytest.fixture(scope="module")
def wind(tmp_path_factory):
    with article_kb(tmp_path_factory, WIND, "wind", "은빛풍력 금융 조달") as kb:
        yield kb


@pytest.fixture(scope="module")
def travel(tmp_path_factory):
    with article_kb(tmp_path_factory, TRAVEL, "travel", "구름길투어 업무협약") as kb:
        yield kb


@pytest.fixture(scope="module")
def coop(tmp_path_factory):
    with article_kb(tmp_path_factory, COOP, "coop", "강변농협 합병") as kb:
        yield kb


def test_the_cable_maker_is_no_confident_turbine_supplier(wind):
    """At 3f1f5c9 (r20's shape): the cable maker by its supply edge at 0.86."""
    ans = wind.ask("은빛풍력 해상풍력 단지에 터빈을 공급하는 회사는?")
    assert not (ans.answer == "바다전선" and ans.confidence >= 0.8), (ans.answer, ans.confidence)


def test_the_partner_of_the_agreement_asked(travel):
    """At 3f1f5c9 (r20's shape): the partner of the other agreement (송객 제휴)."""
    ans = travel.ask("구름길투어와 업무협약을 맺은 곳은 어디인가?")
    assert "강원관광진흥원" in ans.answer, (ans.answer, ans.confidence, ans.sentence)


def test_a_body_the_text_never_dates_has_no_founding_year(wind):
    """At 3f1f5c9 (r20's shape): the year of another event ("2029년부터 … 판매한다")."""
    ans = wind.ask("메콩파츠는 언제 설립됐나?")
    assert ans.method == "none", (ans.answer, ans.confidence, ans.sentence)


def test_a_founding_the_text_dates_is_still_answered(travel):
    ans = travel.ask("구름길투어는 언제 설립됐나?")
    assert "2018" in ans.answer, (ans.answer, ans.confidence, ans.sentence)


def test_a_new_name_the_text_never_gives_is_no_answer(coop):
    """At 3f1f5c9 (r20's shape): the two old names."""
    ans = coop.ask("합병 농협의 새 이름은 무엇인가?")
    assert ans.method == "none", (ans.answer, ans.confidence, ans.sentence)


def test_a_past_vote_that_failed_is_yes_to_ever(coop):
    """At 3f1f5c9 (r20's shape): 아니오 at 0.86 (합병 논의 read as a plan)."""
    ans = coop.ask("두 농협의 합병안이 부결된 적이 있나?")
    assert ans.answer == "예", (ans.answer, ans.confidence, ans.sentence)
    assert "부결된 바 있다" in ans.evidence[0].text
