"""The tables of resources/answer_types.toml, read once: the question side (search.answer_types,
search.question_heads), the candidate side (search.candidate_kinds) and the many readers that
look words up in them share one copy.
"""

from __future__ import annotations

import functools

from .resource_tables import resource_table

__all__ = ["answer_type_tables"]


@functools.lru_cache(maxsize=1)
def answer_type_tables() -> dict:
    """The answer_types.toml tables: ``answer_type_tables()["heads"]["대표"]`` is "person"."""
    return resource_table("answer_types.toml")
