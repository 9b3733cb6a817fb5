"""Disk space: about how much a write needs, checked before anything is written, and the error
that says how much is missing when the disk fills anyway.

A write that does not fit is refused whole: the estimate is checked first, and when SQLite
still runs out of space its transaction is rolled back (``DiskFullError`` then says so).

>>> megabytes(1_536_000)
'1.5 MB'
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from .errors import KnowledgeBaseError

__all__ = [
    "MARGIN",
    "DiskFullError",
    "disk_full",
    "ensure_space",
    "ingest_bytes",
    "is_disk_full",
    "megabytes",
]

#: bytes kept free beyond an estimate: SQLite's page and WAL overheads, the manifest
MARGIN = 256 * 1024
#: an embedding row beside its vector: hash, model name, the b-tree's share
_VECTOR_ROW = 120


class DiskFullError(KnowledgeBaseError):
    """The disk holding a knowledge base has too little space for a change; nothing of the
    change was written."""


def megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def free_bytes(directory: Path) -> int:
    return shutil.disk_usage(directory).free


def ensure_space(directory: Path, needed: int, what: str) -> None:
    """``DiskFullError`` when ``directory``'s file system has less than ``needed`` bytes (plus
    ``MARGIN``) free."""
    needed += MARGIN
    free = free_bytes(directory)
    if free < needed:
        raise disk_full(directory, needed, what, free)


def disk_full(directory: Path, needed: int, what: str, free: int | None = None) -> DiskFullError:
    """The one-line error for a change that does not fit."""
    free = free_bytes(directory) if free is None else free
    return DiskFullError(
        f"not enough disk space for {what} in {directory}: it needs about {megabytes(needed)}, "
        f"{megabytes(free)} is free; free {megabytes(max(needed - free, 1))} or more and try "
        "again (nothing was written)"
    )


def is_disk_full(e: BaseException) -> bool:
    """Whether an error is a file system that ran out of space (SQLite's or the OS's)."""
    if isinstance(e, sqlite3.Error):
        code = getattr(e, "sqlite_errorcode", None)
        return code == sqlite3.SQLITE_FULL or "disk is full" in str(e)
    if isinstance(e, OSError):
        return e.errno in (errno.ENOSPC, errno.EDQUOT)
    return "No space left on device" in str(e)


def ingest_bytes(
    analyses_json: int, sentence_bytes: int, new_vectors: int, dim: int, index_rows: int
) -> int:
    """About what storing an ingestion takes on disk: its rows twice (SQLite writes them to the
    WAL, then into the database), and the FAISS index written again beside the old one."""
    rows = analyses_json + sentence_bytes + new_vectors * (dim * 4 + _VECTOR_ROW)
    return 2 * rows + index_rows * (dim * 4 + 8)
