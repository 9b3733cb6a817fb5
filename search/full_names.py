"""An organisation answered by its full name when the answer's span is a short form the text
also writes in full: a headline's "금융위서 최종 확정" answers "제재를 확정한 기관은?" with
금융위원회, not 금융위 — the extraction joined the two names (kg/clusters.py, the rules
"abbreviation" and "short-form"), and a reader asked which body expects its name.

>>> from kg.model import Entity
>>> fsc = Entity(id="금융위원회", name="금융위원회", type="Organization",
...              aliases=["금융위원회", "금융위"],
...              merges=[{"alias": "금융위 = 금융위원회", "rule": "abbreviation"}])
>>> in_full(["금융위", "7억원"], [fsc, None])
['금융위원회', '7억원']
"""

from __future__ import annotations

from kg.model import Entity

__all__ = ["in_full"]

#: the kg merge rules that join a short form to its full name
_SHORTENED = frozenset({"abbreviation", "short-form"})
#: the entity types named by a full name a short form abbreviates
_BODIES = frozenset({"Organization", "Company"})


def _shortened(name: str, entity: Entity) -> bool:
    """Is ``name`` a short form the extraction joined to the entity's longer full name?"""
    written = f"{name} = "
    return len(entity.name) > len(name) and any(
        m.get("rule") in _SHORTENED and str(m.get("alias", "")).startswith(written)
        for m in entity.merges
    )


def in_full(names: list[str], entities: list[Entity | None]) -> list[str]:
    """``names`` with each organisation's short form written as its full name."""
    return [
        e.name if e is not None and e.type in _BODIES and _shortened(n.strip(), e) else n
        for n, e in zip(names, entities)
    ] + names[len(entities) :]
