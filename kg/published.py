"""The tables an ``Extraction`` is made of, changed by delta: entities by id (in id order),
relations (in key order), the entity each mention resolves to, and the index of every name.

``Resolution`` publishes a new ``Extraction`` after each update.  Rebuilding these tables from
every entity and relation cost a change time in proportion to the corpus (at 2,500 entities,
two thirds of removing one short document); ``Published.changed`` copies the old tables (a dict
copy is a C loop) and rewrites only what the update touched.  A reader holding the old
``Extraction`` keeps the old tables, unchanged.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field

from .extraction import RelKey
from .facts import Ref
from .model import Entity, Relation
from .names import name_key
from .resources import resources

__all__ = ["Published"]


@dataclass
class Published:
    """One version of the reader tables (never changed once an ``Extraction`` shares them)."""

    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    entity_of_ref: dict[Ref, Entity] = field(default_factory=dict)
    alias_index: dict[str, str] = field(default_factory=dict)
    _rel_keys: list[RelKey] = field(default_factory=list)
    # name key -> ids of the entities named so: the index gives the least (as iterating the
    # entities in id order with setdefault did)
    _named: dict[str, frozenset[str]] = field(default_factory=dict)
    # last unit of a multi-word address -> ids of the places ending in it
    _ends: dict[str, frozenset[str]] = field(default_factory=dict)

    def changed(
        self,
        entities: Mapping[str, Entity | None],
        refs: Mapping[Ref, Entity | None],
        relations: Mapping[RelKey, Relation | None],
    ) -> Published:
        """New tables with ``entities`` (id -> entity now, None when gone), ``refs`` and
        ``relations`` (key -> relation now, None when gone) written over these."""
        new = Published(
            entities=self.entities,
            relations=self.relations,
            entity_of_ref=self.entity_of_ref,
            alias_index=self.alias_index,
            _rel_keys=self._rel_keys,
            _named=self._named,
            _ends=self._ends,
        )
        if entities:
            new._put_entities(entities)
        if refs:
            new.entity_of_ref = _patched(self.entity_of_ref, refs)
        if relations:
            new._put_relations(relations)
        return new

    def _put_entities(self, now: Mapping[str, Entity | None]) -> None:
        old_entities = self.entities
        entities = dict(old_entities)
        named, ends = dict(self._named), dict(self._ends)
        keys: set[str] = set()
        added = False
        for eid, entity in now.items():
            old = entities.pop(eid, None) if entity is None else entities.get(eid)
            if old is not None:
                keys |= _unlink(named, ends, old)
            if entity is not None:
                added = added or old is None
                entities[eid] = entity
                keys |= _link(named, ends, entity)
        # ids stay in order: a new one puts the whole table in order again
        self.entities = dict(sorted(entities.items())) if added else entities
        self._named, self._ends = named, ends
        index = dict(self.alias_index)
        for key in keys:
            ids = named.get(key) or (ends.get(key) if len(ends.get(key, ())) == 1 else None)
            if ids:
                index[key] = min(ids)
            else:
                index.pop(key, None)
        self.alias_index = index

    def _put_relations(self, now: Mapping[RelKey, Relation | None]) -> None:
        keys, relations = list(self._rel_keys), list(self.relations)
        for key, rel in now.items():
            i = bisect.bisect_left(keys, key)
            there = i < len(keys) and keys[i] == key
            if rel is None:
                if there:
                    del keys[i], relations[i]
            elif there:
                relations[i] = rel
            else:
                keys.insert(i, key)
                relations.insert(i, rel)
        self._rel_keys, self.relations = keys, relations


def _patched(table: dict, now: Mapping) -> dict:
    out = dict(table)
    for k, v in now.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = v
    return out


def _name_keys(e: Entity) -> set[str]:
    return {name_key(alias) for alias in [e.name, *e.aliases]} | {name_key(e.id)}


def _end_key(e: Entity) -> str | None:
    """An address is also found by its last unit ('서울 강남구' by '강남구', as the address-part
    merge reads a later '강남구'), unless two addresses end in it ('서울 중구', '부산 중구')."""
    last = e.name.split()[-1] if e.type == "Place" and " " in e.name else ""
    if len(last) >= 2 and last[-1] in resources().grammar.address_units:
        return name_key(last)
    return None


def _link(named: dict, ends: dict, e: Entity) -> set[str]:
    keys = _name_keys(e)
    for key in keys:
        named[key] = named.get(key, frozenset()) | {e.id}
    end = _end_key(e)
    if end is not None:
        ends[end] = ends.get(end, frozenset()) | {e.id}
        keys.add(end)
    return keys


def _unlink(named: dict, ends: dict, e: Entity) -> set[str]:
    keys = _name_keys(e)
    for key in keys:
        _drop(named, key, e.id)
    end = _end_key(e)
    if end is not None:
        _drop(ends, end, e.id)
        keys.add(end)
    return keys


def _drop(table: dict, key: str, eid: str) -> None:
    left = table.get(key, frozenset()) - {eid}
    if left:
        table[key] = left
    else:
        table.pop(key, None)
