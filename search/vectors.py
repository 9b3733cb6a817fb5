"""The FAISS vector index over sentence embeddings.

Exact inner product (cosine on normalised vectors) for small knowledge bases; HNSW past
``HNSW_THRESHOLD`` vectors, where exact search gets slow.  Ids are the store's sentence row ids,
so a document's vectors can be found and removed.

One index serves every snapshot of a knowledge base in a process and changes in place: vectors
are added and removed as documents come and go (``add``, ``remove``).  HNSW cannot delete, so
its removed ids are kept as tombstones that searches skip (``view``); a snapshot searches
through a ``VectorView`` that skips what was removed when it was taken.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable

import faiss
import numpy as np

__all__ = ["HNSW_THRESHOLD", "VectorIndex", "VectorView"]

HNSW_THRESHOLD = 200_000
# candidates HNSW keeps while searching: recall@10 0.83 at 96 on 1M clustered vectors; see
# bench/RESULTS.md for the value chosen and its latency
HNSW_EF_SEARCH = int(os.environ.get("KGSEARCH_HNSW_EF", "512"))


class _ReadWriteLock:
    """Many searches at once, or one change (FAISS indexes are not safe to change while read)."""

    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    def read(self):
        return _Held(self, write=False)

    def write(self):
        return _Held(self, write=True)


class _Held:
    def __init__(self, lock: _ReadWriteLock, write: bool):
        self._lock, self._write = lock, write

    def __enter__(self):
        lock = self._lock
        with lock._cond:
            if self._write:
                while lock._writing or lock._readers:
                    lock._cond.wait()
                lock._writing = True
            else:
                while lock._writing:
                    lock._cond.wait()
                lock._readers += 1

    def __exit__(self, *exc):
        lock = self._lock
        with lock._cond:
            if self._write:
                lock._writing = False
            else:
                lock._readers -= 1
            lock._cond.notify_all()


class VectorIndex:
    def __init__(self, index: faiss.Index, kind: str):
        self.index = index
        self.kind = kind
        self._lock = _ReadWriteLock()
        self.dead: frozenset[int] = frozenset()  # HNSW tombstones: removed, still in the graph

    @classmethod
    def build(
        cls, vectors: np.ndarray, ids: np.ndarray, dim: int, kind: str | None = None
    ) -> VectorIndex:
        """``kind`` is 'flat', 'hnsw' or None (chosen by size; $KGSEARCH_INDEX overrides)."""
        n = len(ids)
        kind = (
            kind or os.environ.get("KGSEARCH_INDEX") or ("hnsw" if n >= HNSW_THRESHOLD else "flat")
        )
        if kind == "flat":
            base = faiss.IndexFlatIP(dim)
        elif kind == "hnsw":
            base = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
            base.hnsw.efConstruction = 80
            base.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            raise ValueError(f"unknown vector index kind {kind!r}: use 'flat' or 'hnsw'")
        index = cls(faiss.IndexIDMap2(base), kind)
        index.add(vectors, ids)
        return index

    def __len__(self) -> int:
        """Vectors a search can find (tombstones excluded)."""
        return int(self.index.ntotal) - len(self.dead)

    def ids(self) -> np.ndarray:
        """Every id the index holds, tombstones included."""
        with self._lock.read():
            return faiss.vector_to_array(self.index.id_map).astype(np.int64)

    def add(self, vectors: np.ndarray, ids: Iterable[int]) -> None:
        ids = np.ascontiguousarray(np.fromiter(ids, dtype=np.int64))
        if not len(ids):
            return
        with self._lock.write():
            self.index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)

    def remove(self, ids: Iterable[int]) -> None:
        """Remove vectors by id: deleted from an exact index, tombstoned in HNSW."""
        ids = np.fromiter(ids, dtype=np.int64)
        if not len(ids):
            return
        with self._lock.write():
            if self.kind == "hnsw":
                self.dead = self.dead | frozenset(ids.tolist())
            else:
                self.index.remove_ids(faiss.IDSelectorBatch(ids))

    def view(self) -> VectorView:
        """What a snapshot searches: this index as it is now."""
        return VectorView(self, self.dead, len(self))

    def search(
        self, query: np.ndarray, k: int, dead: frozenset[int] = frozenset(), selector=None
    ) -> list[tuple[int, float]]:
        if not self.index.ntotal or k <= 0:
            return []
        k = min(k, int(self.index.ntotal))
        q = query.reshape(1, -1).astype(np.float32)
        with self._lock.read():
            if dead:
                params = faiss.SearchParametersHNSW(sel=selector, efSearch=HNSW_EF_SEARCH)
                scores, ids = self.index.search(q, k, params=params)
            else:
                scores, ids = self.index.search(q, k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def save(self, path: str) -> None:
        tmp = f"{path}.tmp{os.getpid()}"
        with self._lock.read():
            faiss.write_index(self.index, tmp)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str) -> VectorIndex:
        index = faiss.read_index(path)
        base = faiss.downcast_index(index.index)
        kind = "hnsw" if isinstance(base, faiss.IndexHNSW) else "flat"
        if kind == "hnsw":
            base.hnsw.efSearch = HNSW_EF_SEARCH
        return cls(index, kind)


class VectorView:
    """One snapshot's view of a shared ``VectorIndex``: it skips the tombstones of its time.
    Ids added after it was taken may come back; the snapshot does not know them and drops them."""

    def __init__(self, index: VectorIndex, dead: frozenset[int], size: int):
        self._index, self._dead, self._size = index, dead, size
        self._selector = None
        if dead:  # both kept: FAISS holds pointers, not references
            self._batch = faiss.IDSelectorBatch(np.fromiter(dead, dtype=np.int64))
            self._selector = faiss.IDSelectorNot(self._batch)

    @property
    def kind(self) -> str:
        return self._index.kind

    def __len__(self) -> int:
        return self._size

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        return self._index.search(query, k, self._dead, self._selector)
