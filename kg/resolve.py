"""Corpus-wide resolution: mentions -> entities (one per real-world thing), candidates ->
typed relations with evidence.

Names are merged by rules, each recorded on the entity so a user can see why two names are one:
``spelling`` (Hugging Face = HuggingFace, DALL-E = DALL·E), ``apposition`` (업스테이지(Upstage)),
``transliteration`` (업스테이지 ~ Upstage by sound, across documents), ``series`` (Claude 1~3 is
Claude), ``lexicon`` (the user-extendable list of known names), ``address-part`` (유성구 after
대전 유성구 in one document), ``short-form`` (충남대 = 충남대학교).  Versions (Claude 3, GPT-4
Turbo) stay their own entities linked to their family by VERSION_OF.

Resolution is incremental, so that a change costs what it touches.  Each document contributes
``Facts`` (its name keys with their spellings and type votes, appositions, relation
candidates, coordinations), and ``Resolution`` keeps them summed per name key.  ``update`` adds
and removes documents and recomputes only what they touch:

1. the clusters of the name keys they mention, together with every key those clusters merge
   with or split from (``_closure``): a union-find replayed over that subset only;
2. entity records of those clusters, and the ids of every entity whose slug they share;
3. the types that depend on changed ones (by roles, by peers listed together, by version
   family), in the order the rules apply;
4. the relations whose candidates or ends changed;
5. the tables readers get, by delta (``kg.published``, ``kg.shards``).

``resolve(analyses)`` is ``Resolution().update(analyses)``: one implementation, so a knowledge
base changed one document at a time holds exactly what one built at once holds
(tests/test_lifecycle.py checks random sequences against a fresh resolution).

The parts live by concern: ``kg.facts`` (what one document contributes), ``kg.tally`` (exact
sums over documents), ``kg.merge_rules`` (which keys a rule merges), ``kg.clusters`` (clusters
and ids: step 1-2), ``kg.records`` (what a cluster becomes), ``kg.entity_types`` (step 3),
``kg.statements`` (step 4), ``kg.extraction`` (what readers get); this module keeps the state and
the order of the steps.

Where a rule breaks a tie by what was seen first, "first" is corpus order — documents by id, then
position in the document — never the order documents arrived in; sums of type votes are exact, so
they do not depend on that order either.  A new rule reads the summed facts, never the analyses,
and says in ``update`` which clusters it makes depend on each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .analysis import DocumentAnalysis
from .clusters import ClusterRules, Record
from .entity_types import TypeRules
from .extraction import Extraction, RelKey, ResolutionChange, SentenceEntities, SentenceTable
from .facts import CandRef, Facts, Ref, Touched, facts_of
from .model import Entity, Evidence, Relation
from .names import name_key, split_version
from .published import Published
from .resources import resources
from .shards import ShardedMap
from .statements import RelationRules
from .tally import Table, Tally, change, put, take

__all__ = ["Extraction", "Resolution", "ResolutionChange", "resolve"]


def resolve(analyses: Iterable[DocumentAnalysis]) -> Extraction:
    """Resolve the mentions and relation candidates of all documents into one graph's worth of
    entities and relations.  Deterministic: the same documents give the same ids, in any order."""
    return Resolution().update(analyses)


# ---- the incremental resolution ---------------------------------------------------------------------
class Resolution(ClusterRules, TypeRules, RelationRules):
    """Resolution kept up to date as documents come and go (see the module docstring).

    >>> from kg import analyze_document
    >>> r = Resolution()
    >>> ex = r.update([analyze_document("a", "업스테이지(Upstage)는 Solar를 개발했다.")])
    >>> ex = r.update([analyze_document("b", "업스테이지가 부산에 사무소를 열었다.")])
    >>> ex.entities["upstage"].mentions, sorted(r.last_change.entities)
    (3, ['upstage', '부산'])
    >>> sorted(r.update(removed=["a"]).entities)  # no Latin spelling left: a Hangul id
    ['부산', '업스테이지']
    """

    def __init__(self):
        self._facts: dict[str, Facts] = {}
        # summed facts
        self._surfaces: Table = {}  # name key -> spelling -> count
        self._votes: Table = {}  # name key -> type -> exact votes
        self._dates: Table = {}  # date value -> spelling -> count
        self._appositions: dict[tuple[str, str, str], Tally] = {}
        self._apposition_edges: dict[str, set[tuple[str, str, str]]] = {}
        self._roles: Table = {}  # ref -> type -> exact role votes
        self._fits: Table = {}  # ref -> types a role allows -> count
        self._sure: Table = {}  # ref -> "" -> roles from clauses that mark both ends
        self._peers: Table = {}  # name key -> ref listed with it -> count
        self._address_of: dict[str, Counter] = {}  # one-word key -> address key -> documents
        self._parts_of: dict[str, Counter] = {}  # address key -> one-word key -> documents
        self._cands_of_ref: dict[Ref, set[CandRef]] = {}
        self._assigned_with: dict[Ref, object] = {}  # ref -> its (id, type) its candidates last saw
        # derived per name key
        self._top: dict[str, str] = {}  # the spelling written most (first in corpus order)
        self._latin_by_sound: dict[str, set[str]] = {}
        self._hangul_by_sound: dict[str, set[str]] = {}
        self._hangul_by_first: dict[str, set[str]] = {}  # first syllable -> Hangul keys
        self._version_children: dict[str, Counter] = {}  # family key -> keys of its versions
        # clusters (by label: the key that names the cluster) and what they resolve to
        self._label: dict[str, str] = {}  # name key -> label of its cluster
        self._keys: dict[str, list[str]] = {}  # label -> the keys of its cluster
        self._record: dict[str, Record] = {}  # label -> record (clusters with mentions)
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
        # each document's sentences and mention spans (its Facts'), as the last Extraction has them
        self._sentences_pub = self._spans_pub = ShardedMap()
        self._tables = Published()  # the tables the last Extraction shares
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
        t = Touched()
        for a in analyses:
            old = self._facts.pop(a.doc_id, None)
            if old is not None:
                self._apply(old, t, remove=True)
            facts = facts_of(a, res)
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

    def _apply(self, facts: Facts, t: Touched, remove: bool) -> None:
        """Add (or remove) one document's facts to the sums, noting in ``t`` what they touch."""
        self._apply_names(facts, t, remove)
        self._apply_appositions(facts, t, remove)
        self._apply_roles(facts, t, remove)
        self._apply_addresses(facts, t, remove)
        self._apply_candidates(facts, t, remove)

    def _apply_names(self, facts: Facts, t: Touched, remove: bool) -> None:
        doc = facts.doc_id
        for (key, text), (part, where) in facts.surfaces.items():
            if remove:
                if take(self._surfaces, key, text, doc):
                    self._version_child(text, key, -1)
            else:
                if text not in self._surfaces.get(key, {}):
                    self._version_child(text, key, +1)
                put(self._surfaces, key, text, doc, part, where)
            t.keys.add(key)
        for (key, vtype), (part, where) in facts.votes.items():
            change(self._votes, key, vtype, doc, part, where, remove)
            t.keys.add(key)
        for (value, text), (part, where) in facts.dates.items():
            change(self._dates, value, text, doc, part, where, remove)
            t.dates.add(value)

    def _apply_appositions(self, facts: Facts, t: Touched, remove: bool) -> None:
        doc = facts.doc_id
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
                self._appositions.setdefault(triple, Tally()).add(doc, part, where)
                for k in triple[:2]:
                    self._apposition_edges.setdefault(k, set()).add(triple)
            t.keys.update(triple[:2])

    def _apply_roles(self, facts: Facts, t: Touched, remove: bool) -> None:
        """Type votes by role and by peer: what clauses and lists say of a mention."""
        doc = facts.doc_id
        for (ref, rtype), (part, where) in facts.roles.items():
            change(self._roles, ref, rtype, doc, part, where, remove)
            t.role_refs.add(ref)
        for (ref, types), (part, where) in facts.fits.items():
            change(self._fits, ref, types, doc, part, where, remove)
        for (ref, _), (part, where) in facts.sure.items():
            change(self._sure, ref, "", doc, part, where, remove)
        for (key, other), (part, where) in facts.peers.items():
            change(self._peers, key, other, doc, part, where, remove)
            t.peer_keys.add(key)

    def _apply_addresses(self, facts: Facts, t: Touched, remove: bool) -> None:
        for short, chain in facts.addresses:
            for table, a, b in ((self._address_of, short, chain), (self._parts_of, chain, short)):
                row = table.setdefault(a, Counter())
                row[b] += -1 if remove else 1
                if row[b] <= 0:
                    del row[b]
                    if not row:
                        del table[a]
            t.keys.update((short, chain))

    def _apply_candidates(self, facts: Facts, t: Touched, remove: bool) -> None:
        for c in facts.candidates.values():
            cref = (facts.doc_id, c.index)
            for ref in {c.subject, c.object}:
                if remove:
                    self._cands_of_ref[ref].discard(cref)
                    if not self._cands_of_ref[ref]:
                        del self._cands_of_ref[ref]
                else:
                    self._cands_of_ref.setdefault(ref, set()).add(cref)
            t.cands.add(cref)

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
    def _recompute(self, t: Touched, res) -> None:
        keys = self._closure(self._update_spellings(t.keys), res)
        old_labels = {self._label[k] for k in keys if k in self._label}
        old_ids = {lb: self._id[lb] for lb in old_labels if lb in self._id}
        ref_keys = keys | {k for lb in old_labels for k in self._keys.get(lb, ())}
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
        republished = moved | roles_changed
        changed_ids = set(old_ids.values())  # the old ids of renamed clusters too
        changed_ids |= self._publish_entities(republished)
        ref_keys |= {k for lb in republished for k in self._keys.get(lb, ())}
        self._publish(t, changed_ids | dates, dirty_rels, ref_keys, dates)

    # ---- what readers get -----------------------------------------------------------------------
    def _publish_entities(self, labels: set[str]) -> set[str]:
        """New Entity objects for the clusters whose record, id, type or roles may have changed;
        returns the ids whose entity did change (or is gone)."""
        changed_ids: set[str] = set()
        for label in labels:
            if label not in self._record:
                gone = self._entity.pop(label, None)
                if gone is not None:
                    changed_ids.add(gone.id)
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

    def _entity_now(self, eid: str) -> Entity | None:
        """The entity published under ``eid``: a date before a name with the same id (as ever)."""
        if eid in self._date_entity:
            return self._date_entity[eid]
        e = self._entity.get(self._label_of_id.get(eid, ""))
        return e if e is not None and e.id == eid else None

    def _ref_now(self, key: str) -> Entity | None:
        label = self._label.get(key)
        return self._entity.get(label) if label is not None else None

    def _publish(
        self,
        t: Touched,
        changed_ids: set[str],
        rel_changed: set[RelKey],
        ref_keys: set[str],
        dates: set[str],
    ) -> None:
        """A new Extraction whose tables differ from the last one's where this update touched:
        the ids, relations, name keys and dates given."""
        refs: dict[Ref, Entity | None] = {"n:" + k: self._ref_now(k) for k in ref_keys}
        refs.update({"d:" + v: self._date_entity.get(v) for v in dates})
        self._tables = self._tables.changed(
            entities={eid: self._entity_now(eid) for eid in changed_ids},
            refs=refs,
            relations={k: self._relations.get(k) for k in rel_changed},
        )
        tables = self._tables
        held = [self._facts[d] for d in t.docs if d in self._facts]
        gone = [d for d in t.docs if d not in self._facts]
        self._sentences_pub = self._sentences_pub.changed(
            {f.doc_id: f.sentences for f in held}, gone
        )
        self._spans_pub = self._spans_pub.changed({f.doc_id: f.spans for f in held}, gone)
        sentences = SentenceTable(self._sentences_pub)
        self._extraction = Extraction(
            entities=tables.entities,
            relations=tables.relations,
            sentences=sentences,
            sentence_entities=SentenceEntities(sentences, self._spans_pub, tables.entity_of_ref),
            alias_index=tables.alias_index,
        )
        self.last_change = ResolutionChange(
            frozenset(changed_ids), frozenset(rel_changed), frozenset(t.docs)
        )
