"""The fitted ranker: a linear model over ``ranking.FEATURES`` (one pass, or two with the
paragraph's first-pass scores), weights in resources/ranker.json written by bench/fit_ranker.py.

>>> ranker().names[:3]
('dense', 'lexical', 'doc_lexical')
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .ranking import FEATURES, PARAGRAPH_FEATURES

__all__ = ["Ranker", "paragraph_features", "ranker"]

_RESOURCES = Path(__file__).with_name("resources")


def paragraph_features(docs: np.ndarray, first: np.ndarray) -> np.ndarray:
    """(candidates, 2): the best and the mean of the two best first-pass scores among the
    candidates of each one's paragraph."""
    out = np.zeros((len(docs), len(PARAGRAPH_FEATURES)), dtype=np.float64)
    by_doc: dict[int, list[float]] = {}
    for d, s in zip(docs.tolist(), first.tolist()):
        by_doc.setdefault(d, []).append(s)
    agg = {}
    for d, ss in by_doc.items():
        ss.sort(reverse=True)
        agg[d] = (ss[0], (ss[0] + ss[1]) / 2 if len(ss) > 1 else ss[0])
    for i, d in enumerate(docs.tolist()):
        out[i] = agg[d]
    top = float(first.max()) if len(first) else 0.0
    return out - top  # relative to the best candidate: the scale of a score is per question


@dataclass(frozen=True)
class Ranker:
    """A linear model over named features, in two passes: ``first`` over FEATURES, then
    ``second`` over FEATURES + PARAGRAPH_FEATURES (the paragraph's first-pass scores).  Scores
    order the candidates (hybrid.candidate_scores gives them the fusion's scores in that order)."""

    names: tuple[str, ...]
    first: np.ndarray
    first_bias: float
    second: np.ndarray  # empty: one pass
    second_bias: float

    def scores(self, x: np.ndarray, docs: np.ndarray) -> np.ndarray:
        """Logits of the candidates (rows of ``x``, ``docs`` their paragraph slots)."""
        s1 = x @ self.first + self.first_bias
        if not len(self.second):
            return s1
        xp = np.hstack([x, paragraph_features(docs, s1)])
        return xp @ self.second + self.second_bias

    @classmethod
    def from_dict(cls, d: dict) -> Ranker:
        names = tuple(d["features"])
        if names != FEATURES:
            raise ValueError(
                f"ranker weights are for features {names}, this code computes {FEATURES}: "
                "refit with bench/fit_ranker.py"
            )
        second = d.get("second") or {}
        return cls(
            names=names,
            first=np.array([d["first"]["weights"][n] for n in names], dtype=np.float64),
            first_bias=float(d["first"]["bias"]),
            second=np.array(
                [second["weights"][n] for n in (*names, *PARAGRAPH_FEATURES)] if second else [],
                dtype=np.float64,
            ),
            second_bias=float(second.get("bias", 0.0)),
        )


@functools.lru_cache(maxsize=1)
def ranker() -> Ranker:
    """The shipped ranker (resources/ranker.json)."""
    return Ranker.from_dict(json.loads((_RESOURCES / "ranker.json").read_text(encoding="utf-8")))
