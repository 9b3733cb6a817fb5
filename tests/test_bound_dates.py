"""A start or an end asked is answered only by a date written as one (search/bound_dates.py): a
start by the date news writes with 부터 ("오는 20일부터 판매한다", "내년 1월부터 적용된다"), not
by the day it was announced; an end by a date written with 까지 or a verb of ending ("2027년
3월까지", "내년 6월 만료된다"), and by none when the text writes no end (the year a group
debuted is no end of its contract).  Real Kiwi, real e5 embeddings, real FAISS; the articles
are invented for the test."""

from __future__ import annotations

import contextlib

import pytest
from article_kb import cases_kb

CASES = [
    (
        "codeshare",
        "한빛항공, 푸른항공과 공동운항 협정\n\n"
        "(부산=연합뉴스) 윤다솜 기자 = 한빛항공이 일본 푸른항공과 공동운항 협정을 맺었다고 3일 "
        "밝혔다. 두 회사는 오는 20일부터 부산~후쿠오카 등 4개 노선에서 상대 항공사 좌석을 "
        "자사 편명으로 판매한다.\n\n"
        "한빛항공은 2015년 부산에 본사를 두고 설립된 항공사로, 항공기 24대를 운영한다.",
    ),
    (
        "tariff",
        "누리전력, 심야 요금제 새로 내놔\n\n"
        "(서울=연합뉴스) 강하윤 기자 = 누리전력이 밤 시간대 전기 요금을 30% 깎아 주는 심야 "
        "요금제를 내놓는다고 5일 밝혔다. 새 요금제는 내년 1월부터 전국 가정에 적용된다.\n\n"
        "누리전력은 2010년 문을 연 전력 판매 회사다.",
    ),
    (
        "idol",
        "걸그룹 별하, 소속사와 갈등\n\n"
        "(서울=연합뉴스) 진서아 기자 = 걸그룹 별하(BYEOLHA) 멤버들이 소속사 은하엔터와 정산 "
        "문제로 갈등을 빚고 있다. 멤버들은 지난달 소속사에 전속계약 해지를 요구하는 "
        "내용증명을 보냈다.\n\n"
        "별하는 2020년 은하엔터에서 데뷔한 4인조 그룹으로, 데뷔곡 '푸른 새벽'이 음원 차트 "
        "1위에 오르며 이름을 알렸다.",
    ),
    (
        "lease",
        "다솜물류, 인천 창고 임대 계약 연장\n\n"
        "(인천=연합뉴스) 노이준 기자 = 다솜물류가 인천 남동구 물류창고의 임대 계약을 연장했다고 "
        "7일 밝혔다. 새 계약은 2029년 3월까지다. 다솜물류는 2012년 이 창고에 입주했다.",
    ),
    (
        "renewed",
        "솔빛유통, 김포 창고 임대 계약 연장\n\n"
        "(김포=연합뉴스) 남다은 기자 = 솔빛유통이 김포 물류창고의 임대 계약을 연장했다고 "
        "11일 밝혔다. 솔빛유통은 2014년 이 창고에 입주해 수도권 배송 거점으로 써 왔다.",
    ),
    (
        "coverage",
        "희망제약 폐암 신약, 다음 달부터 건강보험 적용\n\n"
        "(세종=연합뉴스) 하지우 기자 = 희망제약의 폐암 치료제 '루미렉스'가 다음 달 1일부터 "
        "건강보험 급여 대상이 된다. 보건복지부는 12일 심의위원회를 열고 루미렉스의 급여 "
        "적용을 의결했다고 밝혔다.\n\n"
        "희망제약은 2009년 세워진 항암제 전문 제약사다.",
    ),
    (
        "fleet",
        "다온항공, 소형 여객기 12대 도입\n\n"
        "(서울=연합뉴스) 채이안 기자 = 다온항공이 소형 여객기 12대를 들여오는 계약을 "
        "맺었다고 2일 밝혔다. 인도는 2027년 하반기 첫 3대를 시작으로 2030년까지 차례로 "
        "이뤄진다.\n\n"
        "다온항공은 2030년까지 기단을 30대로 늘린다는 계획이다.",
    ),
    (
        "depot",
        "바다물류, 평택 창고 떠난다\n\n"
        "(평택=연합뉴스) 유채원 기자 = 바다물류가 평택항 배후단지 창고를 비우기로 했다고 9일 "
        "밝혔다. 바다물류는 2016년 이 창고를 빌렸고, 임대 계약은 내년 6월 만료된다.",
    ),
]


@pytest.fixture(scope="module")
def kbs(tmp_path_factory):
    """A knowledge base of each article alone: what is asked is read from that article."""
    with contextlib.ExitStack() as stack:
        yield {
            doc: stack.enter_context(cases_kb(tmp_path_factory, [(doc, text)], doc))
            for doc, text in CASES
        }


@pytest.mark.parametrize(
    ("doc", "question", "date"),
    [
        # the base answered nothing (the noun 시작 is not written) or the year of moving in
        ("codeshare", "한빛항공과 푸른항공의 공동운항은 언제부터 시작되나?", "20일"),
        ("codeshare", "한빛항공 공동운항은 언제 시작되나?", "20일"),
        ("tariff", "누리전력 심야 요금제는 언제부터 시작되나?", "내년 1월"),
        ("lease", "다솜물류 인천 창고 임대 계약은 언제 끝나나?", "2029년 3월"),
        ("depot", "바다물류의 평택 창고 임대 계약은 언제 끝나나?", "내년 6월"),
        # 언제부터 asks a start whatever the verb: the base answered the day it was decided
        ("coverage", "루미렉스는 언제부터 건강보험이 적용되나?", "다음 달 1일"),
        # an English "when" reads a start by its Korean words: the base answered the day
        # it was announced
        ("codeshare", "When does the 한빛항공 codeshare start?", "20일"),
        # "첫 인도" asks the start: the base answered the year the deliveries end
        ("fleet", "다온항공 여객기 첫 인도는 언제인가?", "2027년"),
    ],
)
def test_a_start_or_an_end_is_a_date_written_as_one(kbs, doc, question, date):
    ans = kbs[doc].ask(question)
    assert date in (ans.answer or ""), ans.answer


@pytest.mark.parametrize(
    ("doc", "question"),
    [
        ("idol", "별하의 전속계약은 언제 끝나나?"),
        ("idol", "별하와 은하엔터의 계약은 언제 종료되나?"),
        # the base answered the year it moved in
        ("renewed", "솔빛유통의 김포 창고 임대 계약은 언제 끝나나?"),
        ("renewed", "솔빛유통 김포 창고 계약은 언제까지인가?"),
    ],
)
def test_no_end_written_is_no_answer(kbs, doc, question):
    ans = kbs[doc].ask(question)
    assert ans.answer is None, ans.answer


@pytest.mark.parametrize(
    ("doc", "question", "date"),
    [
        ("lease", "다솜물류는 언제 인천 창고에 입주했나?", "2012년"),
        ("depot", "바다물류는 언제 평택 창고를 빌렸나?", "2016년"),
        ("codeshare", "한빛항공은 언제 설립됐나?", "2015년"),
    ],
)
def test_other_dates_are_still_answered(kbs, doc, question, date):
    assert date in (kbs[doc].ask(question).answer or "")
