"""Corpus-wide resolution: mentions -> entities (one per real-world thing), candidates ->
typed relations with evidence.

Names are merged by rules, each recorded on the entity so a user can see why two names are one:
``spelling`` (Hugging Face = HuggingFace, DALL-E = DALL·E), ``apposition`` (업스테이지(Upstage)),
``transliteration`` (업스테이지 ~ Upstage by sound, across documents), ``series`` (Claude 1~3 is
Claude), ``lexicon`` (the user-extendable list of known names), ``address-part`` (유성구 after
대전 유성구 in one document).  Versions (Claude 3, GPT-4
Turbo) stay their own entities linked to their family by VERSION_OF.

Resolution is incremental, so that a change costs what it touches.  Each document contributes
``_Facts`` (its name keys with their spellings and type votes, appositions, relation
candidates, coordinations), and ``Resolution`` keeps them summed per name key.  ``update`` adds
and removes documents and recomputes only what they touch:

1. the clusters of the name keys they mention, together with every key those clusters merge
   with or split from (``_closure``): a union-find replayed over that subset only;
2. entity records of those clusters, and the ids of every entity whose slug they share;
3. the types that depend on changed ones (by roles, by peers listed together, by version
   family), in the order the rules apply;
4. the relations whose candidates or ends changed.

``resolve(analyses)`` is ``Resolution().update(analyses)``: one implementation, so a knowledge
base changed one document at a time holds exactly what one built at once holds
(tests/test_lifecycle.py checks random sequences against a fresh resolution).

Where a rule breaks a tie by what was seen first, "first" is corpus order — documents by id, then
position in the document — never the order documents arrived in; sums of type votes are exact, so
they do not depend on that order either.  A new rule reads the summed facts, never the analyses,
and says in ``update`` which clusters it makes depend on each other.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from networkx.utils import UnionFind

from .analysis import DocumentAnalysis
from .model import Entity, Evidence, Relation, Sentence
from .names import is_hangul, is_latin, name_key, slug, sound_key, split_version
from .resources import resources

__all__ = ["Extraction", "Resolution", "ResolutionChange", "resolve"]

Ref = str  # what a mention resolves through: "n:" + its name key, or "d:" + its date value
CandRef = tuple[str, int]  # (doc_id, index in that document's candidate list)
RelKey = tuple[str, str, str]  # (subject id, type, object id), as Relation.key


class Extraction:
    """The resolved entities and relations of a corpus, and its sentences with the entities each
    mentions.  Read-only: a ``Resolution`` gives a new one after each update (sharing what did not
    change), so a reader holding one never sees it change."""

    def __init__(
        self,
        entities: dict[str, Entity] | None = None,
        relations: list[Relation] | None = None,
        sentences: Mapping[str, Sentence] | None = None,
        sentence_entities: Mapping[str, list[tuple[str, int, int]]] | None = None,
        alias_index: dict[str, str] | None = None,
    ):
        self.entities: dict[str, Entity] = entities if entities is not None else {}
        self.relations: list[Relation] = relations if relations is not None else []
        self.sentences: Mapping[str, Sentence] = sentences if sentences is not None else {}
        # sentence id -> [(entity id, start, end)] for highlighting
        self.sentence_entities: Mapping[str, list[tuple[str, int, int]]] = (
            sentence_entities if sentence_entities is not None else {}
        )
        self.alias_index: dict[str, str] = alias_index if alias_index is not None else {}

    def entity_by_name(self, name: str) -> Entity | None:
        """Find an entity by id or by any alias, with or without particles."""
        if name in self.entities:
            return self.entities[name]
        key = name_key(name)
        if key in self.alias_index:
            return self.entities[self.alias_index[key]]
        # strip particles the way a user types them: "업스테이지는", "Microsoft와의"
        for n in range(1, 4):
            if (
                len(key) > n
                and key[:-n] in self.alias_index
                and re.fullmatch(
                    r"(은|는|이|가|을|를|의|와|과|에|도|로|만|에서|으로|와의|과의|에게|이다|입니다|이야)",
                    key[-n:],
                )
            ):
                return self.entities[self.alias_index[key[:-n]]]
        return None


@dataclass(frozen=True)
class ResolutionChange:
    """What one ``Resolution.update`` changed: entity ids whose record was added, changed or
    removed, and relation keys likewise; ``docs`` are the documents added or removed."""

    entities: frozenset[str]
    relations: frozenset[RelKey]
    docs: frozenset[str]


def resolve(analyses: Iterable[DocumentAnalysis]) -> Extraction:
    """Resolve the mentions and relation candidates of all documents into one graph's worth of
    entities and relations.  Deterministic: the same documents give the same ids, in any order."""
    return Resolution().update(analyses)


# ---- sums over documents ---------------------------------------------------------------------------
_ONE = 1 << 1074  # floats as exact integers in units of the smallest subnormal


def _exact(x: float) -> int:
    n, d = float(x).as_integer_ratio()
    return n * (_ONE // d)


def _float(n: int) -> float:
    return n / _ONE  # correctly rounded


class _Tally:
    """A quantity summed over documents, and where corpus order first saw it: documents come and
    go, and neither the sum nor "first" depends on the order they came in."""

    __slots__ = ("_first", "docs", "total")

    def __init__(self):
        self.docs: dict[str, tuple[int, tuple]] = {}  # doc id -> (its part, first place in it)
        self.total = 0
        self._first: tuple | None = None

    def add(self, doc_id: str, part: int, where: tuple) -> None:
        self.docs[doc_id] = (part, where)
        self.total += part
        if self._first is not None and (doc_id, *where) < self._first:
            self._first = (doc_id, *where)

    def remove(self, doc_id: str) -> None:
        part, _ = self.docs.pop(doc_id)
        self.total -= part
        if self._first is not None and self._first[0] == doc_id:
            self._first = None

    @property
    def first(self) -> tuple:
        if self._first is None:
            self._first = min((d, *w) for d, (_, w) in self.docs.items())
        return self._first


Table = dict[str, dict[str, _Tally]]  # outer key -> inner key -> tally


def _put(table: Table, outer: str, inner: str, doc_id: str, part: int, where: tuple) -> None:
    table.setdefault(outer, {}).setdefault(inner, _Tally()).add(doc_id, part, where)


def _take(table: Table, outer: str, inner: str, doc_id: str) -> bool:
    """Remove a document's part; True when nothing is left of ``inner``."""
    row = table[outer]
    tally = row[inner]
    tally.remove(doc_id)
    if tally.docs:
        return False
    del row[inner]
    if not row:
        del table[outer]
    return True


# ---- what one document contributes -----------------------------------------------------------------
class _Candidate(NamedTuple):
    index: int
    type: str
    subject: Ref
    object: Ref
    confidence: float
    evidence: Evidence
    role: str  # WORKED_AT: the person's title as written


@dataclass
class _Facts:
    """What one document contributes to resolution, keyed the way it is summed.  Each entry is
    (part, place of its first occurrence in the document)."""

    doc_id: str
    sentences: dict[str, Sentence]
    surfaces: dict[tuple[str, str], tuple[int, tuple]] = field(default_factory=dict)
    votes: dict[tuple[str, str], tuple[int, tuple]] = field(default_factory=dict)  # exact parts
    dates: dict[tuple[str, str], tuple[int, tuple]] = field(default_factory=dict)
    appositions: dict[tuple[str, str, str], tuple[int, tuple]] = field(default_factory=dict)
    roles: dict[tuple[Ref, str], tuple[int, tuple]] = field(default_factory=dict)  # exact
    # the types each role a clause gives a mention allows, and how many such roles come from
    # clauses that mark both ends themselves
    fits: dict[tuple[Ref, frozenset], tuple[int, tuple]] = field(default_factory=dict)
    sure: dict[tuple[Ref, str], tuple[int, tuple]] = field(default_factory=dict)
    peers: dict[tuple[str, Ref], tuple[int, tuple]] = field(default_factory=dict)
    candidates: dict[int, _Candidate] = field(default_factory=dict)  # by index in the analysis
    # name mentions by index: (key, sentence id, start, end) -- version evidence
    names: dict[int, tuple[str, str, int, int]] = field(default_factory=dict)
    # sentence id -> [(ref, start, end)] in mention order -- sentence_entities
    spans: dict[str, list[tuple[Ref, int, int]]] = field(default_factory=dict)
    # (key of a one-word name, key of an address in the same document ending with it): the
    # address-part rule, before types are known
    addresses: dict[tuple[str, str], tuple[int, tuple]] = field(default_factory=dict)


def _count(table: dict, key, part: int, where: tuple) -> None:
    old = table.get(key)
    table[key] = (part, where) if old is None else (old[0] + part, min(old[1], where))


def _facts_of(a: DocumentAnalysis, res) -> _Facts:
    facts = _Facts(a.doc_id, {s.id: s for s in a.sentences})
    refs: list[Ref | None] = []
    for i, m in enumerate(a.mentions):
        if m.kind == "name":
            key = name_key(m.text)
            refs.append("n:" + key)
            _count(facts.surfaces, (key, m.text), 1, (i,))
            for j, (vtype, weight) in enumerate(m.votes.items()):
                _count(facts.votes, (key, vtype), _exact(weight), (i, j))
            facts.names[i] = (key, m.sentence_id, m.start, m.end)
        elif m.kind == "date":
            refs.append("d:" + m.date)
            _count(facts.dates, (m.date, m.text), 1, (i,))
        else:
            refs.append(None)
            continue
        facts.spans.setdefault(m.sentence_id, []).append((refs[-1], m.start, m.end))
    _address_pairs(facts, {m.text for m in a.mentions if m.kind == "name"}, res)
    # apposition: "업스테이지(Upstage)"; a version in parentheses ("GPT(GPT-4)") is not an alias
    for n, (i, j) in enumerate(a.appositions):
        ta, tb = a.mentions[i].text, a.mentions[j].text
        va, vb = split_version(ta), split_version(tb)
        if (va and name_key(va[0]) == name_key(tb)) or (vb and name_key(vb[0]) == name_key(ta)):
            continue
        _count(facts.appositions, (name_key(ta), name_key(tb), f"{ta}({tb})"), 1, (n,))
    for n, c in enumerate(a.candidates):
        s_ref, o_ref = refs[c.subject], refs[c.object]
        if s_ref is None or o_ref is None:
            continue
        # a frame that allows several types votes for its first (most usual) one, weakly
        frame = res.frame_of.get(c.type)
        if frame is not None:
            for side, (ref, types) in enumerate(
                ((o_ref, frame.object_types_ordered), (s_ref, frame.subject_types_ordered))
            ):
                if types:
                    _count(facts.roles, (ref, types[0]), _exact(1.0 / len(types)), (n, side))
                    _count(facts.fits, (ref, frozenset(types)), 1, (n, side))
                    _count(facts.sure, (ref, ""), int(c.rule in _MARKED_CLAUSES), (n, side))
        sm, om = a.mentions[c.subject], a.mentions[c.object]
        ev = Evidence(
            c.sentence_id,
            facts.sentences[c.sentence_id].text,
            c.rule,
            (sm.start, sm.end) if sm.sentence_id == c.sentence_id else None,
            (om.start, om.end) if om.sentence_id == c.sentence_id else None,
        )
        facts.candidates[n] = _Candidate(n, c.type, s_ref, o_ref, c.confidence, ev, c.role)
    for g, group in enumerate(a.coordinations):
        group_refs = [refs[i] for i in group]
        for i, r in enumerate(group_refs):
            if r is None or not r.startswith("n:"):
                continue  # only names are ever typed by their peers
            for j, other in enumerate(group_refs):
                if other is not None:
                    _count(facts.peers, (r[2:], other), 1, (g, i, j))
    return facts


def _address_pairs(facts: _Facts, texts: set[str], res) -> None:
    """A one-word name and an address of the same document that ends with it ('유성구' and
    '대전 유성구'; '시흥' and '경기 시흥시'); the rule merges them when both are places and the
    short name ends one address only in the whole corpus (``Resolution._address_target``)."""
    suffixes = res.grammar.place_suffixes
    chains = sorted(t for t in texts if " " in t)
    for t in sorted(texts):
        if " " in t:
            continue
        for chain in chains:
            last = chain.split()[-1]
            if t == last or (len(t) >= 2 and last[:-1] == t and last[-1] in suffixes):
                _count(facts.addresses, (name_key(t), name_key(chain)), 1, ())


# ---- clusters of name keys ---------------------------------------------------------------------------
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


# clause rules whose two arguments carry their own case particles in one clause
_MARKED_CLAUSES = frozenset(
    {"transitive", "relative", "relative-object", "passive", "passive-relative"}
)


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


class _Record(NamedTuple):
    """An entity as its cluster's mentions give it, before types that depend on others."""

    name: str
    type: str  # by its mentions' votes
    aliases: list[str]
    mentions: int
    merges: list[dict]
    base: str  # slug of the name: its id unless another entity has it
    first: tuple  # corpus position of its first mention
    share: dict[str, float]  # type -> its share of the mentions' votes


class _Ent(NamedTuple):
    id: str
    type: str


# ---- the incremental resolution ---------------------------------------------------------------------
class Resolution:
    """Resolution kept up to date as documents come and go (see the module docstring).

    >>> from kg import analyze_document
    >>> r = Resolution()
    >>> ex = r.update([analyze_document("a", "업스테이지(Upstage)는 Solar를 개발했다.")])
    >>> ex = r.update([analyze_document("b", "업스테이지는 부산에 본사를 둔 회사다.")])
    >>> ex.entities["upstage"].mentions, sorted(r.last_change.entities)
    (3, ['upstage', '부산'])
    >>> sorted(r.update(removed=["a"]).entities)  # no Latin spelling left: a Hangul id
    ['부산', '업스테이지']
    """

    def __init__(self):
        self._facts: dict[str, _Facts] = {}
        # summed facts
        self._surfaces: Table = {}  # name key -> spelling -> count
        self._votes: Table = {}  # name key -> type -> exact votes
        self._dates: Table = {}  # date value -> spelling -> count
        self._appositions: dict[tuple[str, str, str], _Tally] = {}
        self._apposition_edges: dict[str, set[tuple[str, str, str]]] = {}
        self._roles: Table = {}  # ref -> type -> exact role votes
        self._fits: Table = {}  # ref -> types a role allows -> count
        self._sure: Table = {}  # ref -> "" -> roles from clauses that mark both ends
        self._peers: Table = {}  # name key -> ref listed with it -> count
        self._address_of: dict[str, Counter] = {}  # one-word key -> address key -> documents
        self._parts_of: dict[str, Counter] = {}  # address key -> one-word key -> documents
        self._cands_of_ref: dict[Ref, set[CandRef]] = {}
        # derived per name key
        self._top: dict[str, str] = {}  # the spelling written most (first in corpus order)
        self._latin_by_sound: dict[str, set[str]] = {}
        self._hangul_by_sound: dict[str, set[str]] = {}
        self._version_children: dict[str, Counter] = {}  # family key -> keys of its versions
        # clusters (by label: the key that names the cluster) and what they resolve to
        self._label: dict[str, str] = {}  # name key -> label of its cluster
        self._keys: dict[str, list[str]] = {}  # label -> the keys of its cluster
        self._record: dict[str, _Record] = {}  # label -> record (clusters with mentions)
        self._group_of: dict[str, str] = {}  # label -> id group
        self._id_groups: dict[str, set[str]] = {}  # id group -> labels
        self._id: dict[str, str] = {}  # label -> entity id
        self._label_of_id: dict[str, str] = {}
        self._type3: dict[str, str] = {}  # label -> type after roles
        self._type4: dict[str, str] = {}  # label -> type after peers
        self._type5: dict[str, str] = {}  # label -> type after versions: the entity's type
        self._version: dict[str, tuple[RelKey, Evidence | None]] = {}  # label -> VERSION_OF
        self._date_entity: dict[str, Entity] = {}  # date value -> entity
        self._entity: dict[str, Entity] = {}  # label -> entity
        # relations
        self._rel_of_cand: dict[CandRef, RelKey] = {}
        self._cands_of_rel: dict[RelKey, set[CandRef]] = {}
        self._version_of_rel: dict[RelKey, str] = {}  # VERSION_OF key -> label of the version
        self._relations: dict[RelKey, Relation] = {}
        self._investments: Counter = Counter()  # entity id -> INVESTED_IN relations as subject
        # what readers get
        self._sentences_by_doc: dict[str, dict[str, Sentence]] = {}
        self._extraction = Extraction()
        self.last_change = ResolutionChange(frozenset(), frozenset(), frozenset())

    @property
    def extraction(self) -> Extraction:
        return self._extraction

    def document_ids(self) -> list[str]:
        return sorted(self._facts)

    # ---- documents in and out --------------------------------------------------------------------
    def update(
        self, analyses: Iterable[DocumentAnalysis] = (), removed: Iterable[str] = ()
    ) -> Extraction:
        """Add (or replace) ``analyses`` and remove the documents ``removed``; returns the new
        extraction (``last_change`` says what changed).  ``analyses`` may be a generator: each
        is turned into its facts and let go, so a large corpus never sits in memory whole."""
        res = resources()
        t = _Touched()
        for a in analyses:
            old = self._facts.pop(a.doc_id, None)
            if old is not None:
                self._apply(old, t, remove=True)
            facts = _facts_of(a, res)
            self._facts[a.doc_id] = facts
            self._apply(facts, t, remove=False)
            t.docs.add(a.doc_id)
        for doc_id in removed:
            facts = self._facts.pop(doc_id, None)
            if facts is not None:
                self._apply(facts, t, remove=True)
                t.docs.add(doc_id)
        self._recompute(t, res)
        return self._extraction

    def _apply(self, facts: _Facts, t: _Touched, remove: bool) -> None:
        doc = facts.doc_id
        for (key, text), (part, where) in facts.surfaces.items():
            if remove:
                if _take(self._surfaces, key, text, doc):
                    self._version_child(text, key, -1)
            else:
                if text not in self._surfaces.get(key, {}):
                    self._version_child(text, key, +1)
                _put(self._surfaces, key, text, doc, part, where)
            t.keys.add(key)
        for (key, vtype), (part, where) in facts.votes.items():
            _change(self._votes, key, vtype, doc, part, where, remove)
            t.keys.add(key)
        for (value, text), (part, where) in facts.dates.items():
            _change(self._dates, value, text, doc, part, where, remove)
            t.dates.add(value)
        for triple, (part, where) in facts.appositions.items():
            if remove:
                tally = self._appositions[triple]
                tally.remove(doc)
                if not tally.docs:
                    del self._appositions[triple]
                    for k in triple[:2]:
                        self._apposition_edges[k].discard(triple)
                        if not self._apposition_edges[k]:
                            del self._apposition_edges[k]
            else:
                self._appositions.setdefault(triple, _Tally()).add(doc, part, where)
                for k in triple[:2]:
                    self._apposition_edges.setdefault(k, set()).add(triple)
            t.keys.update(triple[:2])
        for (ref, rtype), (part, where) in facts.roles.items():
            _change(self._roles, ref, rtype, doc, part, where, remove)
            t.role_refs.add(ref)
        for (ref, types), (part, where) in facts.fits.items():
            _change(self._fits, ref, types, doc, part, where, remove)
        for (ref, _), (part, where) in facts.sure.items():
            _change(self._sure, ref, "", doc, part, where, remove)
        for (key, other), (part, where) in facts.peers.items():
            _change(self._peers, key, other, doc, part, where, remove)
            t.peer_keys.add(key)
        for short, chain in facts.addresses:
            for table, a, b in ((self._address_of, short, chain), (self._parts_of, chain, short)):
                row = table.setdefault(a, Counter())
                row[b] += -1 if remove else 1
                if row[b] <= 0:
                    del row[b]
                    if not row:
                        del table[a]
            t.keys.update((short, chain))
        for c in facts.candidates.values():
            cref = (doc, c.index)
            for ref in {c.subject, c.object}:
                if remove:
                    self._cands_of_ref[ref].discard(cref)
                    if not self._cands_of_ref[ref]:
                        del self._cands_of_ref[ref]
                else:
                    self._cands_of_ref.setdefault(ref, set()).add(cref)
            t.cands.add(cref)
        if remove:
            del self._sentences_by_doc[doc]
        else:
            self._sentences_by_doc[doc] = facts.sentences

    def _version_child(self, text: str, key: str, delta: int) -> None:
        v = split_version(text)
        if not v:
            return
        family = name_key(v[0])
        children = self._version_children.setdefault(family, Counter())
        children[key] += delta
        if children[key] <= 0:
            del children[key]
            if not children:
                del self._version_children[family]

    # ---- recomputing what changed ---------------------------------------------------------------
    def _recompute(self, t: _Touched, res) -> None:
        keys = self._closure(self._update_spellings(t.keys), res)
        old_labels = {self._label[k] for k in keys if k in self._label}
        old_ids = {lb: self._id[lb] for lb in old_labels if lb in self._id}
        new_labels = self._recluster(keys, old_labels, res)
        dirty_rels: set[RelKey] = set()
        for label in old_labels - new_labels:
            self._set_version(label, None, dirty_rels)
            for table in (self._type3, self._type4, self._type5, self._entity):
                table.pop(label, None)
        renamed = self._assign_ids(old_labels, new_labels, old_ids)
        dates = t.dates | {r[2:] for r in t.role_refs if r.startswith("d:")}
        retyped = self._update_dates(dates)
        changed = self._update_types(t, keys, new_labels, renamed, dirty_rels, retyped)
        moved = new_labels | set(renamed) | changed
        dirty_rels |= self._update_candidates(t.cands, keys, moved, retyped, res)
        roles_changed: set[str] = set()
        for key in dirty_rels:
            self._rebuild_relation(key, roles_changed)
        changed_ids = {old_ids[lb] for lb in old_labels if lb in old_ids}
        changed_ids |= self._publish_entities(moved | roles_changed)
        changed_ids |= t.dates
        self._publish(t, changed_ids, dirty_rels)

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
                        _index(self._latin_by_sound, sk, key, add)
                        seeds |= self._hangul_by_sound.get(sk, set())
                elif is_hangul(top):
                    _index(self._hangul_by_sound, sound_key(top), key, add)
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
        votes = _ordered_sum([self._votes.get(key)])
        votes = Counter({t: _float(v) for t, v in votes.items()})
        return votes.most_common(1)[0][0] if votes else None

    def _neighbours(self, key: str, res) -> list[str]:
        """The keys a rule merges ``key`` with, as the facts are now."""
        top = self._top.get(key)
        if top is None:
            return []
        out = [k for triple in self._apposition_edges.get(key, ()) for k in triple[:2]]
        if _is_range_version(top):
            out.append(name_key(split_version(top)[0]))
        entry = res.lexicon_by_key.get(key)
        if entry:
            out.append(name_key(entry.name))
        match = self._transliteration(key)
        if match is not None:
            out.append(match)
        address = self._address_target(key)
        if address is not None:
            out.append(address)
        # every one-word name that ends this address: whether it now ends one address only
        # depends on this key's type
        out.extend(self._parts_of.get(key, ()))
        return out

    def _address_target(self, key: str) -> str | None:
        """The one address a one-word place name ends in the documents that write both, when
        both are places and there is exactly one such address in the corpus."""
        if key not in self._top or self._key_type(key) != "Place":
            return None
        chains = [c for c in self._address_of.get(key, ()) if self._key_type(c) == "Place"]
        return chains[0] if len(chains) == 1 else None

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
        # lexicon aliases
        for k in mention_keys:
            entry = res.lexicon_by_key.get(k)
            if entry:
                clusters.union(name_key(entry.name), k, "lexicon", self._top[k])
        # apposition, in the order the corpus states them
        triples = {tr for k in keys for tr in self._apposition_edges.get(k, ())}
        for ka, kb, note in sorted(triples, key=lambda tr: self._appositions[tr].first):
            clusters.union(ka, kb, "apposition", note)
        # transliteration: a Hangul name that sounds like exactly one Latin name is it
        for k in mention_keys:
            match = self._transliteration(k)
            if match is not None:
                clusters.union(match, k, "transliteration", f"{self._top[k]} ~ {self._top[match]}")
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

    def _make_record(self, label: str, members: list[str], rules, res) -> _Record:
        spellings = sorted(
            (t.first, text, t.total)
            for k in members
            for text, t in self._surfaces.get(k, {}).items()
        )
        counts = Counter({text: n for _, text, n in spellings})
        votes = _ordered_sum(self._votes.get(k) for k in members)
        votes = Counter({vtype: _float(v) for vtype, v in votes.items()})
        name = _canonical(counts, label, res)
        total = sum(votes.values()) or 1.0
        return _Record(
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

    # ---- types ------------------------------------------------------------------------------------
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
        self, t: _Touched, keys: set[str], new_labels: set[str], renamed, dirty_rels, retyped
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
        votes = _ordered_sum(self._roles.get(r) for r in refs)
        votes = Counter({t: _float(v) for t, v in votes.items()})
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

    # ---- relations --------------------------------------------------------------------------------
    def _update_candidates(self, touched: set[CandRef], keys, moved, retyped, res) -> set[RelKey]:
        """Assign each candidate whose document or ends changed to the relation it now states;
        returns the relations that gained or lost a candidate."""
        cands = set(touched)
        for ref in [
            *("n:" + k for k in [*keys, *self._keys_of(moved)]),
            *("d:" + v for v in retyped),
        ]:
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

    def _relation_key(self, c: _Candidate, res) -> RelKey | None:
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
        for confidence, ev, role in parts[1:]:
            rel.role = rel.role or role
            if ev is not None and all(e.sentence_id != ev.sentence_id for e in rel.evidence):
                rel.evidence.append(ev)
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

    # ---- what readers get -----------------------------------------------------------------------
    def _publish_entities(self, labels: set[str]) -> set[str]:
        """New Entity objects for the clusters whose record, id, type or roles may have changed;
        returns the ids whose entity did change."""
        changed_ids: set[str] = set()
        for label in labels:
            if label not in self._record:
                self._entity.pop(label, None)
                continue
            rec = self._record[label]
            eid = self._id[label]
            entity = Entity(
                id=eid,
                name=rec.name,
                type=self._type5[label],
                aliases=list(rec.aliases),
                mentions=rec.mentions,
                roles=["Investor"] if self._investments.get(eid) else [],
                merges=list(rec.merges),
            )
            if self._entity.get(label) != entity:
                self._entity[label] = entity
                changed_ids.add(eid)
        return changed_ids

    def _publish(self, t: _Touched, changed_ids: set[str], rel_changed: set[RelKey]) -> None:
        by_id: dict[str, Entity] = {self._id[lb]: e for lb, e in self._entity.items()}
        by_id.update(self._date_entity)  # a date and a name with one id: the date (as ever)
        entities = {eid: by_id[eid] for eid in sorted(by_id)}
        relations = [self._relations[k] for k in sorted(self._relations)]
        # which entity each mention resolves to, for sentence_entities
        entity_of_ref: dict[Ref, Entity] = {}
        for label, entity in self._entity.items():
            for k in self._keys[label]:
                entity_of_ref["n:" + k] = entity
        for value, entity in self._date_entity.items():
            entity_of_ref["d:" + value] = entity
        alias_index: dict[str, str] = {}
        for e in entities.values():
            for alias in [e.name, *e.aliases]:
                alias_index.setdefault(name_key(alias), e.id)
            alias_index.setdefault(name_key(e.id), e.id)
        sentences = _Sentences(dict(self._sentences_by_doc))
        spans = {doc: facts.spans for doc, facts in self._facts.items()}
        self._extraction = Extraction(
            entities=entities,
            relations=relations,
            sentences=sentences,
            sentence_entities=_SentenceEntities(sentences, spans, entity_of_ref),
            alias_index=alias_index,
        )
        self.last_change = ResolutionChange(
            frozenset(changed_ids), frozenset(rel_changed), frozenset(t.docs)
        )


@dataclass
class _Touched:
    """What the documents added or removed in one update contributed to."""

    docs: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    role_refs: set[Ref] = field(default_factory=set)
    peer_keys: set[str] = field(default_factory=set)
    cands: set[CandRef] = field(default_factory=set)


def _change(table: Table, outer, inner, doc, part, where, remove: bool) -> None:
    if remove:
        _take(table, outer, inner, doc)
    else:
        _put(table, outer, inner, doc, part, where)


def _index(index: dict[str, set[str]], k: str, key: str, add: bool) -> None:
    if add:
        index.setdefault(k, set()).add(key)
    else:
        index[k].discard(key)
        if not index[k]:
            del index[k]


def _ordered_sum(rows: Iterable[Mapping[str, _Tally] | None]) -> Counter:
    """Several tally rows (a cluster's keys) summed into a Counter in corpus order, so that a
    tie goes to what was seen first."""
    totals: dict[str, int] = {}
    first: dict[str, tuple] = {}
    for row in rows:
        for k, tally in (row or {}).items():
            totals[k] = totals.get(k, 0) + tally.total
            if k not in first or tally.first < first[k]:
                first[k] = tally.first
    return Counter({k: totals[k] for k in sorted(totals, key=first.__getitem__)})


# ---- read-only views for readers ------------------------------------------------------------------
def _doc_of(sentence_id: str) -> str:
    return sentence_id.rsplit("#", 1)[0]


class _Sentences(Mapping):
    """Sentence id -> Sentence, over each document's own table (sentence ids are doc#n)."""

    def __init__(self, by_doc: dict[str, dict[str, Sentence]]):
        self._by_doc = by_doc

    def __getitem__(self, sentence_id: str) -> Sentence:
        return self._by_doc.get(_doc_of(sentence_id), {})[sentence_id]

    def __iter__(self) -> Iterator[str]:
        for doc in sorted(self._by_doc):
            yield from self._by_doc[doc]

    def __len__(self) -> int:
        return sum(len(s) for s in self._by_doc.values())

    def __contains__(self, sentence_id) -> bool:
        return sentence_id in self._by_doc.get(_doc_of(str(sentence_id)), {})


class _SentenceEntities(Mapping):
    """Sentence id -> [(entity id, start, end)] of the mentions it holds whose entity is typed
    (not a bare Concept), worked out when asked from the mentions and one resolution's
    entities: an entity's new id reaches every sentence without rewriting any."""

    def __init__(self, sentences: _Sentences, spans: dict, entity_of_ref: dict[Ref, Entity]):
        self._sentences, self._spans, self._entity_of_ref = sentences, spans, entity_of_ref

    def __getitem__(self, sentence_id: str) -> list[tuple[str, int, int]]:
        out = []
        for ref, start, end in self._spans.get(_doc_of(sentence_id), {}).get(sentence_id, ()):
            e = self._entity_of_ref.get(ref)
            if e is not None and e.type != "Concept":
                out.append((e.id, start, end))
        if not out:
            raise KeyError(sentence_id)
        return out

    def __iter__(self) -> Iterator[str]:
        for sid in self._sentences:
            if sid in self:
                yield sid

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, sentence_id) -> bool:
        try:
            self[sentence_id]
        except KeyError:
            return False
        return True


# ---- the rules ------------------------------------------------------------------------------------
_ORGS = frozenset({"Company", "Organization"})


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


def _date_name(value: str) -> str:
    parts = value.split("-")
    out = f"{int(parts[0])}년"
    if len(parts) > 1:
        out += f" {int(parts[1])}월"
    if len(parts) > 2:
        out += f" {int(parts[2])}일"
    return out
