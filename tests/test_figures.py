"""Figures by what they measure (issue 13): a question asking a share in % is no price, a
share of one party is not the other's, a range or an approximation is answered whole, a count
asked by its counter is a number of that counter, a growth against a base is its percentage.
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.figures import whole_figure
from search.spans import tokens_of

ARTICLE = (
    "한결화학, 배터리 소재 기업 다솜머티리얼즈 인수\n"
    "중견 화학사 한결화학이 배터리 소재 스타트업 다솜머티리얼즈를 인수한다. "
    "한결화학은 다솜머티리얼즈 지분 72%를 860억 원에 취득하기로 결의했다고 4일 공시했다. "
    "대금은 구주 매입 600억 원과 신주 인수 260억 원으로 나뉜다.\n"
    "두 회사는 따로 합작법인 '한결다솜에너지'도 세운다. "
    "합작법인 지분은 한결화학이 55%, 다솜머티리얼즈가 45%를 각각 보유한다. "
    "합작법인에는 2030년까지 총 2400억 원이 들어가며, 이 가운데 한결화학이 1500억 원, "
    "다솜머티리얼즈가 900억 원을 낸다.\n"
    "다솜머티리얼즈는 배터리 셀 사진 약 2만 4000장을 모아 검사 AI 학습에 썼다. "
    "다솜머티리얼즈의 3분기 영업이익은 120억 원으로 전년 대비 85% 늘었다. "
    '강도윤 다솜머티리얼즈 대표는 "내년 매출은 1조 2000억~1조 4000억 원 사이가 될 것"이라고 '
    "전망했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "figures", "한결화학 다솜머티리얼즈 인수") as kb:
        yield kb


TOTALS = (
    "물류 로봇 스타트업 바름로보틱스, 300억 원 시리즈B 유치\n"
    "물류 로봇 스타트업 바름로보틱스가 300억 원 규모의 시리즈B 투자를 유치했다고 5일 밝혔다. "
    "이번 투자에서 인정받은 기업가치는 약 2500억 원이다. "
    "이로써 회사가 지금까지 모은 누적 투자금은 520억 원이 됐다.\n"
    "바름로보틱스는 세종시와 함께 스마트 물류 단지를 짓는다. 2027년부터 3년간 총 960억 원이 "
    "들어가며, 이 가운데 시비가 400억 원, 국비가 350억 원이고 나머지 210억 원은 바름로보틱스가 낸다."
)


@pytest.fixture(scope="module")
def totals_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, TOTALS, "totals", "바름로보틱스 시리즈B") as kb:
        yield kb


@pytest.mark.parametrize(
    "question, total",
    [
        ("바름로보틱스 누적 투자 유치액", "520억 원"),  # every round, not this one's 300억 원
        ("스마트 물류 단지 총사업비", "960억 원"),  # the sum, not the city's 400억 원
    ],
)
def test_a_total_asked_is_the_total(totals_kb, question, total):
    assert total in _said(totals_kb, question)


def _said(kb, question: str) -> str:
    ans = kb.ask(question)
    return ans.answer or ""


def test_a_share_asked_in_percent_is_no_price(kb):
    assert "72%" in _said(kb, "한결화학이 취득하는 다솜머티리얼즈 지분은 몇 %인가?")


def test_a_price_asked_is_what_was_paid(kb):
    # "860억 원에 취득": the price, not "신주 인수 260억 원", one part of it
    said = _said(kb, "다솜머티리얼즈 인수 금액")
    assert "860억 원" in said and "260억" not in said, said


def test_whose_share_it_is(kb):
    said = _said(kb, "다솜머티리얼즈가 갖는 합작법인 지분은 몇 %인가?")
    assert "45%" in said and "55%" not in said, said


def test_what_share_in_english_is_a_percentage(kb):
    # "share" asks a rate: the owner's percentage, no price ("860억 원" at 52081f8)
    said = _said(kb, "What share of 한결다솜에너지 does 다솜머티리얼즈 hold?")
    assert "45%" in said and "55%" not in said, said


def test_each_partys_part_of_a_total(kb):
    # "총 2400억 원 ... 이 가운데 한결화학이 1500억 원, 다솜머티리얼즈가 900억 원": 900억 원
    # at 52081f8; neither the other's part nor the total
    said = _said(kb, "한결화학이 합작법인에 내는 돈은 얼마인가?")
    assert "1500억 원" in said and "900억" not in said and "2400억" not in said, said


def test_a_partys_part_of_a_total(kb):
    said = _said(kb, "다솜머티리얼즈가 합작법인에 내는 금액은?")
    assert "900억 원" in said and "2400억" not in said, said


def test_a_count_asked_by_its_counter(kb):
    # the approximation whole, no bare number and no name of the sentence
    assert "약 2만 4000장" in _said(kb, "다솜머티리얼즈가 학습에 쓴 사진은 몇 장인가?")


def test_growth_against_a_base_is_its_percentage(kb):
    assert "85%" in _said(kb, "다솜머티리얼즈 3분기 영업이익은 전년 대비 몇 % 늘었나?")


def test_a_range_is_answered_whole(kb):
    assert "1조 2000억~1조 4000억 원" in _said(kb, "다솜머티리얼즈의 내년 매출 전망치는?")


def test_percent_after_myeot_is_the_asked_counter():
    asked = read_asked(tokens_of(kiwi().tokenize("합작법인 지분은 몇 %인가?")))
    assert (asked.kind, asked.head, asked.unit) == ("number", "지분", "%")


@pytest.mark.parametrize(
    "sentence, piece, whole",
    [
        ("전망치로 1조 2000억~1조 4000억 원을 제시했다.", "2000억", "1조 2000억~1조 4000억 원"),
        ("시제품 약 2만 4000개를 공급했다.", "2만 4000개", "약 2만 4000개"),
        ("원고들에게 5억여 원을 배상하라고 했다.", "5억", "5억여 원"),
        ("모두 3억 2000만 원을 지급하라", "2000만", "3억 2000만 원"),
        ("배당금 4명 원고에게", "4명", "4명"),  # 원고 is no unit of money
        ("2027년 3월에 가동한다.", "2027년", "2027년"),  # a date is no figure here
        ("상담의 60%를 맡는다.", "60%를", "60%"),  # the particle is no part of it
        ("로마 숫자로 1도 화음이다.", "1도", "1도"),  # 도 is its counter, no particle
        # 약 (about) is a word of its own, never the end of 신약 or 계약 (realqa34's probe: "약 47개")
        ("상반기 신약 47개를 허가했다.", "47개", "47개"),
        ("공급 계약 45억 원을 맺었다.", "45억", "45억 원"),
    ],
)
def test_whole_figure(sentence, piece, whole):
    at = sentence.index(piece)
    assert whole_figure(sentence, at, at + len(piece)) == whole


SUIT = (
    "솔빛출판, 한빛AI에 12억 원 손해배상 소송\n"
    "출판사 솔빛출판이 AI 기업 한빛AI를 상대로 서울중앙지법에 소송을 냈다고 3일 밝혔다. "
    "솔빛출판은 한빛AI가 자사 그림책 삽화를 허락 없이 AI 학습에 썼다며 12억 원의 손해배상을 "
    "청구하는 소송을 함께 냈다. 첫 변론은 다음 달 열린다.\n"
    "한빛AI는 학습에 쓴 자료는 모두 적법하게 구했다고 반박했다."
)


@pytest.fixture(scope="module")
def suit_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, SUIT, "suit", "솔빛출판 한빛AI 소송") as kb:
        yield kb


def test_a_sum_claimed_is_no_sum_awarded(suit_kb):
    # no court has ruled: the 12억 원 claimed is no answer (a confident "12억 원" at 52081f8)
    ans = suit_kb.ask("법원이 인정한 배상액은 얼마인가?")
    assert ans.method == "none", (ans.answer, ans.confidence)


def test_a_claim_asked_is_the_sum_claimed(suit_kb):
    assert "12억 원" in _said(suit_kb, "솔빛출판이 청구한 손해배상 금액은?")
