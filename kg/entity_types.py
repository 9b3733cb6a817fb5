"""Types that depend on other entities: by the roles clauses give a name ("Claude를 개발한": a
model), by the names listed with it, by its version family ("Claude 3" is a version of the model
Claude, VERSION_OF); and the date entities.

``TypeRules`` is the part of ``kg.resolve.Resolution`` that recomputes the types an update can
change, in the order the rules apply; its state is declared in ``Resolution.__init__``."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from .extraction import RelKey
from .facts import Ref, Touched
from .model import Entity, Evidence
from .names import name_key, split_version
from .tally import from_exact, ordered_sum

__all__ = ["TypeRules"]


class _Ent(NamedTuple):
    id: str
    type: str


def _date_name(value: str) -> str:
    parts = value.split("-")
    out = f"{int(parts[0])}년"
    if len(parts) > 1:
        out += f" {int(parts[1])}월"
    if len(parts) > 2:
        out += f" {int(parts[2])}일"
    return out


class TypeRules:
    """Date entities, types by roles, by peers and by version family (a part of ``Resolution``)."""

    def _update_dates(self, values: set[str]) -> set[str]:
        """Date entities of the values touched; returns those whose type changed (the rule by
        roles applies to dates as to names, however rarely it moves one)."""
        retyped = set()
        for value in values:
            row = self._dates.get(value)
            old = self._date_entity.pop(value, None)
            if not row:
                continue
            spellings = sorted(row.items(), key=lambda kv: kv[1].first)
            mentions = sum(t.total for _, t in spellings)
            entity = Entity(
                id=value,
                name=_date_name(value),
                type=self._by_roles(["d:" + value], "Date", mentions, {}),
                aliases=[text for text, _ in spellings],
                mentions=mentions,
                value=value,
            )
            self._date_entity[value] = entity
            if old is not None and old.type != entity.type:
                retyped.add(value)
        return retyped

    def _label_of_ref(self, ref: Ref) -> str | None:
        return self._label.get(ref[2:]) if ref.startswith("n:") else None

    def _ent(self, ref: Ref) -> _Ent | None:
        """The entity a mention resolves to: its id and final type."""
        if ref.startswith("d:"):
            e = self._date_entity.get(ref[2:])
            return _Ent(e.id, e.type) if e is not None else None
        label = self._label.get(ref[2:])
        if label is None or label not in self._record:
            return None
        return _Ent(self._id[label], self._type5[label])

    def _peer_labels(self, keys: Iterable[str]) -> set[str]:
        """Clusters listed together with any of ``keys``."""
        out = set()
        for k in keys:
            for ref in self._peers.get(k, ()):
                label = self._label_of_ref(ref)
                if label is not None and label in self._record:
                    out.add(label)
        return out

    def _keys_of(self, labels: Iterable[str]) -> list[str]:
        return [k for lb in labels for k in self._keys.get(lb, ())]

    def _update_types(
        self, t: Touched, keys: set[str], new_labels: set[str], renamed, dirty_rels, retyped
    ) -> set[str]:
        """Types by roles, by peers and by version family, recomputed where they can change (and
        VERSION_OF edges with them); returns the clusters whose type or version changed."""
        # by roles: "Claude를 개발한" makes Claude a model
        by_roles = set(new_labels)
        by_roles |= {lb for r in t.role_refs if (lb := self._label_of_ref(r)) in self._record}
        changed3 = set()
        for label in by_roles:
            old = self._type3.get(label)
            self._type3[label] = self._role_type(label)
            if old != self._type3[label] or label in new_labels:
                changed3.add(label)
        # by peers: things listed together are usually of one kind
        by_peers = by_roles | self._peer_labels(t.peer_keys) | self._peer_labels(keys)
        by_peers |= self._peer_labels(self._keys_of(changed3))
        if retyped:  # a date whose type moved: whatever is listed with it (rare: scan)
            refs = {"d:" + v for v in retyped}
            by_peers |= {self._label[k] for k, row in self._peers.items() if refs & row.keys()}
            by_peers &= set(self._record)
        changed4 = set()
        for label in by_peers:
            old = self._type4.get(label)
            self._type4[label] = self._peer_type(label)
            if old != self._type4[label] or label in new_labels:
                changed4.add(label)
        # by version family: a version of a model is a model; VERSION_OF edges
        families = set(keys) | set(self._keys_of(changed4 | set(renamed)))
        dirty = by_peers | set(renamed) | self._family_dependents(families)
        return changed4 | self._update_versions(dirty, dirty_rels)

    def _role_type(self, label: str) -> str:
        rec = self._record[label]
        refs = ["n:" + k for k in self._keys[label]]
        return self._by_roles(refs, rec.type, rec.mentions, rec.share)

    def _by_roles(self, refs: list[Ref], own: str, mentions: int, share: dict) -> str:
        """Types the text gives through what a thing does ("Claude를 개발한": a model)."""
        votes = ordered_sum(self._roles.get(r) for r in refs)
        votes = Counter({t: from_exact(v) for t, v in votes.items()})
        if own == "Concept" and votes:
            return votes.most_common(1)[0][0]
        fits = [types for r in refs for types in self._fits.get(r, {})]
        if not fits or any(own in f for f in fits):
            return own
        # the tagger's type fits none of the roles the clauses give the name: when two or more
        # clauses say so, or the tagger was unsure, a type it also saw that fits them all wins
        # ("업스테이지는 솔라를 개발했다" -> a company); a name written no more often than sure
        # clauses give it a role has no other evidence: the roles' type wins.  Ties go to the
        # type first in alphabetical order.
        roles = sum(t.total for r in refs for t in self._fits.get(r, {}).values())
        sure = sum(t.total for r in refs for t in self._sure.get(r, {}).values())
        agree = sorted(frozenset.intersection(*fits))
        alt = [t for t in agree if share.get(t, 0) >= 0.01]
        if alt and (roles >= 2 or share.get(own, 0) < 0.8):
            return max(alt, key=lambda t: share[t])
        if agree and mentions <= sure:
            return max(agree, key=lambda t: votes.get(t, 0))
        return own

    def _peer_type(self, label: str) -> str:
        own = self._type3[label]
        if own != "Concept":
            return own
        totals: dict[str, int] = {}
        first: dict[str, tuple] = {}
        for k in self._keys[label]:
            for ref, tally in self._peers.get(k, {}).items():
                other = self._label_of_ref(ref)
                if other == label:
                    continue
                if other is None:
                    date = self._date_entity.get(ref[2:])
                    if date is None:
                        continue
                    other_type = date.type
                else:
                    other_type = self._type3[other]
                totals[other_type] = totals.get(other_type, 0) + tally.total
                if other_type not in first or tally.first < first[other_type]:
                    first[other_type] = tally.first
        typed = Counter(
            {
                ty: totals[ty]
                for ty in sorted(totals, key=first.__getitem__)
                if ty not in {"Concept", "Date"}
            }
        )
        return typed.most_common(1)[0][0] if typed else own

    def _family_dependents(self, family_keys: Iterable[str]) -> set[str]:
        """Clusters with a spelling that is a version of one of ``family_keys``."""
        out = set()
        for k in family_keys:
            for child in self._version_children.get(k, ()):
                label = self._label.get(child)
                if label in self._record:
                    out.add(label)
        return out

    def _update_versions(self, dirty: set[str], dirty_rels: set[RelKey]) -> set[str]:
        """The version step in label order, as over the whole corpus: a version reads its
        family's type after the family's own version step when the family's label sorts first.
        Returns the clusters whose type or VERSION_OF edge changed."""
        todo = [lb for lb in dirty if lb in self._record]
        heapq.heapify(todo)
        done: set[str] = set()
        changed = set()
        while todo:
            label = heapq.heappop(todo)
            if label in done:
                continue
            done.add(label)
            old_type = self._type5.get(label)
            self._type5[label], version = self._version_step(label)
            if self._set_version(label, version, dirty_rels):
                changed.add(label)
            if old_type != self._type5[label]:
                changed.add(label)
                family_keys = self._keys[label]
                for dep in self._family_dependents(family_keys):
                    if dep > label and dep not in done:
                        heapq.heappush(todo, dep)
        return changed

    def _version_step(self, label: str) -> tuple[str, tuple[RelKey, Evidence | None] | None]:
        """ "Claude 3" VERSION_OF "Claude", "GPT-4 Turbo" VERSION_OF "GPT-4"."""
        rec = self._record[label]
        own_type = self._type4[label]
        for alias in rec.aliases:
            v = split_version(alias)
            if not v or "~" in v[1]:
                continue
            family = self._label.get(name_key(v[0]))
            if family is None or family not in self._record or family == label:
                continue
            family_type = self._type5[family] if family < label else self._type4[family]
            if own_type in {"Concept", "Company"} and family_type == "Model":
                own_type = "Model"
            doc_id, idx = rec.first[0], rec.first[1]
            _key, sid, start, end = self._facts[doc_id].names[idx]
            s = self._facts[doc_id].sentences.get(sid)
            ev = Evidence(s.id, s.text, "version-name", (start, end), None) if s else None
            return own_type, ((self._id[label], "VERSION_OF", self._id[family]), ev)
        return own_type, None

    def _set_version(self, label: str, version, dirty_rels: set[RelKey]) -> bool:
        """Record a cluster's VERSION_OF edge (None: none); True when it changed."""
        old = self._version.get(label)
        if old == version:
            return False
        if old is not None:
            if self._version_of_rel.get(old[0]) == label:
                del self._version_of_rel[old[0]]
            dirty_rels.add(old[0])
        if version is None:
            self._version.pop(label, None)
        else:
            self._version[label] = version
            self._version_of_rel[version[0]] = label
            dirty_rels.add(version[0])
        return True
