"""The rows of a ``docroute`` index as short codes in memory, kept by document: a query scores
every row of its nearest documents from the codes and reads only the best few full vectors
from the file for the exact re-rank.  The codes are a FAISS inverted file whose lists are the
documents (each row added to its own document's list, no k-means), so a probed document's
codes are one contiguous piece of memory, scanned with FAISS's SIMD kernels.

Why codes: at 10M vectors the rows of 1,024 documents are 61,440 full vectors (94 MB) to read
a query; their 4-bit codes (192 bytes a 384-d vector) are 12 MB in memory, and the best 100 by
code held every true top-10 row the documents held at 1M (bench/RESULTS.md).

>>> import numpy as np
>>> x = np.eye(4, dtype=np.float32)
>>> codes = RowCodes.build(x, np.array([0, 0, 1, 1]), 2, "SQ8")
>>> codes.candidates(x[2:3], np.array([1]), 1).tolist()
[2]
"""

from __future__ import annotations

import faiss
import numpy as np

from .vector_rows import drop_pages, read_rows

__all__ = ["CODES", "RowCodes"]

# the codes a row may be kept as: FAISS scalar quantisers of every dimension.  Measured at 1M
# (bench/RESULTS.md): SQ4's best 100 of 61,440 rows held all of the true top 10 they held,
# while 8-bit codes of 128 or 192 principal components held 0.63 and 0.84 (the spread within a
# document is in the dimensions PCA drops)
CODES = {
    "SQ4": faiss.ScalarQuantizer.QT_4bit,  # 4 bits a dimension: 192 bytes a 384-d vector
    "SQ6": faiss.ScalarQuantizer.QT_6bit,  # 6 bits: 288 bytes
    "SQ8": faiss.ScalarQuantizer.QT_8bit,  # 8 bits: 384 bytes
}
CHUNK = 65_536  # rows read at a time while they are encoded (100 MB at 384-d)
TRAIN_SIZE = 65_536  # rows the quantiser's ranges are trained on (drawn at random)


class RowCodes:
    """Each row's code in its document's list (the list's ids are the rows)."""

    def __init__(self, lists: faiss.IndexIVFScalarQuantizer):
        self.lists = lists

    @classmethod
    def build(cls, vectors, numbers: np.ndarray, count: int, codes: str) -> RowCodes:
        """``vectors`` (maybe memory-mapped, read in chunks), ``numbers``: each row's document
        0..count-1; ``codes``: a key of CODES."""
        if codes not in CODES:
            raise ValueError(f"unknown row codes {codes!r}: use one of {', '.join(CODES)}")
        n, dim = vectors.shape
        lists = faiss.IndexIVFScalarQuantizer(
            faiss.IndexFlatIP(dim),
            dim,
            max(count, 1),
            CODES[codes],
            faiss.METRIC_INNER_PRODUCT,
            False,  # rows encoded as they are, not as residuals of a list centre
        )
        sample = np.sort(np.random.default_rng(0).permutation(n)[:TRAIN_SIZE])
        lists.sq.train(read_rows(vectors, sample))
        lists.is_trained = True  # the lists are the documents: no coarse quantiser to train
        for start in range(0, n, CHUNK):
            x = read_rows(vectors, slice(start, min(n, start + CHUNK)))
            drop_pages(vectors, start, start + len(x))
            rows = np.arange(start, start + len(x), dtype=np.int64)
            docs = np.ascontiguousarray(numbers[start : start + len(x)], dtype=np.int64)
            # add_core keeps no reference: the arrays stay named until it returns
            lists.add_core(len(x), faiss.swig_ptr(x), faiss.swig_ptr(rows), faiss.swig_ptr(docs))
        return cls(lists)

    def candidates(self, q: np.ndarray, docs: np.ndarray, k: int) -> np.ndarray:
        """The rows of documents ``docs`` whose codes score best against the query (one row
        ``q``), at most ``k``, ascending."""
        docs = np.ascontiguousarray(docs, dtype=np.int64).reshape(1, -1)
        if not docs.size:
            return np.zeros(0, np.int64)
        params = faiss.SearchParametersIVF()
        params.nprobe = docs.shape[1]  # per search: the index is shared by threads
        scores = np.empty((1, k), np.float32)
        rows = np.empty((1, k), np.int64)
        q = np.ascontiguousarray(q, dtype=np.float32)
        coarse = np.zeros(docs.shape, np.float32)
        self.lists.search_preassigned_c(
            1,
            faiss.swig_ptr(q),
            k,
            faiss.swig_ptr(docs),
            faiss.swig_ptr(coarse),
            faiss.swig_ptr(scores),
            faiss.swig_ptr(rows),
            False,
            params,
        )
        found = rows[0][rows[0] >= 0]
        found.sort()
        return found

    @property
    def name(self) -> str:
        """The key of CODES these codes are."""
        qtype = self.lists.sq.qtype
        return next(name for name, value in CODES.items() if value == qtype)

    def memory_bytes(self) -> int:
        """The codes and their rows (8 bytes each)."""
        return int(self.lists.ntotal) * (self.lists.code_size + 8)

    def save(self, path: str) -> None:
        faiss.write_index(self.lists, path)

    @classmethod
    def load(cls, path: str) -> RowCodes:
        return cls(faiss.read_index(path))  # already the derived class
