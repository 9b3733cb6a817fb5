"""Causes written with a noun of cause and its particle right before what they made happen
("수요 부진 등으로", "고금리 영향으로", "태풍 여파로", "파업 여파에"),
read in the best sentence before a reason written in the sentence after it
(search/caused.py, search/motives.py), and no figure for a why (search/reader_describe.py).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.caused import anchored_cause

ARTICLE = (
    "한솔화학의 3분기 영업이익이 전년보다 40% 줄었다. 원자재 가격 상승으로 인해 수익성이 "
    "나빠졌다. 회사는 중국 수요 부진 등으로 공장 가동률을 낮췄다. 태풍 여파로 울산 공장이 "
    "일주일간 멈췄다. 환율 급등 탓에 수입 비용도 늘었다.\n\n"
    "정부의 가상자산 규제 강화에 따라 거래소들이 신규 상장을 중단했다. 금리 인상 여파로 "
    "부동산 거래가 급감했다.\n\n"
    "누리항공은 다음 달부터 제주 노선 운항을 줄인다. 회사는 지난해에도 조종사 부족 등으로 "
    "일부 노선을 없앴다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "causes", "한솔화학 실적 부진") as kb:
        yield kb


@pytest.mark.parametrize(
    ("text", "events", "cause"),
    [
        ("회사는 중국 수요 부진 등으로 공장 가동률을 낮췄다.", {"가동"}, "중국 수요 부진 등으로"),
        ("고금리 영향으로 바이오 투자도 위축됐다.", {"위축"}, "고금리 영향으로"),
        ("노조 파업 여파에 생산도 차질을 빚었다.", {"생산"}, "노조 파업 여파에"),
    ],
)
def test_a_noun_of_cause_before_the_event(text, events, cause):
    assert anchored_cause(text, events) == cause


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        ("한솔화학은 왜 공장 가동률을 낮췄나?", "중국 수요 부진"),  # not the next sentence's 여파
        ("누리항공이 지난해 일부 노선을 없앤 이유는?", "조종사 부족"),
    ],
)
def test_why_is_the_cause_before_the_event(kb, question, cause):
    ans = kb.ask(question)
    assert cause in (ans.answer or ""), ans


def test_a_figure_is_no_reason(tmp_path_factory):
    # the reader's "15%" of "주가가 15% 급락했다" answered "급락한 이유는?" with 0.96
    text = (
        "가온제약의 주가가 15% 급락했다. 임상시험 중단 소식에 투자자들이 주식을 팔았다. "
        "고금리 영향으로 바이오 투자도 위축됐다."
    )
    with article_kb(tmp_path_factory, text, "stock", "가온제약 주가 급락") as kb:
        assert kb.ask("가온제약 주가가 급락한 이유는?").answer != "15%"
