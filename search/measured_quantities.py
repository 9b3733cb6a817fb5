"""A quantity asked in English ("How much can the drone carry at once?", search/english.py
measured_much) is written with a unit of measure ("최대 5kg"), neither a count of things ("6대")
nor money ("260억 원"): those give their belief to the figures written with another unit.

>>> _measure("최대 5kg"), _measure("6대"), _measure("260억 원"), _measure("스카이캐리")
(True, False, False, False)
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .english import measured_much
from .figures import counted_in
from .question import Question
from .reader import Candidate

__all__ = ["measured_quantities"]


def _measure(text: str) -> bool:
    """``text`` writes a figure that is neither counted ([units] count) nor money."""
    if not any(ch.isdigit() for ch in text):
        return False
    units = answer_type_tables()["units"]
    return not any(counted_in(text, u) for u in [*units["count"], *units["money"]])


def measured_quantities(q: Question, cands: list[Candidate]) -> list[Candidate]:
    """An English question asking a quantity by "how much": the figures of a unit of
    measure, with the belief of the others (all of them when none is)."""
    words = re.findall(r"[a-z]+", q.text.casefold())
    if not q.english or "much" not in words or not measured_much(words[words.index("much") :]):
        return cands
    kept = [c for c in cands if c.span is not None and _measure(c.text)]
    return believed(kept, cands) if kept else cands
