"""Causes written as a noun of change or of an event and a plain 로/으로 ("경기 침체로",
"환율 급등으로") or 에 따라 ("규제 강화에 따라") right before what they made happen, and
not a quantity ("절반으로 줄였다") or a measure ("점수에 따라": according to) (search/caused.py).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.caused import anchored_cause

ARTICLE = (
    "한빛전자는 올해 신입 사원 채용 규모를 지난해의 절반으로 줄였다. 회사는 반도체 경기 "
    "침체로 채용 계획을 다시 짰다고 밝혔다.\n\n"
    "미래손해보험은 다음 달부터 운전 점수에 따라 자동차 보험료를 최대 10% 할인한다.\n\n"
    "국내 가상자산 거래소들이 신규 코인 상장을 잇따라 미뤘다. 금융당국의 가상자산 규제 "
    "강화에 따라 거래소들이 심사 기준을 새로 만들고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "changes", "채용 축소와 규제") as kb:
        yield kb


@pytest.mark.parametrize(
    ("text", "events", "cause"),
    [
        ("반도체 경기 침체로 채용 규모를 줄였다.", {"채용"}, "반도체 경기 침체로"),
        ("내수 부진으로 매장 20곳을 닫았다.", {"매장"}, "내수 부진으로"),
        ("원화 가치 급락으로 수입 물가가 뛰었다.", {"물가"}, "원화 가치 급락으로"),
        (
            "정부의 규제 강화에 따라 거래소들이 상장을 중단했다.",
            {"상장"},
            "정부의 규제 강화에 따라",
        ),
        (
            "전기요금 인상에 따라 제조업체들이 비용 부담을 호소했다.",
            {"부담"},
            "전기요금 인상에 따라",
        ),
    ],
)
def test_a_change_before_the_event_is_its_cause(text, events, cause):
    assert anchored_cause(text, events) == cause


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("회사는 재고를 절반으로 줄였다.", {"재고"}),  # a quantity and 로
        ("보험사는 운전 점수에 따라 보험료를 할인한다.", {"보험료"}),  # according to a measure
        ("원가 상승이 가격 인상으로 이어졌다.", {"이어지"}),  # a result, not a cause
    ],
)
def test_a_quantity_or_a_measure_is_no_cause(text, events):
    assert anchored_cause(text, events) is None


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        ("한빛전자가 채용 계획을 다시 짠 이유는?", "반도체 경기 침체로"),
        ("거래소들이 심사 기준을 새로 만드는 이유는?", "금융당국의 가상자산 규제 강화에 따라"),
    ],
)
def test_why_is_the_change_before_the_event(kb, question, cause):
    # without the rule the whole sentence answered, event and all
    assert kb.ask(question).answer == cause
