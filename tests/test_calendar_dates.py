"""A date asked and answered by a calendar quarter or a time relative to the article's date
(issue 13): "언제 양산하나?" is answered by "올해 3분기", "언제부터 시작하나?" by "다음 달 초"; a
measure or a count ("7년간", "6대") and a bare "이번" still are no date.  Real Kiwi, real e5
embeddings, real FAISS; the shipped reader and calibration.  The article is invented for the
test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "반도체 설계 기업 가온칩스, 저전력 NPU '누리원' 공개\n"
    "가온칩스는 7년간 개발한 저전력 신경망처리장치 '누리원'을 3일 공개했다. "
    "누리원은 기존 제품보다 전력을 30% 덜 쓴다. "
    '한다온 가온칩스 대표는 "올해 3분기 양산을 시작하는 누리원으로 데이터센터 시장을 '
    '공략하겠다"고 말했다. '
    "회사는 시제품 6대를 고객사에 보냈다. "
    "가온칩스는 다음 달 초부터 판교 연구소에서 고객 시연 행사를 연다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "quarters", "가온칩스 누리원") as kb:
        yield kb


def test_a_quarter_answers_when(kb):
    ans = kb.ask("누리원 양산은 언제 시작하나?")
    assert ans.answer is not None and "3분기" in ans.answer, (ans.answer, ans.method)
    assert ans.answer_type == "date"


def test_a_period_of_years_is_no_date():
    from search.fits import _calendar_period

    assert _calendar_period("올해 3분기")
    assert _calendar_period("2반기") and not _calendar_period("7년간")
    assert not _calendar_period("3분기 매출")


def test_a_relative_time_answers_when(kb):
    ans = kb.ask("가온칩스 고객 시연 행사는 언제부터 열리나?")
    assert ans.answer is not None and "다음 달 초" in ans.answer, (ans.answer, ans.method)


@pytest.mark.parametrize(
    "words, date",
    [
        (["다음", "달", "초"], True),
        (["내년", "상반기"], True),
        (["연내"], True),
        (["올해"], False),  # the start of "올해 3분기"
        (["이번"], False),  # "이번 투자": no time without a part after it
        (["다음", "단계"], False),
        (["다음", "달"], False),  # the start of "다음 달 16일"
    ],
)
def test_relative_dates(words, date):
    from search.answer_tables import answer_type_tables
    from search.candidate_kinds import _relative_date

    assert _relative_date(words, answer_type_tables()["units"]) is date
