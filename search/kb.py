"""The KnowledgeBase facade: one persisted knowledge base directory, searched and asked.

Usage (the README shows more)::

    kb = KnowledgeBase.build(["data/"], path="data/kb")
    kb.ask("솔라를 개발한 회사는?").answer          # the name, or None

The work is done elsewhere, one concern per module: ``lifecycle`` (the directory, its
generations and CURRENT), ``pipeline`` (documents -> analyses -> terms -> vectors -> store),
``snapshot`` (the immutable view readers use and its indexes), ``answering`` (search and ask),
``inventory`` (stats and exports).  This class holds the open generation and the live
snapshot, serialises writers and swaps in a new snapshot after each change.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
import time
from pathlib import Path

import networkx as nx

from kg import analysis as kg_analysis
from kg import queries as graph_queries
from kg.resolve import Extraction

from . import answering, inventory, lifecycle
from .documents import document_list, document_view
from .embedders import Embedder, load_embedder
from .errors import KnowledgeBaseError, UnknownEntityError
from .ingest import SourceDocument, read_paths
from .limits import MAX_DOCUMENT_CHARS, MAX_QUERY_CHARS, check_document_text, check_k, check_query
from .pipeline import SNAPSHOT_STAGE, IngestReport, ingest
from .results import Answer, EntityView, Hit
from .snapshot import Snapshot, forget_vector_index, load_snapshot

__all__ = ["MAX_DOCUMENT_CHARS", "MAX_QUERY_CHARS", "KnowledgeBase", "KnowledgeBaseError"]

DEFAULT_PATH = lifecycle.DEFAULT_PATH
#: where ``build`` runs ingestion
ENGINES = ("local", "ray")


class KnowledgeBase:
    """A Korean knowledge graph with a hybrid sentence index, persisted in one directory."""

    def __init__(self, generation: lifecycle.Generation):
        """Not called directly: use ``KnowledgeBase.open(path)`` or
        ``KnowledgeBase.build(paths, path=...)``."""
        if not isinstance(generation, lifecycle.Generation):
            raise TypeError(
                f"KnowledgeBase({generation!r}) is not how a knowledge base is made: use "
                "KnowledgeBase.open(path) for an existing one (also as `with "
                "KnowledgeBase.open(path) as kb:`), or KnowledgeBase.build(paths, path=...)"
            )
        self.path = generation.root
        self._gen = generation
        self._write_lock = threading.Lock()
        self._snapshot: Snapshot = self._load_snapshot()
        #: what the last build or add in this object did, with seconds per stage
        self.last_ingest: IngestReport | None = None

    # ---- creating and opening ------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        paths=(),
        path: str | os.PathLike = DEFAULT_PATH,
        embedder: str | None = None,
        progress: bool = False,
        engine: str = "local",
        address: str | None = None,
    ) -> KnowledgeBase:
        """Ingest files and folders (.txt, .md, .jsonl) into a new knowledge base at ``path``,
        replacing what it held.  ``KnowledgeBase.build([], path=...)`` starts empty.
        ``engine="ray"`` analyses and embeds on a Ray cluster (``address``, else $RAY_ADDRESS,
        else a local one); the knowledge base is the same."""
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
        docs = read_paths(paths)  # bad input fails before anything changes
        root = Path(path)
        emb = load_embedder(embedder)
        run = ingest
        if engine == "ray":
            from . import distributed

            run = functools.partial(distributed.ingest, address=address)
        gen, report = lifecycle.build_generation(root, docs, emb, progress=progress, ingest=run)
        t = time.perf_counter()
        kb = cls.open(root, embedder=emb.id)
        kb._write_manifest(kb._snapshot)
        report.stages[SNAPSHOT_STAGE] = time.perf_counter() - t
        kb.last_ingest = report
        lifecycle.prune(root, keep=gen)
        return kb

    @classmethod
    def open(
        cls, path: str | os.PathLike = DEFAULT_PATH, embedder: str | None = None
    ) -> KnowledgeBase:
        """Open an existing knowledge base; ``embedder`` must match the one it was built with."""
        return cls(lifecycle.open_generation(Path(path), embedder))

    def close(self) -> None:
        """Close the store; the object cannot be used afterwards."""
        self._gen.store.close()

    def __enter__(self) -> KnowledgeBase:
        """``with KnowledgeBase.open("data/kb") as kb:`` closes it at the end of the block."""
        return self

    def __exit__(self, *exc) -> None:
        """Close it, whether the block ended normally or by an exception."""
        self.close()

    # ---- changing ------------------------------------------------------------------------------
    def add_text(
        self, text: str, doc_id: str | None = None, title: str = "", source: str = ""
    ) -> str:
        """Add or update one document; returns its id.  Unchanged content does nothing."""
        check_document_text(text)
        doc_id = doc_id or "doc-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        self.add_documents([SourceDocument(doc_id, text, title, source)])
        return doc_id

    def add_file(self, path: str | os.PathLike) -> list[str]:
        """Add or update the documents of a file or folder; returns their ids."""
        docs = read_paths([path])
        self.add_documents(docs)
        return [d.id for d in docs]

    def add_documents(self, docs: list[SourceDocument], progress: bool = False) -> list[str]:
        """Add or update documents; returns their ids.  ``last_ingest`` says what changed."""
        with self._write_lock:
            report = ingest(self._gen.store, self._gen.embedder, docs, progress=progress)
            if report.changed:
                report.stages[SNAPSHOT_STAGE] = self._commit_change()
            self.last_ingest = report
        return [d.id for d in docs]

    def remove(self, doc_id: str) -> bool:
        """Remove a document and everything only it supported; False if it was not there."""
        store = self._gen.store
        with self._write_lock:
            with store.transaction():
                removed = store.delete_document(doc_id)
                if removed:
                    store.prune_vectors(self._gen.embedder.id)
            if removed:
                self._commit_change()
            return removed

    def rebuild_index(self) -> None:
        """Derive everything again from the stored documents: their analyses (with the current
        extraction rules) and the FAISS index.  Embeddings are kept: the text did not change."""
        store = self._gen.store
        with self._write_lock:
            stored = [kg_analysis.DocumentAnalysis.from_dict(d) for d in store.analyses()]
            fresh = kg_analysis.analyze_documents([(a.doc_id, a.text, a.title) for a in stored])
            with store.transaction():
                for a in fresh:
                    store.update_analysis(a.doc_id, a.to_dict())
            forget_vector_index(self._gen.dir)
            self._commit_change()

    def _commit_change(self) -> float:
        """A new revision: bump it, load its snapshot and swap it in, write the manifest.
        Returns the seconds the snapshot took."""
        t = time.perf_counter()
        store = self._gen.store
        store.set_meta(revision=int(store.meta().get("revision", 0)) + 1)
        self._snapshot = snap = self._load_snapshot()
        self._write_manifest(snap)
        return time.perf_counter() - t

    def _load_snapshot(self) -> Snapshot:
        return load_snapshot(self._gen.store, self._gen.embedder, self._gen.dir)

    def _write_manifest(self, snap: Snapshot) -> None:
        counts = inventory.stats(snap, self._gen.embedder).to_dict()
        lifecycle.write_manifest(self._gen, {k: counts[k] for k in inventory.COUNT_KEYS})

    # ---- reading -------------------------------------------------------------------------------
    def document_ids(self) -> list[str]:
        """The ids of the documents it holds, sorted."""
        return [d[0] for d in self._snapshot.documents]

    def documents(self) -> list[dict]:
        """Every document with its ``id``, ``title``, ``source``, ``added`` (ISO 8601, UTC),
        ``chars``, and how many ``sentences`` and ``entities`` it holds; by id."""
        return document_list(self._snapshot, self._gen.store)

    def document(self, doc_id: str) -> dict | None:
        """One document: its ``text`` and ``sentences`` (ids, offsets, entity mentions), and the
        ``entities`` it names; None when there is no such document."""
        return document_view(self._snapshot, self._gen.store, doc_id)

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The knowledge graph (networkx MultiDiGraph): entities, relations, lexical layer."""
        return self._snapshot.graph

    @property
    def extraction(self) -> Extraction:
        """The resolved entities, relations and sentences of the live snapshot."""
        return self._snapshot.extraction

    @property
    def embedder(self) -> Embedder:
        """The embedder this knowledge base was built with."""
        return self._gen.embedder

    @property
    def generation_dir(self) -> Path:
        """The directory of the live generation (kb.sqlite, vectors.faiss)."""
        return self._gen.dir

    def snapshot(self) -> Snapshot:
        """The live snapshot: take it once and read only it to see one revision."""
        return self._snapshot

    def search(self, query: str, k: int = 10) -> list[Hit]:
        """Ranked evidence sentences for a Korean (or any) query.
        ``kb.search("리벨리온 투자", k=5)`` gives the five best sentences, best first.
        """
        query, k = check_query(query), check_k(k)
        return answering.search(self._snapshot, self._gen.embedder, query, k)

    def ask(self, question: str) -> Answer:
        """Answer a question with its evidence; ``method`` says how (graph, passage or none).
        ``kb.ask("솔라를 개발한 회사는?").answer`` is the answer's name or ``None``.
        """
        return answering.ask(self._snapshot, self._gen.embedder, check_query(question))

    def entity(self, name: str) -> EntityView | None:
        """An entity by id or any alias (Hangul or Latin, with or without particles)."""
        return answering.entity_view(self._snapshot, name)

    def example_questions(self) -> list[str]:
        """A few questions this knowledge base can answer, from its best-supported relations."""
        return list(self._snapshot.example_questions)

    # ---- graph queries -------------------------------------------------------------------------
    @staticmethod
    def _entity_id(snap: Snapshot, name: str) -> str:
        e = snap.extraction.entity_by_name(name)
        if e is None:
            raise UnknownEntityError(f"no entity named {name!r}")
        return e.id

    def relations(
        self, entity: str, type: str | None = None, direction: str = "both"
    ) -> list[dict]:
        """Relations at an entity (any alias), optionally of one type and direction.
        ``kb.relations("업스테이지", type="DEVELOPED")`` lists what it developed.
        """
        snap = self._snapshot
        return graph_queries.relations(snap.graph, self._entity_id(snap, entity), type, direction)

    def neighbourhood(self, entity: str, depth: int = 1) -> nx.MultiDiGraph:
        """The entities within ``depth`` relation hops of an entity, and their relations."""
        snap = self._snapshot
        return graph_queries.neighbourhood(snap.graph, self._entity_id(snap, entity), depth)

    def shortest_path(self, source: str, target: str) -> list[dict]:
        """The shortest chain of relations between two entities, with evidence on each hop;
        an empty list when they are not connected."""
        snap = self._snapshot
        ends = self._entity_id(snap, source), self._entity_id(snap, target)
        try:
            return graph_queries.shortest_path(snap.graph, *ends)
        except nx.NetworkXNoPath:
            return []

    def communities(self) -> list[list[str]]:
        """Topic clusters of entity ids (Louvain), largest first."""
        return graph_queries.communities(self._snapshot.graph)

    def export(
        self,
        fmt: str = "json",
        entity: str | None = None,
        depth: int = 1,
        document: str | None = None,
        lexical: bool = True,
    ) -> str:
        """The graph as json, graphml or cypher; with ``entity``, only its neighbourhood; with
        ``document``, only what that document names and states; ``lexical=False`` leaves out
        the document and sentence nodes."""
        return inventory.export(self._snapshot, fmt, entity, depth, document, lexical)

    def stats(self) -> dict:
        """Counts of what the knowledge base holds: the ``Stats`` shape (no path on disk)."""
        return inventory.stats(self._snapshot, self._gen.embedder).to_dict()

    def to_dict(self) -> dict:
        """The whole knowledge base as plain data: stats, entities and relations."""
        return inventory.to_dict(self._snapshot, self._gen.embedder)
