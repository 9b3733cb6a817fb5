"""Confidence that follows the answer (issue 13, calib18): the doer of an asked act, picked by
search/doers.py where the reader believed another company, clears the no-answer line since the
calibration has a ``doer_overruled`` signal; a figure written with its scale word ("1천억 원
규모다") is answered as the figure (search/figures.py).
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.qa import NO_ANSWER_PROBABILITY

ARTICLE = (
    "청람시, 수소 버스 실증단지 조성\n"
    "청람시는 수소 버스 실증단지 조성 사업에 민간 기업 여러 곳이 참여한다고 3일 밝혔다. "
    "부지와 전력망 확보는 한솔에너지가 맡고 충전소 설계는 미르엔지니어링이 담당한다. "
    "▲가온모터스는 수소 버스 20대를 공급하고 ▲다솜물류는 버스 노선을 운영하며 "
    "▲새결정보는 차량 관제 시스템을 구축한다.\n"
    "사업비는 모두 1천억 원 규모다. 이 가운데 청람시가 300억 원을 부담하고 나머지는 "
    "참여 기업이 낸다. 실증은 2027년 3월 시작해 3년간 이어진다.\n"
    "충전소는 미르엔지니어링이 설계한 설비를 바탕으로 하늬가스가 운영하고, 수소는 "
    "누리화학이 생산한 물량을 보람운송이 실어 나른다. 버스 정비는 가온모터스 협력사인 "
    "든솔정비가 전담한다. 관제 서버는 새결정보가 납품한 장비로 구름데이터가 관리한다. "
    "승객 앱은 별빛소프트가 개발했고 결제 서비스는 한울페이가 제공한다.\n"
    "사업단장에는 류다온 전 한솔에너지 부사장이 선임됐다. 류 단장은 "
    '"수소 교통의 첫 실증"이라고 말했다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "cheongram", "청람시 수소 버스 실증단지") as kb:
        yield kb


#: (question, the answer a reader expects)
ASKED = [
    # the subject of 관리, not the company that delivered the equipment before it
    ("관제 서버를 관리하는 회사는?", "구름데이터"),
    ("충전소를 운영하는 회사는?", "하늬가스"),
    # "1천억 원 규모다": the figure and its scale word are one answer
    ("실증단지 사업비 규모는?", "1천억 원"),
]


@pytest.mark.parametrize(("question", "expected"), ASKED)
def test_a_right_pick_clears_the_no_answer_line(kb, question, expected):
    ans = kb.ask(question)
    assert ans.method != "none", (question, ans.sentence)
    assert expected in ans.answer and ans.confidence >= NO_ANSWER_PROBABILITY, (
        ans.answer,
        ans.confidence,
    )
