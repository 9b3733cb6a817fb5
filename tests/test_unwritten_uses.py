"""A figure asked by what it is put to or paid as ("배당으로 쓸 금액", "위약금으로 요구한 금액",
"단독으로 넣은 금액") gets no answer when the article never writes that noun
(search/unwritten_asks.py ``use_unwritten``, issue 13): the reader would answer with the round's
amount or the year's profit, whatever figure of the right class fits best.  Near misses are
still answered: the noun written ("연구개발비로", "현금으로"), the interrogative ("얼마로
평가받았나").
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "파란솔바이오, 시리즈C 410억원 유치\n"
    "(서울=누리경제) 도하람 기자 = 항체 신약 개발사 파란솔바이오가 시리즈C 투자 410억원을 "
    "유치했다고 5일 밝혔다.\n"
    "이번 투자에는 새봄캐피털과 가온파트너스, 은결인베스트먼트가 함께 참여했다. "
    "파란솔바이오는 이번 투자에서 기업가치를 2800억원으로 평가받았다.\n"
    "회사는 투자금 가운데 260억원을 연구개발비로 쓰고, 나머지는 공장 증설에 투입한다. "
    "파란솔바이오는 지난해 순이익 35억원을 냈다.\n"
    "파란솔바이오는 지난달 한결제약에 후보물질 'PS-210'의 기술을 이전하며 계약금 90억원을 "
    "현금으로 받았다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "paransol", "파란솔바이오 시리즈C") as kb:
        yield kb


#: figures the article does not give: what they are put to or paid as is written nowhere in it
UNANSWERED = [
    "새봄캐피털이 단독으로 넣은 금액은 얼마인가?",
    "파란솔바이오가 주주 배당으로 나눠 줄 금액은 얼마인가?",
    "파란솔바이오가 한결제약에 위약금으로 요구한 금액은 얼마인가?",
    "파란솔바이오가 임상 마케팅비로 책정한 금액은 얼마인가?",  # 마케팅/비, glued
]

#: (question, the answer a reader expects)
ANSWERED = [
    ("파란솔바이오가 연구개발비로 쓰는 금액은 얼마인가?", "260억"),
    ("파란솔바이오가 현금으로 받은 계약금은 얼마인가?", "90억"),
    ("파란솔바이오는 기업가치를 얼마로 평가받았나?", "2800억"),  # 얼마 is no use
]


@pytest.mark.parametrize("question", UNANSWERED)
def test_a_figure_put_to_a_use_never_written_gets_no_answer(kb, question):
    ans = kb.ask(question)
    assert ans.method == "none", (question, ans.answer, ans.confidence)


@pytest.mark.parametrize(("question", "expected"), ANSWERED)
def test_a_figure_put_to_a_written_use_is_answered(kb, question, expected):
    ans = kb.ask(question)
    assert ans.method != "none" and expected in ans.answer, (question, ans.answer, ans.sentence)
