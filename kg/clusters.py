"""Name keys merged into clusters (one per real-world thing) by rules, each recorded: ``spelling``,
``apposition``, ``transliteration``, ``series``, ``lexicon``, ``short-form``, ``abbreviation``,
``address-part`` (see kg.resolve);
each cluster's record (display name, type by its mentions' votes, aliases) and its entity id.

``ClusterRules`` is the part of ``kg.resolve.Resolution`` that recomputes the clusters an update
touches; its state is declared in ``Resolution.__init__``."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import NamedTuple

from networkx.utils import UnionFind

from .names import is_hangul, is_latin, name_key, slug, sound_key, split_version
from .public_bodies import abbreviates
from .tally import from_exact, index_update, ordered_sum

# types a short form never joins: an organisation's name is not a person's or a model's
_NOT_ORGS = frozenset({"Person", "Model", "Date"})

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


def _may_be_one(hangul: str, latin: str, hangul_type: str | None, latin_type: str | None) -> bool:
    """Sound alone never merges two names of different types, nor names whose capital-letter
    acronyms differ ('KT 클라우드' is not 'Claude': the skeleton drops KT on one side only)."""
    acronyms = [sorted(re.findall(r"[A-Z]{2,4}\b", t)) for t in (hangul, latin)]
    if acronyms[0] != acronyms[1]:
        return False
    return hangul_type is None or latin_type is None or hangul_type == latin_type


def _is_range_version(name: str) -> bool:
    v = split_version(name)
    return bool(v and "~" in v[1])


def _sounds(text: str) -> set[str]:
    """The sound keys a Latin spelling is found by (with a hard and a soft g)."""
    return {s for s in (sound_key(text), sound_key(text, soft_g=True)) if len(s) >= 2}


def _id_group(base: str) -> str:
    """Slugs whose ids can collide (claude, claude-2, claude-2-2) share a group."""
    return re.sub(r"(-\d+)+$", "", base)


class Record(NamedTuple):
    """An entity as its cluster's mentions give it, before types that depend on others."""

    name: str
    type: str  # by its mentions' votes
    aliases: list[str]
    mentions: int
    merges: list[dict]
    base: str  # slug of the name: its id unless another entity has it
    first: tuple  # corpus position of its first mention
    share: dict[str, float]  # type -> its share of the mentions' votes


def _canonical(counts: Counter, root: str, res) -> str:
    """Display name: the lexicon's, else the most used Latin spelling, else the most used one.
    Series forms ('Claude 1~3') never name the family."""
    for text in counts:
        entry = res.lexicon_by_key.get(name_key(text))
        if entry:
            return entry.name
    pool = [t for t in counts if not _is_range_version(t)] or list(counts)
    latin = [t for t in pool if is_latin(t) and not is_hangul(t)]
    pool = latin or pool
    return sorted(pool, key=lambda t: (-counts[t], len(t), t))[0]


def _type_of(name: str, votes: Counter) -> str:
    votes = Counter(
        {
            k: v
            for k, v in votes.items()
            if k in {"Company", "Organization", "Person", "Model", "Place", "Investor", "Date"}
        }
    )
    if votes.get("Investor") and not votes.get("Person"):
        votes["Company"] += votes.pop("Investor")
    if votes:
        return votes.most_common(1)[0][0]
    if re.search(r"\d", name) and is_latin(name):
        return "Model"
    return "Concept"


def _unique(base: str, used: set[str]) -> str:
    eid, n = base, 2
    while eid in used:
        eid, n = f"{base}-{n}", n + 1
    used.add(eid)
    return eid


class ClusterRules:
    """Spellings, merge rules, cluster records and entity ids (a part of ``Resolution``)."""

    def _update_spellings(self, touched: set[str]) -> set[str]:
        """Bring each touched key's most written spelling and the sound indexes up to date;
        returns the keys whose clusters must be recomputed (with those a sound now matches)."""
        seeds = set(touched)
        for key in touched:
            old = self._top.get(key)
            row = self._surfaces.get(key)
            new = min(row, key=lambda s: (-row[s].total, row[s].first)) if row else None
            if old == new:
                continue
            for top, add in ((old, False), (new, True)):
                if top is None:
                    continue
                if is_latin(top) and not is_hangul(top):
                    for sk in _sounds(top):
                        index_update(self._latin_by_sound, sk, key, add)
                        seeds |= self._hangul_by_sound.get(sk, set())
                elif is_hangul(top):
                    index_update(self._hangul_by_sound, sound_key(top), key, add)
                    index_update(self._hangul_by_first, top[0], key, add)
            if new is None:
                del self._top[key]
            else:
                self._top[key] = new
        # a Latin name whose votes changed may now be (or stop being) a Hangul name's spelling
        for key in touched:
            top = self._top.get(key)
            if top is not None and is_latin(top) and not is_hangul(top):
                for sk in _sounds(top):
                    seeds |= self._hangul_by_sound.get(sk, set())
        return seeds

    def _key_type(self, key: str) -> str | None:
        """The type the mentions of one spelling vote for, before any merge."""
        votes = ordered_sum([self._votes.get(key)])
        votes = Counter({t: from_exact(v) for t, v in votes.items()})
        return votes.most_common(1)[0][0] if votes else None

    def _neighbours(self, key: str, res) -> list[str]:
        """The keys a rule merges ``key`` with, as the facts are now."""
        top = self._top.get(key)
        if top is None:
            return []
        out = [k for triple in self._apposition_edges.get(key, ()) for k in triple[:2]]
        if _is_range_version(top):
            out.append(name_key(split_version(top)[0]))
        fixed = self._written_for(key, res)
        if fixed is not None:
            out.append(fixed[0])
        match = self._transliteration(key)
        if match is not None:
            out.append(match)
        address = self._address_target(key)
        if address is not None:
            out.append(address)
        out.extend(self._short_forms(key, res))
        out.extend(self._abbreviated(key))
        # every one-word name that ends this address: whether it now ends one address only
        # depends on this key's type
        out.extend(self._parts_of.get(key, ()))
        return out

    def _written_for(self, key: str, res) -> tuple[str, str] | None:
        """The key of what ``key`` is another way of writing, by the lexicon ("페이스북" is
        Meta) or as a country's Hanja letter ("美" is 미국), with the rule's name."""
        entry = res.lexicon_by_key.get(key)
        if entry:
            return name_key(entry.name), "lexicon"
        country = res.grammar.hanja_countries.get(self._top.get(key, ""))
        return (name_key(country), "hanja") if country else None

    def _address_target(self, key: str) -> str | None:
        """The one address a one-word place name ends in the documents that write both, when
        both are places and there is exactly one such address in the corpus."""
        if key not in self._top or self._key_type(key) != "Place":
            return None
        chains = [c for c in self._address_of.get(key, ()) if self._key_type(c) == "Place"]
        return chains[0] if len(chains) == 1 else None

    def _short_forms(self, key: str, res) -> list[str]:
        """The keys that write the same organisation with its ending shortened or in full
        ("충남대" and "충남대학교", grammar.toml organisations.short_forms), when neither
        spelling is typed a person or a model."""
        top = self._top.get(key)
        if top is None or self._key_type(key) in _NOT_ORGS:
            return []
        out = []
        for full, short in res.grammar.short_forms:
            for have, want in ((full, short), (short, full)):
                if top.endswith(have) and len(top) > len(have) + 1:
                    other = name_key(top[: -len(have)] + want)
                    if other in self._top and self._key_type(other) not in _NOT_ORGS:
                        out.append(other)
        return out

    def _abbreviated(self, key: str) -> list[str]:
        """The keys that write the same public body abbreviated or in full ("과기정통부" and
        "과학기술정보통신부", kg.public_bodies.abbreviates), either way round, when neither
        spelling is typed a person or a model."""
        top = self._top.get(key)
        if top is None or not is_hangul(top) or self._key_type(key) in _NOT_ORGS:
            return []
        return [
            other
            for other in self._hangul_by_first.get(top[0], ())
            if other != key
            and self._key_type(other) not in _NOT_ORGS
            and (abbreviates(top, self._top[other]) or abbreviates(self._top[other], top))
        ]

    def _transliteration(self, key: str) -> str | None:
        """The one Latin key a Hangul spelling sounds like, if exactly one does and their types
        and acronyms do not say otherwise (``_may_be_one``)."""
        top = self._top[key]
        if not is_hangul(top) or split_version(top):
            return None
        sk = sound_key(top)
        matches = self._latin_by_sound.get(sk, ())
        if len(sk) < 2 or len(matches) != 1:
            return None
        match = next(iter(matches))
        if not _may_be_one(top, self._top[match], self._key_type(key), self._key_type(match)):
            return None
        return match

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
            if _is_range_version(top):
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
            fulls = [o for o in self._abbreviated(k) if abbreviates(self._top[k], self._top[o])]
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
        counts = Counter({text: n for _, text, n in spellings})
        votes = ordered_sum(self._votes.get(k) for k in members)
        votes = Counter({vtype: from_exact(v) for vtype, v in votes.items()})
        name = _canonical(counts, label, res)
        total = sum(votes.values()) or 1.0
        return Record(
            share={t: v / total for t, v in votes.items()},
            name=name,
            type=_type_of(name, votes),
            aliases=sorted(counts, key=lambda s: (-counts[s], s)),
            mentions=sum(counts.values()),
            merges=[{"alias": note, "rule": rule} for note, rule in rules.get(label, [])],
            base=slug(name),
            first=spellings[0][0],
        )

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
            group = _id_group(self._record[label].base)
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
                new_id = _unique(self._record[label].base, used)
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
