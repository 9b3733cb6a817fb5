"""A figure asked by the noun it measures: "계약 규모", "누적 투자 유치액", "공급 계약의 금액",
"X 지분", "판매 부수", "반납 기한", "몇 개 나라" are answered by the figure their sentence writes
with that noun (or counter), not by another figure of the same kind nor by a phrase of words.
Real Kiwi, real e5 embeddings, real FAISS; the articles are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

DEAL = (
    "청람로보틱스, 물류 로봇 공급 계약…누적 투자 유치액 210억원\n"
    "물류 로봇 기업 청람로보틱스는 유통기업 다온마트와 자율주행 운반 로봇 공급 계약을 "
    "맺었다고 9일 밝혔다. 로봇은 다온마트 물류센터 12곳에 차례로 들어간다. 계약 규모는 "
    "5년간 약 95억원이다. 청람로보틱스는 지난해 매출 380억원을 기록했다. 청람로보틱스의 "
    "누적 투자 유치액은 지난달 받은 시리즈B 투자 80억원을 더해 210억원이 됐다. "
    "청람로보틱스는 다온마트와 함께 세우는 합작법인에 300억원을 출자해 지분 40%를 갖는다. "
    "다온마트는 기존 창고 임대 계약에 따라 반납 기한인 2028년 6월 말까지 구형 설비를 "
    "비워야 한다."
)

TRIAL = (
    "한결바이오, 위암 신약 3상 결과 발표\n"
    "한결바이오는 위암 치료 후보물질 'HG-204'의 임상 3상이 일본과 독일 등 9개국 "
    "143개 병원에서 환자 870명을 대상으로 진행됐다고 2일 밝혔다. 한결바이오와 미국 파트너 노스렌이 함께 세우는 공동 개발 법인은 "
    "한결바이오가 지분 51%를, 노스렌이 49%를 나눠 갖는다. 원작 소설 '푸른 항구'는 "
    "누적 조회수 8억 회, 단행본은 국내에서 65만 부가 팔렸다."
)


@pytest.fixture(scope="module")
def deal(tmp_path_factory):
    with article_kb(tmp_path_factory, DEAL, "cheongram", "청람로보틱스 공급 계약") as kb:
        yield kb


@pytest.fixture(scope="module")
def trial(tmp_path_factory):
    with article_kb(tmp_path_factory, TRIAL, "hangyeol", "한결바이오 3상") as kb:
        yield kb


def test_figure_written_with_the_noun_asked(deal):
    """ "계약 규모" is the figure written "계약 규모는 ... 95억원", not the 210억원 of the headline's
    누적 투자 유치액 (nor the 12곳, 380억원, 80억원 the other sentences write)."""
    ans = deal.ask("청람로보틱스 다온마트 로봇 계약 규모")  # '210억원' at 2c3b92e
    assert "95억원" in ans.answer, (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize(
    ("question", "want", "kind"),
    [
        ("청람로보틱스 지분", "40%", "number"),  # a phrase of words at 2c3b92e
        ("구형 설비 반납 기한", "2028년 6월", "date"),  # a phrase of words at 2c3b92e
    ],
)
def test_measure_asked_bare(deal, question, want, kind):
    ans = deal.ask(question)
    assert want in ans.answer, (ans.answer, ans.method, ans.confidence)
    assert ans.answer_type == kind


def test_copies_sold_asked_bare(trial):
    ans = trial.ask("푸른 항구 단행본 판매 부수")
    assert "65만 부" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_count_of_the_noun_after_its_counter(trial):
    ans = trial.ask("HG-204 임상 3상은 몇 개 나라에서 진행됐나?")
    assert ans.answer == "9개국", (ans.answer, ans.method, ans.confidence)


def test_unwritten_noun_is_still_no_answer(deal):
    """The bare measure reading gives no figure the text never writes: 청람로보틱스's stake in
    다온마트 itself is nowhere."""
    ans = deal.ask("청람로보틱스의 다온마트 시가총액")
    assert ans.method == "none", (ans.answer, ans.method, ans.confidence)


def test_stake_of_the_holder_named(trial):
    """ "A가 지분 51%를, B가 49%를": B's stake is the figure after B, 지분 left out there."""
    ans = trial.ask("노스렌 지분")  # a phrase of words at 2c3b92e, '51%' before figure_owners
    assert ans.answer == "49%", (ans.answer, ans.method, ans.confidence)
