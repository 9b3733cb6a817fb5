"""One immutable view of a knowledge base revision: the resolved graph and every index searching
needs.

A knowledge base swaps in a whole new ``Snapshot`` after each change; a call takes the snapshot
once and reads only it, so it never mixes two revisions.  ``hybrid.py`` reads it through its
``RetrievalIndex`` protocol.

``load_snapshot`` reads a revision from scratch.  ``next_snapshot`` makes the following one from
the documents the store's change log names, at a cost proportional to them, not to the
knowledge base: the resolution is updated by ``kg.resolve.Resolution`` (only the entities the
documents touch), BM25 postings of their terms are replaced, their vectors are added to and
removed from the FAISS index in place, the entity graph is copied on write.  Sentences live in
*positions* (slots) that never move: a changed document's sentences get new positions and its
old ones die, so the positions of everything else, and every index keyed by them, stay valid.
Per-position data is append-only and shared by the snapshots of one lineage (each knows how far
it reaches and which positions it sees alive); when too many positions are dead, or the change
log cannot say what changed, the next snapshot is loaded from scratch.
"""

from __future__ import annotations

import bisect
import functools
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import numpy as np

from kg import analysis as kg_analysis
from kg.graph import build_graph
from kg.model import Document
from kg.resolve import Extraction, Resolution, ResolutionChange

from .embedders import Embedder
from .errors import KnowledgeBaseError, damaged
from .examples import example_questions
from .lexical import BM25
from .question import PartialNames, partial_names
from .question_repair import NameIndex
from .store import Store
from .vectors import VectorIndex, VectorView

__all__ = [
    "VECTOR_FILES",
    "NeedsFullLoad",
    "Snapshot",
    "forget_vector_index",
    "load_snapshot",
    "next_snapshot",
]

#: the saved FAISS index (a cache: it is brought up to date with the store when loaded)
VECTOR_FILES = ("vectors.faiss", "vectors.stamp")
#: a saved index further from the store than this (vectors to add or remove) is rebuilt
REBUILD_FRACTION = 0.1
#: when this share of positions is dead, the next snapshot is loaded from scratch (compaction)
DEAD_FRACTION = 0.5

log = logging.getLogger(__name__)

# one stored sentence: (rowid, id, doc_id, text, terms, text_hash)
Row = tuple[int, str, str, str, str, str]


class NeedsFullLoad(Exception):
    """The next snapshot cannot be made from the previous one: load it from scratch."""


class _Growing:
    """A numpy array that grows at its end; views taken earlier keep what they saw."""

    def __init__(self, rows: np.ndarray):
        self.buf = rows
        self.size = len(rows)

    def extend(self, rows: np.ndarray) -> None:
        need = self.size + len(rows)
        if need > len(self.buf):
            capacity = max(need, int(len(self.buf) * 1.25) + 64)
            bigger = np.empty((capacity, *self.buf.shape[1:]), dtype=self.buf.dtype)
            bigger[: self.size] = self.buf[: self.size]
            self.buf = bigger
        self.buf[self.size : need] = rows
        self.size = need

    def view(self) -> np.ndarray:
        return self.buf[: self.size]


@dataclass(eq=False)
class _Lineage:
    """What the snapshots descending from one full load share, changed only by the thread that
    makes the next snapshot: the resolution, per-position data (append-only) and the FAISS
    index."""

    resolution: Resolution
    vectors: VectorIndex
    rowids: _Growing
    matrix: _Growing
    doc_of: _Growing  # position -> document slot
    sentence_ids: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # position -> BM25 terms, space-separated
    doc_positions: list[list[int]] = field(default_factory=list)  # document slot -> positions
    broken: bool = False  # a change failed half way: the next snapshot is a full load


@dataclass(frozen=True, eq=False)
class Snapshot:
    """Everything a reader needs, of one revision of the store.  Sentences are addressed by
    position; ``rowids`` are the FAISS ids.  Positions below ``size`` that are not ``alive``
    belong to documents changed or removed since the lineage's full load."""

    revision: int  # the store revision it was read from
    generation: str  # the generation it was read from ("gen-000001")
    embedder: Embedder  # the embedder its vectors were made with
    extraction: Extraction
    entity_graph: nx.MultiDiGraph  # entities and their relations
    documents: list[tuple[str, str, str]]  # (id, title, source), by id
    doc_slots: dict[str, list[int]]  # document id -> positions of its sentences, in order
    doc_slot_of: dict[str, int]  # document id -> its document slot (doc_bm25, doc_positions)
    size: int  # positions, alive or not
    alive: np.ndarray  # position -> whether it is a sentence of this revision
    sentence_count: int
    rowids: np.ndarray  # position -> FAISS id (the store's row id)
    sentence_ids: Sequence[str]  # position -> sentence id
    doc_ids: Sequence[str]  # position -> document id
    texts: Sequence[str]  # position -> sentence text
    bm25: BM25  # over sentences, by position
    doc_bm25: BM25  # over whole documents, by document slot
    vectors: VectorView
    matrix: np.ndarray  # position -> its vector
    doc_of: np.ndarray  # position -> document slot
    doc_positions: Sequence[list[int]]  # document slot -> its positions
    partial_names: PartialNames  # for linking partial names in questions
    lineage: _Lineage = field(repr=False)

    # ---- derived on first use -----------------------------------------------------------------
    @functools.cached_property
    def pos_of_rowid(self) -> Mapping[int, int]:
        """FAISS id -> position, for ids alive in this snapshot."""
        return _PositionOfRowid(self.rowids, self.alive)

    @functools.cached_property
    def pos_of_sentence(self) -> Mapping[str, int]:
        """Sentence id -> position."""
        return _PositionOfSentence(self.doc_slots, self.sentence_ids)

    @functools.cached_property
    def entities_at(self) -> Sequence[set[str]]:
        """Position -> entity ids its sentence mentions."""
        return _EntitiesAt(self.extraction, self.sentence_ids)

    @functools.cached_property
    def context_entities(self) -> Sequence[set[str]]:
        """Position -> entities the up to three sentences before it in its paragraph name."""
        return _ContextEntities(self.extraction, self.sentence_ids, self.doc_ids, self.entities_at)

    @functools.cached_property
    def evidence_of(self) -> Mapping[tuple[str, str], set[int]]:
        """(entity id, relation type) -> positions of the sentences that state such a relation
        (worked out for the pairs asked about)."""
        return _EvidenceOf(self.extraction, self.pos_of_sentence)

    @functools.cached_property
    def names(self) -> NameIndex:
        """For repairing glued and misspelt names in questions."""
        return NameIndex.build(self.extraction)

    @functools.cached_property
    def example_questions(self) -> list[str]:
        """Questions this snapshot can answer, for the page."""
        return example_questions(self.extraction)

    @functools.cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The whole knowledge graph: entities and relations, and the lexical layer (documents
        and sentences, the entities each mentions).  Built when first asked for."""
        return build_graph(self.extraction, [Document(i, "", t, s) for i, t, s in self.documents])


# ---- position views --------------------------------------------------------------------------------
class _PositionOfRowid(Mapping):
    def __init__(self, rowids: np.ndarray, alive: np.ndarray):
        self._rowids, self._alive = rowids, alive  # rowids increase with position

    def __getitem__(self, rowid: int) -> int:
        pos = int(np.searchsorted(self._rowids, rowid))
        if pos < len(self._rowids) and self._rowids[pos] == rowid and self._alive[pos]:
            return pos
        raise KeyError(rowid)

    def __contains__(self, rowid) -> bool:
        try:
            self[rowid]
        except (KeyError, TypeError):
            return False
        return True

    def __iter__(self) -> Iterator[int]:
        return (int(r) for r, a in zip(self._rowids, self._alive) if a)

    def __len__(self) -> int:
        return int(self._alive.sum())


class _PositionOfSentence(Mapping):
    def __init__(self, doc_slots: dict[str, list[int]], sentence_ids: Sequence[str]):
        self._doc_slots, self._sentence_ids = doc_slots, sentence_ids

    def __getitem__(self, sentence_id: str) -> int:
        doc, _, index = sentence_id.rpartition("#")
        slots = self._doc_slots.get(doc, ())
        if index.isdigit() and int(index) < len(slots):
            pos = slots[int(index)]
            if self._sentence_ids[pos] == sentence_id:
                return pos
        for pos in slots:
            if self._sentence_ids[pos] == sentence_id:
                return pos
        raise KeyError(sentence_id)

    def __iter__(self) -> Iterator[str]:
        for slots in self._doc_slots.values():
            for pos in slots:
                yield self._sentence_ids[pos]

    def __len__(self) -> int:
        return sum(len(s) for s in self._doc_slots.values())


class _EvidenceOf(Mapping):
    def __init__(self, extraction: Extraction, pos_of_sentence: Mapping[str, int]):
        self._ex, self._pos = extraction, pos_of_sentence
        self._cache: dict[tuple[str, str], set[int]] = {}

    @functools.cached_property
    def _relations_at(self) -> dict[tuple[str, str], list]:
        out: dict[tuple[str, str], list] = {}
        for rel in self._ex.relations:
            for eid in {rel.subject, rel.object}:
                out.setdefault((eid, rel.type), []).append(rel)
        return out

    def __getitem__(self, key: tuple[str, str]) -> set[int]:
        if key not in self._cache:
            rels = self._relations_at.get(key)
            if not rels:
                raise KeyError(key)
            found = {self._pos.get(ev.sentence_id) for rel in rels for ev in rel.evidence}
            self._cache[key] = found - {None}
        return self._cache[key]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._relations_at)

    def __len__(self) -> int:
        return len(self._relations_at)


class _EntitiesAt(Sequence):
    def __init__(self, extraction: Extraction, sentence_ids: Sequence[str]):
        self._ex, self._sentence_ids = extraction, sentence_ids

    def __getitem__(self, pos: int) -> set[str]:
        sid = self._sentence_ids[pos]
        return {e for e, _, _ in self._ex.sentence_entities.get(sid, [])}

    def __len__(self) -> int:
        return len(self._sentence_ids)


class _ContextEntities(Sequence):
    def __init__(self, extraction, sentence_ids, doc_ids, entities_at: _EntitiesAt):
        self._ex, self._sids, self._docs, self._at = extraction, sentence_ids, doc_ids, entities_at

    def __getitem__(self, pos: int) -> set[str]:
        s = self._ex.sentences.get(self._sids[pos])
        ctx: set[str] = set()
        if s is None:
            return ctx
        for j in range(pos - 1, max(-1, pos - 4), -1):
            if self._docs[j] != s.doc_id:
                break
            prev = self._ex.sentences.get(self._sids[j])
            if prev is None or prev.paragraph != s.paragraph:
                break
            ctx |= self._at[j]
        return ctx

    def __len__(self) -> int:
        return len(self._sids)


# ---- loading from scratch --------------------------------------------------------------------------
def _fresh_analyses(store: Store, docs: Iterable) -> Iterator[kg_analysis.DocumentAnalysis]:
    """Stored analyses; those made by older extraction rules are made again from the text
    (in batches: Kiwi is faster on many texts at once)."""
    stale: list[kg_analysis.DocumentAnalysis] = []
    for d in docs:
        a = _analysis(store, d)
        if a.version == kg_analysis.ANALYSIS_VERSION:
            yield a
            continue
        stale.append(a)
        if len(stale) >= 256:
            yield from kg_analysis.analyze_documents([(s.doc_id, s.text, s.title) for s in stale])
            stale = []
    if stale:
        yield from kg_analysis.analyze_documents([(s.doc_id, s.text, s.title) for s in stale])


def _analysis(store: Store, stored) -> kg_analysis.DocumentAnalysis:
    """A stored analysis, or a KnowledgeBaseError naming the file and the repair."""
    try:
        return kg_analysis.DocumentAnalysis.from_dict(stored)
    except (TypeError, KeyError, AttributeError, ValueError) as e:
        doc = stored.get("doc_id") if isinstance(stored, dict) else None
        raise damaged(
            store.path, f"a document analysis{f' ({doc!r})' if doc else ''} cannot be read ({e})"
        ) from None


def load_snapshot(store: Store, embedder: Embedder, gen_dir: Path) -> Snapshot:
    """Resolve the stored analyses and build every index of the store's current revision (read
    in one transaction: other processes' commits meanwhile are not half seen)."""
    resolution = Resolution()
    with store.reading():
        revision = store.revision()
        extraction = resolution.update(_fresh_analyses(store, store.iter_analyses()))
        documents = store.documents()
        rows = store.sentences()
        cached = store.cached_vectors(embedder.id, list({r[5] for r in rows}))
    matrix = _matrix(cached, rows, embedder, gen_dir)
    rowids = np.array([r[0] for r in rows], dtype=np.int64)
    vectors = _vector_index(matrix, rowids, embedder, gen_dir)
    terms = [_split(r[4]) for r in rows]
    doc_slot_of: dict[str, int] = {}
    doc_slots: dict[str, list[int]] = {}
    doc_positions: list[list[int]] = []
    doc_terms: list[list[str]] = []
    for pos, r in enumerate(rows):
        d = doc_slot_of.setdefault(r[2], len(doc_slot_of))
        if d == len(doc_positions):
            doc_positions.append([])
            doc_terms.append([])
        doc_positions[d].append(pos)
        doc_terms[d].extend(terms[pos])
        doc_slots.setdefault(r[2], []).append(pos)
    doc_of = np.array([doc_slot_of[r[2]] for r in rows], dtype=np.int64)
    lineage = _Lineage(
        resolution=resolution,
        vectors=vectors,
        rowids=_Growing(rowids),
        matrix=_Growing(matrix),
        doc_of=_Growing(doc_of),
        sentence_ids=[r[1] for r in rows],
        doc_ids=[r[2] for r in rows],
        texts=[r[3] for r in rows],
        terms=[r[4] for r in rows],
        doc_positions=doc_positions,
    )
    return Snapshot(
        revision=revision,
        generation=gen_dir.name,
        embedder=embedder,
        extraction=extraction,
        entity_graph=build_graph(extraction, lexical=False),
        documents=documents,
        doc_slots=doc_slots,
        doc_slot_of=doc_slot_of,
        size=len(rows),
        alive=np.ones(len(rows), dtype=bool),
        sentence_count=len(rows),
        rowids=lineage.rowids.view(),
        sentence_ids=lineage.sentence_ids,
        doc_ids=lineage.doc_ids,
        texts=lineage.texts,
        bm25=BM25(terms),
        doc_bm25=BM25(doc_terms),
        vectors=vectors.view(),
        matrix=lineage.matrix.view(),
        doc_of=lineage.doc_of.view(),
        doc_positions=lineage.doc_positions,
        partial_names=partial_names(extraction),
        lineage=lineage,
    )


def _matrix(cached: dict[str, np.ndarray], rows: list[Row], embedder: Embedder, gen_dir: Path):
    missing = [r for r in rows if r[5] not in cached]
    if missing:
        raise KnowledgeBaseError(
            f"{len(missing)} sentences in {gen_dir.parent} have no stored vector: rebuild the "
            f"knowledge base with `kgsearch build --replace --kb {gen_dir.parent} PATH...`"
        )
    wrong = next((r for r in rows if cached[r[5]].shape != (embedder.dim,)), None)
    if wrong is not None:
        raise damaged(
            gen_dir / "kb.sqlite",
            f"the vector of sentence {wrong[1]!r} has {cached[wrong[5]].size} values, not "
            f"{embedder.dim}",
        )
    if not rows:
        return np.zeros((0, embedder.dim), np.float32)
    return np.stack([cached[r[5]] for r in rows]).astype(np.float32, copy=False)


def forget_vector_index(gen_dir: Path) -> None:
    """Delete the saved FAISS index so that the next snapshot builds it again."""
    for name in VECTOR_FILES:
        (gen_dir / name).unlink(missing_ok=True)


def _vector_index(
    matrix: np.ndarray, rowids: np.ndarray, embedder: Embedder, gen_dir: Path
) -> VectorIndex:
    """The FAISS index of these rows: the saved one brought up to date (vectors added and
    removed by id) when it is close to them, else built from the matrix (no embedding) and
    saved for the next process."""
    path = gen_dir / VECTOR_FILES[0]
    index = None
    if path.exists():
        try:
            index = VectorIndex.load(str(path))
        except (OSError, RuntimeError, ValueError) as e:  # ValueError: ivfpq, rebuilt
            log.warning("the saved vector index %s is unreadable (%s); rebuilding it", path, e)
    if index is not None and index.index.d == embedder.dim:
        held = index.ids()
        extra = np.setdiff1d(held, rowids, assume_unique=True)
        missing = ~np.isin(rowids, held, assume_unique=True)
        drift = len(extra) + int(missing.sum())
        if drift <= max(1000, REBUILD_FRACTION * len(rowids)):
            index.remove(extra.tolist())
            index.add(matrix[missing], rowids[missing])
            return index
    index = VectorIndex.build(matrix, rowids, embedder.dim)
    try:
        index.save(str(path))
    except OSError as e:
        # a read-only knowledge base still answers; it builds the index again next time
        log.warning(
            "could not save the vector index in %s (%s); it is rebuilt next time", gen_dir, e
        )
    return index


# ---- the next revision from the previous one ----------------------------------------------------
def next_snapshot(snap: Snapshot, store: Store) -> Snapshot:
    """The store's current revision, made from ``snap`` by applying only the documents changed
    since (the change log says which).  Raises ``NeedsFullLoad`` when that cannot be done."""
    lineage = snap.lineage
    if lineage.broken:
        raise NeedsFullLoad("an earlier change failed half way")
    if not lineage.vectors.changeable:
        raise NeedsFullLoad(f"a {lineage.vectors.kind} index is built again, not changed")
    embedder = snap.embedder
    with store.reading():
        revision = store.revision()
        if revision == snap.revision:
            return snap
        changed = store.changes_since(snap.revision)
        if changed is None:
            raise NeedsFullLoad("the change log does not reach back to this revision")
        docs = store.documents_of(sorted(changed))
        analyses = list(_fresh_analyses(store, store.analyses_of(sorted(changed))))
        rows = store.sentences_of(sorted(changed))
        cached = store.cached_vectors(embedder.id, list({r[5] for r in rows}))
    dead = sum(len(snap.doc_slots.get(d, ())) for d in changed)
    if (snap.size - snap.sentence_count + dead) > DEAD_FRACTION * max(snap.size, 1000):
        raise NeedsFullLoad("too many dead positions")
    try:
        return _apply(snap, revision, changed, docs, analyses, rows, cached, store.path.parent)
    except BaseException:
        lineage.broken = True
        raise


def _apply(snap, revision, changed, docs, analyses, rows, cached, store_dir: Path) -> Snapshot:
    lineage = snap.lineage
    embedder = snap.embedder
    before = snap.extraction
    extraction = lineage.resolution.update(
        analyses, removed=[d for d in changed if d not in {a.doc_id for a in analyses}]
    )
    change = lineage.resolution.last_change
    # positions: the changed documents' old sentences die, their new ones are appended
    removed = {
        pos: _split(lineage.terms[pos]) for d in changed for pos in snap.doc_slots.get(d, ())
    }
    removed_docs = {
        snap.doc_slot_of[d]: [t for pos in snap.doc_slots[d] for t in removed[pos]]
        for d in changed
        if d in snap.doc_slot_of
    }
    start = lineage.rowids.size
    matrix = _matrix(cached, rows, embedder, store_dir)
    doc_slots = {d: s for d, s in snap.doc_slots.items() if d not in changed}
    doc_slot_of = {d: s for d, s in snap.doc_slot_of.items() if d not in changed}
    added: dict[int, list[str]] = {}
    added_docs: dict[int, list[str]] = {}
    doc_of = []
    for i, r in enumerate(rows):
        pos = start + i
        terms = _split(r[4])
        lineage.sentence_ids.append(r[1])
        lineage.doc_ids.append(r[2])
        lineage.texts.append(r[3])
        lineage.terms.append(r[4])
        if r[2] not in doc_slot_of:
            doc_slot_of[r[2]] = len(lineage.doc_positions)
            lineage.doc_positions.append([])
        d = doc_slot_of[r[2]]
        lineage.doc_positions[d].append(pos)
        added_docs.setdefault(d, []).extend(terms)
        doc_slots.setdefault(r[2], []).append(pos)
        doc_of.append(d)
        added[pos] = terms
    rowids = np.array([r[0] for r in rows], dtype=np.int64)
    lineage.rowids.extend(rowids)
    lineage.matrix.extend(matrix)
    lineage.doc_of.extend(np.array(doc_of, dtype=np.int64))
    lineage.vectors.remove(int(snap.rowids[pos]) for pos in removed)
    lineage.vectors.add(matrix, rowids)
    size = lineage.rowids.size
    alive = np.zeros(size, dtype=bool)
    alive[: snap.size] = snap.alive
    alive[list(removed)] = False
    alive[snap.size :] = True
    return Snapshot(
        revision=revision,
        generation=snap.generation,
        embedder=embedder,
        extraction=extraction,
        entity_graph=_graph_changed(snap.entity_graph, extraction, change),
        documents=_documents_changed(snap.documents, changed, docs),
        doc_slots=doc_slots,
        doc_slot_of=doc_slot_of,
        size=size,
        alive=alive,
        sentence_count=snap.sentence_count - len(removed) + len(rows),
        rowids=lineage.rowids.view(),
        sentence_ids=lineage.sentence_ids,
        doc_ids=lineage.doc_ids,
        texts=lineage.texts,
        bm25=snap.bm25.changed(removed, added),
        doc_bm25=snap.doc_bm25.changed(removed_docs, added_docs),
        vectors=lineage.vectors.view(),
        matrix=lineage.matrix.view(),
        doc_of=lineage.doc_of.view(),
        doc_positions=lineage.doc_positions,
        partial_names=_partial_names_changed(snap.partial_names, before, extraction, change),
        lineage=lineage,
    )


def _split(terms: str) -> list[str]:
    return terms.split(" ") if terms else []


def _documents_changed(documents, changed: set[str], docs) -> list[tuple[str, str, str]]:
    """The (id, title, source) list by id, with the changed documents replaced or gone."""
    out = [d for d in documents if d[0] not in changed] if changed else list(documents)
    for row in docs:
        bisect.insort(out, tuple(row))
    return out


def _partial_names_changed(
    partial: PartialNames, before: Extraction, after: Extraction, change: ResolutionChange
) -> PartialNames:
    """The partial-name index with the changed entities' names taken out and put back."""
    gone = {eid: before.entities[eid] for eid in change.entities if eid in before.entities}
    new = {eid: after.entities[eid] for eid in change.entities if eid in after.entities}
    old_index = partial_names(Extraction(entities=gone))
    new_index = partial_names(Extraction(entities=new))
    tables = []
    for table, old_part, new_part in zip(partial, old_index, new_index):
        table = dict(table)
        for key, ids in old_part.items():
            table[key] = table[key] - ids
            if not table[key]:
                del table[key]
        for key, ids in new_part.items():
            table[key] = table.get(key, set()) | ids
        tables.append(table)
    return PartialNames(*tables)


# ---- the entity graph, copied on write ---------------------------------------------------------------
def _graph_changed(
    g: nx.MultiDiGraph, extraction: Extraction, change: ResolutionChange
) -> nx.MultiDiGraph:
    """A new entity graph with the changed entities and relations replaced; it shares every
    node and adjacency the change did not touch with ``g``, which stays as it was."""
    if not change.entities and not change.relations:
        return g
    new = nx.MultiDiGraph()
    new.graph = dict(g.graph)
    new._node = dict(g._node)
    new._succ = new._adj = dict(g._succ)
    new._pred = dict(g._pred)
    own_succ: set = set()
    own_pred: set = set()

    def succ(u):
        if u not in own_succ:
            new._succ[u] = dict(new._succ.get(u, {}))
            own_succ.add(u)
        return new._succ[u]

    def pred(v):
        if v not in own_pred:
            new._pred[v] = dict(new._pred.get(v, {}))
            own_pred.add(v)
        return new._pred[v]

    def drop_edge(u, v, key):
        keys = dict(new._succ.get(u, {}).get(v, {}))
        if keys.pop(key, None) is None:
            return
        if keys:
            succ(u)[v] = pred(v)[u] = keys
        else:
            del succ(u)[v]
            del pred(v)[u]

    for eid in change.entities:
        if eid in new._node and eid not in extraction.entities:
            for v in list(new._succ.get(eid, {})):
                del pred(v)[eid]
            for u in list(new._pred.get(eid, {})):
                del succ(u)[eid]
            del new._node[eid], new._succ[eid], new._pred[eid]
            own_succ.discard(eid)
            own_pred.discard(eid)
    for eid in change.entities:
        e = extraction.entities.get(eid)
        if e is None:
            continue
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
            own_succ.add(eid)
            own_pred.add(eid)
    relations = {r.key: r for r in extraction.relations} if change.relations else {}
    for key in change.relations:
        subject, rel_type, obj = key
        drop_edge(subject, obj, rel_type)
        rel = relations.get(key)
        if rel is None or subject not in new._node or obj not in new._node:
            continue
        keys = dict(new._succ[subject].get(obj, {}))
        keys[rel_type] = {
            "type": rel.type,
            "confidence": rel.confidence,
            "evidence": [ev.to_dict() for ev in rel.evidence],
        }
        succ(subject)[obj] = pred(obj)[subject] = keys
    return new
