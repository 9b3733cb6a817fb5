"""The two sides of a comparison (search/yardsticks.py): "가격은 종가(1만 4200원)보다 26.8% 높다"
writes the closing price, not the price; "주가는 공개매수 가격보다 높은 1만 9100원" the share
price, not the offer's.  Held-out round 19 answered a tender offer's price with the closing
price in brackets at 0.94; real news writes the same shape in earnings round-ups ("영업이익은
컨센서스(272억원)보다 139.3% 높은 651억원").  Real Kiwi, real e5 embeddings, real FAISS; the
sentences are our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.passages import sentence_tokens
from search.reader import Candidate, Passage
from search.reader_input import ReaderInput
from search.spans import Span
from search.yardsticks import base_nouns, compared_nouns, yardstick_figures

ARTICLE = (
    "누리소프트, 한결게임즈 공개매수…주당 1만 8000원\n"
    "누리소프트는 한결게임즈 보통주를 주당 1만 8000원에 공개매수한다고 3일 밝혔다.\n"
    "공개매수 가격은 전 거래일 종가(1만 4200원)보다 26.8% 높다.\n"
    "공시 다음 날 한결게임즈 주가는 공개매수 가격보다 높은 1만 9100원까지 올랐다.\n"
    "한결게임즈의 3분기 영업이익은 시장 전망치(84억원)보다 31% 많은 110억원으로 집계됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "tender", "한결게임즈 공개매수") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("누리소프트의 한결게임즈 공개매수 가격은 얼마인가?", "1만 8000원"),  # no 종가, no 주가
        ("한결게임즈의 전 거래일 종가는 얼마였나?", "1만 4200원"),  # the yardstick asked
        ("한결게임즈의 3분기 영업이익은 얼마인가?", "110억원"),  # no 전망치(84억원)
        ("한결게임즈 3분기 영업이익 시장 전망치는 얼마였나?", "84억원"),  # no 110억원
    ],
)
def test_a_figure_asked_is_never_the_other_sides(kb, question, expected):
    ans = kb.ask(question)
    assert ans.answer and expected in ans.answer, (question, ans.answer, ans.confidence)


def _at(toks, form: str) -> int:
    return next(i for i, t in enumerate(toks) if t.form == form)


def test_base_nouns_bracketed_bare_and_none():
    toks = sentence_tokens("공개매수 가격은 전 거래일 종가(2만 4500원)보다 28.6% 높다.")
    assert base_nouns(toks, _at(toks, "원")) == ("거래일", "종가")
    toks = sentence_tokens("공개매수가 1500원은 지난 19일 종가 1410원보다 90원 높다.")
    last = max(i for i, t in enumerate(toks) if t.form == "원" and toks[i - 1].form == "1410")
    assert base_nouns(toks, last) == ("종가",)
    toks = sentence_tokens("매출은 전년(240억원) 대비 12% 늘었다.")
    assert base_nouns(toks, _at(toks, "원")) == ("전년",)
    toks = sentence_tokens("공개매수 가격은 3만 1500원이다.")
    assert base_nouns(toks, _at(toks, "원")) is None


def test_compared_nouns_after_a_way_and_not():
    toks = sentence_tokens("주가는 공개매수 가격보다 높은 3만 2800원까지 올랐다.")
    assert compared_nouns(toks, _at(toks, "3")) == ("공개", "매수", "가격")
    toks = sentence_tokens("매출은 전년에 비해 3% 줄어든 20억원이다.")
    assert compared_nouns(toks, _at(toks, "20")) == ("전년",)
    # a way with no yardstick before it in its clause: no comparison
    toks = sentence_tokens("주가는 크게 올랐고, 높은 3만 2800원에 마감했다.")
    assert compared_nouns(toks, _at(toks, "3")) is None
    toks = sentence_tokens("주가는 올해 높은 3만 2800원에 마감했다.")
    assert compared_nouns(toks, _at(toks, "3")) is None
    toks = sentence_tokens("주가는 3만 2800원에 마감했다.")  # no adnominal way before it
    assert compared_nouns(toks, _at(toks, "3")) is None
    assert compared_nouns(toks, 0) is None


def _input(text: str, figures: list[tuple[str, float]]):
    toks = sentence_tokens(text)
    p = Passage("d#1", text, list(toks))
    cands = []
    for figure, probability in figures:
        start = text.index(figure)
        end = start + len(figure)
        first = next(i for i, t in enumerate(toks) if t.start >= start)
        last = max(i for i, t in enumerate(toks) if t.end <= end)
        span = Span(figure, start, end, first, last)
        cands.append(Candidate(figure, 0, span, {}, probability=probability))
    ri = ReaderInput(None, [p], {}, set(), frozenset(), frozenset(), None)
    return ri, cands


def test_yardstick_figures_keeps_drops_and_withholds():
    text = "공개매수 가격은 전 거래일 종가(2만 4500원)보다 28.6% 높은 3만 1500원이다."
    ri, cands = _input(text, [("2만 4500원", 0.6), ("3만 1500원", 0.3)])
    asked = SimpleNamespace(text="공개매수 가격은 얼마인가?")
    kept = yardstick_figures(asked, ri, cands)
    assert [(c.text, round(c.probability, 2)) for c in kept] == [("3만 1500원", 0.9)]
    # the yardstick asked: its figure stays, the compared thing's goes
    asked = SimpleNamespace(text="전 거래일 종가는 얼마였나?")
    kept = yardstick_figures(asked, ri, cands)
    assert [(c.text, round(c.probability, 2)) for c in kept] == [("2만 4500원", 0.9)]
    # every figure the other side's: none is left
    text = "공개매수 가격은 전 거래일 종가(2만 4500원)보다 28.6% 높다."
    ri, cands = _input(text, [("2만 4500원", 0.9)])
    assert yardstick_figures(SimpleNamespace(text="공개매수 가격은?"), ri, cands) == []
    # no comparison: nothing moves
    text = "공개매수 가격은 3만 1500원이다."
    ri, cands = _input(text, [("3만 1500원", 0.5)])
    assert yardstick_figures(SimpleNamespace(text="공개매수 가격은?"), ri, cands) == cands
