"""The knowledge base on disk: one SQLite database is the source of truth (documents, their
analyses, sentences, index terms, embeddings); the FAISS index beside it is derived and rebuilt
whenever it is missing or stale.  SQLite transactions make every update all-or-nothing."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import numpy as np

__all__ = ["DB_NAME", "SCHEMA_VERSION", "Store"]

SCHEMA_VERSION = 1
DB_NAME = "kb.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, source TEXT NOT NULL, content_hash TEXT NOT NULL,
    analysis TEXT NOT NULL, added_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE TABLE IF NOT EXISTS sentences (
    rowid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL, terms TEXT NOT NULL, text_hash TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sentences_doc ON sentences(doc_id);
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL, text_hash TEXT NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY (model, text_hash));
"""


class Store:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)
        self.lock = threading.RLock()

    def close(self) -> None:
        self._db.close()

    # -- meta ---------------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta"))

    def set_meta(self, **values) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)", [(k, str(v)) for k, v in values.items()]
        )

    # -- transactions ---------------------------------------------------------------------------
    def transaction(self):
        return _Transaction(self._db, self.lock)

    # -- documents ------------------------------------------------------------------------------
    def document_hash(self, doc_id: str) -> str | None:
        row = self._db.execute(
            "SELECT content_hash FROM documents WHERE id=?", (doc_id,)
        ).fetchone()
        return row[0] if row else None

    def document_ids(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM documents ORDER BY id")]

    def documents(self) -> list[tuple[str, str, str]]:
        return list(self._db.execute("SELECT id, title, source FROM documents ORDER BY id"))

    def document_info(self, doc_id: str | None = None) -> list[tuple[str, str, str, str, int]]:
        """(id, title, source, added_at, characters of its text) of every document, or of one."""
        sql = (
            "SELECT id, title, source, added_at, length(json_extract(analysis, '$.text')) "
            "FROM documents"
        )
        if doc_id is not None:
            return list(self._db.execute(sql + " WHERE id=?", (doc_id,)))
        return list(self._db.execute(sql + " ORDER BY id"))

    def document_text(self, doc_id: str) -> str | None:
        """The text a document's sentence offsets refer to, or None if there is no such id."""
        row = self._db.execute(
            "SELECT json_extract(analysis, '$.text') FROM documents WHERE id=?", (doc_id,)
        ).fetchone()
        return row[0] if row else None

    def analyses(self) -> list[dict]:
        return [
            json.loads(r[0]) for r in self._db.execute("SELECT analysis FROM documents ORDER BY id")
        ]

    def put_document(
        self,
        doc_id,
        title,
        source,
        content_hash,
        analysis: dict,
        sentences: list[tuple[str, str, str, str]],
    ) -> None:
        """Insert or replace a document; ``sentences`` are (id, text, terms, text_hash)."""
        self._db.execute("DELETE FROM sentences WHERE doc_id=?", (doc_id,))
        self._db.execute("DELETE FROM documents WHERE id=?", (doc_id,))
        self._db.execute(
            "INSERT INTO documents (id, title, source, content_hash, analysis) VALUES (?,?,?,?,?)",
            (doc_id, title, source, content_hash, json.dumps(analysis, ensure_ascii=False)),
        )
        self._db.executemany(
            "INSERT INTO sentences (id, doc_id, text, terms, text_hash) VALUES (?,?,?,?,?)",
            [(sid, doc_id, text, terms, h) for sid, text, terms, h in sentences],
        )

    def stored_documents(
        self, doc_ids: list[str]
    ) -> dict[str, tuple[str, dict, list[tuple[str, str, str, str]]]]:
        """doc_id -> (content hash, analysis, sentences as (id, text, terms, text_hash)) for
        those of ``doc_ids`` the store holds."""
        out = {}
        for i in range(0, len(doc_ids), 500):
            chunk = doc_ids[i : i + 500]
            q = ",".join("?" * len(chunk))
            for doc_id, content_hash, analysis in self._db.execute(
                f"SELECT id, content_hash, analysis FROM documents WHERE id IN ({q})", chunk
            ):
                out[doc_id] = (content_hash, json.loads(analysis), [])
            for doc_id, sid, text, terms, h in self._db.execute(
                f"SELECT doc_id, id, text, terms, text_hash FROM sentences WHERE doc_id IN ({q}) "
                "ORDER BY rowid",
                chunk,
            ):
                out[doc_id][2].append((sid, text, terms, h))
        return out

    def update_analysis(self, doc_id: str, analysis: dict) -> None:
        self._db.execute(
            "UPDATE documents SET analysis=? WHERE id=?",
            (json.dumps(analysis, ensure_ascii=False), doc_id),
        )

    def delete_document(self, doc_id: str) -> bool:
        self._db.execute("DELETE FROM sentences WHERE doc_id=?", (doc_id,))
        cur = self._db.execute("DELETE FROM documents WHERE id=?", (doc_id,))
        return cur.rowcount > 0

    def sentences(self) -> list[tuple[int, str, str, str, str, str]]:
        """(rowid, id, doc_id, text, terms, text_hash) in row order."""
        return list(
            self._db.execute(
                "SELECT rowid, id, doc_id, text, terms, text_hash FROM sentences ORDER BY rowid"
            )
        )

    # -- embeddings -----------------------------------------------------------------------------
    def cached_vectors(self, model: str, hashes: list[str]) -> dict[str, np.ndarray]:
        out = {}
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            q = ",".join("?" * len(chunk))
            for h, blob in self._db.execute(
                f"SELECT text_hash, vector FROM embeddings WHERE model=? AND text_hash IN ({q})",
                (model, *chunk),
            ):
                out[h] = np.frombuffer(blob, dtype=np.float32)
        return out

    def put_vectors(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?,?,?)",
            [(model, h, np.asarray(v, np.float32).tobytes()) for h, v in vectors.items()],
        )

    def prune_vectors(self, model: str) -> None:
        """Forget cached vectors that no sentence uses any more."""
        self._db.execute(
            "DELETE FROM embeddings WHERE model=? AND text_hash NOT IN "
            "(SELECT text_hash FROM sentences)",
            (model,),
        )


class _Transaction:
    def __init__(self, db, lock):
        self._db, self._lock = db, lock

    def __enter__(self):
        self._lock.acquire()
        self._db.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            self._db.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self._lock.release()
        return False
