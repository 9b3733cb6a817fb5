"""A why-question is answered by the reason a later sentence states — after a topic of reason
("…의 배경에는 X가 있다", "…의 이유로는 X가 꼽힌다", "…을 결정한 데는 X가 작용했다"), as the
subject a reader names the reason ("X가 철수의 원인으로 보고 있다", "X가 확대의 배경이 됐다"),
ending on a noun of reason ("…늦어진 탓이다", "…늘어난 덕분이라는 분석이다") or in a
spokesperson's quote that writes a cause — never by the headline or the lead that restate the
event; and when the article gives no reason, by nothing.  Real Kiwi, real e5 embeddings, real
FAISS; the shipped reader and calibration.  The articles are invented for the test (the shapes
are real news's: a layoff, a withdrawal, a delay, a profit jump, a fare rise, a closure)."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

from kg.resolve import Extraction
from search.caused import event_words
from search.question import analyze_question
from search.stated_reasons import asked_predicates, repeats_question, stated_reason

CASES = [
    (
        "layoff",
        "한결항공, 창사 첫 희망퇴직 실시\n"
        "한결항공이 창사 이후 처음으로 희망퇴직을 실시한다.\n"
        "한결항공은 근속 15년 이상 직원을 대상으로 이달 말까지 희망퇴직 신청을 받는다고 3일 "
        "밝혔다.\n"
        "이번 희망퇴직의 배경에는 3년째 이어진 영업적자가 있다. 유가와 환율이 함께 오르면서 "
        "비용 부담이 커졌다.",
        "한결항공이 희망퇴직을 실시하는 배경은?",
        "3년째 이어진 영업적자",
    ),
    (
        "exit",
        "세림전자, 태양광 패널 사업 접는다\n"
        "세림전자가 태양광 패널 사업에서 철수한다.\n"
        "세림전자는 충북 공장의 태양광 패널 생산을 연말까지 중단하기로 했다고 8일 공시했다.\n"
        "업계는 중국산 저가 패널의 공세로 수익을 내기 어려워진 것이 철수 결정의 원인으로 보고 "
        "있다.",
        "세림전자가 태양광 패널 사업에서 철수하는 이유는?",
        "중국산 저가 패널의 공세",
    ),
    (
        "port",
        "부산 신항 2부두 개장 연기\n"
        "부산 신항 2부두 개장이 내년 3월로 미뤄졌다.\n"
        "부산항만공사는 당초 이달 예정이던 2부두 개장을 내년 3월로 연기한다고 5일 밝혔다.\n"
        "하역 장비를 실은 화물선의 도착이 두 달가량 늦어진 탓이다.",
        "2부두 개장이 연기된 이유는?",
        "화물선의 도착이 두 달가량 늦어진",
    ),
    (
        "profit",
        "한별화학 3분기 영업이익 2배로\n"
        "한별화학의 3분기 영업이익이 지난해 같은 기간의 두 배로 늘었다.\n"
        "한별화학은 3분기 영업이익이 1200억원으로 집계됐다고 30일 공시했다. 고부가 소재인 특수 "
        "수지의 판매가 늘어난 덕분이라는 분석이다.",
        "한별화학의 영업이익이 늘어난 이유는?",
        "특수 수지의 판매가 늘어난",
    ),
    (
        "fare",
        "미르버스, 시외버스 요금 10% 올린다\n"
        "미르버스가 시외버스 요금을 평균 10% 올린다.\n"
        "미르버스는 다음 달 15일부터 시외버스 24개 노선의 요금을 인상한다고 2일 밝혔다.\n"
        '회사 관계자는 "경유 가격과 정비 인건비가 크게 올라 노선을 유지하기 어려운 상황"이라고 '
        "말했다.",
        "미르버스가 요금을 올리는 이유는?",
        "경유 가격과 정비 인건비가 크게 올라",
    ),
    (
        "close",
        "가온마트 대구점 문 닫는다\n"
        "가온마트가 대구점 영업을 이달 말 종료한다.\n"
        "가온마트는 14일 대구점의 영업을 30일까지만 한다고 밝혔다.\n"
        "폐점을 결정한 데는 인근에 대형 복합쇼핑몰이 들어서며 방문객이 절반 가까이 줄어든 점이 "
        "크게 작용했다.",
        "가온마트가 대구점 영업을 종료하는 이유는?",
        "방문객이 절반 가까이 줄어든",
    ),
    (
        "bus",
        "서울시, 심야버스 노선 2배로 늘린다\n"
        "서울시가 심야버스 노선을 두 배로 늘린다.\n"
        "서울시는 내년 1월부터 심야버스 노선을 14개에서 28개로 확대한다고 20일 밝혔다.\n"
        "택시 승차난이 이어지며 시민 불편이 커진 것이 이번 확대의 배경이 됐다.",
        "서울시가 심야버스 노선을 늘리는 이유는?",
        "택시 승차난이 이어지며",
    ),
    (
        "court",
        "법원, 누리시 소각장 공사 중지 가처분 기각\n"
        "누리시 소각장 공사를 멈춰 달라는 주민들의 가처분 신청이 기각됐다.\n"
        "서울행정법원은 12일 주민 140여명이 누리시를 상대로 낸 공사 중지 가처분 신청을 "
        "기각했다.\n"
        "재판부는 공사로 주민들이 회복하기 어려운 손해를 입는다는 점이 충분히 소명되지 않았다고 "
        "판단했다.",
        "주민들의 가처분이 기각된 이유는 무엇인가?",
        "충분히 소명되지 않았다",
    ),
    (
        "hire",
        "미래은행, 경력직 200명 채용\n"
        "미래은행이 디지털 부문 경력직 200명을 뽑으면서 채용 규모를 두 배로 늘렸다.\n"
        "미래은행은 다음 달 10일까지 지원서를 받는다고 3일 밝혔다.\n"
        '미래은행 관계자는 "앱 개발 인력이 부족해 서비스 출시가 늦어지고 있다"고 말했다.',
        "미래은행이 경력직을 뽑는 이유는?",
        "앱 개발 인력이 부족해",
    ),
    (
        "cafe",
        "솔빛커피, 강남에 1호 매장 열어\n"
        "솔빛커피가 서울 강남역 인근에 1호 매장을 열었다.\n"
        "솔빛커피는 9일 강남 매장에서 개점 행사를 열고 첫 주 동안 음료를 반값에 판매한다고 "
        "밝혔다.\n"
        "매장은 2층 규모로 좌석 80석을 갖췄다.",
        "솔빛커피가 강남에 매장을 연 이유는?",
        None,
    ),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "stated") as kb:
        yield kb


@pytest.mark.parametrize(("doc", "question", "reason"), [(c[0], c[2], c[3]) for c in CASES])
def test_the_stated_reason_answers_not_the_lead(kb, doc, question, reason):
    ans = kb.ask(question)
    if reason is None:  # the article gives no reason: the lead restating the event is none
        assert ans.method == "none", (ans.answer, ans.method)
        return
    assert ans.answer is not None and reason in ans.answer, (ans.answer, ans.method)
    lead = next(c[1] for c in CASES if c[0] == doc).split("\n")[1]
    assert ans.answer != lead.strip()


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("원가 상승의 배경에는 국제 곡물 가격 급등이 있다.", "국제 곡물 가격 급등"),
        ("감산의 이유로는 재고가 석 달 치로 쌓인 점이 꼽힌다.", "재고가 석 달 치로 쌓인 점"),
        ("사고 원인은 정비 기록 누락이다.", "정비 기록 누락"),
        (
            "요금을 올린 이유는 전기료가 오르고 있기 때문이라는 게 회사 측 설명이다.",
            "전기료가 오르고 있기 때문",
        ),
        ("이번 인상은 2년 만이다.", None),
        (
            "업계는 폐업이 늘어나는 까닭이 임대료와 수수료 부담이 겹쳤기 때문이라고 분석했다.",
            "임대료와 수수료 부담이 겹쳤기 때문",
        ),
        ("회사가 사업을 접은 것은 수익성 악화 탓으로 분석된다.", "수익성 악화 탓"),
        ("업계에서는 고금리가 이유인 것으로 보고 있다.", "고금리"),
        ("이 회사는 이유 없이 가격을 올렸다.", None),
        ("노조 파업이 생산 차질의 원인으로 꼽힌다.", "노조 파업"),
        ('대변인은 "부품 공급이 끊겨 공장을 세울 수밖에 없었다"고 밝혔다.', "부품 공급이 끊겨"),
        ('대변인은 "다음 주 새 제품을 공개한다"고 밝혔다.', None),
    ],
)
def test_stated_reason_reads_the_family(sentence, reason):
    found = stated_reason(sentence)
    if reason is None:
        assert found is None, found
    else:
        assert found is not None and reason in found, found


def test_what_for_asks_why(kb):
    ans = kb.ask("한결항공은 무엇 때문에 희망퇴직을 받나?")
    assert ans.answer is not None and "영업적자" in ans.answer, (ans.answer, ans.method)


@pytest.mark.parametrize(
    ("question", "predicates"),
    [
        ("주민들의 가처분이 기각된 이유는 무엇인가?", {"기각"}),
        ("회사가 신작 출시를 미룬 이유는?", {"미루"}),
        ("왜 요금을 올렸나?", {"올리"}),
    ],
)
def test_the_asked_predicates_are_the_verbs_of_the_event(question, predicates):
    q = analyze_question(question, Extraction())
    assert asked_predicates(q, event_words(q)) == predicates


@pytest.mark.parametrize(
    ("question", "clause", "repeats"),
    [
        ("알펜메드가 다음 달 초 이사회를 여는 이유는?", "알펜메드가 이사회를 열어", True),
        (
            "미래은행이 경력직을 뽑는 이유는?",
            "미래은행이 디지털 부문 경력직 200명을 뽑으면서",
            True,
        ),
        ("한결항공이 희망퇴직을 받는 이유는?", "3년째 이어진 영업적자", False),
        ("주가가 급락한 이유는?", "실적 악화 우려", False),
        ("한별화학의 영업이익이 늘어난 이유는?", "특수 수지의 판매가 늘어난 덕분", False),
    ],
)
def test_a_clause_that_restates_the_event_is_no_reason(question, clause, repeats):
    assert repeats_question(analyze_question(question, Extraction()), clause) is repeats
