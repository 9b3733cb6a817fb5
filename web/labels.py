"""Korean labels for relation types, entity types, answer types and methods: one table
(web/resources/labels.toml) for the server's templates and, as JSON, for the page's scripts.

>>> relation_label("DEVELOPED"), type_label("Company"), relation_label("NEW_KIND")
('개발', '회사', 'NEW_KIND')
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

__all__ = ["answer_type_label", "labels", "method_label", "relation_label", "type_label"]


@functools.cache
def labels() -> dict[str, dict[str, str]]:
    """The whole table: ``relations``, ``types``, ``answer_types``, ``methods``, ``yes_no``."""
    with open(Path(__file__).with_name("resources") / "labels.toml", "rb") as f:
        return tomllib.load(f)


def relation_label(relation_type: str) -> str:
    return labels()["relations"].get(relation_type, relation_type)


def type_label(entity_type: str) -> str:
    return labels()["types"].get(entity_type, entity_type)


def answer_type_label(answer_type: str) -> str:
    return labels()["answer_types"].get(answer_type, answer_type)


def method_label(method: str) -> str:
    return labels()["methods"].get(method, method)
