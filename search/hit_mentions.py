"""Whether a sentence names an entity: by its id among the sentence's entities, by one of its
aliases written in it, or, for a person, by family name and title ("구 전 부원장은" for 구태린,
search/surname_references.py).  The yes/no and relation answers read sentences this way.
"""

from __future__ import annotations

from kg.names import name_key

from .results import Hit
from .surname_references import referred

__all__ = ["mentions"]


def mentions(hit: Hit, eid: str, aliases: list[str], person: bool = False) -> bool:
    """``hit`` names the entity: by id, by an alias, or, for a ``person``, by family name and
    title ("구 전 부원장은" for 구태린)."""
    if any(e["id"] == eid for e in hit.entities):
        return True
    low = name_key(hit.text)
    if any(name_key(a) in low for a in aliases if len(name_key(a)) >= 2):
        return True
    return person and any(referred(hit.text, a) for a in aliases)
