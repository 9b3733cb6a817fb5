"""Cross-validation of the calibration over gold *rounds*, and the no-answer line it gives.

A row is ``(signals, right, source, group, answerable)`` (bench/fit_calibration.py).  Held-out
rounds are what the confidence must hold on, so each spent round the shipped reader was not
fitted on (search/resources/reader.json ``meta.data.gold``) is scored by a calibration fitted
without it; the rows the reader was fitted on (KorQuAD's dev half, the early gold files) are its
answers in-sample and only join the fit at a weight of their own.

>>> round_of("gold:r12-evipo-01_qa"), round_of("gold:people-h1_qa"), round_of("gold:seed_qa")
('r12', 'r1', 'r0')
>>> round_of("korquad:6548")
'korquad'
"""

from __future__ import annotations

import math
import re

__all__ = ["LINES", "by_rounds", "choose_line", "line_curve", "log_loss", "round_of"]

#: what a wrong answer costs against no answer to a question that has one (the line's choice)
WRONG_COST = 1.0
#: how many more questions of the held-out rounds a line must answer right to replace the
#: shipped one: 0.25 answered 3 of about 800 more (one article's luck) and withheld a right
#: answer of tests/test_answers_round10.py (2026-11-30)
MIN_GAIN = 5
#: the no-answer lines tried
LINES = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]


def round_of(group: str) -> str:
    """The spent round a gold file was held out in (r0: written with the code; r1: *-h1, *-h2,
    seed-fresh2), or "korquad"."""
    if group.startswith("korquad"):
        return "korquad"
    name = group.split(":", 1)[1]
    if m := re.match(r"r(\d+)-", name):
        return f"r{m.group(1)}"
    return "r1" if re.search(r"-h\d_qa$", name) or name == "seed-fresh2_qa" else "r0"


def by_rounds(rows: list[tuple], fit, held_rounds: list[str], key=round_of) -> list[tuple]:
    """(confidence, row) of every row of ``held_rounds``, each from ``fit`` (rows -> a
    calibrator) on every row outside its round (``key`` of the row's group)."""
    out = []
    for r in held_rounds:
        cal = fit([row for row in rows if key(row[3]) != r])
        out += [(cal(row[0]), row) for row in rows if key(row[3]) == r]
    return out


def log_loss(held: list[tuple]) -> float:
    """Mean negative log-likelihood of the rows' rightness under their confidences."""
    eps = 1e-6
    total = sum(-math.log(c + eps if row[1] else 1 - c + eps) for c, row in held)
    return total / max(len(held), 1)


def _cut(c: float, row: tuple, line: float) -> bool:
    return c < line and "path=yes_no" not in row[0]  # yes/no answers are never withheld


def line_curve(held: list[tuple], lines: list[float] = LINES) -> list[dict]:
    """Per no-answer line: answers right as bench/qa.py counts them (an answer withheld from a
    question without one is right), wrong answers shown, answerable questions left without
    their right answer, and the cost (WRONG_COST per wrong answer shown, 1 per right one
    withheld)."""
    curve = []
    for line in lines:
        shown = [(c, row) for c, row in held if not _cut(c, row, line)]
        withheld = [(c, row) for c, row in held if _cut(c, row, line)]
        right = sum(row[1] for _, row in shown) + sum(not row[4] for _, row in withheld)
        wrong = sum(not row[1] for _, row in shown)
        lost = sum(row[1] for _, row in withheld)
        curve.append(
            {"line": line, "right": right, "wrong": wrong, "lost": lost,
             "cost": WRONG_COST * wrong + lost}
        )  # fmt: skip
    return curve


def choose_line(curve: list[dict], current: float, min_gain: int = MIN_GAIN) -> float:
    """The line of least cost (the higher of equal ones: fewer wrong answers) of those that
    answer at least ``min_gain`` more questions right than the ``current`` line; else the
    current line.

    >>> curve = [{"line": 0.2, "right": 10, "cost": 5}, {"line": 0.25, "right": 16,
    ...   "cost": 4}, {"line": 0.3, "right": 9, "cost": 3}]
    >>> choose_line(curve, 0.2), choose_line(curve, 0.2, min_gain=7)
    (0.25, 0.2)
    """
    floor = next(p["right"] for p in curve if p["line"] == current) + min_gain
    kept = [p for p in curve if p["right"] >= floor]
    return min(kept, key=lambda p: (p["cost"], -p["line"]))["line"] if kept else current
