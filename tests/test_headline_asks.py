"""A question written as a headline ("도담랩스 신임 CFO", "누리조선 수주잔고") is read as such
(search/headline_asks.py): the reader reports it as a calibration signal of its own, and
bench/round_fit.py fits that signal's weight in every mode, chosen by leaving gold rounds out
(issue 13, noanswer30: right answers to headlines fell under the no-answer line in spent rounds
3, 5, 7, 15 and 17).  Real Kiwi; the questions are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.kiwi import kiwi
from search.calibration import Calibrator, features
from search.headline_asks import is_headline
from search.spans import tokens_of

ROOT = Path(__file__).resolve().parent.parent

HEADLINES = [
    "도담랩스 신임 CFO",
    "누리조선 수주잔고",
    "가온바이오 지분을 판 창업자",
    "하람전자4분기매출전망",
    "특허 소송 1심 법원",
]
QUESTIONS = [
    "누리조선의 수주잔고는?",  # a particle ends it
    "누리조선 수주잔고 얼마",  # an interrogative asks
    "도담랩스 신임 CFO는 누구인가?",
    "가온바이오 지분을 판 창업자가 누구야",
    "누리조선은 수주잔고를 늘렸나?",
]


@pytest.mark.parametrize("text", HEADLINES)
def test_a_noun_phrase_with_no_interrogative_is_a_headline(text):
    assert is_headline(tokens_of(kiwi().tokenize(text)))


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_with_an_ending_or_an_interrogative_is_none(text):
    assert not is_headline(tokens_of(kiwi().tokenize(text)))


@pytest.fixture
def round_fit(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    import round_fit

    return round_fit


#: reader answers of one prior: the headlines right 8 times in 10, the others 5 in 10
ANCHOR = Calibrator({"path=reader": 0.0, "reader|prior": 1.0}, 0.0)
ROWS = [({"path=reader": 1.0, "prior": 0.3, "headline": 1.0}, i < 8) for i in range(10)] + [
    ({"path=reader": 1.0, "prior": 0.3, "headline": 0.0}, i < 5) for i in range(10)
]


@pytest.mark.parametrize("mode", ["named", "paths", "new"])
def test_every_fit_weighs_a_headline_on_the_calibrated_reader(round_fit, mode):
    xs, ys = [features(s) for s, _ in ROWS], [ok for _, ok in ROWS]
    cal = round_fit.fit_new(xs, ys, [1.0] * len(ROWS), 1.0, ANCHOR, mode)
    assert cal.weights["reader|headline"] > 0.3, cal.weights
    # the reader's own weights are kept
    assert {k: cal.weights[k] for k in ANCHOR.weights} == ANCHOR.weights
