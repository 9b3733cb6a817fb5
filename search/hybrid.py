"""Hybrid ranking: dense e5 vectors + BM25 over Kiwi morphemes + the knowledge graph.

Candidates come from each retriever (dense top-N, BM25 top-N, and the sentences of the best
documents by document-level BM25).  Every candidate then gets every feature exactly — its cosine
to the query, its BM25 score, its document's BM25 score, whether it names the question's
entities or states the relation asked about — each normalised per query (cosine and BM25 live
on different scales).  The learned ranker (search/ranking.py) scores them with more features of
what is asked; with ``FusionWeights.learned`` off a weighted sum ranks them.  Both were fitted on
the KorQuAD dev half (bench/fit_ranker.py, bench/retrieval.py).  Each hit keeps its features
(``explain``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import numpy as np

if TYPE_CHECKING:
    from .lexical import BM25
    from .vectors import VectorIndex

__all__ = [
    "Features",
    "FusionWeights",
    "RetrievalIndex",
    "answer_scores",
    "candidate_scores",
    "features",
    "fuse_scores",
    "rerank",
]


class RetrievalIndex(Protocol):
    """What ranking reads from a knowledge base snapshot (``search.snapshot.Snapshot``).
    Sentences are addressed by position; FAISS ids are the store's row ids."""

    vectors: VectorIndex  # FAISS over sentence vectors
    matrix: np.ndarray  # position -> its vector
    bm25: BM25  # over sentences
    doc_bm25: BM25  # over whole documents
    doc_of: np.ndarray  # position -> document index
    doc_positions: list[list[int]]  # document index -> its positions
    entities_at: list[set[str]]  # position -> entity ids it mentions
    context_entities: list[set[str]]  # position -> entities of the paragraph so far
    evidence_of: dict[tuple[str, str], set[int]]  # (entity id, relation type) -> positions
    pos_of_rowid: dict[int, int]  # FAISS id -> position


@dataclass(frozen=True)
class FusionWeights:
    # fitted on the KorQuAD dev half (bench/retrieval.py --tune; results in bench/RESULTS.md)
    dense: float = 0.4
    lexical: float = 0.45
    doc_lexical: float = 0.65  # the sentence's document (paragraph) matches the query
    doc_dense: float = 0.1  # the document's best sentence is close to the query
    entity: float = 0.05  # per linked entity the sentence (or its paragraph) names, up to 2
    relation: float = 0.25  # the sentence is evidence of an edge the question asks about
    pool: int = 50  # candidates from each sentence retriever
    doc_pool: int = 5  # documents whose sentences all become candidates
    # second stage: the first ``depth`` sentences are read for an answer of the asked type near
    # the question's words (search/reader.py); ``answer`` weighs that reading, min-max scaled
    answer: float = 0.0
    depth: int = 10
    # the learned ranker (search/ranking.py, resources/ranker.json) orders the candidates; off:
    # the weighted sum above (fuse_scores)
    learned: bool = True


@dataclass
class Features:
    positions: np.ndarray  # sentence positions of the candidates
    dense: np.ndarray  # cosine
    lexical: np.ndarray  # sentence BM25
    doc_lexical: np.ndarray  # document BM25
    doc_dense: np.ndarray  # best cosine in the document
    entity: np.ndarray
    relation: np.ndarray
    all_lexical: np.ndarray | None = None  # sentence BM25 of every position (neighbours' too)


#: a document of up to this many sentences adds all of them as candidates (news articles and
#: KorQuAD paragraphs are far shorter, so for them nothing changes) ...
DOCUMENT_CANDIDATES = 64
#: ... a longer one only its best this many by dense score and as many by sentence BM25: a
#: book-length document that matches every question would otherwise put hundreds of sentences
#: through the feature loop of every search (and its best ones are in the pools already)
LONG_DOCUMENT_BEST = 16


def _rows(index: RetrievalIndex, positions: list[int]) -> np.ndarray:
    """The vectors of a document's sentences: a view when its positions are one run (they are,
    unless the document was changed in place), else a copy."""
    first, last = positions[0], positions[-1]
    if last - first + 1 == len(positions):
        return index.matrix[first : last + 1]
    return index.matrix[positions]


def _document_candidates(
    index: RetrievalIndex, d: int, qv: np.ndarray, sent_bm25: np.ndarray
) -> list[int]:
    """The sentences of document slot ``d`` that become candidates: all of them, or for a
    document over ``DOCUMENT_CANDIDATES`` sentences its ``LONG_DOCUMENT_BEST`` best by dense
    score and by sentence BM25."""
    positions = index.doc_positions[d]
    if len(positions) <= DOCUMENT_CANDIDATES:
        return positions
    ps = np.asarray(positions, dtype=np.int64)
    k = LONG_DOCUMENT_BEST
    best = ps[np.argpartition(-(_rows(index, positions) @ qv), k)[:k]]
    if len(sent_bm25):
        best = np.union1d(best, ps[np.argpartition(-sent_bm25[ps], k)[:k]])
    return best.tolist()


def features(
    index: RetrievalIndex,
    qv: np.ndarray,
    qterms: list[str],
    asked: set[str],
    relation: str,
    w: FusionWeights,
) -> Features:
    """Candidates and their raw features over a knowledge base snapshot."""
    cands: set[int] = set()
    cands.update(
        index.pos_of_rowid[r]
        for r, _ in index.vectors.search(qv, w.pool)
        if r in index.pos_of_rowid
    )
    sent_bm25 = index.bm25.scores(qterms)
    if len(sent_bm25):
        top = np.argpartition(-sent_bm25, min(w.pool, len(sent_bm25) - 1))[: w.pool]
        cands.update(int(i) for i in top if sent_bm25[i] > 0)
    doc_bm25 = index.doc_bm25.scores(qterms)
    if len(doc_bm25) and w.doc_pool:
        top_docs = np.argsort(-doc_bm25)[: w.doc_pool]
        for d in top_docs:
            if doc_bm25[d] > 0:
                cands.update(_document_candidates(index, int(d), qv, sent_bm25))
    relation_pos: set[int] = set()
    if relation:
        for eid in asked:
            relation_pos |= index.evidence_of.get((eid, relation), set())
        cands |= relation_pos
    pos = np.array(sorted(cands), dtype=np.int64)
    if not len(pos):
        empty = np.zeros(0, dtype=np.float32)
        return Features(pos, empty, empty, empty, empty, empty, empty)
    dense = index.matrix[pos] @ qv
    docs = index.doc_of[pos]
    best: dict[int, float] = {}
    for d in set(docs.tolist()):
        best[d] = float((_rows(index, index.doc_positions[d]) @ qv).max())
    doc_dense = np.array([best[d] for d in docs.tolist()], dtype=np.float32)
    entity = _entity_counts(index, pos, asked) if asked else np.zeros(len(pos), np.float32)
    rel = np.array([p in relation_pos for p in pos.tolist()], dtype=np.float32)
    return Features(
        pos,
        dense.astype(np.float32),
        sent_bm25[pos],
        doc_bm25[docs],
        doc_dense,
        entity,
        rel,
        sent_bm25,
    )


def _entity_counts(index: RetrievalIndex, pos: np.ndarray, asked: set[str]) -> np.ndarray:
    """Per candidate: how many of the ``asked`` entities its sentence names, else half as many
    as the sentences just before it in its paragraph name (``context_entities``), up to 2.
    Each position's entities are read once per call (candidates are mostly whole paragraphs),
    and a paragraph's context only when a sentence just before names an asked entity at all."""
    named: dict[int, set[str]] = {}

    def names(p: int) -> set[str]:
        if p not in named:
            named[p] = asked & index.entities_at[p]
        return named[p]

    entity = np.zeros(len(pos), dtype=np.float32)
    for i, (p, d) in enumerate(zip(pos.tolist(), index.doc_of[pos].tolist())):
        n = len(names(p))
        # context_entities reads at most the three sentences before, in the same document
        before = (j for j in range(p - 1, p - 4, -1) if j >= 0 and index.doc_of[j] == d)
        if not n and any(names(j) for j in before):
            # an earlier sentence of the paragraph names the entity: this one is likely still
            # about it ("설립 목적은 ..." after "엑스AI는 ...")
            n = 0.5 * len(asked & index.context_entities[p])
        entity[i] = min(n, 2)
    return entity


def _minmax(x: np.ndarray) -> np.ndarray:
    if not len(x):
        return x
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.ones_like(x)


def _scale(x: np.ndarray) -> np.ndarray:
    hi = float(x.max()) if len(x) else 0.0
    return x / hi if hi > 0 else np.zeros_like(x)


def fuse_scores(f: Features, w: FusionWeights) -> np.ndarray:
    """Weighted sum of per-query normalised features."""
    return (
        w.dense * _minmax(f.dense)
        + w.lexical * _scale(f.lexical)
        + w.doc_lexical * _scale(f.doc_lexical)
        + w.doc_dense * _minmax(f.doc_dense)
        + w.entity * f.entity
        + w.relation * f.relation
    )


def candidate_scores(
    index,
    f: Features,
    qterms: list[str],
    kind: str,
    question: str,
    w: FusionWeights,
    tokens: list | None = None,
) -> np.ndarray:
    """The candidates' scores: in the learned ranker's order (search/ranking.py), or with
    ``w.learned`` off the weighted sum's.  ``kind`` is the asked kind (answer_types.read_asked),
    ``tokens`` the question's Kiwi tokens (spans.Token; read again from ``question`` if None).

    The learned order is given the weighted sum's scores, sorted: the best candidate gets the
    best fused score, the second the second best, ...  So a hit's score keeps the scale and the
    spread the answerers and the calibration were fitted on (the top score, the gap to the
    second, each hit's share of the top), while the order is the ranker's."""
    fused = fuse_scores(f, w)
    if not w.learned or not len(f.positions):
        return fused
    from .ranker_model import ranker
    from .ranking import candidate_features

    x = candidate_features(index, f, qterms, kind, question, tokens)
    order = np.argsort(-ranker().scores(x, index.doc_of[f.positions]), kind="stable")
    out = np.empty_like(fused)
    # a hair less per rank: equal fused scores must not let the position decide the order
    out[order] = np.sort(fused)[::-1] - 1e-9 * np.arange(len(fused))
    return out


#: reader features that retrieval itself decides; a sentence is judged without them
_FROM_RETRIEVAL = ("rank=", "score_rel", "neighbour", "lead", "graph_evidence", "repeat_log")


def answer_scores(reading, sentences: list[tuple[str, list]], model=None) -> np.ndarray:
    """How well each sentence (text, Kiwi tokens) holds an answer of the kind the question asks
    for, near the question's words: its best candidate's reader score, without the features
    that come from retrieval.  ``reading`` is ``reader.question_reading(...)``."""
    from .reader import Passage, reader_model
    from .reader_features import candidate_features

    model = model or reader_model()
    passages = [Passage(str(i), t, list(toks), 0, 1.0) for i, (t, toks) in enumerate(sentences)]
    best = np.full(len(sentences), np.nan, dtype=np.float64)
    w = model.weights
    for c in candidate_features(reading, passages):
        score = sum(
            w.get(k, 0.0) * v for k, v in c.features.items() if not k.startswith(_FROM_RETRIEVAL)
        )
        if np.isnan(best[c.passage]) or score > best[c.passage]:
            best[c.passage] = score
    if np.isnan(best).all():
        return np.zeros(len(sentences))
    return np.nan_to_num(best, nan=float(np.nanmin(best)))


def rerank(order: np.ndarray, scores: np.ndarray, answer: np.ndarray, w: FusionWeights):
    """The first ``len(answer)`` of ``order`` re-ordered by fused score + w.answer * the
    min-max scaled answer reading; returns (order, scores) with the new scores."""
    top = order[: len(answer)]
    new = scores.copy()
    new[top] = scores[top] + w.answer * _minmax(answer)
    head = top[np.argsort(-new[top], kind="stable")]
    return np.concatenate([head, order[len(answer) :]]), new
