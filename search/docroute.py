"""Route a query to documents (the ``docroute`` vector index): one normalised mean vector per
document; a query finds its ``probe`` nearest means and scores every row of those documents
exactly against the full vectors, which may stay in a file on disk (a document's rows are
read together).  Memory is the means and two integer arrays, not the vectors.  Past 50,000
documents the rows are also kept as 4-bit codes by document (``search/row_codes.py``): a query
scores its documents' rows from the codes and reads only the best ``rerank`` from the file,
which lets it probe six times the documents for the same time (at 10M: 0.959 of the true top
10 for 10 ms of CPU, against 0.936 reading the rows whole; bench/RESULTS.md).

It finds a query's nearest sentences only when they sit in few documents: true of bench/scale.py's
synthetic articles (0.994 of a query's true top 10 in its own article), to be measured on real
text before it is chosen (bench/RESULTS.md).

>>> import numpy as np
>>> x = np.eye(4, dtype=np.float32)
>>> routes = Routes.build(x, ["뉴스-1", "뉴스-1", "뉴스-2", "뉴스-2"])
>>> routes.rows_of(routes.nearest(x[2:3], 1)).tolist()
[2, 3]
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import faiss
import numpy as np

from .row_codes import RowCodes
from .vector_params import DocRouteParams
from .vector_rows import drop_pages, read_rows

__all__ = ["Routes", "document_numbers"]

CHUNK = 262_144  # rows read at a time while the means are summed
TRAIN_SIZE = 50_000  # means the PCA and the 8-bit codes of compressed means are trained on


def document_numbers(documents: Sequence | np.ndarray | None, n: int) -> np.ndarray:
    """Each row's document as a number 0..D-1 (first seen first); a ValueError when there are
    no documents or not one for each of the ``n`` rows."""
    if documents is None:
        raise ValueError("a docroute index needs each vector's document: pass documents=")
    documents = np.asarray(documents)
    if documents.ndim != 1 or len(documents) != n:
        raise ValueError(
            f"a docroute index needs one document for each of its {n} vectors, got {documents.size}"
        )
    _, first, numbers = np.unique(documents, return_index=True, return_inverse=True)
    rank = np.empty(len(first), np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[numbers.ravel()]


class Routes:
    """The documents' rows (``order[starts[d]:starts[d + 1]]`` are document d's rows, ascending),
    the index of their mean vectors (inner product; entry d is document d) and, when
    ``params.codes`` names them, the rows' codes by document."""

    def __init__(
        self, order: np.ndarray, starts: np.ndarray, means: faiss.Index, params, codes=None
    ):
        self.order, self.starts, self.means, self.params = order, starts, means, params
        self.codes: RowCodes | None = codes

    @classmethod
    def build(cls, vectors, documents, params: DocRouteParams | None = None) -> Routes:
        """``vectors``: unit rows (maybe memory-mapped, read in chunks); ``documents``: each
        row's document (any labels)."""
        numbers = document_numbers(documents, len(vectors))
        count = int(numbers.max()) + 1 if len(numbers) else 0
        params = params or DocRouteParams(count, vectors.shape[1])
        order = np.argsort(numbers, kind="stable")
        starts = np.concatenate([[0], np.cumsum(np.bincount(numbers, minlength=count))])
        means = _mean_index(_means(vectors, numbers, count), params)
        codes = None
        if params.codes != "none":
            codes = RowCodes.build(vectors, numbers, count, params.codes)
        return cls(order, starts.astype(np.int64), means, params, codes)

    def nearest(self, q: np.ndarray, probe: int) -> np.ndarray:
        """The ``probe`` documents whose means are nearest the query (one row ``q``)."""
        params = None
        if isinstance(self.means, faiss.IndexRefine):
            params = faiss.IndexRefineSearchParameters(k_factor=self.params.refine)
        _, docs = self.means.search(q, probe, params=params)
        return docs[0][docs[0] >= 0]

    def rows_of(self, docs: np.ndarray) -> np.ndarray:
        """The rows of these documents, ascending (a document's rows in one piece when they
        are consecutive in the store)."""
        if not len(docs):
            return np.zeros(0, np.int64)
        rows = np.concatenate([self.order[self.starts[d] : self.starts[d + 1]] for d in docs])
        rows.sort()
        return rows

    def search(self, full, q: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(rows, scores) of the best ``k`` rows of the nearest documents, best first: every
        row scored exactly, or with codes the best ``rerank`` of their codes."""
        docs = self.nearest(q, self.params.probe)
        if self.codes is None:
            rows = self.rows_of(docs)
        else:
            rows = self.codes.candidates(q, docs, max(k, self.params.rerank))
        scores = read_rows(full, rows) @ q[0]
        best = np.argsort(-scores, kind="stable")[:k]
        return rows[best], scores[best]

    def describe(self) -> str:
        """``docroute means PCA128,SQ8,RFlat refine 32, 166667 documents, probe 16, rows SQ4
        rerank 100``."""
        p = self.params
        refine = f" refine {p.refine}" if p.compressed else ""
        rows = f", rows {p.codes} rerank {p.rerank}" if self.codes is not None else ""
        docs = f"{self.means.ntotal} documents, probe {p.probe}"
        return f"docroute means {p.means}{refine}, {docs}{rows}"

    def tune(
        self, documents: int | None = None, refine: int | None = None, rerank: int | None = None
    ) -> None:
        """More documents scored, more of the means' codes refined, more rows re-ranked from
        the file: better recall, slower."""
        if documents:
            self.params.probe = documents
        if refine:
            self.params.refine = refine
        if rerank:
            self.params.rerank = rerank

    def memory_bytes(self) -> int:
        """The exact means, their codes (when compressed) and the rows of each document."""
        codes = 0
        if self.params.compressed:
            codes = self.means.ntotal * self.params.pca + self.params.pca * self.means.d * 4
        means = self.means.ntotal * self.means.d * 4
        rows = self.codes.memory_bytes() if self.codes is not None else 0
        return means + codes + rows + self.order.nbytes + self.starts.nbytes

    def save_rows(self, path: str) -> None:
        """Each document's rows in ``path.routes.npy`` and their codes in
        ``path.codes.faiss`` (the means are the FAISS index saved in ``path``)."""
        np.save(f"{path}.routes.npy", np.concatenate([self.starts, self.order]))
        if self.codes is not None:
            self.codes.save(f"{path}.codes.faiss")
        elif os.path.exists(f"{path}.codes.faiss"):
            os.unlink(f"{path}.codes.faiss")  # an older index's codes, not these rows'

    @classmethod
    def load(cls, path: str, means: faiss.Index) -> Routes:
        """The routes saved with ``save_rows`` beside the means index read from ``path``."""
        both = np.load(f"{path}.routes.npy")
        starts, order = both[: means.ntotal + 1], both[means.ntotal + 1 :]
        compressed = isinstance(means, faiss.IndexRefine)
        codes = None
        if os.path.exists(f"{path}.codes.faiss"):
            codes = RowCodes.load(f"{path}.codes.faiss")
        name = codes.name if codes is not None else "none"
        params = DocRouteParams(means.ntotal, means.d, compressed=compressed, codes=name)
        return cls(order, starts, means, params, codes)


def _means(vectors, numbers: np.ndarray, count: int) -> np.ndarray:
    """The normalised mean of each document's rows, summed chunk by chunk."""
    sums = np.zeros((count, vectors.shape[1]), np.float32)
    for start in range(0, len(numbers), CHUNK):
        stop = min(len(numbers), start + CHUNK)
        x = read_rows(vectors, slice(start, stop))
        drop_pages(vectors, start, stop)
        part = numbers[start:stop]
        by_doc = np.argsort(part, kind="stable")
        docs, first = np.unique(part[by_doc], return_index=True)
        sums[docs] += np.add.reduceat(x[by_doc], first, axis=0)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return sums / np.maximum(norms, 1e-12)


def _mean_index(means: np.ndarray, params: DocRouteParams) -> faiss.Index:
    """The means in a flat index, exact or compressed and refined (trained on 50,000 of
    them at most)."""
    index = faiss.index_factory(means.shape[1], params.means, faiss.METRIC_INNER_PRODUCT)
    if not index.is_trained:
        rows = np.random.default_rng(0).permutation(len(means))[:TRAIN_SIZE]
        index.train(means[np.sort(rows)])
    index.add(means)
    return index
