"""The right figure of a change, a frequency, a term and a cost (issue 13, held-out round 22's
misses): "낮춘 목표주가" is the figure after the change (search/change_sides.py), "일주일에 몇
번" is counted per the period asked (search/frequencies.py), "신임 대표 임기" is the term the
paragraph of the appointment writes, "공장 투자비" is the sum "들었다" or "투입했다" writes, and
"유치한 투자금" over an article that writes no investment is no answer, and "지분을 얼마에
인수하나" is the price (search/price_asks.py); "지금까지 유치한 투자금" is a running total, no
one round's figure (search/so_far.py).  Articles in our own
words; real Kiwi, embeddings and FAISS."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

from kg.resolve import Extraction
from search.change_sides import asked_side
from search.frequencies import asked_period
from search.question import analyze_question

ANALYSTS = """한결반도체, 2분기 영업이익 반토막…증권가 목표가 줄하향

(서울=연합뉴스) 기자 = 전력반도체 기업 한결반도체의 2분기 영업이익이 1년 전보다 절반 가까이 줄었다.

한결반도체는 2분기 영업이익이 87억 원으로 작년 같은 기간보다 48% 감소했다고 7일 공시했다. 매출은 1천240억 원이었다.

실적 발표 뒤 증권사들은 목표가를 잇달아 낮췄다. 초록증권은 한결반도체의 목표주가를 6만 5천 원에서 5만 2천 원으로 하향 조정했고, 바다투자증권 권도윤 연구원은 올해 영업이익 전망치를 520억 원에서 410억 원으로 내렸다. 해오름증권도 목표가를 종전 6만 원에서 15% 내린 5만 1천 원으로 고쳤다.

회사는 충남 아산 3공장이 내년 3월 완공되면 웨이퍼 월 생산능력이 2만 장에서 3만 5천 장으로 확대된다고 밝혔다.
"""

FERRY = """마루해운, 목포~제주 쾌속선 증편…하루 4회 운항

(목포=연합뉴스) 기자 = 여객선사 마루해운이 다음 달 1일부터 목포~제주 항로에 쾌속선 '바다누리호'를 하루 4회 띄운다고 12일 밝혔다.

바다누리호는 승객 420명과 차량 60대를 싣는 3천t급 여객선으로, 목포에서 제주까지 2시간 30분 만에 닿는다. 편도 운임은 성인 기준 3만 8천 원이다.

마루해운은 여름 성수기인 7~8월에는 완도~추자도 항로도 주 3회 운항할 계획이다.

마루해운은 이날 이사회를 열어 한서윤 전무를 새 대표이사로 선임했다. 임기는 2년이다. 마루해운은 새 선박 두 척을 들여오는 데 총 850억 원을 투입했다.
"""

FARES = """해솔시, 시내버스 요금 7년 만에 인상

(해솔=연합뉴스) 기자 = 해솔시가 다음 달 1일부터 시내버스 기본요금을 카드 기준 1천400원에서 1천650원으로 올린다고 3일 밝혔다.

해솔시는 연료비와 인건비가 오르면서 버스회사들의 적자가 커져 요금 조정이 불가피했다고 설명했다. 청소년 요금은 그대로 유지한다.
"""

STAKE = """새봄파트너스, 소라제약 경영권 인수…1천200억 원 규모

(서울=연합뉴스) 기자 = 사모펀드 운용사 새봄파트너스가 중견 제약사 소라제약의 경영권 지분 40%를 1천200억 원에 사들인다고 9일 밝혔다.

지분을 넘기는 쪽은 창업주 일가다. 소라제약의 지난해 매출은 2천100억 원, 영업이익은 180억 원이었다.
"""

ROUND = """물결바이오, 시리즈B 200억 원 유치

(서울=연합뉴스) 기자 = 바이오 스타트업 물결바이오가 시리즈B 투자 유치에서 200억 원을 확보했다고 4일 밝혔다.

이번 투자에는 가온벤처스와 누리인베스트먼트가 참여했다. 물결바이오는 투자금을 항암 신약 임상 2상에 쓸 계획이다.
"""

RUNNING = """한빛모빌리티, 시리즈C 300억 원 유치…누적 투자 720억 원

(서울=연합뉴스) 기자 = 전기 트럭 스타트업 한빛모빌리티가 시리즈C 투자 유치에서 300억 원을 확보했다고 11일 밝혔다. 이로써 누적 투자 유치액은 720억 원이 됐다.

한빛모빌리티는 2019년 설립 이후 지금까지 전기 트럭 1천800대를 팔았다.
"""

CASES = [("analysts", ANALYSTS), ("ferry", FERRY), ("fares", FARES), ("stake", STAKE)]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "figure-sides") as kb:
        yield kb


@pytest.fixture(scope="module")
def round_kb(tmp_path_factory):
    """An article of one funding round only (a knowledge base of its own: another article's
    total would be another company's)."""
    with cases_kb(tmp_path_factory, [("round", ROUND)], "one-round") as kb:
        yield kb


@pytest.fixture(scope="module")
def running_kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, [("running", RUNNING)], "running-total") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("증권사가 낮춘 목표주가는 얼마인가?", "to"),
        ("하향 조정한 전망치는?", "to"),
        ("인상된 요금은 얼마야?", "to"),
        ("증설 후 생산능력은?", "to"),
        ("3공장이 완공되면 월 생산능력은?", "to"),
        ("새 목표주가는 얼마인가?", "to"),
        ("낮추기 전 목표주가는?", "from"),
        ("목표주가를 낮춘 폭은?", ""),
        ("새 시멘트를 쓰면 탄소 배출이 얼마나 줄어?", ""),
        ("목표주가는 얼마인가?", ""),
    ],
)
def test_side_of_a_change_asked(question, side):
    assert asked_side(analyze_question(question, Extraction())) == side


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("일주일에 몇 번 다녀?", "week"),
        ("하루에 몇 편 뜨나?", "day"),
        ("한 달에 몇 회 열리나?", "month"),
        ("몇 번 운항하나?", ""),
    ],
)
def test_period_of_a_frequency_asked(question, period):
    assert asked_period(analyze_question(question, Extraction())) == period


@pytest.mark.parametrize(
    ("question", "want"),
    [
        # a verb of change written onto the asked noun: the figure after the change
        ("초록증권이 낮춘 한결반도체 목표주가는 얼마인가?", "5만 2천 원"),
        ("인상된 버스 기본요금은?", "1천650원"),
        # a word of before after a verb's 기: the figure before it
        ("낮추기 전 초록증권의 목표주가는?", "6만 5천 원"),
        # a word of after: the capacity once the plant runs ("완공되면 … 3만 5천 장으로 확대")
        ("3공장 완공 후 월 생산능력은?", "3만 5천 장"),
        ("아산 3공장이 완공되면 웨이퍼 월 생산능력은 얼마나 되나?", "3만 5천 장"),
        # a frequency asked per a period by another counter ("몇 차례": "주 3회"; "횟수")
        ("완도~추자도 항로는 일주일에 몇 차례 운항하나?", "3회"),
        ("바다누리호 운항 횟수는?", "4회"),
        # a new head's term, written in the paragraph that says 선임 ("신임": 선임, 내정)
        ("마루해운 신임 대표 임기", "2년"),
        # a cost asked by its noun, written by the verb of spending ("투입했다")
        ("마루해운 새 선박 투자비", "850억 원"),
        # 얼마에 with a verb of dealing asks the price, whatever 지분 measures (price_asks.py)
        ("새봄파트너스는 소라제약 지분을 얼마에 사들이나?", "1천200억 원"),
        ("새봄파트너스가 소라제약 지분 40%를 얼마에 인수하나?", "1천200억 원"),
        ("새봄파트너스가 사들이는 소라제약 지분은 몇 %?", "40%"),
    ],
)
def test_figure_asked(kb, question, want):
    ans = kb.ask(question)
    assert ans.method != "none" and want in ans.answer, (question, ans.answer)


@pytest.mark.parametrize(
    "question",
    [
        # the text writes no investment: no spending nor revenue figure answers 투자금
        "마루해운이 지금까지 유치한 투자금은 얼마인가?",
        # per a month: the text says only how often per day and per week
        "바다누리호는 한 달에 몇 번 운항하나?",
    ],
)
def test_no_figure_of_another_kind(kb, question):
    assert kb.ask(question).method == "none"


def test_old_end_of_a_change_read_across_its_change(kb):
    """The two ends of one change with its size between: "종전 6만 원에서 15% 내린 5만 1천 원으로"."""
    ans = kb.ask("해오름증권 목표가는 얼마에서 내려갔나?")
    # 0.8 before unit_families: "얼마" asks a level, so the change's size (15%) is no longer a
    # candidate, and the reader, which read the ends against it, is less sure (0.72); the old
    # end is still the answer.  A known cost, in bench/RESULTS.md (session 28)
    assert "6만 원" in ans.answer and ans.confidence >= 0.6


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("한빛모빌리티가 지금까지 유치한 투자금은 얼마인가?", "720억 원"),
        ("한빛모빌리티가 그동안 판매한 전기 트럭은 몇 대인가?", "1천800대"),
        ("한빛모빌리티가 이번에 유치한 투자금은?", "300억 원"),
    ],
)
def test_so_far_is_the_running_total(running_kb, question, want):
    ans = running_kb.ask(question)
    assert ans.method != "none" and want in ans.answer, (question, ans.answer)


@pytest.mark.parametrize(
    "question",
    [
        "물결바이오가 지금까지 유치한 투자금은 얼마인가?",
        "물결바이오가 현재까지 받은 투자금은 얼마?",
    ],
)
def test_so_far_over_one_round_is_unsaid(round_kb, question):
    assert round_kb.ask(question).method == "none"


def test_this_round_is_still_answered(round_kb):
    assert "200억 원" in round_kb.ask("물결바이오가 이번에 유치한 투자금은?").answer
