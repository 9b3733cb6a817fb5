"""Confidence as a probability that the answer is right.

Every way of answering reports named signals: the reader's probability for its answer and its
margin over the next one, whether a graph edge supports it, the question's form and kind, or
for yes/no and relation answers which rule decided.  A logistic model over those signals turns
them into the ``confidence`` an Answer carries; its weights are data (resources/
calibration.json) fitted by bench/fit_calibration.py on questions the reader was not fitted on
(out-of-fold), and bench/RESULTS.md shows its reliability table.

Each answer path (``path=reader``, ``path=yes_no``, ...) has weights of its own: a signal
``prior`` reported by the yes/no path is the feature ``yes_no|prior``, so a path whose own
estimate runs high is pulled down without touching the others.  An answerer that shares a path's
weights names itself by a second ``path=`` signal (``path=description`` then ``path=who_is``):
the first is the path, the second a weight of its own on it (``description|path=who_is``), which
the fit's regularisation keeps near nothing until its answers say otherwise.

>>> c = Calibrator({"path=yes_no": -2.0, "yes_no|prior": 4.0})
>>> round(c({"path=yes_no": 1.0, "prior": 0.5}), 3)
0.5
>>> features({"path=reader": 1.0, "prior": 0.9, "kind=date": 1.0})
{'path=reader': 1.0, 'reader|prior': 0.9, 'reader|kind=date': 1.0}
>>> features({"path=description": 1.0, "path=who_is": 1.0, "prior": 0.8})
{'path=description': 1.0, 'description|path=who_is': 1.0, 'description|prior': 0.8}
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from kg.names import name_key

from .question import Question
from .results import Answer, Hit

__all__ = [
    "Calibrator",
    "answer_signals",
    "calibrator",
    "features",
    "list_signals",
    "logit",
    "named_path",
]

_WEIGHTS = Path(__file__).with_name("resources") / "calibration.json"
#: the no-answer line of a calibration that names none (before it was fitted with the weights)
NO_ANSWER = 0.2


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def features(signals: dict[str, float]) -> dict[str, float]:
    """The calibration features of an answer's signals: its path indicator, and every other
    signal crossed with the path (``reader|prior``), so that each path is calibrated alone."""
    path = next((k for k in signals if k.startswith("path=")), "path=unknown")
    out = {path: 1.0}
    for k, v in signals.items():
        if k != path:
            out[f"{path[5:]}|{k}"] = v
    return out


@dataclass
class Calibrator:
    """``confidence = sigmoid(bias + sum(weight[name] * feature))`` over ``features(signals)``;
    with no weights, the ``prior`` signal (each answerer's own raw estimate) is passed through."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    meta: dict = field(default_factory=dict)
    #: below this confidence no answer is given: chosen with the weights (bench/fit_calibration.py)
    no_answer: float = NO_ANSWER

    def __call__(self, signals: dict[str, float]) -> float:
        if not self.weights:
            return min(max(signals.get("prior", 0.0), 0.0), 1.0)
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features(signals).items())
        return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))

    @classmethod
    def load(cls, path: Path = _WEIGHTS) -> Calibrator:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        line = data.get("no_answer", NO_ANSWER)
        if not isinstance(line, (int, float)) or not 0.0 <= line < 1.0:
            raise ValueError(
                f"{path}: no_answer must be a probability below 1 (the confidence under which "
                f"no answer is given), not {line!r}"
            )
        return cls(data["weights"], data.get("bias", 0.0), data.get("meta", {}), float(line))

    def save(self, path: Path = _WEIGHTS) -> None:
        data = {
            "meta": self.meta,
            "no_answer": self.no_answer,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items())),
        }
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")


@functools.lru_cache(maxsize=1)
def calibrator() -> Calibrator:
    """The shipped calibration (resources/calibration.json); pass-through when missing."""
    return Calibrator.load(_WEIGHTS) if _WEIGHTS.exists() else Calibrator()


def named_path(path: str, by: str, **signals: float) -> dict[str, float]:
    """The signals of an answerer ``by`` that shares the weights of ``path`` (see above).

    >>> named_path("description", "purpose", prior=0.6)
    {'path=description': 1.0, 'path=purpose': 1.0, 'prior': 0.6}
    """
    return {f"path={path}": 1.0, f"path={by}": 1.0, **signals}


def answer_signals(q: Question, hits: list[Hit], ans: Answer) -> dict[str, float]:
    """Signals every path reports beside its own: how clearly retrieval found a sentence, how
    long the answer is (a whole sentence is seldom the span asked for), how many names the
    question gives, and whether the answer repeats the question's own words."""
    top = hits[0].score if hits else 0.0
    second = hits[1].score if len(hits) > 1 else 0.0
    text = ans.answer or ""
    key = name_key(text)
    rank = _support_rank(hits, ans)
    return {
        "top_score": top,
        "top_gap": top - second,
        "answer_chars": math.log1p(len(text)),
        "named": float(min(len(q.entities), 3)),
        "unknown_names": float(bool(q.unknown_names)),
        "in_question": float(bool(key) and key in name_key(q.text)),
        # where retrieval put the sentence the answer stands on: a rule that reads its answer
        # out of the fifth sentence is less sure than one reading the first
        "support_rank": math.log1p(rank),
        "support_score": hits[rank].score if rank < len(hits) else 0.0,
    }


def _support_rank(hits: list[Hit], ans: Answer) -> int:
    """The retrieval rank of the answer's first evidence sentence (len(hits) when not a hit)."""
    if not ans.evidence:
        return len(hits)
    sid = ans.evidence[0].sentence_id
    return next((i for i, h in enumerate(hits) if h.sentence_id == sid), len(hits))


def list_signals(pooled: dict[str, float], items: list[str]) -> dict[str, float]:
    """The belief of a list answer as a whole: its items' summed belief and the best candidate
    left out of it (the pick's own probability alone makes a list of two right items of 0.35
    and 0.33 look unsure, its runner-up being its own second item); nothing for one item.

    >>> list_signals({"a": 0.35, "b": 0.33, "c": 0.1}, ["a", "b"])
    {'list_belief': 0.68, 'list_left_out': 0.1}
    >>> list_signals({"a": 0.35, "b": 0.33}, ["a"])
    {}
    """
    kept = [k for k in items if k in pooled]
    if len(kept) < 2:
        return {}
    belief = min(1.0, sum(pooled[k] for k in kept))
    left_out = max((v for k, v in pooled.items() if k not in kept), default=0.0)
    return {"list_belief": round(belief, 6), "list_left_out": round(left_out, 6)}
