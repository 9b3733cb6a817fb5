"""The reader's features crossed with the kind of question: what makes a good answer differs by
what is asked (nearness to the question's words counts differently for a date than for a
person), so each of a fixed set of features (resources/reader_crosses.toml) gets a second copy
named for the asked kind ("kind=date&near") and for a list question ("form=list&near"), weighed
by the reader's model (search/reader_model.py) beside the shared weight.  Computed by
search/reader_features.candidate_features, at answer time and at fit time (bench/fit_reader.py).

>>> kind_crosses({"near": 0.5, "rank=1": 1.0}, "where", "list")
{'kind=place&near': 0.5, 'form=list&near': 0.5}
"""

from __future__ import annotations

import functools

from .resource_tables import resource_table

__all__ = ["crossed_kind", "kind_crosses"]


@functools.lru_cache(maxsize=1)
def _tables() -> dict:
    """resources/reader_crosses.toml: which features are crossed, with which kinds and forms."""
    return resource_table("reader_crosses.toml")


def crossed_kind(kind: str) -> str:
    """The group an asked kind's crosses are named by ("where" -> place, "thing" -> other).

    >>> crossed_kind("company"), crossed_kind("date"), crossed_kind("thing")
    ('organization', 'date', 'other')
    """
    return _tables()["kinds"].get(kind, "other")


def kind_crosses(features: dict[str, float], kind: str, form: str) -> dict[str, float]:
    """The crossed copies of a candidate's ``features`` for a question asking for ``kind`` in
    ``form`` (search/reader.QuestionReading's asked kind and form); features it lacks get none."""
    t = _tables()
    prefixes = [f"kind={crossed_kind(kind)}&"]
    if form in t["forms"]["crossed"]:
        prefixes.append(f"form={form}&")
    return {
        p + name: features[name]
        for p in prefixes
        for name in t["features"]["crossed"]
        if name in features
    }
