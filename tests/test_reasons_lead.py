"""A why-question about an event the lead reports in other words than the question is answered
by the cause the lead writes as a noun ("…실적 악화로 공장 두 곳을 닫는다" then "…구조조정안을
확정했다"); a spokesperson's "…만큼" and the advantage of the chosen thing in a quote labelled
as the reason of another word ("아산은 …가까워 …"고 투자 배경을 설명했다), the clause of cause
of the sentence after the event's that writes what it happened to ("비계를 고정하던 철물이
…풀리면서"), and the reason of "이번 N은 …에 따른 것이다" answer too; money
spent ("…원을 들여") is no cause, and the lead's cause comes before a quote's aim ("…내일을
위해").  Real Kiwi, real e5 embeddings,
real FAISS; the shipped reader and calibration.  The articles are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

from search.caused import anchored_cause, noun_cause

CASES = [
    (
        "layoff",
        "누리소프트, 자회사 두 곳 정리…직원 200명 감원\n"
        "게임사 누리소프트가 모바일 매출 급감에 따른 적자 심화로 개발 자회사 두 곳을 닫고 "
        "직원 200명을 줄인다.\n"
        "누리소프트는 전체 직원의 18%를 내보내는 구조조정안을 확정했다고 3일 밝혔다.\n"
        '김하늘 누리소프트 대표는 "회사의 내일을 위해 어려운 결정을 내렸다"고 말했다.',
        "누리소프트가 구조조정을 하는 이유는?",
        "모바일 매출 급감에 따른 적자 심화",
    ),
    (
        "plant",
        "바른소재, 충북 음성에 5천억 원 들여 배터리 소재 공장 짓는다\n"
        "바른소재가 충북 음성에 5천억 원을 들여 양극재 공장을 짓는다.\n"
        "바른소재는 12일 충청북도와 투자협약을 맺었다고 밝혔다.\n"
        '정다온 대표는 "전기차 판매가 늘면서 주문이 밀려 있다"며 "음성은 주요 고객사 공장과 '
        '가까워 운송 시간을 줄일 수 있다"고 투자 배경을 설명했다.',
        "바른소재가 공장 부지로 음성을 고른 이유는?",
        "주요 고객사 공장과 가까워",
    ),
    (
        "scaffold",
        "부산 공사장서 비계 무너져 2명 다쳐\n"
        "부산 해운대구의 한 오피스텔 공사장에서 외벽 작업 중 비계가 무너져 작업자 2명이 다쳤다.\n"
        "경찰에 따르면 사고는 20일 오후 2시께 일어났다.\n"
        "비계를 고정하던 연결 철물이 강풍에 한꺼번에 풀리면서 작업자들이 5m 아래로 떨어졌다.",
        "비계가 무너진 이유는?",
        "연결 철물이 강풍에 한꺼번에 풀리면서",
    ),
    (
        "plan",
        "한빛통신, 2만 원대 요금제 내놔\n"
        "한빛통신은 월 2만 9000원에 데이터 6GB를 주는 요금제를 다음 달 1일 출시한다고 5일 "
        "밝혔다.\n"
        "요금제는 온라인으로만 가입할 수 있다.\n"
        "가입자는 첫 석 달 동안 데이터를 두 배로 받는다.\n"
        "이번 요금제 출시는 정부가 지난달 내놓은 '가계 통신비 절감 대책'에 따른 것이다.",
        "한빛통신이 2만 원대 요금제를 내놓은 이유는?",
        "가계 통신비 절감 대책",
    ),
    (
        "milk",
        "우유값 석 달째 올라\n"
        "흰 우유 소매가격이 석 달째 올랐다.\n"
        "유업계는 원유 가격이 여전히 높아 가격 강세가 이어질 것으로 보고 있다.\n"
        '한국낙농협회는 "새로 들인 젖소가 우유를 짜기까지 2년 넘게 걸리는 만큼 가격 강세는 '
        '한동안 이어질 것"이라고 말했다.',
        "한국낙농협회가 가격 강세가 이어질 것으로 보는 이유는?",
        "젖소가 우유를 짜기까지 2년 넘게 걸리는",
    ),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "lead") as kb:
        yield kb


@pytest.mark.parametrize(("doc", "question", "reason"), [(c[0], c[2], c[3]) for c in CASES])
def test_the_reason_the_lead_or_a_spokesman_gives(kb, doc, question, reason):
    ans = kb.ask(question)
    assert ans.answer is not None and reason in ans.answer, (ans.answer, ans.method)
    assert "들여" not in ans.answer


def test_a_noun_cause_without_its_actor():
    lead = "게임사 누리소프트가 모바일 매출 급감에 따른 적자 심화로 자회사 두 곳을 닫는다."
    assert noun_cause(lead) == "모바일 매출 급감에 따른 적자 심화로"
    assert noun_cause("누리소프트가 자회사 두 곳을 닫는다.") is None


@pytest.mark.parametrize(
    ("sentence", "events", "want"),
    [
        ("바른소재가 음성에 5천억 원을 들여 공장을 짓는다.", {"공장"}, None),
        (
            "젖소가 크기까지 2년 걸리는 만큼 가격 강세가 이어진다.",
            {"가격"},
            "젖소가 크기까지 2년 걸리는 만큼",
        ),
        ("놀랄 만큼 가격이 올랐다.", {"가격"}, None),
    ],
)
def test_spending_is_no_cause(sentence, events, want):
    assert anchored_cause(sentence, events) == want
