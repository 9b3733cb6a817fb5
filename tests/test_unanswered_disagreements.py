"""An answer whose own sentence does not fit what the question qualifies is no answer
(search/answer_agreement.py, read before the no-answer line in search/qa.py): the head of one
county for "another county's head?", and the year a drug's licence was bought abroad for "when
is it launched in Vietnam?", over articles that never say either.  Dev round 27 answered both
kinds (another county's head; a past year for a launch abroad at 0.779).  The answers the text
does give are kept.  Real Kiwi, real e5 embeddings, real FAISS; the sentences are our own."""

from __future__ import annotations

import pytest
from article_kb import article_kb

FLOOD = (
    "집중호우 피해 충북 3개 군, 특별재난지역 선포 요청\n"
    "충청북도 보은군과 옥천군, 영동군이 지난주 집중호우로 입은 피해가 1200억 원을 넘는 것으로 "
    "집계됐다.\n"
    "충북도는 12일 세 군의 피해 복구를 위해 정부에 특별재난지역 선포를 요청했다고 밝혔다. 피해가 "
    "가장 큰 곳은 보은군으로 주택 140채가 물에 잠겼다.\n"
    '정미란 보은군수는 "주민들이 하루빨리 집으로 돌아갈 수 있도록 복구를 서두르겠다"고 말했다.\n'
    "옥천군에서는 하천 제방 두 곳이 무너져 농경지 80ha가 침수됐다."
)
DRUG = (
    "관절염 치료제 '누리젠' 내달부터 건보 적용\n"
    "한결제약의 류마티스 관절염 치료제 '누리젠'이 다음 달 1일부터 건강보험 급여 대상이 된다.\n"
    "보건복지부는 20일 건강보험정책심의위원회를 열고 누리젠의 급여 적용을 의결했다. 환자 부담은 "
    "한 달 48만 원에서 2만4000원으로 줄어든다.\n"
    "누리젠은 한결제약이 2018년 독일 제약사에서 기술을 사들여 개발한 약으로, 지난해 3월 허가를 "
    "받았다. 한결제약은 누리젠의 베트남 출시도 추진하고 있다."
)


@pytest.fixture(scope="module")
def flood(tmp_path_factory):
    with article_kb(tmp_path_factory, FLOOD, "flood", "집중호우 피해") as kb:
        yield kb


@pytest.fixture(scope="module")
def drug(tmp_path_factory):
    with article_kb(tmp_path_factory, DRUG, "drug", "관절염 치료제") as kb:
        yield kb


def test_another_countys_head_answers_nothing(flood):
    ans = flood.ask("영동군수는 누구인가?")
    assert ans.method == "none", (ans.answer, ans.confidence)


def test_the_countys_own_head_is_still_answered(flood):
    ans = flood.ask("보은군수는 누구인가?")
    assert ans.method != "none" and ans.answer == "정미란", (ans.answer, ans.confidence)


def test_a_date_of_an_act_elsewhere_answers_nothing(drug):
    ans = drug.ask("누리젠은 베트남에 언제 출시되나?")
    assert ans.method == "none", (ans.answer, ans.confidence)


def test_a_date_the_text_gives_is_still_answered(drug):
    ans = drug.ask("누리젠은 언제 허가를 받았나?")
    assert ans.method != "none" and ans.answer == "지난해 3월", (ans.answer, ans.confidence)
