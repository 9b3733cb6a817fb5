"""A path that answers on a fixed prior gets a weight of its own (issue 13, calib28): the paths
added after the last calibration (a phrase, bullets, a post's holder, ...) report no signal the
shipped weights read, so every answer of theirs came out at sigmoid(bias) = 0.625, right or
wrong.  The "paths" fit of bench/round_fit.py gives each such path its own indicator weight,
chosen by leaving gold rounds out, and a later refit fits it again."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.calibration import Calibrator, calibrator, features

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def round_fit(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    import round_fit

    return round_fit


#: a path the anchor has weights for, and one it has none for (right 9 times in 10)
ANCHOR = Calibrator({"path=reader": 0.1, "reader|prior": 2.0}, 0.5)
ROWS = [({"path=phrase": 1.0, "prior": 0.6, "top_score": 0.9}, i != 0) for i in range(10)] + [
    ({"path=reader": 1.0, "prior": 0.7}, i % 2 == 0) for i in range(10)
]


def _fit(round_fit, mode: str) -> Calibrator:
    xs, ys = [features(s) for s, _ in ROWS], [ok for _, ok in ROWS]
    return round_fit.fit_new(xs, ys, [1.0] * len(ROWS), 1.0, ANCHOR, mode)


def test_a_paths_fit_weighs_a_path_that_answered_on_a_fixed_prior(round_fit):
    cal = _fit(round_fit, "paths")
    assert cal.weights["path=phrase"] > 0.3, cal.weights
    assert cal({"path=phrase": 1.0, "prior": 0.6}) > ANCHOR({"path=phrase": 1.0, "prior": 0.6})
    # its other signals and the calibrated paths' weights are left as they were
    assert "phrase|top_score" not in cal.weights and "phrase|prior" not in cal.weights
    assert {k: cal.weights[k] for k in ANCHOR.weights} == ANCHOR.weights


def test_a_named_fit_leaves_a_path_s_indicator_alone(round_fit):
    assert "path=phrase" not in _fit(round_fit, "named").weights


def test_a_reader_refit_moves_only_the_reader_path_toward_its_new_answers(round_fit):
    # the refitted reader's answers at prior 0.7 are right one time in two: the shipped weights
    # said 0.88; its weights move down, the phrase path (no weight in the anchor) gets none
    cal = _fit(round_fit, "reader")
    assert cal.weights["reader|prior"] < ANCHOR.weights["reader|prior"], cal.weights
    assert cal({"path=reader": 1.0, "prior": 0.7}) < ANCHOR({"path=reader": 1.0, "prior": 0.7})
    assert "path=phrase" not in cal.weights and "phrase|prior" not in cal.weights
    # a strong pull keeps them near the shipped weights
    xs, ys = [features(s) for s, _ in ROWS], [ok for _, ok in ROWS]
    held = round_fit.fit_new(xs, ys, [1.0] * len(ROWS), 1000.0, ANCHOR, "reader")
    assert abs(held.weights["reader|prior"] - 2.0) < 0.01, held.weights


def test_a_refit_fits_a_prior_path_s_weight_again(round_fit):
    weights = {"path=phrase": 0.5, "path=reader": 0.1, "reader|prior": 2.0}
    assert round_fit.is_prior_path("path=phrase", weights)
    assert not round_fit.is_prior_path("path=reader", weights)
    assert not round_fit.is_prior_path("reader|prior", weights)


def test_the_shipped_calibration_weighs_each_path_that_answers_on_a_fixed_prior():
    weights = calibrator().weights
    for own in ("phrase", "bullets", "head_list", "post_holder", "headed_name"):
        assert f"path={own}" in weights, own
    assert calibrator().meta["chosen"]["fit"] == "paths"


def test_a_reader_refit_weighing_wrong_answers_more_is_less_sure(round_fit):
    # the grid's "wrong" weight: a wrong answer counting twice moves the reader path's
    # confidence down, toward "right" only where the answers say it far more often
    cfg = {"fit": "reader", "l2": 1.0, "seen": 1.0, "korquad": 1.0}
    rows = [(s, ok, "gold", "gold:r9-x_qa", True) for s, ok in ROWS]
    honest = round_fit.fitter({**cfg, "wrong": 1.0}, set(), ANCHOR)(rows)
    wary = round_fit.fitter({**cfg, "wrong": 2.0}, set(), ANCHOR)(rows)
    answer = {"path=reader": 1.0, "prior": 0.7}
    assert wary(answer) < honest(answer) - 0.05, (wary(answer), honest(answer))
    assert all(w.get("wrong") for w in round_fit.READER_GRID)


def test_a_scale_refit_moves_how_sure_the_reader_is_not_the_order_of_its_answers(round_fit):
    # the anchor says 0.84-0.93 for reader answers right one time in two: the rescaled log-odds
    # bring them down together, the surer answer stays the surer, the phrase path is untouched
    cfg = {"fit": "scale", "l2": 1.0, "seen": 1.0, "korquad": 1.0, "wrong": 1.0}
    rows = [(s, ok, "gold", "gold:r9-x_qa", True) for s, ok in ROWS]
    rows += [({"path=reader": 1.0, "prior": 0.9}, i % 2 == 1, "gold", "gold:r9-y_qa", True)
             for i in range(10)]  # fmt: skip
    cal = round_fit.fitter(cfg, set(), ANCHOR)(rows)
    low, high = {"path=reader": 1.0, "prior": 0.7}, {"path=reader": 1.0, "prior": 0.9}
    assert cal(high) < ANCHOR(high) - 0.1 and cal(low) < ANCHOR(low), (cal(low), cal(high))
    assert cal(low) < cal(high)
    assert cal({"path=phrase": 1.0, "prior": 0.6}) == ANCHOR({"path=phrase": 1.0, "prior": 0.6})


def test_after_a_reader_refit_the_fit_chosen_shows_no_fewer_right_answers(round_fit):
    # the wary fit has no confidently wrong answer but withholds a right KorQuAD answer: the
    # fit chosen is the one of fewest confidently wrong answers that withholds none
    right_gold, wrong_gold = ({}, True, "gold"), ({}, False, "gold")
    right_kq, wrong_kq = ({}, True, "korquad"), ({}, False, "korquad")
    base = [(0.9, right_gold), (0.9, wrong_gold), (0.5, right_kq), (0.85, wrong_kq)]
    wary = [(0.9, right_gold), (0.5, wrong_gold), (0.1, right_kq), (0.3, wrong_kq)]
    rescaled = [(0.85, right_gold), (0.6, wrong_gold), (0.4, right_kq), (0.82, wrong_kq)]
    chosen = round_fit._reader_choice([("wary", wary), ("rescaled", rescaled)], base)
    assert chosen[0] == "rescaled"
