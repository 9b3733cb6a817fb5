"""One immutable view of a knowledge base revision: the resolved graph and every index searching
needs.

A knowledge base swaps in a whole new ``Snapshot`` after each change; a call takes the snapshot
once and reads only it, so it never mixes two revisions.  ``hybrid.py`` reads it through its
``RetrievalIndex`` protocol.

``load_snapshot`` reads a revision from scratch; ``snapshot_update.next_snapshot`` makes the
following one from the previous one.  Sentences live in *positions* (slots) that never move: a
changed document's sentences get new positions and its old ones die, so the positions of
everything else, and every index keyed by them, stay valid.  Per-position data is append-only
and shared by the snapshots of one lineage (each knows how far it reaches and which positions
it sees alive).  The views by position are in ``positions``, the vectors in
``snapshot_vectors``.
"""

from __future__ import annotations

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
from kg.resolve import Extraction, Resolution
from kg.shards import ShardedMap

from .embedders import Embedder
from .errors import damaged
from .examples import example_questions
from .lexical import BM25
from .positions import (
    ContextEntities,
    EntitiesAt,
    EvidenceOf,
    PositionOfRowid,
    PositionOfSentence,
    TitleTerms,
)
from .question_links import PartialNames, partial_names
from .question_repair import NameIndex
from .snapshot_vectors import VECTOR_FILES, Row, forget_vector_index, stored_matrix, vector_index
from .store import Store
from .vectors import VectorIndex, VectorView

__all__ = [
    "VECTOR_FILES",
    "NeedsFullLoad",
    "Snapshot",
    "forget_vector_index",
    "load_snapshot",
]

log = logging.getLogger(__name__)


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
class Lineage:
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
    doc_slots: ShardedMap  # document id -> positions of its sentences, in order
    doc_slot_of: ShardedMap  # document id -> its document slot (doc_bm25, doc_positions)
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
    lineage: Lineage = field(repr=False)

    # ---- derived on first use -----------------------------------------------------------------
    @functools.cached_property
    def pos_of_rowid(self) -> Mapping[int, int]:
        """FAISS id -> position, for ids alive in this snapshot."""
        return PositionOfRowid(self.rowids, self.alive)

    @functools.cached_property
    def pos_of_sentence(self) -> Mapping[str, int]:
        """Sentence id -> position."""
        return PositionOfSentence(self.doc_slots, self.sentence_ids)

    @functools.cached_property
    def entities_at(self) -> Sequence[set[str]]:
        """Position -> entity ids its sentence mentions."""
        return EntitiesAt(self.extraction, self.sentence_ids)

    @functools.cached_property
    def context_entities(self) -> Sequence[set[str]]:
        """Position -> entities the up to three sentences before it in its paragraph name."""
        return ContextEntities(self.extraction, self.sentence_ids, self.doc_ids, self.entities_at)

    @functools.cached_property
    def evidence_of(self) -> Mapping[tuple[str, str], set[int]]:
        """(entity id, relation type) -> positions of the sentences that state such a relation
        (worked out for the pairs asked about)."""
        return EvidenceOf(self.extraction, self.pos_of_sentence)

    @functools.cached_property
    def title_terms(self) -> Mapping[str, frozenset[str]]:
        """Document id -> the index terms of its title (the ranker's ``title`` feature)."""
        return TitleTerms(self.documents)

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


# ---- loading from scratch --------------------------------------------------------------------------
def fresh_analyses(store: Store, docs: Iterable) -> Iterator[kg_analysis.DocumentAnalysis]:
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
        extraction = resolution.update(fresh_analyses(store, store.iter_analyses()))
        documents = store.documents()
        rows = store.sentences()
        cached = store.cached_vectors(embedder.id, list({r[5] for r in rows}))
    matrix = stored_matrix(cached, rows, embedder, gen_dir)
    rowids = np.array([r[0] for r in rows], dtype=np.int64)
    vectors = vector_index(matrix, rowids, embedder, gen_dir, [r[2] for r in rows])
    terms = [split_terms(r[4]) for r in rows]
    slots = _DocumentSlots.of(rows, terms)
    lineage = Lineage(
        resolution=resolution,
        vectors=vectors,
        rowids=_Growing(rowids),
        matrix=_Growing(matrix),
        doc_of=_Growing(slots.doc_of),
        sentence_ids=[r[1] for r in rows],
        doc_ids=[r[2] for r in rows],
        texts=[r[3] for r in rows],
        terms=[r[4] for r in rows],
        doc_positions=slots.doc_positions,
    )
    return Snapshot(
        revision=revision,
        generation=gen_dir.name,
        embedder=embedder,
        extraction=extraction,
        entity_graph=build_graph(extraction, lexical=False),
        documents=documents,
        doc_slots=ShardedMap.of(slots.doc_slots),
        doc_slot_of=ShardedMap.of(slots.doc_slot_of),
        size=len(rows),
        alive=np.ones(len(rows), dtype=bool),
        sentence_count=len(rows),
        rowids=lineage.rowids.view(),
        sentence_ids=lineage.sentence_ids,
        doc_ids=lineage.doc_ids,
        texts=lineage.texts,
        bm25=BM25(terms),
        doc_bm25=BM25(slots.doc_terms),
        vectors=vectors.view(),
        matrix=lineage.matrix.view(),
        doc_of=lineage.doc_of.view(),
        doc_positions=lineage.doc_positions,
        partial_names=partial_names(extraction),
        lineage=lineage,
    )


@dataclass
class _DocumentSlots:
    """Where each document's sentences are, in a full load: documents are numbered (slots) in
    the order their first sentence comes."""

    doc_slot_of: dict[str, int]  # document id -> document slot
    doc_slots: dict[str, list[int]]  # document id -> positions of its sentences
    doc_positions: list[list[int]]  # document slot -> positions of its sentences
    doc_terms: list[list[str]]  # document slot -> the BM25 terms of all its sentences
    doc_of: np.ndarray  # position -> document slot

    @classmethod
    def of(cls, rows: list[Row], terms: list[list[str]]) -> _DocumentSlots:
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
        return cls(doc_slot_of, doc_slots, doc_positions, doc_terms, doc_of)


def split_terms(terms: str) -> list[str]:
    """A sentence's stored BM25 terms (space-separated) as a list."""
    return terms.split(" ") if terms else []
