"""The entity graph of the next snapshot, copied on write from the previous one.

A change touches a few entities and relations; copying the whole ``networkx.MultiDiGraph`` for
it would cost as much as the knowledge base.  ``changed_graph`` makes a new graph that shares
every node and adjacency dict the change did not touch with the old one (which readers of the
old snapshot may still hold, so it is never modified) and copies only the dicts it writes.
"""

from __future__ import annotations

import bisect

import networkx as nx

from kg.extraction import RelKey
from kg.model import Relation
from kg.resolve import Extraction, ResolutionChange

__all__ = ["changed_graph"]


def changed_graph(
    g: nx.MultiDiGraph, extraction: Extraction, change: ResolutionChange
) -> nx.MultiDiGraph:
    """A new entity graph with the changed entities and relations replaced; it shares every
    node and adjacency the change did not touch with ``g``, which stays as it was."""
    if not change.entities and not change.relations:
        return g
    graph = _CopyOnWrite(g)
    for eid in change.entities:
        if eid not in extraction.entities:
            graph.drop_entity(eid)
    for eid in change.entities:
        e = extraction.entities.get(eid)
        if e is not None:
            graph.put_entity(eid, e)
    for key in change.relations:
        graph.put_relation(key, _relation(extraction.relations, key))
    return graph.new


def _relation(relations: list[Relation], key: RelKey) -> Relation | None:
    """The relation with ``key`` in a list in key order (an Extraction's), or None."""
    i = bisect.bisect_left(relations, key, key=lambda r: r.key)
    return relations[i] if i < len(relations) and relations[i].key == key else None


class _CopyOnWrite:
    """A graph whose node, successor and predecessor dicts start as the old graph's and are
    copied the first time they are written."""

    def __init__(self, g: nx.MultiDiGraph):
        new = nx.MultiDiGraph()
        new.graph = dict(g.graph)
        new._node = dict(g._node)
        new._succ = new._adj = dict(g._succ)
        new._pred = dict(g._pred)
        self.new = new
        self._own_succ: set = set()
        self._own_pred: set = set()

    def _succ(self, u):
        new = self.new
        if u not in self._own_succ:
            new._succ[u] = dict(new._succ.get(u, {}))
            self._own_succ.add(u)
        return new._succ[u]

    def _pred(self, v):
        new = self.new
        if v not in self._own_pred:
            new._pred[v] = dict(new._pred.get(v, {}))
            self._own_pred.add(v)
        return new._pred[v]

    def _drop_edge(self, u, v, key) -> None:
        keys = dict(self.new._succ.get(u, {}).get(v, {}))
        if keys.pop(key, None) is None:
            return
        if keys:
            self._succ(u)[v] = self._pred(v)[u] = keys
        else:
            del self._succ(u)[v]
            del self._pred(v)[u]

    def drop_entity(self, eid: str) -> None:
        """Remove an entity that is gone, with its edges."""
        new = self.new
        if eid not in new._node:
            return
        for v in list(new._succ.get(eid, {})):
            del self._pred(v)[eid]
        for u in list(new._pred.get(eid, {})):
            del self._succ(u)[eid]
        del new._node[eid], new._succ[eid], new._pred[eid]
        self._own_succ.discard(eid)
        self._own_pred.discard(eid)

    def put_entity(self, eid: str, e) -> None:
        """Add an entity, or replace its attributes (its edges stay)."""
        new = self.new
        new._node[eid] = {
            "kind": "entity",
            "name": e.name,
            "type": e.type,
            "aliases": list(e.aliases),
            "mentions": e.mentions,
            "roles": list(e.roles),
            "merges": list(e.merges),
        }
        if eid not in new._succ:
            new._succ[eid], new._pred[eid] = {}, {}
            self._own_succ.add(eid)
            self._own_pred.add(eid)

    def put_relation(self, key: tuple[str, str, str], rel) -> None:
        """Replace the edge of relation ``key`` by ``rel``, or drop it when ``rel`` is None."""
        subject, rel_type, obj = key
        self._drop_edge(subject, obj, rel_type)
        new = self.new
        if rel is None or subject not in new._node or obj not in new._node:
            return
        keys = dict(new._succ[subject].get(obj, {}))
        keys[rel_type] = {
            "type": rel.type,
            "confidence": rel.confidence,
            "evidence": [ev.to_dict() for ev in rel.evidence],
        }
        self._succ(subject)[obj] = self._pred(obj)[subject] = keys
