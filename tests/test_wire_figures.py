"""Figures as Korean wire news writes them (issue 13): "1조 2천380억 원", "3만 2천450원",
asked by a noun of money no table names ("총 공사비", "수주액", "마케팅비") or by a share's
price ("주가는 얼마에 마감했나?").  Real Kiwi, real e5 embeddings, real FAISS; the shipped
reader and calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.spans import tokens_of

ARTICLE = (
    "가람건설, 1조 2천380억 원 규모 새벽3구역 재건축 수주\n"
    "가람건설이 부산 수영구 새벽3구역 재건축 사업의 시공사로 선정됐다. "
    "새벽3구역 재건축조합은 지난 14일 총회를 열고 가람건설을 시공사로 뽑았다고 밝혔다. "
    "총 공사비는 1조 2천380억 원으로, 3.3㎡당 공사비는 760만 원이다. "
    "사업은 지하 3층~지상 41층, 14개 동, 3천96가구 규모의 아파트를 짓는 것으로, "
    "이 가운데 418가구는 임대주택이다. "
    "가람건설의 올해 정비사업 수주액은 2조 8천억 원으로 늘었다.\n"
    "가람건설 주가는 이날 전 거래일보다 6.3% 오른 3만 2천450원에 장을 마쳤다. "
    "종가 기준 시가총액은 약 1조 1천억 원이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "wire", "가람건설 새벽3구역 수주") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "새벽3구역 재건축 총 공사비",  # a headline's noun of money: no company
        "새벽3구역 재건축의 총 공사비는 얼마인가?",
        "가람건설 올해 정비사업 수주액",
    ],
)
def test_a_noun_of_money_no_table_names_asks_the_amount(kb, question):
    answer = kb.ask(question)
    assert answer.answer_type == "money"
    want = "2조 8천억 원" if "수주액" in question else "1조 2천380억 원"
    assert answer.answer == want


def test_a_share_price_asked_with_eolma_is_the_price_not_its_change(kb):
    answer = kb.ask("가람건설 주가는 얼마에 마감했나?")
    assert answer.answer_type == "money"
    assert answer.answer == "3만 2천450원"


def test_a_closing_price_is_no_market_value_written_with_its_noun(kb):
    assert kb.ask("이날 가람건설 종가는 얼마였어?").answer == "3만 2천450원"


@pytest.mark.parametrize(
    "question, kind",
    [
        ("올해 마케팅비는 얼마인가?", "money"),  # Kiwi: 마케팅 + 비
        ("조합의 분담금은 얼마야?", "money"),
        ("회사의 설비는 무엇인가?", "thing"),  # a two-character word of its own
        ("이 제품의 가성비는?", "thing"),  # a judgement, no amount
        ("공모가는 얼마로 정해졌나?", "money"),
    ],
)
def test_the_kind_a_noun_of_money_asks(question, kind):
    assert read_asked(tokens_of(kiwi().tokenize(question))).kind == kind


SHARED = (
    "한솔물산·다온로지스, 이천에 공동 물류센터 짓는다\n"
    "한솔물산과 다온로지스가 경기 이천에 공동 물류센터를 짓는다고 9일 밝혔다. "
    "두 회사가 함께 짓는 물류센터의 총 건설비는 약 2천400억 원으로, 한솔물산이 70%인 1천680억 "
    "원을, 다온로지스가 나머지 30%를 부담한다. 물류센터는 2028년 문을 연다."
)


@pytest.fixture(scope="module")
def shared_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, SHARED, "shared", "공동 물류센터") as kb:
        yield kb


def test_a_partys_part_of_the_amount_asked_is_its_own_figure(shared_kb):
    answer = shared_kb.ask("한솔물산은 건설비를 얼마나 부담하나?")
    assert answer.answer == "1천680억 원"
    assert shared_kb.ask("물류센터 건설비는 얼마인가?").answer == "약 2천400억 원"


def test_a_total_asked_is_no_part_written_after_ige_gaunde(kb):
    assert kb.ask("새벽3구역 재건축으로 모두 몇 가구가 들어서나?").answer == "3천96가구"
    assert kb.ask("새벽3구역 임대주택은 몇 가구인가?").answer == "418가구"  # the part asked
