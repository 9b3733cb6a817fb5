"""``kgsearch check``'s look at one generation's SQLite database, the source of truth: whether it
opens and passes the integrity check (only its indexes can be rebuilt here), has its tables and
meta, holds text that is still UTF-8, analyses that can be read and a finite unit vector for
every sentence.  What is wrong is added to the ``CheckReport``; ``check`` repairs it.
"""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kg import analysis as kg_analysis

from .store import DB_NAME, SCHEMA_VERSION

if TYPE_CHECKING:
    from .check import CheckReport

__all__ = ["analyses", "connect", "database", "missing_tables", "undecodable_text", "vectors"]

_TABLES = ("meta", "documents", "sentences", "embeddings")


def connect(path: Path) -> sqlite3.Connection:
    """Read-only, never creating anything; a directory that cannot be written is read as it is."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.OperationalError:
        return sqlite3.connect(f"file:{path}?immutable=1", uri=True)


def missing_tables(db: sqlite3.Connection) -> list[str]:
    have = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return [t for t in _TABLES if t not in have]


def database(root: Path, path: Path, report: CheckReport, repair: bool):
    where = str(path.relative_to(root))
    rebuild = f"`kgsearch build --replace --kb {root} PATH...` from your files"
    if path.stat().st_size == 0:
        report.add(where, "is empty (0 bytes)", rebuild, False)
        return None
    try:
        db = connect(path)
        result = [r[0] for r in db.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as e:
        report.add(where, f"is not a readable SQLite database ({e})", rebuild, False)
        return None
    if result != ["ok"]:
        only_indexes = all("index" in r.lower() for r in result)
        f = report.add(
            where,
            f"fails the integrity check ({result[0]})",
            "its indexes rebuilt (REINDEX)" if only_indexes else rebuild,
            only_indexes,
        )
        if only_indexes and repair:
            db.close()
            rw = sqlite3.connect(path)
            rw.execute("REINDEX")
            rw.close()
            db = connect(path)
            f.repaired = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if not f.repaired:
            db.close()
            return None
    missing = missing_tables(db)
    if missing:
        report.add(where, f"has lost its table(s) {', '.join(missing)}", rebuild, False)
        db.close()
        return None
    meta = dict(db.execute("SELECT key, value FROM meta"))
    if str(meta.get("schema_version")) != str(SCHEMA_VERSION) or not meta.get("dim"):
        report.add(
            where,
            f"has no usable meta (schema {meta.get('schema_version')}, dim {meta.get('dim')})",
            rebuild,
            False,
        )
        db.close()
        return None
    return db


def undecodable_text(root: Path, db: sqlite3.Connection, report: CheckReport) -> bool:
    """Whether bytes of stored text were overwritten (pages that pass the integrity check can
    still hold scribbled text): the documents' own text is lost, so only a build from the
    user's files makes them again."""
    damaged = 0
    db.text_factory = bytes
    try:
        for table in ("documents", "sentences"):
            for row in db.execute(f"SELECT * FROM {table}"):
                try:
                    for value in row:
                        if isinstance(value, bytes):
                            value.decode("utf-8")
                except UnicodeDecodeError:
                    damaged += 1
    finally:
        db.text_factory = str
    if damaged:
        report.add(
            DB_NAME,
            f"{damaged} stored row(s) hold text that is not UTF-8 (overwritten bytes)",
            f"`kgsearch build --replace --kb {root} PATH...` from your files",
            False,
        )
    return bool(damaged)


def analyses(db: sqlite3.Connection, report: CheckReport) -> list[str]:
    """Ids of the documents whose stored analysis cannot be read."""
    broken = []
    for doc_id, raw in db.execute("SELECT id, analysis FROM documents ORDER BY id"):
        try:
            kg_analysis.DocumentAnalysis.from_dict(json.loads(raw))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as e:
            report.add(
                f"document {doc_id!r}",
                f"its stored analysis cannot be read ({type(e).__name__})",
                "analysed again from its text",
                True,
            )
            broken.append(doc_id)
    return broken


def vectors(db: sqlite3.Connection, model: str, dim: int, report: CheckReport) -> list[str]:
    """Text hashes of sentences whose vector is missing, of the wrong length or not finite."""
    stored = {
        h: blob
        for h, blob in db.execute(
            "SELECT text_hash, vector FROM embeddings WHERE model=?", (model,)
        )
    }
    broken = []
    for (h,) in db.execute("SELECT DISTINCT text_hash FROM sentences"):
        blob = stored.get(h)
        problem = None
        if blob is None:
            problem = "has no vector"
        elif not isinstance(blob, bytes) or len(blob) != dim * 4:
            size = len(blob) // 4 if isinstance(blob, bytes) else "?"
            problem = f"has a vector of {size} values, not {dim}"
        else:
            v = np.frombuffer(blob, dtype=np.float32)
            if not np.isfinite(v).all() or not math.isclose(float(v @ v), 1.0, abs_tol=1e-2):
                problem = "has a vector that is not a finite unit vector"
        if problem:
            broken.append(h)
    if broken:
        report.add(
            DB_NAME,
            f"{len(broken)} sentence text(s) {problem if len(broken) == 1 else 'have bad vectors'}",
            "embedded again",
            True,
        )
    return broken
