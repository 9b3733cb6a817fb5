"""Confidence that means something (issue 13): every answer path is calibrated on its own, the
shipped calibration covers each of them with signals that move the confidence (no answerer
hands out a fixed number), and ``ask`` reports the calibrated probability of its signals.
Real Kiwi, e5, FAISS on the default article; the weights are the shipped ones."""

from __future__ import annotations

import pytest

from search.answering import ANSWER_POOL, hit_at, read_question, search
from search.calibration import Calibrator, calibrator, features
from search.qa import NO_ANSWER_PROBABILITY, answer

PATHS = ("reader", "yes_no", "relation", "description")


def test_each_signal_is_crossed_with_its_path():
    got = features({"path=yes_no": 1.0, "prior": 0.8, "yes_no=edge": 1.0})
    assert got == {"path=yes_no": 1.0, "yes_no|prior": 0.8, "yes_no|yes_no=edge": 1.0}
    # a yes/no weight does not move a reader answer
    c = Calibrator({"yes_no|prior": 5.0})
    assert c({"path=reader": 1.0, "prior": 0.9}) == pytest.approx(0.5)
    assert c({"path=yes_no": 1.0, "prior": 0.9}) > 0.98


def test_without_weights_each_answerer_s_own_estimate_passes_through():
    assert Calibrator()({"path=reader": 1.0, "prior": 0.42}) == 0.42


def test_the_shipped_calibration_covers_every_path_with_signals_that_move_it():
    cal = calibrator()
    assert cal.meta.get("script") == "bench/fit_calibration.py" and cal.meta.get("answers", 0) > 500
    for path in PATHS:
        assert f"path={path}" in cal.weights, path
        moving = [k for k, w in cal.weights.items() if k.startswith(f"{path}|") and abs(w) > 0.05]
        # the answer's length and retrieval's top score are reported by every path
        assert {f"{path}|answer_chars", f"{path}|top_score"} & set(moving), (path, moving)


@pytest.mark.parametrize(
    "question",
    [
        "클로드 3 출시일",  # the reader, with the graph's support
        "마이크로소프트가 앤스로픽에 투자했어?",  # yes/no
        "오픈 AI 마이크로소프트 관계",  # relation
        "앤스로픽은 어떤 회사야?",  # a description
    ],
)
def test_ask_reports_the_calibrated_probability_of_its_signals(seed_kb, question):
    snap = seed_kb.snapshot()
    q = read_question(snap, question)
    hits = search(snap, seed_kb.embedder, question, ANSWER_POOL, q)
    signals: list[dict] = []

    def hit_for(sid):  # as ask finds an edge's sentence
        found = next((h for h in hits if h.sentence_id == sid), None)
        pos = snap.pos_of_sentence.get(sid)
        return found or (None if pos is None else hit_at(snap, pos, 1.0, {"graph": True}))

    got = answer(q, snap, hits, hit_for, signals_out=signals)
    asked = seed_kb.ask(question)
    assert asked.answer == got.answer and asked.confidence == got.confidence
    if got.method != "none":
        assert got.confidence == round(calibrator()(signals[0]), 3)
        assert got.confidence >= NO_ANSWER_PROBABILITY or got.answer_type == "yes_no"
