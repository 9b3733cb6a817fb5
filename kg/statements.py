"""Relation candidates (statements in sentences) -> typed relations: each candidate is assigned
to the relation its resolved ends make it state, and a relation is folded from everything that
states it, with evidence once per sentence; the first INVESTED_IN makes its subject an Investor.

``RelationRules`` is the part of ``kg.resolve.Resolution`` that does this for what an update
touched; its state is declared in ``Resolution.__init__``."""

from __future__ import annotations

from .extraction import RelKey
from .facts import Candidate, CandRef
from .model import Evidence, Relation

__all__ = ["RelationRules"]

_ORGS = frozenset({"Company", "Organization"})
_UNSEEN = object()


def _typed(rel_type: str, s, o, frames):
    """The relation a candidate states once its ends are typed, or None when they do not fit."""
    if rel_type == "GENITIVE":
        if s.type in _ORGS | {"Person"} and o.type == "Model":
            return "DEVELOPED", s, o
        if s.type in _ORGS and o.type == "Person":
            return "WORKED_AT", o, s
        if s.type == "Place" and o.type in _ORGS:
            return "LOCATED_IN", o, s  # "사우디아라비아의 아람코"
        return None, s, o
    frame = frames.get(rel_type)
    if frame is None:
        if rel_type == "LOCATED_IN" and o.type == "Place" and s.type in _ORGS:
            return rel_type, s, o
        return None, s, o
    if rel_type in {"FOUNDED_IN", "RELEASED_IN"}:
        if o.type != "Date":
            return None, s, o
        if rel_type == "FOUNDED_IN" and s.type not in _ORGS | {"Concept"}:
            return None, s, o
        if rel_type == "RELEASED_IN" and s.type not in {"Model", "Concept"}:
            return None, s, o
        return rel_type, s, o
    if s.type in frame.subject_types and o.type in frame.object_types:
        return rel_type, s, o
    if frame.symmetric and o.type in frame.subject_types and s.type in frame.object_types:
        return rel_type, s, o
    return None, s, o


class RelationRules:
    """Candidates assigned to relations, relations rebuilt (a part of ``Resolution``)."""

    def _update_candidates(self, touched: set[CandRef], keys, moved, retyped, res) -> set[RelKey]:
        """Assign each candidate whose document or ends changed to the relation it now states;
        returns the relations that gained or lost a candidate."""
        cands = set(touched)
        for ref in {
            *("n:" + k for k in [*keys, *self._keys_of(moved)]),
            *("d:" + v for v in retyped),
        }:
            # a candidate's relation follows from its ends' ids and types: where an end's are
            # what its candidates were last assigned with, they stay where they are (a mention
            # in 1 of 40 copies of a text does not re-assign the other 39)
            now = self._ent(ref)
            if self._assigned_with.get(ref, _UNSEEN) != now:
                self._assigned_with[ref] = now
                cands |= self._cands_of_ref.get(ref, set())
        dirty: set[RelKey] = set()
        for cref in cands:
            old = self._rel_of_cand.pop(cref, None)
            if old is not None:
                dirty.add(old)
                self._cands_of_rel[old].discard(cref)
            facts = self._facts.get(cref[0])
            c = facts.candidates.get(cref[1]) if facts is not None else None
            if c is None:
                continue  # its document left, or no longer states it
            key = self._relation_key(c, res)
            if key is not None:
                self._rel_of_cand[cref] = key
                self._cands_of_rel.setdefault(key, set()).add(cref)
                dirty.add(key)
        return dirty

    def _relation_key(self, c: Candidate, res) -> RelKey | None:
        """The relation a candidate states, typed by its ends, or None."""
        s, o = self._ent(c.subject), self._ent(c.object)
        if s is None or o is None or s.id == o.id:
            return None
        rel_type, s, o = _typed(c.type, s, o, res.frame_of)
        if rel_type is None or (rel_type != c.type and c.type == "GENITIVE" and s.id == o.id):
            return None
        spec = res.frame_of.get(rel_type)
        if spec is not None and spec.symmetric and s.id > o.id:
            s, o = o, s
        return (s.id, rel_type, o.id)

    def _rebuild_relation(self, key: RelKey, roles_changed: set[str]) -> None:
        """A relation from everything that states it, folded in corpus order (the version edge
        first): confidence grows with every independent statement; evidence once per sentence."""
        parts: list[tuple[float, Evidence | None, str]] = []
        label = self._version_of_rel.get(key)
        if label is not None:
            parts.append((0.9, self._version[label][1], ""))
        crefs = self._cands_of_rel.get(key)
        for doc_id, idx in sorted(crefs or ()):
            c = self._facts[doc_id].candidates[idx]
            parts.append((c.confidence, c.evidence, c.role))
        if crefs is not None and not crefs:
            del self._cands_of_rel[key]
        old = self._relations.pop(key, None)
        if old is not None and old.type == "INVESTED_IN":
            self._invest(old.subject, -1, roles_changed)
        if not parts:
            return
        first_confidence, first_ev, first_role = parts[0]
        rel = Relation(
            key[1], key[0], key[2], first_confidence, [first_ev] if first_ev else [], first_role
        )
        seen = {e.sentence_id for e in rel.evidence}
        for confidence, ev, role in parts[1:]:
            rel.role = rel.role or role
            if ev is not None and ev.sentence_id not in seen:
                rel.evidence.append(ev)
                seen.add(ev.sentence_id)
            # independent statements make a fact surer
            rel.confidence = round(1 - (1 - rel.confidence) * (1 - confidence) ** 0.5, 3)
        self._relations[key] = rel
        if rel.type == "INVESTED_IN":
            self._invest(rel.subject, +1, roles_changed)

    def _invest(self, entity_id: str, delta: int, roles_changed: set[str]) -> None:
        """Count an INVESTED_IN relation of an entity: the first makes it an Investor."""
        before = self._investments[entity_id] > 0
        self._investments[entity_id] += delta
        after = self._investments[entity_id] > 0
        if not after:
            del self._investments[entity_id]
        label = self._label_of_id.get(entity_id)
        if before != after and label is not None:
            roles_changed.add(label)
