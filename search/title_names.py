"""A title is no one's name: when a person is asked for, a candidate the knowledge graph
holds as a person though its name is a title alone ("부사장" of "마서진 부사장을 신임 사장으로
내정했다", which the extractor may take for a second person) is dropped; its belief goes to
no one (moved, it made another person of the sentence confident: "최영휘 부사장" when the
extractor missed 최영휘 gave the belief to 신상훈).  The titles are data: kg/resources/grammar.toml ``titles``.

>>> bare_title("부사장") and bare_title("대표이사") and not bare_title("마서진")
True
"""

from __future__ import annotations

from kg.resources import resources

from .reader import Candidate

__all__ = ["bare_title", "named_people"]


def bare_title(name: str) -> bool:
    """``name`` is a title alone ("부사장", "CEO"), no one's name."""
    return name.strip() in resources().grammar.titles


def named_people(cands: list[Candidate]) -> list[Candidate]:
    """The candidates less the people whose name is a title alone."""
    return [c for c in cands if not (c.entity and bare_title(c.entity.get("name") or c.text))]
