"""The writes of a knowledge base, each made under the directory's writer lock in the live
generation's store: adding or updating documents, removing them, analysing everything again.

Each is one SQLite transaction (all of it, or on a failure none) with one change-log revision
per document, so other processes' snapshots follow it (``snapshot_update``).  The facade
(``kb.KnowledgeBase``) checks the input, calls these, then brings its snapshot up to date.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field

from kg import analysis as kg_analysis

from . import diskspace
from .errors import KnowledgeBaseError
from .ingest import SourceDocument
from .limits import check_document_text, check_unicode
from .live import Live
from .pipeline import IngestReport, Progress, ingest, pending
from .snapshot import forget_vector_index

__all__ = [
    "Changes",
    "auto_document_id",
    "check_documents",
    "ingest_documents",
    "reanalyse",
    "remove_documents",
]


@dataclass
class Changes:
    """What one add, remove or sync did, by document id."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    #: documents the knowledge base holds that a sync's paths do not (kept unless ``delete``)
    not_in_paths: list[str] = field(default_factory=list)


def auto_document_id(text: str) -> str:
    """The id of a document given without one: named by its content."""
    return "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def check_documents(docs: list[SourceDocument]) -> None:
    """Raise ``InputError`` for a document whose text, id or title cannot be stored."""
    for d in docs:
        check_document_text(d.text)
        check_unicode(d.id, "id")
        check_unicode(d.title, "title")


def writable(live: Live) -> None:
    """Raise ``KnowledgeBaseError`` when the knowledge base cannot be changed here."""
    if live.gen.store.read_only:
        raise KnowledgeBaseError(
            f"{live.root} is read-only here (a read-only mount, no permission, or a full "
            "disk): it answers, but changing it needs a writable copy or free space"
        )


def ingest_documents(
    live: Live,
    docs: list[SourceDocument],
    progress: bool = False,
    on_progress: Progress | None = None,
) -> tuple[IngestReport, Changes]:
    """Add or update documents in one transaction.  Which are new is decided under the writer
    lock (so of two writers of one new id, in this process or another, one creates it)."""
    writable(live)
    with live.writing("kgsearch add") as gen:
        todo = {d.id for d in pending(gen.store, docs)}
        held = {d.id for d in docs if d.id in todo and gen.store.document_hash(d.id)}
        report = ingest(gen.store, gen.embedder, docs, progress=progress, on_progress=on_progress)
    changes = Changes(
        added=[d.id for d in docs if d.id in todo and d.id not in held],
        updated=[d.id for d in docs if d.id in held],
        unchanged=[d.id for d in docs if d.id not in todo],
    )
    return report, changes


def remove_documents(live: Live, doc_ids: list[str]) -> list[str]:
    """Remove documents in one transaction, with the vectors only they used; returns the ids
    that were there."""
    writable(live)
    with live.writing("kgsearch remove") as gen:
        store = gen.store
        try:
            with store.transaction():
                removed = []
                for doc_id in doc_ids:
                    hashes = store.sentence_hashes(doc_id)
                    if store.delete_document(doc_id):
                        store.prune_vectors(gen.embedder.id, hashes)
                        store.record_change(doc_id)
                        removed.append(doc_id)
        except sqlite3.Error as e:
            if diskspace.is_disk_full(e):
                # SQLite logs the pages it changes before it frees them
                raise diskspace.disk_full(
                    gen.dir, store.path.stat().st_size // 4, "the removal"
                ) from None
            raise
    return removed


def document_ids_besides(live: Live, given: set[str], what: str) -> list[str]:
    """The ids of the documents the knowledge base holds that are not in ``given``, read under
    the writer lock (no write is half seen)."""
    with live.writing(what) as gen:
        return [i for i in gen.store.document_ids() if i not in given]


def reanalyse(live: Live) -> None:
    """Analyse every stored document again with the current extraction rules, and forget the
    FAISS index (the next snapshot builds it from the stored vectors)."""
    writable(live)
    with live.writing("kgsearch rebuild-index") as gen:
        store = gen.store
        stored = [kg_analysis.DocumentAnalysis.from_dict(d) for d in store.analyses()]
        fresh = kg_analysis.analyze_documents([(a.doc_id, a.text, a.title) for a in stored])
        with store.transaction():
            for a in fresh:
                store.update_analysis(a.doc_id, a.to_dict())
            store.record_change(None)
        forget_vector_index(gen.dir)
