"""The last ingestion stage: writing documents, analyses, sentences and vectors to the store,
all of them or none, after checking the disk has room for them.

``ingest`` (search/pipeline.py) and the Ray build (search/distributed.py) both end here::

    store_documents(store, embedder.id, docs, analyses, prepared, vectors)
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import numpy as np

from kg.analysis import DocumentAnalysis

from . import diskspace
from .crashpoints import crash_point
from .embedders import Embedder
from .ingest import SourceDocument
from .limits import estimate_sentences
from .store import Store

if TYPE_CHECKING:
    from .pipeline import PreparedSentence

__all__ = ["estimated_bytes", "store_documents"]


def store_documents(
    store: Store,
    embedder_id: str,
    docs: list[SourceDocument],
    analyses: list[DocumentAnalysis],
    prepared: list[list[PreparedSentence]],
    vectors: dict[str, np.ndarray],
) -> None:
    """Write the documents, their analyses, sentences and vectors in one transaction: all of
    them or, when the disk fills or the process dies, none.  Each document is one revision in
    the change log, so that other processes bring in just what changed.  The space they need is checked
    first (``DiskFullError`` says how much is missing)."""
    needed = diskspace.ingest_bytes(
        # an analysis holds its text and every sentence, mention and candidate of it: about
        # six times the text (measured on the seed article and KorQuAD paragraphs)
        analyses_json=6 * sum(len(a.text.encode("utf-8")) for a in analyses),
        sentence_bytes=sum(
            len(s.text.encode()) + len(s.terms.encode()) for p in prepared for s in p
        ),
        new_vectors=sum(len(p) for p in prepared),
        dim=len(next(iter(vectors.values()))) if vectors else 0,
        index_rows=store.sentence_count() + sum(len(p) for p in prepared),
    )
    what = f"{len(docs)} document(s)"
    diskspace.ensure_space(store.path.parent, needed, what)
    try:
        with store.transaction():
            for d, a, sentences in zip(docs, analyses, prepared):
                rows = [(s.id, s.text, s.terms, s.text_hash) for s in sentences]
                store.put_vectors(
                    embedder_id, {s.text_hash: vectors[s.text_hash] for s in sentences}
                )
                store.put_document(
                    d.id, d.title or a.title, d.source, a.content_hash, a.to_dict(), rows
                )
                store.record_change(d.id)
                crash_point("stored-document")
    except sqlite3.Error as e:
        if diskspace.is_disk_full(e):
            raise diskspace.disk_full(store.path.parent, needed, what) from None
        raise


def estimated_bytes(store: Store, embedder: Embedder, docs: list[SourceDocument]) -> int:
    """What storing ``docs`` will take, from their text alone (see ``store_documents``)."""
    text = sum(len(d.text.encode("utf-8")) for d in docs)
    sentences = sum(estimate_sentences(d.text) for d in docs)
    return diskspace.ingest_bytes(
        analyses_json=6 * text,
        sentence_bytes=2 * text,  # the sentences and their index terms
        new_vectors=sentences,
        dim=embedder.dim,
        index_rows=store.sentence_count() + sentences,
    )
