"""The knowledge base on disk: one SQLite database is the source of truth (documents, their
analyses, sentences, index terms, embeddings); the FAISS index beside it is derived and rebuilt
whenever it is missing or stale.  SQLite transactions make every update all-or-nothing."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .errors import damaged

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
CREATE INDEX IF NOT EXISTS sentences_hash ON sentences(text_hash);
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL, text_hash TEXT NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY (model, text_hash));
"""


#: the change log: one row per document changed by a revision (``doc_id`` NULL: everything),
#: so that another process can bring its view up to date by reading only what changed
_CHANGES = """
CREATE TABLE IF NOT EXISTS changes (revision INTEGER NOT NULL, doc_id TEXT);
CREATE INDEX IF NOT EXISTS changes_revision ON changes(revision);
"""
#: revisions of the change log kept; a reader further behind than this loads everything again
CHANGES_KEPT = 10_000
#: how long a statement waits for another connection's lock before it fails
BUSY_TIMEOUT_MS = 30_000


_TABLES = ("meta", "documents", "sentences", "embeddings")
#: what SQLite says when it may read a database but not write beside it
_CANNOT_WRITE = ("unable to open", "readonly", "read-only", "disk is full", "disk I/O error")


class Store:
    """One generation's SQLite database.  ``create`` makes a new one (a build); otherwise it
    must exist whole: a database that is not one, or has lost a table, is ``damaged`` (never
    silently made again, empty).  Where it cannot be written — a read-only mount, a full disk
    that leaves no room for SQLite's shared-memory file — it is opened read-only
    (``read_only``): it answers, and writes are refused.  ``readonly`` opens it for reading
    only, whatever the disk allows (another generation read by a build, say)."""

    def __init__(self, path: Path, create: bool = False, readonly: bool = False):
        self.path = Path(path)
        self.read_only = False
        self.lock = threading.RLock()
        try:
            if readonly:
                self._db = self._connect_readonly()
            else:
                self._db = self._connect(create)
            if not create and not self.read_only and not self._writable_here():
                # a read-only mount or file: SQLite would open it and fail at the first write
                self._db.close()
                self._db = self._connect_immutable()
            tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as e:
            raise damaged(self.path, f"it is not a SQLite database SQLite can read ({e})") from None
        if create and not tables:
            self._db.executescript(_SCHEMA + _CHANGES)
            return
        missing = [t for t in _TABLES if t not in tables]
        if missing:
            what = "it is empty" if not tables else f"it has lost its table(s) {', '.join(missing)}"
            raise damaged(self.path, what)
        if not self.read_only:
            # what later versions added (IF NOT EXISTS): the change log, indexes
            self._db.executescript(_SCHEMA + _CHANGES)

    def _connect(self, create: bool) -> sqlite3.Connection:
        if not create and (not self.path.is_file() or self.path.stat().st_size == 0):
            raise damaged(self.path, "it is empty (0 bytes)" if self.path.exists() else "missing")
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError as e:
            db.close()
            if create or not any(m in str(e) for m in _CANNOT_WRITE):
                raise
        return self._connect_immutable()

    def _connect_readonly(self) -> sqlite3.Connection:
        if not self.path.is_file():
            raise damaged(self.path, "missing")
        db = sqlite3.connect(
            f"file:{self.path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
        )
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys=ON")
        self.read_only = True
        return db

    def _writable_here(self) -> bool:
        return os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)

    def _connect_immutable(self) -> sqlite3.Connection:
        """The database as it is on a disk that cannot be written (no lock or WAL files)."""
        db = sqlite3.connect(
            f"file:{self.path}?immutable=1", uri=True, check_same_thread=False, isolation_level=None
        )
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self.read_only = True
        return db

    def close(self) -> None:
        self._db.close()

    # -- meta ---------------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta"))

    def set_meta(self, **values) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)", [(k, str(v)) for k, v in values.items()]
        )

    # -- transactions and revisions ------------------------------------------------------------
    def transaction(self):
        """A write transaction (BEGIN IMMEDIATE): all of it or nothing."""
        return _Transaction(self._db, self.lock, "BEGIN IMMEDIATE")

    def reading(self):
        """A read transaction: every query inside sees one committed revision, whatever other
        connections commit meanwhile (WAL)."""
        return _Transaction(self._db, self.lock, "BEGIN")

    def revision(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key='revision'").fetchone()
        return int(row[0]) if row else 0

    def record_change(self, doc_id: str | None) -> int:
        """Inside a write transaction: a new revision that changed ``doc_id`` (None: every
        document); returns it.  Old entries of the change log are trimmed."""
        rev = self.revision() + 1
        self.set_meta(revision=rev)
        self._db.execute("INSERT INTO changes VALUES (?, ?)", (rev, doc_id))
        if rev % 1000 == 0:
            self._db.execute("DELETE FROM changes WHERE revision <= ?", (rev - CHANGES_KEPT,))
        return rev

    def changes_since(self, revision: int) -> set[str] | None:
        """The documents changed after ``revision``, or None when the log cannot say (it was
        trimmed past that revision, or a change touched everything): then load everything."""
        try:
            rows = self._db.execute(
                "SELECT revision, doc_id FROM changes WHERE revision > ?", (revision,)
            ).fetchall()
            oldest = self._db.execute("SELECT min(revision) FROM changes").fetchone()[0]
        except sqlite3.OperationalError:  # a generation written before the change log
            return None
        current = self.revision()
        if current > revision and (oldest is None or oldest > revision + 1):
            return None
        if any(doc_id is None for _, doc_id in rows):
            return None
        return {doc_id for _, doc_id in rows}

    # -- documents ------------------------------------------------------------------------------
    def document_hash(self, doc_id: str) -> str | None:
        row = self._db.execute(
            "SELECT content_hash FROM documents WHERE id=?", (doc_id,)
        ).fetchone()
        return row[0] if row else None

    def document_ids(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM documents ORDER BY id")]

    def counts(self) -> dict[str, int]:
        """Documents and sentences held (cheap: no resolution needed)."""
        (docs,) = self._db.execute("SELECT count(*) FROM documents").fetchone()
        (sents,) = self._db.execute("SELECT count(*) FROM sentences").fetchone()
        return {"documents": docs, "sentences": sents}

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

    def documents_of(self, ids: list[str]) -> list[tuple[str, str, str]]:
        """(id, title, source) of the documents among ``ids`` that exist."""
        return self._in("SELECT id, title, source FROM documents WHERE id IN ({})", ids)

    def analyses_of(self, ids: list[str]) -> list[dict]:
        """The stored analyses of the documents among ``ids`` that exist."""
        rows = self._in("SELECT analysis FROM documents WHERE id IN ({})", ids)
        return [_json(r[0]) for r in rows]

    def sentences_of(self, doc_ids: list[str]) -> list[tuple[int, str, str, str, str, str]]:
        """(rowid, id, doc_id, text, terms, text_hash) of these documents, in row order."""
        rows = self._in(
            "SELECT rowid, id, doc_id, text, terms, text_hash FROM sentences WHERE doc_id IN ({})",
            doc_ids,
        )
        return sorted(rows)

    def _in(self, sql: str, values: list[str]) -> list[tuple]:
        out: list[tuple] = []
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            out.extend(self._db.execute(sql.format(",".join("?" * len(chunk))), chunk))
        return out

    def iter_analyses(self) -> Iterator[dict]:
        """The stored analyses one at a time, by document id (for a corpus too large to hold
        as a list); consume it inside one ``reading()`` to see one revision."""
        for (raw,) in self._db.execute("SELECT analysis FROM documents ORDER BY id"):
            yield _json(raw)

    def analyses(self) -> list[dict]:
        """The stored analyses, parsed (one that is not JSON is returned as its text, for the
        reader to report)."""
        return [_json(r[0]) for r in self._db.execute("SELECT analysis FROM documents ORDER BY id")]

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

    def bump_revision(self) -> int:
        """Inside the write transaction of a change: its new revision number."""
        rev = int(self.meta().get("revision", 0)) + 1
        self.set_meta(revision=rev)
        return rev

    def sentence_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM sentences").fetchone()[0]

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
                # a damaged blob (not whole floats) reads as no vector: the reader reports it
                whole = len(blob) // 4 * 4 if isinstance(blob, bytes) else 0
                out[h] = np.frombuffer(blob[:whole] if whole else b"", dtype=np.float32)
        return out

    def put_vectors(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?,?,?)",
            [(model, h, np.asarray(v, np.float32).tobytes()) for h, v in vectors.items()],
        )

    def sentence_hashes(self, doc_id: str) -> list[str]:
        """The text hashes of one document's sentences (the keys of their vectors)."""
        rows = self._db.execute(
            "SELECT DISTINCT text_hash FROM sentences WHERE doc_id=?", (doc_id,)
        ).fetchall()
        return [r[0] for r in rows]

    def prune_vectors(self, model: str, hashes: list[str] | None = None) -> None:
        """Forget cached vectors that no sentence uses any more: among ``hashes`` (what a
        removal let go of: costs what it touches), or all of them."""
        if hashes is None:
            self._db.execute(
                "DELETE FROM embeddings WHERE model=? AND text_hash NOT IN "
                "(SELECT text_hash FROM sentences)",
                (model,),
            )
            return
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            self._db.execute(
                "DELETE FROM embeddings WHERE model=? AND text_hash IN ({}) AND NOT EXISTS "
                "(SELECT 1 FROM sentences s WHERE s.text_hash = embeddings.text_hash)".format(
                    ",".join("?" * len(chunk))
                ),
                (model, *chunk),
            )


def _json(raw):
    try:
        return json.loads(raw)
    except (ValueError, TypeError, RecursionError):
        return raw


class _Transaction:
    def __init__(self, db, lock, begin: str):
        self._db, self._lock, self._begin = db, lock, begin

    def __enter__(self):
        self._lock.acquire()
        try:
            self._db.execute(self._begin)
        except BaseException:
            self._lock.release()
            raise
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                try:
                    self._db.execute("COMMIT")
                    return False
                except sqlite3.Error:
                    self._rollback()  # a COMMIT that fails (a full disk) undoes it all
                    raise
            self._rollback()
        finally:
            self._lock.release()
        return False

    def _rollback(self) -> None:
        try:
            self._db.execute("ROLLBACK")
        except sqlite3.OperationalError:
            pass  # SQLite already rolled back (it does on a full disk)
