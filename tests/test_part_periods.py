"""A figure of another part of the year loses (search/part_periods.py, prior_periods.py): earnings
news writes a quarter, the half it closes and the quarter before in one story, and a question
naming one of them ("1분기 순이익은?", "지난해 4분기 점유율은?") is answered only by a figure
written after that period.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented for
the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.part_periods import other_part, part_figures
from search.question import Question
from search.reader import Candidate
from search.spans import Span

ARTICLE = (
    "한솔금융, 상반기 순이익 1조6160억\n"
    "한솔금융지주는 올해 2분기(4∼6월) 당기순이익이 8210억 원으로 1분기(1∼3월·7950억 원)에 "
    "이어 최대 분기 이익을 냈다고 24일 밝혔다. 상반기 당기순이익도 1조6160억 원으로 전년 "
    "동기(1조4020억 원)를 넘어섰다.\n"
    "누리반도체는 지난해 4분기 점유율 38%로 한빛메모리에 이어 2위였다. 한빛메모리는 55% 점유율로 "
    "1위를 지켰으나 올 3분기 점유율은 이전 분기(61%) 대비 6%포인트 하락했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "parts", "한솔금융 실적") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("한솔금융지주 1분기 순이익은?", "7950억 원"),  # no half's 1조6160억 원
        ("한솔금융지주 상반기 당기순이익은?", "1조6160억 원"),  # no quarter's
        ("한솔금융지주 2분기 당기순이익은?", "8210억 원"),
        ("누리반도체 지난해 4분기 점유율은?", "38%"),  # not the 3분기 story's 이전 분기(61%)
        ("한빛메모리 이전 분기 점유율은?", "61%"),  # the quarter before, asked as such
    ],
)
def test_a_figure_of_another_part_of_the_year_loses(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, ans


@pytest.mark.parametrize(
    ("question", "window", "other"),
    [
        ("1분기 순이익은?", "밝혔다. 상반기 당기순이익도 ", True),  # a half's figure
        ("상반기 매출은?", "2분기 매출은 ", True),  # a quarter's figure
        ("1분기 순이익은?", "1분기(1∼3월·", False),  # the same kind
        ("상반기 매출은?", "1분기 매출은 210억원, 상반기 매출은 ", False),  # the nearest counts
        ("1분기 순이익은?", "당기순이익은 ", False),  # no period written
        ("순이익은?", "상반기 당기순이익도 ", False),  # none asked
        ("상반기와 2분기 매출은?", "상반기 매출은 ", False),  # both asked
        ("2분기 영업이익은?", "영업이익은 1분기 ", True),  # another quarter
        ("2분기 영업이익은?", "1분기 415억원, 2분기 ", False),  # the nearest is the asked one
        ("1분기 점유율은?", "올해 1, 2분기 점유율이 각각 ", False),  # a list names both
        ("3분기 점유율은?", "올해 1, 2분기 점유율이 각각 ", True),
        ("1/4분기 매출은?", "1/4분기 매출은 ", False),  # the first quarter, not the fourth
        ("4분기 매출은?", "1/4분기 매출은 ", True),
        ("2분기 매출은?", "12분기 연속 흑자로 매출은 ", False),  # no quarter: a count of them
    ],
)
def test_other_part(question, window, other):
    assert other_part(question, window) is other


def _cand(text: str, start: int, probability: float) -> Candidate:
    span = Span(text=text, start=start, end=start + len(text), first=0, last=0)
    return Candidate(text=text, passage=0, span=span, features={}, probability=probability)


def test_part_figures_keeps_other_candidates_and_moves_belief():
    sentence = "1분기 매출은 210억원, 상반기 매출은 450억원이다."
    ri = SimpleNamespace(passages=[SimpleNamespace(text=sentence)])
    quarter = _cand("210억원", sentence.index("210"), 0.3)
    half = _cand("450억원", sentence.index("450"), 0.5)
    word = _cand("매출", sentence.index("매출"), 0.2)  # no figure: not judged
    row = _cand("1분기 매출은 210억원, 상반기 매출은 450억원", 0, 0.1)  # two periods' figures
    kept = part_figures(Question("1분기 매출은?"), ri, [quarter, half, word, row])
    assert [c.text for c in kept] == ["210억원", "매출"]
    assert sum(c.probability for c in kept) == pytest.approx(1.1)
    # no part of the year asked: every candidate, untouched
    assert part_figures(Question("매출은?"), ri, [quarter, half]) == [quarter, half]
    # every figure of the other kind: all of them, as before (nothing is better)
    assert part_figures(Question("상반기 매출은?"), ri, [quarter]) == [quarter]


RESPECTIVE = (
    "한빛메모리와 누리반도체의 낸드 점유율은 각각 41%, 22%로 집계됐다. 누리반도체는 지난해 "
    "낸드 사업에 3조원을 투자했다. 증권가는 누리반도체의 올해 분기별 영업이익을 1분기 415억원, "
    "2분기 276억원, 3분기 437억원으로 추정했다."
)


@pytest.fixture(scope="module")
def respective(tmp_path_factory):
    with article_kb(tmp_path_factory, RESPECTIVE, "each", "낸드 점유율") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("누리반도체 낸드 점유율은?", "22%"),  # its place in the 각각 row, not the first
        ("한빛메모리 낸드 점유율은?", "41%"),
        ("누리반도체 2분기 영업이익은?", "276억원"),  # no "1분기 415억원" of the row
    ],
)
def test_a_figure_of_a_respective_row_is_the_named_ones(respective, question, figure):
    ans = respective.ask(question)
    assert ans.answer == figure, ans
