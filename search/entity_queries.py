"""The graph queries of the Python API, asked by entity name of one snapshot: a name (the id or
any alias, Hangul or Latin, with or without particles) becomes its entity's id, and
``kg.queries`` answers on the snapshot's entity graph::

    relations(kb.snapshot(), "업스테이지", type="DEVELOPED")   # what 업스테이지 developed

A name that is no entity raises ``UnknownEntityError`` (a ``KeyError``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from kg import queries

from .errors import UnknownEntityError

if TYPE_CHECKING:
    from .snapshot import Snapshot

__all__ = ["communities", "entity_id", "neighbourhood", "relations", "shortest_path"]


def entity_id(snap: Snapshot, name: str) -> str:
    """The id of the entity called ``name`` in ``snap``."""
    e = snap.extraction.entity_by_name(name)
    if e is None:
        raise UnknownEntityError(f"no entity named {name!r}")
    return e.id


def relations(
    snap: Snapshot, entity: str, type: str | None = None, direction: str = "both"
) -> list[dict]:
    """Relations at an entity, optionally of one type and direction (``in``, ``out``, ``both``)."""
    return queries.relations(snap.entity_graph, entity_id(snap, entity), type, direction)


def neighbourhood(snap: Snapshot, entity: str, depth: int = 1) -> nx.MultiDiGraph:
    """The entities within ``depth`` relation hops of an entity, and their relations."""
    return queries.neighbourhood(snap.entity_graph, entity_id(snap, entity), depth)


def shortest_path(snap: Snapshot, source: str, target: str) -> list[dict]:
    """The shortest chain of relations between two entities, with evidence on each hop; an
    empty list when they are not connected."""
    ends = entity_id(snap, source), entity_id(snap, target)
    try:
        return queries.shortest_path(snap.entity_graph, *ends)
    except nx.NetworkXNoPath:
        return []


def communities(snap: Snapshot) -> list[list[str]]:
    """Topic clusters of entity ids (Louvain), largest first."""
    return queries.communities(snap.entity_graph)
