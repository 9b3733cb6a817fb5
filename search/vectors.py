"""The FAISS vector index over sentence embeddings, chosen by size.

- ``flat``: exact inner product (cosine on normalised vectors), below ``HNSW_THRESHOLD``;
- ``hnsw``: a graph over the vectors held in memory, up to ``IVFPQ_THRESHOLD``;
- ``ivfpq``: for millions of vectors.  An inverted file of ``nlist`` lists (k-means trained on a
  sample) whose vectors are kept only as product-quantisation codes (``PQ_M`` bytes each, not
  ``4 * dim``); a query scans the ``nprobe`` nearest lists, and the best ``rerank`` candidates
  are scored again exactly against the full vectors, which may be a memory-mapped file on disk:
  only the rows read are paged in.

Ids are the store's sentence row ids, so a document's vectors can be found and removed.
"""

from __future__ import annotations

import math
import mmap
import os

import faiss
import numpy as np

__all__ = ["HNSW_THRESHOLD", "IVFPQ_THRESHOLD", "KINDS", "IVFPQParams", "VectorIndex"]

KINDS = ("flat", "hnsw", "ivfpq")
HNSW_THRESHOLD = 200_000
IVFPQ_THRESHOLD = 1_000_000
# candidates HNSW keeps while searching: recall@10 0.83 at 96 on 1M clustered vectors; see
# bench/RESULTS.md for the value chosen and its latency
HNSW_EF_SEARCH = int(os.environ.get("KGSEARCH_HNSW_EF", "512"))
ADD_CHUNK = 262_144  # vectors read from (possibly memory-mapped) storage at a time


class IVFPQParams:
    """The IVF-PQ settings, from the number of vectors (bench/scale.py measures them)."""

    def __init__(self, n: int, dim: int):
        # about 1.3 sqrt(n) lists, a power of two: 4096 at 10M vectors (~2,400 vectors a list)
        self.nlist = int(min(65536, max(256, 2 ** round(math.log2(1.3 * math.sqrt(max(n, 1)))))))
        # one byte per 8 dimensions (48 bytes for 384-d), the largest that divides dim
        self.m = next(m for m in (dim // 8, dim // 4, dim // 2, dim) if m and dim % m == 0)
        self.train_size = min(n, 40 * self.nlist)
        self.nprobe = int(os.environ.get("KGSEARCH_IVF_NPROBE", "48"))
        self.rerank = int(os.environ.get("KGSEARCH_IVF_RERANK", "200"))


class VectorIndex:
    """A FAISS index and, for ``ivfpq``, the full vectors it re-ranks with (rows in id order
    given by ``ids``)."""

    def __init__(self, index: faiss.Index, kind: str, full=None, ids=None, params=None):
        self.index = index
        self.kind = kind
        self._full = full  # ivfpq: row -> full vector (ndarray or np.memmap)
        self._ids = ids  # ivfpq: row -> external id
        self._params = params

    @classmethod
    def build(
        cls, vectors: np.ndarray, ids: np.ndarray, dim: int, kind: str | None = None
    ) -> VectorIndex:
        """``kind`` is one of KINDS or None (chosen by size; $KGSEARCH_INDEX overrides).
        ``vectors`` may be a memory-mapped array: ``ivfpq`` reads it in chunks and keeps
        referring to it for re-ranking instead of copying it."""
        n = len(ids)
        kind = kind or os.environ.get("KGSEARCH_INDEX") or cls.kind_for(n)
        if kind == "ivfpq":
            return cls._build_ivfpq(vectors, np.asarray(ids, np.int64), dim)
        if kind == "flat":
            base = faiss.IndexFlatIP(dim)
        elif kind == "hnsw":
            base = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
            base.hnsw.efConstruction = 80
            base.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            raise ValueError(f"unknown vector index kind {kind!r}: use one of {', '.join(KINDS)}")
        index = faiss.IndexIDMap2(base)
        if n:
            index.add_with_ids(
                np.ascontiguousarray(vectors, dtype=np.float32),
                np.ascontiguousarray(ids, dtype=np.int64),
            )
        return cls(index, kind)

    @staticmethod
    def kind_for(n: int) -> str:
        if n >= IVFPQ_THRESHOLD:
            return "ivfpq"
        return "hnsw" if n >= HNSW_THRESHOLD else "flat"

    @classmethod
    def _build_ivfpq(cls, vectors, ids: np.ndarray, dim: int, progress=None) -> VectorIndex:
        n = len(ids)
        p = IVFPQParams(n, dim)
        # L2 on unit vectors ranks as cosine does, and k-means is at home in L2
        quantizer = faiss.IndexFlatL2(dim)
        index = faiss.IndexIVFPQ(quantizer, dim, p.nlist, p.m, 8)
        rng = np.random.default_rng(0)
        sample = np.sort(rng.choice(n, size=p.train_size, replace=False))
        index.cp.niter = 12
        index.train(np.ascontiguousarray(vectors[sample], dtype=np.float32))
        for start in range(0, n, ADD_CHUNK):
            chunk = np.ascontiguousarray(vectors[start : start + ADD_CHUNK], dtype=np.float32)
            index.add_with_ids(chunk, np.arange(start, start + len(chunk), dtype=np.int64))
            _drop_pages(vectors, start, start + len(chunk))
            if progress:
                progress(start + len(chunk), n)
        index.nprobe = p.nprobe
        return cls(index, "ivfpq", full=vectors, ids=ids, params=p)

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def memory_bytes(self) -> int:
        """Bytes the index holds in memory (the full vectors of ``ivfpq`` stay on disk)."""
        if self.kind == "ivfpq":
            ivf = faiss.extract_index_ivf(self.index)
            codes = ivf.ntotal * (ivf.code_size + 8)  # code + id in the inverted lists
            return codes + ivf.nlist * ivf.d * 4 + len(self._ids) * 8
        n = len(self)
        return n * self.index.d * 4 + (n * 32 * 2 * 4 if self.kind == "hnsw" else 0) + n * 8

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        if not len(self) or k <= 0:
            return []
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if self.kind == "ivfpq":
            return self._search_ivfpq(q, k)
        scores, ids = self.index.search(q, min(k, len(self)))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def _search_ivfpq(self, q: np.ndarray, k: int) -> list[tuple[int, float]]:
        _, rows = self.index.search(q, max(k, self._params.rerank))
        rows = rows[0][rows[0] >= 0]
        rows.sort()  # ascending rows read the memory-mapped file in order
        scores = np.asarray(self._full[rows], dtype=np.float32) @ q[0]
        best = np.argsort(-scores, kind="stable")[:k]
        return [(int(self._ids[rows[i]]), float(scores[i])) for i in best]

    def save(self, path: str) -> None:
        tmp = f"{path}.tmp{os.getpid()}"
        faiss.write_index(self.index, tmp)
        os.replace(tmp, path)
        if self.kind == "ivfpq":
            np.save(f"{path}.ids.npy", self._ids)

    @classmethod
    def load(cls, path: str, kind: str, full=None) -> VectorIndex:
        """``full``: the vectors in row order, needed by ``ivfpq`` to re-rank."""
        index = faiss.read_index(path)
        if kind == "hnsw":
            faiss.downcast_index(index.index).hnsw.efSearch = HNSW_EF_SEARCH
        if kind == "ivfpq":
            ids = np.load(f"{path}.ids.npy")
            if full is None or len(full) != len(ids):
                raise ValueError(f"{path}: an ivfpq index needs its {len(ids)} full vectors")
            params = IVFPQParams(len(ids), index.d)
            index.nprobe = params.nprobe
            return cls(index, kind, full=full, ids=ids, params=params)
        return cls(index, kind)


def _drop_pages(vectors, start: int, stop: int) -> None:
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
