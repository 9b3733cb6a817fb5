"""Rows of a vector matrix that may be a memory-mapped file of millions of vectors: read them
into memory without mapping the file into the process's resident set, and hand back the pages
of rows read once.  The indexes that re-rank from full vectors on disk (``ivfpq``, ``hnswsq``,
``docroute``) read through here."""

from __future__ import annotations

import mmap
import os

import numpy as np

__all__ = ["drop_pages", "read_rows"]


def read_rows(vectors, rows) -> np.ndarray:
    """``vectors[rows]`` (a slice, or sorted row numbers) as float32 in memory.  Rows of a
    memory-mapped file are read from the file, not through the mapping: mapped pages count in
    the process's resident memory, and read-ahead maps far more than a scattered sample's rows
    (10M vectors: a 100,000-row sample mapped 9.5 GB; at 1M, re-ranking 300 rows a query
    through the mapping took 47-120 ms and mapped the whole file, read here 1.4 ms).  A run of
    consecutive rows (a document's sentences) is one read."""
    mm = getattr(vectors, "base", None)
    if not isinstance(mm, mmap.mmap) or not vectors.flags.c_contiguous:
        return np.ascontiguousarray(vectors[rows], dtype=np.float32)
    width, row = vectors.shape[1], vectors.strides[0]
    with open(vectors.filename, "rb") as f:
        if isinstance(rows, slice):
            f.seek(vectors.offset + rows.start * row)
            flat = np.fromfile(f, vectors.dtype, count=(rows.stop - rows.start) * width)
        else:
            # scattered rows: no read-ahead around each of them
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_RANDOM)
            flat = np.frombuffer(_read_runs(f.fileno(), rows, row, vectors.offset), vectors.dtype)
    return np.ascontiguousarray(flat.reshape(-1, width), dtype=np.float32)


def _read_runs(fd: int, rows: np.ndarray, row: int, offset: int) -> bytes:
    """The bytes of sorted ``rows`` of ``row`` bytes each, one ``pread`` a run of consecutive
    rows."""
    rows = np.asarray(rows, np.int64)
    if not len(rows):
        return b""
    breaks = np.flatnonzero(np.diff(rows) != 1) + 1
    firsts = rows[np.concatenate([[0], breaks])].tolist()
    lasts = rows[np.concatenate([breaks - 1, [len(rows) - 1]])].tolist()
    return b"".join(
        os.pread(fd, (last - first + 1) * row, offset + first * row)
        for first, last in zip(firsts, lasts)
    )


def drop_pages(vectors, start: int, stop: int) -> None:
    """Rows of a memory-mapped file that were read once need not stay in this process's
    resident memory (they stay in the page cache, where the kernel may drop them)."""
    mm = getattr(vectors, "base", None)
    if not isinstance(mm, mmap.mmap):
        return  # not a memory-mapped file (or a view of one)
    row, page = vectors.strides[0], mmap.PAGESIZE
    first = vectors.offset % mmap.ALLOCATIONGRANULARITY  # where row 0 starts in the mapping
    begin = (first + start * row) // page * page
    end = (first + stop * row) // page * page
    if end > begin:
        mm.madvise(mmap.MADV_DONTNEED, begin, end - begin)
