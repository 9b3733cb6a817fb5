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
    "가람건설 주가는 이날 전 거래일보다 6.3% 오른 3만 2천450원에 장을 마쳤다."
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
