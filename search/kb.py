"""The KnowledgeBase facade: one persisted knowledge base directory, searched and asked.

Usage (the README shows more)::

    kb = KnowledgeBase.build(["data/"], path="data/kb")
    kb.ask("솔라를 개발한 회사는?").answer          # the name, or None

Layout of the directory::

    CURRENT            name of the live generation (replaced atomically)
    manifest.json      schema version, embedder, counts, build time (for people and tools)
    gen-000001/        kb.sqlite (the source of truth) and vectors.faiss (derived)

``build`` writes a new generation beside the old one and switches CURRENT only when it is
complete, so a crash leaves the previous knowledge base intact.  Incremental changes (``add_*``,
``remove``) are SQLite transactions in the live generation.  Readers work on an immutable
snapshot that is swapped in after each change.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import numpy as np

from kg import analysis as kg_analysis
from kg import queries as graph_queries
from kg.export import FORMATS, export_graph
from kg.graph import build_graph
from kg.model import Document
from kg.resolve import Extraction, resolve

from .embedders import DEFAULT_EMBEDDER, Embedder, EmbedderError, load_embedder
from .hybrid import FusionWeights, features, fuse_scores
from .ingest import InputError, SourceDocument, read_paths
from .lexical import BM25, terms, terms_many
from .qa import graph_answer, passage_answer
from .question import analyze_question
from .results import Answer, EntityView, Hit
from .store import DB_NAME, SCHEMA_VERSION, Store
from .vectors import VectorIndex

__all__ = ["MAX_DOCUMENT_CHARS", "MAX_QUERY_CHARS", "KnowledgeBase", "KnowledgeBaseError"]

MAX_QUERY_CHARS = 1000
MAX_DOCUMENT_CHARS = 5_000_000
DEFAULT_PATH = "data/kb"


class KnowledgeBaseError(RuntimeError):
    """The knowledge base cannot be opened or used as asked; the message says how to fix it."""


@dataclass
class _Snapshot:
    extraction: Extraction
    graph: nx.MultiDiGraph
    rowids: list[int]
    sentence_ids: list[str]
    doc_ids: list[str]
    texts: list[str]
    pos_of_rowid: dict[int, int]
    pos_of_sentence: dict[str, int]
    bm25: BM25
    vectors: VectorIndex
    documents: list[tuple[str, str, str]]
    evidence_of: dict[tuple[str, str], set[int]]  # (entity id, relation type) -> positions
    entities_at: list[set[str]]  # position -> entity ids it mentions
    matrix: np.ndarray  # position -> its vector (rows of FAISS)
    doc_bm25: BM25  # BM25 over whole documents
    doc_of: np.ndarray  # position -> document index
    doc_positions: list[list[int]]  # document index -> its positions
    context_entities: list[set[str]]  # position -> entities of the paragraph so far


def _text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _progress(total: int, desc: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(
        total=total, desc=desc, unit="sent", disable=not enabled, leave=True, dynamic_ncols=True
    )


class KnowledgeBase:
    """A Korean knowledge graph with a hybrid sentence index, persisted in one directory."""

    def __init__(self, path: Path, store: Store, embedder: Embedder, generation: str):
        self.path = Path(path)
        self._store = store
        self._embedder = embedder
        self._generation = generation
        self._write_lock = threading.Lock()
        self._snapshot = self._load_snapshot()

    # ---- creating and opening ------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        paths=(),
        path: str | os.PathLike = DEFAULT_PATH,
        embedder: str | None = None,
        progress: bool = False,
    ) -> KnowledgeBase:
        """Ingest files and folders (.txt, .md, .jsonl) into a new knowledge base at ``path``,
        replacing what it held.  ``KnowledgeBase.build([], path=...)`` starts empty."""
        docs = read_paths(paths)  # bad input fails before anything changes
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        emb = load_embedder(embedder)
        old = _current_generation(path)
        gen = _next_generation(path)
        gen_dir = path / gen
        shutil.rmtree(gen_dir, ignore_errors=True)
        gen_dir.mkdir()
        store = Store(gen_dir / DB_NAME)
        store.set_meta(
            schema_version=SCHEMA_VERSION, embedder=emb.id, dim=emb.dim, created=_now(), revision=0
        )
        cache = None
        if old and (path / old / DB_NAME).exists():
            try:
                cache = Store(path / old / DB_NAME)
            except Exception:
                cache = None
        try:
            _ingest(store, emb, docs, progress=progress, cache=cache)
        finally:
            if cache is not None:
                cache.close()
        store.close()
        _switch(path, gen)
        import time

        t = time.perf_counter()
        kb = cls.open(path, embedder=emb.id)
        kb._write_manifest()
        LAST_PROFILE["resolve, graph, BM25, FAISS"] = time.perf_counter() - t
        for stale in path.glob("gen-*"):
            if stale.name != gen:
                shutil.rmtree(stale, ignore_errors=True)
        return kb

    @classmethod
    def open(
        cls, path: str | os.PathLike = DEFAULT_PATH, embedder: str | None = None
    ) -> KnowledgeBase:
        """Open an existing knowledge base; ``embedder`` must match the one it was built with."""
        path = Path(path)
        gen = _current_generation(path)
        if gen is None or not (path / gen / DB_NAME).exists():
            raise KnowledgeBaseError(
                f"no knowledge base at {path}: build one with `kgsearch build --kb {path} "
                "data/` (or KnowledgeBase.build)"
            )
        store = Store(path / gen / DB_NAME)
        meta = store.meta()
        if int(meta.get("schema_version", 0)) != SCHEMA_VERSION:
            store.close()
            raise KnowledgeBaseError(
                f"{path} was built with storage schema {meta.get('schema_version')}, this "
                f"version reads {SCHEMA_VERSION}: rebuild it with `kgsearch build --kb {path} ...`"
            )
        built_with = meta.get("embedder", DEFAULT_EMBEDDER)
        if embedder and embedder != built_with:
            store.close()
            raise EmbedderError(
                f"{path} was built with embedder {built_with!r}, not {embedder!r}: open it "
                f"without --embedder, or rebuild it with `kgsearch build --embedder {embedder}`"
            )
        emb = load_embedder(built_with)
        if emb.dim != int(meta.get("dim", emb.dim)):
            store.close()
            raise EmbedderError(
                f"embedder {built_with!r} gives {emb.dim}-d vectors but {path} "
                f"holds {meta.get('dim')}-d ones: rebuild the knowledge base"
            )
        return cls(path, store, emb, gen)

    def close(self) -> None:
        self._store.close()

    # ---- changing ------------------------------------------------------------------------------
    def add_text(
        self, text: str, doc_id: str | None = None, title: str = "", source: str = ""
    ) -> str:
        """Add or update one document; returns its id.  Unchanged content does nothing."""
        if not isinstance(text, str) or not text.strip():
            raise InputError("the document text is empty")
        if len(text) > MAX_DOCUMENT_CHARS:
            raise InputError(
                f"the document has {len(text):,} characters, over the limit of "
                f"{MAX_DOCUMENT_CHARS:,}; split it into smaller documents"
            )
        doc_id = doc_id or "doc-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        self.add_documents([SourceDocument(doc_id, text, title, source)])
        return doc_id

    def add_file(self, path: str | os.PathLike) -> list[str]:
        """Add or update the documents of a file or folder; returns their ids."""
        docs = read_paths([path])
        self.add_documents(docs)
        return [d.id for d in docs]

    def add_documents(self, docs: list[SourceDocument], progress: bool = False) -> list[str]:
        with self._write_lock:
            changed = _ingest(self._store, self._embedder, docs, progress=progress)
            if changed:
                self._commit_change()
        return [d.id for d in docs]

    def remove(self, doc_id: str) -> bool:
        """Remove a document and everything only it supported; False if it was not there."""
        with self._write_lock:
            with self._store.transaction():
                removed = self._store.delete_document(doc_id)
                if removed:
                    self._store.prune_vectors(self._embedder.id)
            if removed:
                self._commit_change()
            return removed

    def rebuild_index(self) -> None:
        """Derive everything again from the stored documents: their analyses (with the current
        extraction rules) and the FAISS index.  Embeddings are kept: the text did not change."""
        with self._write_lock:
            stored = [kg_analysis.DocumentAnalysis.from_dict(d) for d in self._store.analyses()]
            fresh = kg_analysis.analyze_documents([(a.doc_id, a.text, a.title) for a in stored])
            with self._store.transaction():
                for a in fresh:
                    self._store.update_analysis(a.doc_id, a.to_dict())
            for name in ("vectors.faiss", "vectors.stamp"):
                (self.path / self._generation / name).unlink(missing_ok=True)
            self._commit_change()

    def _commit_change(self) -> None:
        import time

        t = time.perf_counter()
        rev = int(self._store.meta().get("revision", 0)) + 1
        self._store.set_meta(revision=rev)
        self._snapshot = self._load_snapshot()
        self._write_manifest()
        LAST_PROFILE["resolve, graph, BM25, FAISS"] = time.perf_counter() - t

    # ---- reading -------------------------------------------------------------------------------
    def document_ids(self) -> list[str]:
        return [d[0] for d in self._snapshot.documents]

    @property
    def graph(self) -> nx.MultiDiGraph:
        return self._snapshot.graph

    @property
    def extraction(self) -> Extraction:
        return self._snapshot.extraction

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    def search(self, query: str, k: int = 10) -> list[Hit]:
        """Ranked evidence sentences for a Korean (or any) query.
        ``kb.search("리벨리온 투자", k=5)`` gives the five best sentences, best first.
        """
        query = _check_query(query)
        if not 1 <= int(k) <= 100:
            raise ValueError("k must be between 1 and 100")
        snap = self._snapshot
        q = analyze_question(query, snap.extraction)
        return self._search(snap, query, int(k), q)

    def _search(self, snap: _Snapshot, query: str, k: int, q, weights=None) -> list[Hit]:
        w = weights or FusionWeights()
        if not snap.rowids:
            return []
        qv = self._embedder.embed_query(query)
        f = features(
            snap, qv, q.index_terms or terms(query), {eid for eid, _ in q.entities}, q.relation, w
        )
        scores = fuse_scores(f, w)
        order = np.lexsort((f.positions, -scores))[:k]
        hits = []
        for i in order.tolist():
            explain = {
                "dense": round(float(f.dense[i]), 4),
                "bm25": round(float(f.lexical[i]), 4),
                "doc_bm25": round(float(f.doc_lexical[i]), 4),
            }
            if f.entity[i]:
                explain["entities"] = float(f.entity[i])
            if f.relation[i]:
                explain["relation"] = True
            hits.append(self._hit(snap, int(f.positions[i]), float(scores[i]), explain))
        return hits

    def _hit(self, snap: _Snapshot, pos: int, score: float, explain: dict) -> Hit:
        sid = snap.sentence_ids[pos]
        ents = []
        for eid, start, end in snap.extraction.sentence_entities.get(sid, []):
            e = snap.extraction.entities.get(eid)
            if e is not None:
                ents.append(
                    {"id": e.id, "name": e.name, "type": e.type, "start": start, "end": end}
                )
        return Hit(
            sentence_id=sid,
            doc_id=snap.doc_ids[pos],
            text=snap.texts[pos],
            score=score,
            entities=ents,
            explain=explain,
        )

    def ask(self, question: str) -> Answer:
        """Answer a question with its evidence; ``method`` says how (graph, passage or none).
        ``kb.ask("솔라를 개발한 회사는?").answer`` is the answer's name or ``None``.
        """
        question = _check_query(question)
        snap = self._snapshot
        q = analyze_question(question, snap.extraction)
        hits = self._search(snap, question, 10, q)

        def hit_for(sentence_id: str) -> Hit | None:
            pos = snap.pos_of_sentence.get(sentence_id)
            if pos is None:
                return None
            for h in hits:
                if h.sentence_id == sentence_id:
                    return h
            return self._hit(snap, pos, 1.0, {"graph": True})

        ans = graph_answer(q, snap.extraction, snap.graph, hit_for, hits)
        if ans is not None:
            return ans
        return passage_answer(q, snap.extraction, hits)

    def entity(self, name: str) -> EntityView | None:
        """An entity by id or any alias (Hangul or Latin, with or without particles)."""
        snap = self._snapshot
        e = snap.extraction.entity_by_name(name.strip()) if name and name.strip() else None
        if e is None:
            return None
        relations = []
        for rel in snap.extraction.relations:
            if e.id not in (rel.subject, rel.object):
                continue
            other_id = rel.object if rel.subject == e.id else rel.subject
            other = snap.extraction.entities[other_id]
            relations.append(
                {
                    "type": rel.type,
                    "direction": "out" if rel.subject == e.id else "in",
                    "other": other.summary(),
                    "confidence": rel.confidence,
                    "evidence": [
                        {"sentence_id": ev.sentence_id, "text": ev.text} for ev in rel.evidence
                    ],
                }
            )
        relations.sort(key=lambda r: (r["type"], r["direction"], r["other"]["id"]))
        return EntityView(
            id=e.id,
            name=e.name,
            type=e.type,
            aliases=list(e.aliases),
            mentions=e.mentions,
            relations=relations,
            roles=list(e.roles),
            merges=list(e.merges),
        )

    # ---- graph queries -------------------------------------------------------------------------
    def _entity_id(self, name: str) -> str:
        e = self._snapshot.extraction.entity_by_name(name)
        if e is None:
            raise KeyError(f"no entity named {name!r}")
        return e.id

    def relations(
        self, entity: str, type: str | None = None, direction: str = "both"
    ) -> list[dict]:
        """Relations at an entity (any alias), optionally of one type and direction.
        ``kb.relations("업스테이지", type="DEVELOPED")`` lists what it developed.
        """
        return graph_queries.relations(self.graph, self._entity_id(entity), type, direction)

    def neighbourhood(self, entity: str, depth: int = 1) -> nx.MultiDiGraph:
        """The entities within ``depth`` relation hops of an entity, and their relations."""
        return graph_queries.neighbourhood(self.graph, self._entity_id(entity), depth)

    def shortest_path(self, source: str, target: str) -> list[dict]:
        """The shortest chain of relations between two entities, with evidence on each hop;
        an empty list when they are not connected."""
        try:
            return graph_queries.shortest_path(
                self.graph, self._entity_id(source), self._entity_id(target)
            )
        except nx.NetworkXNoPath:
            return []

    def communities(self) -> list[list[str]]:
        """Topic clusters of entity ids (Louvain), largest first."""
        return graph_queries.communities(self.graph)

    def export(self, fmt: str = "json", entity: str | None = None, depth: int = 1) -> str:
        """The graph as json, graphml or cypher; with ``entity``, only its neighbourhood."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
        g = self._snapshot.graph
        if entity is not None:
            e = self._snapshot.extraction.entity_by_name(entity)
            if e is None:
                raise KeyError(f"no entity named {entity!r}")
            if not 0 <= int(depth) <= 5:
                raise ValueError("depth must be between 0 and 5")
            g = graph_queries.neighbourhood(g, e.id, int(depth))
        return export_graph(g, fmt)

    def stats(self) -> dict:
        snap = self._snapshot
        by_type: dict[str, int] = {}
        for e in snap.extraction.entities.values():
            by_type[e.type] = by_type.get(e.type, 0) + 1
        rel_types: dict[str, int] = {}
        for r in snap.extraction.relations:
            rel_types[r.type] = rel_types.get(r.type, 0) + 1
        return {
            "documents": len(snap.documents),
            "sentences": len(snap.rowids),
            "entities": len(snap.extraction.entities),
            "relations": len(snap.extraction.relations),
            "entities_by_type": dict(sorted(by_type.items())),
            "relations_by_type": dict(sorted(rel_types.items())),
            "index_size": len(snap.vectors),
            "index_kind": snap.vectors.kind,
            "embedder": self._embedder.id,
            "engine": self._embedder.engine,
            "path": str(self.path),
        }

    def to_dict(self) -> dict:
        """The whole knowledge base as plain data: stats, entities and relations."""
        ex = self._snapshot.extraction
        return {
            "stats": self.stats(),
            "entities": [self.entity(eid).to_dict() for eid in ex.entities],
            "relations": [
                {
                    "type": r.type,
                    "subject": r.subject,
                    "object": r.object,
                    "confidence": r.confidence,
                    "evidence": [ev.to_dict() for ev in r.evidence],
                }
                for r in ex.relations
            ],
        }

    # ---- internals -----------------------------------------------------------------------------
    def _load_snapshot(self) -> _Snapshot:
        store = self._store
        analyses = []
        stale = []
        for d in store.analyses():
            a = kg_analysis.DocumentAnalysis.from_dict(d)
            if a.version != kg_analysis.ANALYSIS_VERSION:
                stale.append(a)
            analyses.append(a)
        if stale:
            # extraction rules changed since these were stored: analyse them again from the text
            fresh = {
                a.doc_id: a
                for a in kg_analysis.analyze_documents([(a.doc_id, a.text, a.title) for a in stale])
            }
            analyses = [fresh.get(a.doc_id, a) for a in analyses]
        extraction = resolve(analyses)
        documents = store.documents()
        graph = build_graph(extraction, [Document(i, "", t, s) for i, t, s in documents])
        rows = store.sentences()
        rowids = [r[0] for r in rows]
        vectors, matrix = self._vector_index(rows)
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
        evidence_of: dict[tuple[str, str], set[int]] = {}
        pos_of_sentence = {r[1]: i for i, r in enumerate(rows)}
        for rel in extraction.relations:
            for ev in rel.evidence:
                pos = pos_of_sentence.get(ev.sentence_id)
                if pos is None:
                    continue
                for eid in (rel.subject, rel.object):
                    evidence_of.setdefault((eid, rel.type), set()).add(pos)
        entities_at = [{e for e, _, _ in extraction.sentence_entities.get(r[1], [])} for r in rows]
        context_entities: list[set[str]] = []
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
            context_entities.append(ctx)
        return _Snapshot(
            extraction=extraction,
            graph=graph,
            rowids=rowids,
            entities_at=entities_at,
            context_entities=context_entities,
            matrix=matrix,
            doc_bm25=BM25(doc_terms),
            doc_of=doc_of,
            doc_positions=doc_positions,
            sentence_ids=[r[1] for r in rows],
            doc_ids=[r[2] for r in rows],
            texts=[r[3] for r in rows],
            pos_of_rowid={r: i for i, r in enumerate(rowids)},
            pos_of_sentence=pos_of_sentence,
            bm25=BM25([r[4].split(" ") if r[4] else [] for r in rows]),
            vectors=vectors,
            documents=documents,
            evidence_of=evidence_of,
        )

    def _vector_index(self, rows) -> tuple[VectorIndex, np.ndarray]:
        """The stored vectors as a matrix, and the FAISS index of the live revision: loaded
        when its stamp matches, else rebuilt from the matrix (no embedding needed) and saved."""
        gen_dir = self.path / self._generation
        meta = self._store.meta()
        cached = self._store.cached_vectors(self._embedder.id, list({r[5] for r in rows}))
        missing = [r for r in rows if r[5] not in cached]
        if missing:
            raise KnowledgeBaseError(
                f"{len(missing)} sentences in {self.path} have no stored vector: rebuild the "
                "knowledge base"
            )
        matrix = (
            np.stack([cached[r[5]] for r in rows])
            if rows
            else np.zeros((0, self._embedder.dim), np.float32)
        )
        stamp = f"{meta.get('revision', 0)}:{len(rows)}"
        index_path, stamp_path = gen_dir / "vectors.faiss", gen_dir / "vectors.stamp"
        if index_path.exists() and stamp_path.exists():
            try:
                kind, saved = stamp_path.read_text().split("|", 1)
                if saved == stamp:
                    return VectorIndex.load(str(index_path), kind), matrix
            except (OSError, ValueError, RuntimeError):
                pass
        index = VectorIndex.build(
            matrix, np.array([r[0] for r in rows], dtype=np.int64), self._embedder.dim
        )
        try:
            index.save(str(index_path))
            tmp = stamp_path.with_suffix(".tmp")
            tmp.write_text(f"{index.kind}|{stamp}")
            os.replace(tmp, stamp_path)
        except OSError:
            pass  # a read-only knowledge base still answers; it rebuilds next time
        return index, matrix

    def _write_manifest(self) -> None:
        meta = self._store.meta()
        manifest = {
            "schema_version": SCHEMA_VERSION,
            "embedder": self._embedder.id,
            "dim": self._embedder.dim,
            "generation": self._generation,
            "created": meta.get("created"),
            "updated": _now(),
            "revision": int(meta.get("revision", 0)),
            "counts": {
                k: v
                for k, v in self.stats().items()
                if k in {"documents", "sentences", "entities", "relations"}
            },
        }
        tmp = self.path / "manifest.json.tmp"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
        os.replace(tmp, self.path / "manifest.json")


def _check_query(query) -> str:
    if not isinstance(query, str) or not query.strip():
        raise ValueError("the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise ValueError(f"the query has {len(query)} characters; the limit is {MAX_QUERY_CHARS}")
    return query.strip()


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def _current_generation(path: Path) -> str | None:
    try:
        name = (path / "CURRENT").read_text().strip()
    except OSError:
        return None
    return name or None


def _next_generation(path: Path) -> str:
    nums = [int(p.name.split("-")[1]) for p in path.glob("gen-*") if p.name.split("-")[1].isdigit()]
    return f"gen-{max(nums, default=0) + 1:06d}"


def _switch(path: Path, gen: str) -> None:
    tmp = path / f"CURRENT.tmp{os.getpid()}"
    with open(tmp, "w") as f:
        f.write(gen + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path / "CURRENT")


#: seconds spent in each ingestion stage by the last build or add in this process
LAST_PROFILE: dict[str, float] = {}


def _ingest(
    store: Store,
    emb: Embedder,
    docs: list[SourceDocument],
    progress=False,
    cache: Store | None = None,
) -> bool:
    """Analyse, index and embed documents into the store, skipping unchanged ones.  Returns
    whether anything changed.  Each document lands in one transaction with its vectors."""
    import time

    LAST_PROFILE.clear()
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        LAST_PROFILE[stage] = LAST_PROFILE.get(stage, 0.0) + now - clock
        clock = now

    todo = [
        d for d in docs if store.document_hash(d.id) != kg_analysis.content_hash(d.text, d.title)
    ]
    if not todo:
        return False
    bar = _progress(0, "analysing", progress)

    def advance(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    analyses = kg_analysis.analyze_documents(
        [(d.id, d.text, d.title) for d in todo], progress=advance
    )
    bar.close()
    lap("analyse (Kiwi, mentions, relations)")
    all_sentences = [s for a in analyses for s in a.sentences]
    all_terms = terms_many([s.text for s in all_sentences])
    lap("index terms (Kiwi morphemes)")
    hashes = [_text_hash(s.text) for s in all_sentences]
    have = store.cached_vectors(emb.id, sorted(set(hashes)))
    if cache is not None:
        have.update(cache.cached_vectors(emb.id, sorted(set(hashes) - set(have))))
    need = sorted({h: s.text for h, s in zip(hashes, all_sentences) if h not in have}.items())
    bar = _progress(len(need), "embedding", progress and bool(need))
    new: dict[str, np.ndarray] = {}
    batch = 256  # large batches let the bulk engine sort by length
    for i in range(0, len(need), batch):
        chunk = need[i : i + batch]
        vecs = emb.embed_passages([t for _, t in chunk])
        for (h, _), v in zip(chunk, vecs):
            new[h] = v
        bar.update(len(chunk))
    bar.close()
    lap("embed")
    have.update(new)
    pos = 0
    for d, a in zip(todo, analyses):
        rows = []
        for s in a.sentences:
            rows.append((s.id, s.text, " ".join(all_terms[pos]), hashes[pos]))
            pos += 1
        with store.transaction():
            store.put_vectors(emb.id, {h: have[h] for _, _, _, h in rows})
            store.put_document(
                d.id, d.title or a.title, d.source, a.content_hash, a.to_dict(), rows
            )
    lap("store (SQLite)")
    return True
