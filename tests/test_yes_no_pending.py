"""Yes/no about an act the text leaves pending, and about an amount the text writes otherwise
(issue 13, search/pending_acts.py, search/asked_amounts.py).

Pending: the act is only asked for ("허가를 신청했다", "예비심사를 청구했다", "승인을
요청했다", "허가 신청서를 제출했다") or the open question of a "whether" ("인수 여부는 …
결정된다", "재계약할지는 정해지지 않았다", "착공이 연내 이뤄질 지는 불투명하다"): a question
asking that it happened is 아니오, one asking whether it will 알 수 없음, and the request itself
stays 예; an act dated ahead ("내년 3월부터 하역 작업에 들어간다", "운행을 목표로") is
아니오 to "이미 …하고 있나?".  Amounts: "투자 규모는 200억 원이었나?" against "150억 원을 투자했다" is 아니오;
the written amount, by value ("1조 2천억 원" / "1조 2,000억원"), stays 예.  Real Kiwi, real
e5 embeddings, real FAISS; the articles are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.asked_amounts import amounts
from search.passages import sentence_tokens
from search.pending_acts import asked_act, pending_at

LICENCE = (
    "가온모빌리티, 자율주행 셔틀 운행 허가 신청\n"
    "가온모빌리티가 국토교통부에 세종시 자율주행 셔틀 유상 운송 허가를 신청했다고 8일 밝혔다. "
    "허가 여부는 내년 2월 결정된다.\n"
    "회사는 지난달 코스닥 상장을 위한 예비심사를 한국거래소에 청구했다.\n"
    "세종시와의 실증 계약은 올해 말 끝난다. 계약이 끝난 뒤 재계약할지는 아직 정해지지 않았다.\n"
    "대전 신사옥 착공이 연내 이뤄질 지는 불투명하다.\n"
    "가온모빌리티는 부산시와 자율주행 셔틀 실증 협약을 맺고 차량 10대를 들여왔다. "
    "회사는 2026년 하반기 부산 시내 노선 운행을 목표로 하고 있다. "
    "충전 설비 공급 계약은 지난 5월 맺었다.\n"
    "회사는 총 800억 원을 투입해 셔틀 50대를 새로 들인다. "
    "정부 지원금을 받을 수 있을지는 불확실하다."
)

MERGER = (
    "한울해운, 바다로지스 합병 승인 요청\n"
    "한울해운은 바다로지스와의 합병 승인을 공정거래위원회에 요청했다고 17일 밝혔다. "
    "두 회사는 합병 비율을 1대 0.42로 정했다.\n"
    "한울해운은 올해 선박 4척을 새로 들였다. 회사는 1조 2,000억원을 들여 부산 신항에 "
    "전용 터미널을 짓고 있다.\n"
    "한울해운의 지난해 매출은 3조 4천억 원이었고, 영업이익률은 8.5%였다. "
    "직원은 1200명이다.\n"
    "한울해운은 지난달 신항 터미널 공사를 마쳤다. 터미널은 내년 3월부터 하역 작업에 들어간다."
)


@pytest.fixture(scope="module")
def licence(tmp_path_factory):
    with article_kb(tmp_path_factory, LICENCE, "gaon", "가온모빌리티 허가 신청") as kb:
        yield kb


@pytest.fixture(scope="module")
def merger(tmp_path_factory):
    with article_kb(tmp_path_factory, MERGER, "hanul", "한울해운 합병 승인 요청") as kb:
        yield kb


def test_asked_act_and_pending_sentences():
    assert asked_act(sentence_tokens("가온모빌리티는 운송 허가를 받았나?")) == "허가"
    assert asked_act(sentence_tokens("합병은 승인되나?")) == "승인"
    assert asked_act(sentence_tokens("실증 계약을 재계약하나?")) == "계약"  # 재/XPN 계약
    assert pending_at(sentence_tokens("합병 승인을 공정위에 요청했다."), "승인") == "asked"
    assert pending_at(sentence_tokens("품목 허가 신청서를 냈다."), "허가") == "asked"
    assert pending_at(sentence_tokens("착공이 연내 이뤄질 지는 불투명하다."), "착공") == "open"
    assert pending_at(sentence_tokens("공정위는 합병을 승인했다."), "승인") is None


@pytest.mark.parametrize(
    "question, verdict",
    [
        ("가온모빌리티는 자율주행 셔틀 운송 허가를 받았나?", "아니오"),  # 신청했다
        ("가온모빌리티의 셔틀 운송 허가는 내년 2월 나오나?", "알 수 없음"),  # 허가 여부는
        ("가온모빌리티는 세종시와 재계약하나?", "알 수 없음"),  # 재계약할지는
        ("가온모빌리티는 운송 허가를 신청했나?", "예"),  # the request itself
    ],
)
def test_licence_pending(licence, question, verdict):
    ans = licence.ask(question)
    assert ans.answer == verdict, (ans.answer, ans.evidence[:1])
    assert ans.confidence < 0.8 or verdict == "예"


@pytest.mark.parametrize(
    "question, verdict",
    [
        ("한울해운과 바다로지스의 합병은 승인을 받았나?", "아니오"),  # 승인을 요청했다
        ("한울해운은 바다로지스와의 합병 승인을 요청했나?", "예"),
    ],
)
def test_merger_pending(merger, question, verdict):
    ans = merger.ask(question)
    assert ans.answer == verdict, (ans.answer, ans.evidence[:1])


@pytest.mark.parametrize(
    "kb, question, verdict",
    [
        ("licence", "가온모빌리티는 이미 부산에서 셔틀을 운행하고 있나?", "아니오"),  # 목표로
        ("merger", "한울해운 신항 터미널은 현재 하역 작업을 하고 있나?", "아니오"),  # 내년 3월부터
        ("licence", "가온모빌리티는 충전 설비 공급 계약을 맺었나?", "예"),  # 지난 5월 맺었다
        ("licence", "가온모빌리티는 정부 지원금을 받나?", "알 수 없음"),  # 받을 수 있을지는
        ("licence", "가온모빌리티는 셔틀 도입에 1000억 원을 투입하나?", "아니오"),  # 800억 원
    ],
)
def test_dated_ahead_is_not_done(request, kb, question, verdict):
    ans = request.getfixturevalue(kb).ask(question)
    assert ans.answer == verdict, (ans.answer, ans.evidence[:1])


def test_amounts_by_value():
    assert amounts("1조 2,000억원을 들였다.") == amounts("1조 2천억 원을 들였다.")
    assert amounts("매출은 200억~300억 원이다.")[0][1] == ""  # a range holds any amount


@pytest.mark.parametrize(
    "question, verdict",
    [
        ("한울해운의 지난해 매출은 4조 원이었나?", "아니오"),  # 3조 4천억 원
        ("한울해운의 지난해 매출은 3조 4000억 원이었나?", "예"),  # the same by value
        ("한울해운의 영업이익률은 10%였나?", "아니오"),  # 8.5%
        ("한울해운 직원은 1500명인가?", "아니오"),  # 1200명
        ("한울해운은 터미널에 1조 2천억 원을 들이나?", "예"),  # "1조 2,000억원"
    ],
)
def test_amount_written_otherwise(merger, question, verdict):
    ans = merger.ask(question)
    assert ans.answer == verdict, (ans.answer, ans.evidence[:1])
