"""The reader's learned part: a log-linear scorer over named features, its weights saved as
data (resources/reader.json, fitted by bench/fit_reader.py; what they were fitted on is written
in their ``meta``).

>>> ReaderModel({"sent_match": 2.0}, bias=-1.0).score({"sent_match": 0.5, "lead": 1.0})
0.0
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

__all__ = ["ReaderModel", "reader_model"]

_WEIGHTS = Path(__file__).with_name("resources") / "reader.json"


class ReaderModel:
    """A log-linear scorer over named features: ``score = bias + sum(weight[name] * value)``."""

    def __init__(self, weights: dict[str, float], bias: float = 0.0, meta: dict | None = None):
        self.weights = dict(weights)
        self.bias = bias
        self.meta = dict(meta or {})

    @classmethod
    def load(cls, path: Path = _WEIGHTS) -> ReaderModel:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["weights"], data.get("bias", 0.0), data.get("meta"))

    def save(self, path: Path = _WEIGHTS) -> None:
        data = {
            "meta": self.meta,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items(), key=lambda kv: -abs(kv[1]))),
        }
        Path(path).write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )

    def score(self, features: dict[str, float]) -> float:
        w = self.weights
        return self.bias + sum([w.get(k, 0.0) * v for k, v in features.items()])


@functools.lru_cache(maxsize=1)
def reader_model() -> ReaderModel:
    """The shipped model (resources/reader.json); an empty model when it is missing."""
    if not _WEIGHTS.exists():
        return ReaderModel({})
    return ReaderModel.load(_WEIGHTS)
