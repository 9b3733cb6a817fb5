"""The knowledge base on disk: one SQLite database is the source of truth (documents, their
analyses, sentences, index terms, embeddings); the FAISS index beside it is derived and rebuilt
whenever it is missing or stale.  SQLite transactions make every update all-or-nothing."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .database import Transaction, open_database

__all__ = ["DB_NAME", "SCHEMA_VERSION", "Store"]

SCHEMA_VERSION = 1
DB_NAME = "kb.sqlite"

#: revisions of the change log kept; a reader further behind than this loads everything again
CHANGES_KEPT = 10_000


class Store:
    """One generation's SQLite database.  ``create`` makes a new one (a build); otherwise it
    must exist whole: a database that is not one, or has lost a table, is ``damaged`` (never
    silently made again, empty).  Where it cannot be written — a read-only mount, a full disk
    that leaves no room for SQLite's shared-memory file — it is opened read-only
    (``read_only``): it answers, and writes are refused.  ``readonly`` opens it for reading
    only, whatever the disk allows (another generation read by a build, say)."""

    def __init__(self, path: Path, create: bool = False, readonly: bool = False):
        self.path = Path(path)
        self.lock = threading.RLock()
        self._db, self.read_only = open_database(self.path, create, readonly)

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
        return Transaction(self._db, self.lock, "BEGIN IMMEDIATE")

    def reading(self):
        """A read transaction: every query inside sees one committed revision, whatever other
        connections commit meanwhile (WAL)."""
        return Transaction(self._db, self.lock, "BEGIN")

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
