"""The FAISS vector index over sentence embeddings.

Exact inner product (cosine on normalised vectors) for small knowledge bases; HNSW past
``HNSW_THRESHOLD`` vectors, where exact search gets slow.  Ids are the store's sentence row ids,
so a document's vectors can be found and removed.
"""

from __future__ import annotations

import os

import faiss
import numpy as np

__all__ = ["HNSW_THRESHOLD", "VectorIndex"]

HNSW_THRESHOLD = 200_000
# candidates HNSW keeps while searching: recall@10 0.83 at 96 on 1M clustered vectors; see
# bench/RESULTS.md for the value chosen and its latency
HNSW_EF_SEARCH = int(os.environ.get("KGSEARCH_HNSW_EF", "512"))


class VectorIndex:
    def __init__(self, index: faiss.Index, kind: str):
        self.index = index
        self.kind = kind

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
        index = faiss.IndexIDMap2(base)
        if n:
            index.add_with_ids(
                np.ascontiguousarray(vectors, dtype=np.float32),
                np.ascontiguousarray(ids, dtype=np.int64),
            )
        return cls(index, kind)

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        if not len(self) or k <= 0:
            return []
        scores, ids = self.index.search(query.reshape(1, -1).astype(np.float32), min(k, len(self)))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def save(self, path: str) -> None:
        """Write the index beside ``path`` and rename it over; OSError (and no file left
        behind) when it cannot be written — a full disk, a read-only directory."""
        tmp = f"{path}.tmp{os.getpid()}"
        try:
            faiss.write_index(self.index, tmp)  # FAISS reports I/O errors as RuntimeError
            os.replace(tmp, path)
        except (RuntimeError, OSError) as e:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise OSError(f"cannot write {path}: {str(e).strip().splitlines()[-1]}") from None

    @classmethod
    def load(cls, path: str, kind: str) -> VectorIndex:
        index = faiss.read_index(path)
        if kind == "hnsw":
            faiss.downcast_index(index.index).hnsw.efSearch = HNSW_EF_SEARCH
        return cls(index, kind)
