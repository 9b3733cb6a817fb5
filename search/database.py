"""Opening one generation's SQLite database, and its transactions.

A database is opened read-write in WAL mode (readers never wait for a writer); where it cannot
be written — a read-only mount or file, a full disk that leaves no room for SQLite's
shared-memory file — it is opened ``immutable`` (read as it is, no lock or WAL files) and
reported read-only, so that it still answers.  A database that is not one, or has lost a table,
is ``damaged``: never silently made again, empty.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from .errors import damaged

__all__ = ["BUSY_TIMEOUT_MS", "Transaction", "open_database"]

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
#: how long a statement waits for another connection's lock before it fails
BUSY_TIMEOUT_MS = 30_000

_TABLES = ("meta", "documents", "sentences", "embeddings")
#: what SQLite says when it may read a database but not write beside it
_CANNOT_WRITE = ("unable to open", "readonly", "read-only", "disk is full", "disk I/O error")


def open_database(
    path: Path, create: bool = False, readonly: bool = False
) -> tuple[sqlite3.Connection, bool]:
    """The connection to the database at ``path`` and whether it is read-only.  ``create``
    makes a new one (a build); ``readonly`` opens it for reading only, whatever the disk
    allows.  Tables later versions added are created in a database that can be written."""
    try:
        if readonly:
            db, read_only = _connect_readonly(path), True
        else:
            db, read_only = _connect(path, create)
        if not create and not read_only and not _writable_here(path):
            # a read-only mount or file: SQLite would open it and fail at the first write
            db.close()
            db, read_only = _connect_immutable(path), True
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as e:
        raise damaged(path, f"it is not a SQLite database SQLite can read ({e})") from None
    if create and not tables:
        db.executescript(_SCHEMA + _CHANGES)
        return db, read_only
    missing = [t for t in _TABLES if t not in tables]
    if missing:
        what = "it is empty" if not tables else f"it has lost its table(s) {', '.join(missing)}"
        raise damaged(path, what)
    if not read_only:
        # what later versions added (IF NOT EXISTS): the change log, indexes
        db.executescript(_SCHEMA + _CHANGES)
    return db, read_only


def _connect(path: Path, create: bool) -> tuple[sqlite3.Connection, bool]:
    if not create and (not path.is_file() or path.stat().st_size == 0):
        raise damaged(path, "it is empty (0 bytes)" if path.exists() else "missing")
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    try:
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db, False
    except sqlite3.OperationalError as e:
        db.close()
        if create or not any(m in str(e) for m in _CANNOT_WRITE):
            raise
    return _connect_immutable(path), True


def _connect_readonly(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise damaged(path, "missing")
    db = sqlite3.connect(
        f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
    )
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys=ON")
    return db


def _writable_here(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _connect_immutable(path: Path) -> sqlite3.Connection:
    """The database as it is on a disk that cannot be written (no lock or WAL files)."""
    db = sqlite3.connect(
        f"file:{path}?immutable=1", uri=True, check_same_thread=False, isolation_level=None
    )
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return db


class Transaction:
    """``with Transaction(db, lock, "BEGIN IMMEDIATE"):`` holds ``lock`` and commits at the end
    of the block, or rolls back everything on an exception (or a COMMIT that fails)."""

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock, begin: str):
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
