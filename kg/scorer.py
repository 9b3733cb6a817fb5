"""How sure a candidate relation is: a logistic regression over the features of kg.pairs.

Rules and the model meet on one scale: what a rule proposed is a feature of the pair
(``DEVELOPED|rule:DEVELOPED:transitive``), and every pair gets the model's probability as its
confidence; pairs below the threshold (chosen on cross-validation by article, so that precision
stays high) are dropped.  The weights are data: ``resources/relations.json``, written by
``bench/fit_relations.py`` with what it was fitted on and its cross-validated scores.

``KGSEARCH_RELATIONS=/path/to/weights.json`` uses other weights; ``KGSEARCH_RELATIONS=rules``
keeps the rules' own candidates and confidences (no model).
"""

from __future__ import annotations

import functools
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path

from .model import RelationCandidate
from .pairs import Pair

__all__ = ["MODEL_PATH", "RelationModel", "load_model", "probability", "score"]

MODEL_PATH = Path(__file__).with_name("resources") / "relations.json"
RULES_ONLY = "rules"


@dataclass(frozen=True)
class RelationModel:
    weights: dict[str, float]  # feature -> weight (the bias is the feature "bias")
    threshold: float  # keep a pair whose probability is at least this
    meta: dict
    # relation types too rare in the training articles for the model to have learned them
    # (ACQUIRED, MERGED_WITH): their rule candidates are kept as the rules scored them
    rule_types: frozenset[str] = frozenset()


def load_model(path: str | None = None) -> RelationModel | None:
    """The scorer's weights: ``path``, else $KGSEARCH_RELATIONS, else the built-in ones;
    None when the rules alone should decide (``rules``)."""
    path = path or os.environ.get("KGSEARCH_RELATIONS") or str(MODEL_PATH)
    return None if path == RULES_ONLY else _load(path)


@functools.lru_cache(maxsize=4)
def _load(path: str) -> RelationModel:
    if not Path(path).is_file():
        raise FileNotFoundError(f"relation model {path} is not a file (KGSEARCH_RELATIONS?)")
    d = json.loads(Path(path).read_text(encoding="utf-8"))
    return RelationModel(
        dict(d["weights"]),
        float(d["threshold"]),
        d.get("meta", {}),
        frozenset(d.get("rule_types", ())),
    )


def probability(model: RelationModel, features: list[str]) -> float:
    """P(the pair states its relation) under the model.

    >>> m = RelationModel({"bias": -2.0, "DEVELOPED|o_p:를": 3.0}, 0.5, {})
    >>> round(probability(m, ["bias", "DEVELOPED|o_p:를"]), 3)
    0.731
    """
    z = sum(model.weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score(
    pairs: list[Pair], rules: list[RelationCandidate], model: RelationModel | None
) -> list[RelationCandidate]:
    """The candidates a sentence keeps: the model's pairs above its threshold and the rules'
    candidates of the types the model has not learned, or (without a model) the rules' own
    candidates."""
    if model is None:
        return list(rules)
    out = []
    for p in pairs:
        prob = probability(model, p.features)
        if prob >= model.threshold:
            out.append(p.candidate(prob))
    kept = {(c.type, c.subject, c.object) for c in out}
    out += [
        c for c in rules if c.type in model.rule_types and (c.type, c.subject, c.object) not in kept
    ]
    return out
