"""One immutable view of a knowledge base: the resolved graph and every index searching needs.

A knowledge base loads a new ``Snapshot`` after each change and swaps it in whole; a call
takes the snapshot once and reads only it, so it never mixes two revisions.  ``hybrid.py``
reads the snapshot through its ``RetrievalIndex`` protocol.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import numpy as np

from kg import analysis as kg_analysis
from kg.graph import build_graph
from kg.model import Document
from kg.resolve import Extraction, resolve

from .embedders import Embedder
from .errors import KnowledgeBaseError
from .examples import example_questions
from .lexical import BM25
from .question import PartialNames, partial_names
from .question_repair import NameIndex
from .store import Store
from .vectors import VectorIndex

__all__ = ["VECTOR_FILES", "Snapshot", "forget_vector_index", "load_snapshot"]

#: the derived FAISS index and the stamp saying which revision it was built from
VECTOR_FILES = ("vectors.faiss", "vectors.stamp")

log = logging.getLogger(__name__)

# one stored sentence: (rowid, id, doc_id, text, terms, text_hash)
Row = tuple[int, str, str, str, str, str]


@dataclass(frozen=True, eq=False)
class Snapshot:
    """Everything a reader needs, built together from one revision of the store.  Sentences
    are addressed by position (their order in the store); ``rowids`` are the FAISS ids."""

    extraction: Extraction
    graph: nx.MultiDiGraph
    documents: list[tuple[str, str, str]]  # (id, title, source)
    rowids: list[int]
    sentence_ids: list[str]
    doc_ids: list[str]
    texts: list[str]
    pos_of_rowid: dict[int, int]
    pos_of_sentence: dict[str, int]
    bm25: BM25  # over sentences
    doc_bm25: BM25  # over whole documents
    vectors: VectorIndex
    matrix: np.ndarray  # position -> its vector (rows of FAISS)
    doc_of: np.ndarray  # position -> document index
    doc_positions: list[list[int]]  # document index -> its positions
    evidence_of: dict[tuple[str, str], set[int]]  # (entity id, relation type) -> positions
    entities_at: list[set[str]]  # position -> entity ids it mentions
    context_entities: list[set[str]]  # position -> entities of the paragraph so far
    partial_names: PartialNames  # for linking partial names in questions
    names: NameIndex  # for repairing glued and misspelt names in questions
    example_questions: list[str]  # questions this snapshot can answer, for the page


def load_snapshot(store: Store, embedder: Embedder, gen_dir: Path) -> Snapshot:
    """Resolve the stored analyses and build every index of the store's current revision."""
    extraction = resolve(_analyses(store))
    documents = store.documents()
    graph = build_graph(extraction, [Document(i, "", t, s) for i, t, s in documents])
    rows = store.sentences()
    vectors, matrix = _vector_index(store, embedder, gen_dir, rows)
    doc_of, doc_positions, doc_terms = _documents_of(rows)
    pos_of_sentence = {r[1]: i for i, r in enumerate(rows)}
    entities_at = [{e for e, _, _ in extraction.sentence_entities.get(r[1], [])} for r in rows]
    rowids = [r[0] for r in rows]
    return Snapshot(
        extraction=extraction,
        graph=graph,
        documents=documents,
        rowids=rowids,
        sentence_ids=[r[1] for r in rows],
        doc_ids=[r[2] for r in rows],
        texts=[r[3] for r in rows],
        pos_of_rowid={r: i for i, r in enumerate(rowids)},
        pos_of_sentence=pos_of_sentence,
        bm25=BM25([r[4].split(" ") if r[4] else [] for r in rows]),
        doc_bm25=BM25(doc_terms),
        vectors=vectors,
        matrix=matrix,
        doc_of=doc_of,
        doc_positions=doc_positions,
        evidence_of=_evidence_positions(extraction, pos_of_sentence),
        entities_at=entities_at,
        context_entities=_context_entities(extraction, rows, entities_at),
        partial_names=partial_names(extraction),
        names=NameIndex.build(extraction),
        example_questions=example_questions(extraction),
    )


def _analyses(store: Store) -> list[kg_analysis.DocumentAnalysis]:
    """The stored analyses; those made by older extraction rules are made again from the text."""
    analyses = [kg_analysis.DocumentAnalysis.from_dict(d) for d in store.analyses()]
    stale = [a for a in analyses if a.version != kg_analysis.ANALYSIS_VERSION]
    if not stale:
        return analyses
    fresh = {
        a.doc_id: a
        for a in kg_analysis.analyze_documents([(a.doc_id, a.text, a.title) for a in stale])
    }
    return [fresh.get(a.doc_id, a) for a in analyses]


def _documents_of(rows: list[Row]) -> tuple[np.ndarray, list[list[int]], list[list[str]]]:
    """Position -> document index, document index -> positions, and each document's terms."""
    doc_index: dict[str, int] = {}
    doc_positions: list[list[int]] = []
    doc_terms: list[list[str]] = []
    for i, r in enumerate(rows):
        d = doc_index.setdefault(r[2], len(doc_index))
        if d == len(doc_positions):
            doc_positions.append([])
            doc_terms.append([])
        doc_positions[d].append(i)
        doc_terms[d].extend(r[4].split(" ") if r[4] else [])
    doc_of = np.array([doc_index[r[2]] for r in rows], dtype=np.int64)
    return doc_of, doc_positions, doc_terms


def _evidence_positions(
    extraction: Extraction, pos_of_sentence: dict[str, int]
) -> dict[tuple[str, str], set[int]]:
    """(entity id, relation type) -> positions of the sentences that state such a relation."""
    evidence_of: dict[tuple[str, str], set[int]] = {}
    for rel in extraction.relations:
        for ev in rel.evidence:
            pos = pos_of_sentence.get(ev.sentence_id)
            if pos is None:
                continue
            for eid in (rel.subject, rel.object):
                evidence_of.setdefault((eid, rel.type), set()).add(pos)
    return evidence_of


def _context_entities(
    extraction: Extraction, rows: list[Row], entities_at: list[set[str]]
) -> list[set[str]]:
    """Position -> the entities the up to three sentences before it in its paragraph name."""
    out: list[set[str]] = []
    for i, r in enumerate(rows):
        s = extraction.sentences.get(r[1])
        ctx: set[str] = set()
        for j in range(i - 1, max(-1, i - 4), -1):
            prev = extraction.sentences.get(rows[j][1])
            if (
                s is None
                or prev is None
                or prev.doc_id != s.doc_id
                or prev.paragraph != s.paragraph
            ):
                break
            ctx |= entities_at[j]
        out.append(ctx)
    return out


def forget_vector_index(gen_dir: Path) -> None:
    """Delete the derived FAISS index so that the next snapshot builds it again."""
    for name in VECTOR_FILES:
        (gen_dir / name).unlink(missing_ok=True)


def _vector_index(
    store: Store, embedder: Embedder, gen_dir: Path, rows: list[Row]
) -> tuple[VectorIndex, np.ndarray]:
    """The stored vectors as a matrix, and the FAISS index of the live revision: loaded when
    its stamp matches, else rebuilt from the matrix (no embedding needed) and saved."""
    cached = store.cached_vectors(embedder.id, list({r[5] for r in rows}))
    missing = [r for r in rows if r[5] not in cached]
    if missing:
        raise KnowledgeBaseError(
            f"{len(missing)} sentences in {gen_dir.parent} have no stored vector: rebuild the "
            "knowledge base"
        )
    matrix = (
        np.stack([cached[r[5]] for r in rows]) if rows else np.zeros((0, embedder.dim), np.float32)
    )
    stamp = f"{store.meta().get('revision', 0)}:{len(rows)}"
    index_path, stamp_path = (gen_dir / name for name in VECTOR_FILES)
    saved = _load_saved_index(index_path, stamp_path, stamp)
    if saved is not None:
        return saved, matrix
    index = VectorIndex.build(matrix, np.array([r[0] for r in rows], dtype=np.int64), embedder.dim)
    try:
        index.save(str(index_path))
        tmp = stamp_path.with_suffix(".tmp")
        tmp.write_text(f"{index.kind}|{stamp}")
        os.replace(tmp, stamp_path)
    except OSError as e:
        # a read-only knowledge base still answers; it builds the index again next time
        log.warning(
            "could not save the vector index in %s (%s); it is rebuilt next time", gen_dir, e
        )
    return index, matrix


def _load_saved_index(index_path: Path, stamp_path: Path, stamp: str) -> VectorIndex | None:
    """The saved FAISS index when its stamp names this revision; None when there is none or it
    is stale or unreadable (then it is rebuilt)."""
    if not (index_path.exists() and stamp_path.exists()):
        return None
    try:
        kind, saved = stamp_path.read_text().split("|", 1)
        if saved != stamp:
            return None
        return VectorIndex.load(str(index_path), kind)
    except (OSError, ValueError, RuntimeError) as e:
        log.warning("the saved vector index %s is unreadable (%s); rebuilding it", index_path, e)
        return None
