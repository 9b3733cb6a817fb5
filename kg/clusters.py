"""Name keys merged into clusters (one per real-world thing) by the rules of ``kg.merge_rules``,
each merge recorded; each cluster's record (``kg.records``) and its entity id.

``ClusterRules`` is the part of ``kg.resolve.Resolution`` that recomputes the clusters an update
touches; its state is declared in ``Resolution.__init__``."""

from __future__ import annotations

from collections import Counter, defaultdict

from networkx.utils import UnionFind

from .merge_rules import MergeRules, is_range_version
from .names import name_key, split_version
from .records import Record, id_group, record_of, unique_id
from .tally import from_exact, ordered_sum

__all__ = ["ClusterRules", "Record"]


class _Clusters:
    """Name keys merged by rules: networkx's union-find holds the sets; each set keeps a label
    (the key of the first argument of its first merge, so ids and orders do not depend on which
    root the union-find picks) and the rules that merged it."""

    def __init__(self):
        self._sets = UnionFind()
        self._label: dict[str, str] = {}  # union-find root -> the set's label
        self.rules: dict[str, list[tuple[str, str]]] = defaultdict(list)  # label -> (note, rule)

    def find(self, k: str) -> str:
        """The label of k's set (k becomes a set of its own if it is new)."""
        root = self._sets[k]
        return self._label.setdefault(root, root)

    def union(self, a: str, b: str, rule: str, note: str) -> None:
        la, lb = self.find(a), self.find(b)
        if la == lb:
            return
        self._sets.union(a, b)
        self._label[self._sets[a]] = la
        self.rules[la].extend(self.rules.pop(lb, []))
        self.rules[la].append((note, rule))

    def sets(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for k in self._sets:
            out.setdefault(self.find(k), []).append(k)
        return out


class ClusterRules(MergeRules):
    """Clusters replayed over the keys an update touches, their records and entity ids (a part
    of ``Resolution``)."""

    def _closure(self, seeds: set[str], res) -> set[str]:
        """The seeds with every key of their old clusters and every key a rule now merges them
        with, transitively: the keys whose clusters are recomputed (whole clusters, before and
        after, so that replaying the rules over them alone gives what replaying all would)."""
        keys: set[str] = set()
        todo = list(seeds)
        while todo:
            k = todo.pop()
            if k in keys:
                continue
            keys.add(k)
            label = self._label.get(k)
            if label is not None:
                todo.extend(self._keys[label])
            todo.extend(self._neighbours(k, res))
        return keys

    def _key_first(self, key: str) -> tuple:
        return min(t.first for t in self._surfaces[key].values())

    def _recluster(self, keys: set[str], old_labels: set[str], res) -> set[str]:
        """Replay the merge rules over ``keys`` in corpus order (rule by rule, as over the whole
        corpus); returns the labels of the clusters they now form that hold mentions."""
        mention_keys = sorted((k for k in keys if k in self._surfaces), key=self._key_first)
        clusters = _Clusters()
        for k in mention_keys:
            clusters.find(k)
        # series: "Claude 1~3" names the family Claude itself
        for k in mention_keys:
            top = self._top[k]
            if is_range_version(top):
                clusters.union(name_key(split_version(top)[0]), k, "series", top)
        # lexicon aliases, a country's Hanja letter
        for k in mention_keys:
            fixed = self._written_for(k, res)
            if fixed is not None:
                clusters.union(fixed[0], k, fixed[1], self._top[k])
        # apposition, in the order the corpus states them
        triples = {tr for k in keys for tr in self._apposition_edges.get(k, ())}
        for ka, kb, note in sorted(triples, key=lambda tr: self._appositions[tr].first):
            clusters.union(ka, kb, "apposition", note)
        # transliteration: a Hangul name that sounds like exactly one Latin name is it
        for k in mention_keys:
            match = self._transliteration(k)
            if match is not None:
                clusters.union(match, k, "transliteration", f"{self._top[k]} ~ {self._top[match]}")
        # short form: '충남대' is '충남대학교'
        for k in mention_keys:
            for other in self._short_forms(k, res):
                if other in keys:
                    clusters.union(other, k, "short-form", f"{self._top[k]} = {self._top[other]}")
        # abbreviation: '과기정통부' is '과학기술정보통신부' when it abbreviates no other name
        for k in mention_keys:
            fulls = self._fulls(k, res)
            if len(fulls) == 1 and fulls[0] in keys:
                note = f"{self._top[k]} = {self._top[fulls[0]]}"
                clusters.union(fulls[0], k, "abbreviation", note)
        # address part: '유성구' written after '대전 유성구' is that place
        for k in sorted(mention_keys):
            address = self._address_target(k)
            if address is not None:
                clusters.union(address, k, "address-part", f"{self._top[k]} < {self._top[address]}")
        for k in keys:
            self._label.pop(k, None)
        for label in old_labels:
            self._keys.pop(label, None)
            self._record.pop(label, None)
        found: set[str] = set()
        for label, members in clusters.sets().items():
            for k in members:
                self._label[k] = label
            self._keys[label] = members
            if any(k in self._surfaces for k in members):
                found.add(label)
                self._record[label] = self._make_record(label, members, clusters.rules, res)
        return found

    def _make_record(self, label: str, members: list[str], rules, res) -> Record:
        spellings = sorted(
            (t.first, text, t.total)
            for k in members
            for text, t in self._surfaces.get(k, {}).items()
        )
        votes = ordered_sum(self._votes.get(k) for k in members)
        votes = Counter({vtype: from_exact(v) for vtype, v in votes.items()})
        merges = [{"alias": note, "rule": rule} for note, rule in rules.get(label, [])]
        return record_of(spellings, votes, merges, res)

    def _assign_ids(
        self, old_labels: set[str], new_labels: set[str], old_ids: dict[str, str]
    ) -> dict[str, str]:
        """Ids of every cluster whose slug can collide with a changed one's, in global order
        (most mentioned first, then by label); returns the other clusters whose id changed, with
        their old id."""
        groups: set[str] = set()
        for label in old_labels | new_labels:
            group = self._group_of.pop(label, None)
            if group is not None:
                self._id_groups[group].discard(label)
                groups.add(group)
            old = self._id.pop(label, None)
            if old is not None and self._label_of_id.get(old) == label:
                del self._label_of_id[old]
        for label in new_labels:
            group = id_group(self._record[label].base)
            self._group_of[label] = group
            self._id_groups.setdefault(group, set()).add(label)
            groups.add(group)
        renamed: dict[str, str] = {}
        for group in groups:
            members = self._id_groups.get(group)
            if not members:
                self._id_groups.pop(group, None)
                continue
            used: set[str] = set()
            for label in sorted(members, key=lambda lb: (-self._record[lb].mentions, lb)):
                new_id = unique_id(self._record[label].base, used)
                old = self._id.get(label)
                if label not in new_labels and old != new_id:
                    renamed[label] = old
                if old is not None and self._label_of_id.get(old) == label:
                    del self._label_of_id[old]
                self._id[label] = new_id
            for label in members:
                self._label_of_id[self._id[label]] = label
        old_ids.update(renamed)
        return renamed
