"""The FAISS vector index over sentence embeddings, chosen by size.

- ``flat``: exact inner product (cosine on normalised vectors), below ``HNSW_THRESHOLD``;
- ``hnsw``: a graph over the vectors held in memory, up to ``MILLIONS_THRESHOLD``;
- ``ivfpq``: for millions of vectors, when asked for.  An inverted file of ``nlist`` k-means
  lists whose vectors are kept as product-quantisation codes (``IVFPQParams.codes``: 24 bytes
  instead of 1,536 for 384-d, fast-scan); a query scans the ``nprobe`` nearest lists and the
  best ``rerank`` candidates are scored again exactly against the full vectors, which may be a
  memory-mapped file on disk (only the rows read are paged in);
- ``hnswsq``: from ``MILLIONS_THRESHOLD`` on.  PCA to ``HNSWSQParams.pca`` dimensions, 8-bit
  codes linked in an HNSW graph of ``m`` neighbours a node; the walk's best ``rerank``
  candidates are re-ranked exactly as ``ivfpq`` does.  A query's neighbours lie in many of an
  inverted file's lists, the graph reaches them through their neighbours;
- ``docroute``: only when asked for (``search/docroute.py``): a query goes to the documents
  whose mean vectors are nearest and scores their rows (exactly, or from codes in memory and
  the best re-ranked exactly); good only where a query's neighbours sit in few documents.

bench/scale.py measures each kind's settings (bench/RESULTS.md).  Ids are the store's sentence
row ids, so a document's vectors can be found and removed.

One index serves every snapshot of a knowledge base in a process and changes in place: vectors
are added and removed as documents come and go (``add``, ``remove``).  HNSW cannot delete, so
its removed ids are kept as tombstones that searches skip (``view``); a snapshot searches
through a ``VectorView`` that skips what was removed when it was taken.  ``ivfpq``,
``hnswsq`` and ``docroute`` are not changed in place (``changeable``): a knowledge base of
millions builds them again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

import faiss
import numpy as np

from .docroute import Routes
from .read_write_lock import ReadWriteLock
from .vector_files import hnsw_graph, kind_of, unfinished, write_index
from .vector_params import HNSWSQParams, IVFPQParams
from .vector_rows import drop_pages, read_rows

__all__ = [
    "HNSW_THRESHOLD",
    "KINDS",
    "MILLIONS_THRESHOLD",
    "RERANKED",
    "HNSWSQParams",
    "IVFPQParams",
    "VectorIndex",
    "VectorView",
]

KINDS = ("flat", "hnsw", "ivfpq", "hnswsq", "docroute")
# kinds that score candidates against the full vectors (kept beside the index, maybe on disk)
RERANKED = ("ivfpq", "hnswsq", "docroute")
HNSW_THRESHOLD = 200_000
# from here on the vectors are kept compressed, the full ones re-ranked from storage; hnswsq
# found more of the true top 10 than ivfpq at 1M, for less CPU (bench/RESULTS.md)
MILLIONS_THRESHOLD = 1_000_000
# candidates HNSW keeps while searching: recall@10 0.83 at 96 on 1M clustered vectors; see
# bench/RESULTS.md for the value chosen and its latency
HNSW_EF_SEARCH = int(os.environ.get("KGSEARCH_HNSW_EF", "512"))
ADD_CHUNK = 262_144  # vectors read from (possibly memory-mapped) storage at a time
# an ``hnswsq`` build given a checkpoint file saves itself this often (10M vectors take hours)
CHECKPOINT_EVERY = 8 * ADD_CHUNK


class VectorIndex:
    """A FAISS index and, for ``ivfpq``, the full vectors it re-ranks with (rows in id order
    given by ``ids``)."""

    def __init__(
        self, index: faiss.Index, kind: str, full=None, ids=None, params=None, routes=None
    ):
        self.index = index  # docroute: the index of the document means
        self.kind = kind
        self._full = full  # ivfpq, hnswsq: row -> full vector (ndarray or np.memmap)
        self._ids = ids  # ivfpq, hnswsq: row -> external id
        self._params = params
        self._routes: Routes | None = routes  # docroute: each document's rows
        self._lock = ReadWriteLock()
        self.dead: frozenset[int] = frozenset()  # HNSW tombstones: removed, still in the graph

    @classmethod
    def build(
        cls,
        vectors: np.ndarray,
        ids: np.ndarray,
        dim: int,
        kind: str | None = None,
        progress=None,
        checkpoint: str | None = None,
        documents=None,
    ) -> VectorIndex:
        """``kind`` is one of KINDS or None (chosen by size; $KGSEARCH_INDEX overrides).
        ``vectors`` may be a memory-mapped array: ``ivfpq`` and ``hnswsq`` read it in chunks
        and keep referring to it for re-ranking instead of copying it, and call
        ``progress(done, n)`` after each chunk.  ``checkpoint`` (``hnswsq``): a file the
        unfinished graph is saved to now and then, and that a build of the same vectors and
        settings continues from.  ``documents``: each vector's document (any labels), which
        ``docroute`` needs and the other kinds ignore."""
        n = len(ids)
        kind = kind or os.environ.get("KGSEARCH_INDEX") or cls.kind_for(n)
        if kind == "ivfpq":
            return cls._build_ivfpq(vectors, np.asarray(ids, np.int64), dim, progress)
        if kind == "hnswsq":
            ids = np.asarray(ids, np.int64)
            return cls._build_hnswsq(vectors, ids, dim, progress, checkpoint)
        if kind == "docroute":
            routes = Routes.build(vectors, documents)
            return cls(routes.means, kind, vectors, np.asarray(ids, np.int64), routes=routes)
        if kind == "flat":
            base = faiss.IndexFlatIP(dim)
        elif kind == "hnsw":
            base = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
            base.hnsw.efConstruction = 80
            base.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            raise ValueError(f"unknown vector index kind {kind!r}: use one of {', '.join(KINDS)}")
        index = cls(faiss.IndexIDMap2(base), kind)
        index.add(vectors, ids)
        return index

    @staticmethod
    def kind_for(n: int) -> str:
        if n >= MILLIONS_THRESHOLD:
            return "hnswsq"
        return "hnsw" if n >= HNSW_THRESHOLD else "flat"

    @classmethod
    def _build_ivfpq(cls, vectors, ids: np.ndarray, dim: int, progress=None) -> VectorIndex:
        n = len(ids)
        p = IVFPQParams(n, dim)
        # L2 on unit vectors ranks as cosine does, and k-means is at home in L2
        index = faiss.index_factory(dim, f"IVF{p.nlist},{p.codes}", faiss.METRIC_L2)
        ivf = faiss.extract_index_ivf(index)
        ivf.cp.niter = 10
        ivf.cp.max_points_per_centroid = 64
        _train(index, vectors, n, p.train_size)
        _fill(index, vectors, n, progress)
        ivf.nprobe = p.nprobe
        return cls(index, "ivfpq", full=vectors, ids=ids, params=p)

    @classmethod
    def _build_hnswsq(cls, vectors, ids, dim, progress=None, checkpoint=None) -> VectorIndex:
        n = len(ids)
        p = HNSWSQParams(n, dim)
        index = unfinished(checkpoint, p, n)
        if index is None:
            # L2 on unit vectors ranks as cosine does; PCA centres the vectors first
            index = faiss.index_factory(dim, p.factory, faiss.METRIC_L2)
            hnsw_graph(index).hnsw.efConstruction = p.ef_construction
            _train(index, vectors, n, p.train_size)
        _fill(index, vectors, n, progress, checkpoint)
        hnsw_graph(index).hnsw.efSearch = max(p.ef_search, p.rerank)
        return cls(index, "hnswsq", full=vectors, ids=ids, params=p)

    def describe(self) -> str:
        """The kind and, for ``ivfpq`` and ``hnswsq``, its settings: ``ivfpq IVF1024,PQ48x4fs
        nprobe 256 rerank 1000``, ``hnswsq PCA128,HNSW24_SQ8 efSearch 1000 rerank 300``."""
        p = self._params
        if self.kind == "ivfpq":
            return f"ivfpq IVF{p.nlist},{p.codes} nprobe {p.nprobe} rerank {p.rerank}"
        if self.kind == "hnswsq":
            return f"hnswsq {p.factory} efSearch {p.ef_search} rerank {p.rerank}"
        if self.kind == "docroute":
            return self._routes.describe()
        return self.kind

    def tune(
        self,
        nprobe: int | None = None,
        rerank: int | None = None,
        ef_search: int | None = None,
        refine: int | None = None,
    ) -> None:
        """Change an ``ivfpq``, ``hnswsq`` or ``docroute`` index's search settings (more lists
        or documents scanned, more of the graph walked, more of docroute's mean codes
        refined, more candidates re-ranked: better recall, slower answers)."""
        if self.kind == "docroute":
            self._routes.tune(documents=nprobe, refine=refine, rerank=rerank)
            return
        if nprobe:
            self._params.nprobe = nprobe
            faiss.extract_index_ivf(self.index).nprobe = nprobe
        if ef_search:
            self._params.ef_search = ef_search
        if rerank:
            self._params.rerank = rerank
        if self.kind == "hnswsq":  # the walk keeps at least the candidates asked for
            hnsw_graph(self.index).hnsw.efSearch = max(self._params.ef_search, self._params.rerank)

    def __len__(self) -> int:
        """Vectors a search can find (tombstones excluded)."""
        if self.kind in RERANKED:
            return len(self._ids)
        return int(self.index.ntotal) - len(self.dead)

    @property
    def changeable(self) -> bool:
        """Whether ``add`` and ``remove`` work in place (not for the kinds that score against
        full vectors kept beside them: ``ivfpq``, ``hnswsq``, ``docroute``)."""
        return self.kind not in RERANKED

    def ids(self) -> np.ndarray:
        """Every id the index holds, tombstones included."""
        if self.kind in RERANKED:
            return np.asarray(self._ids, dtype=np.int64)
        with self._lock.read():
            return faiss.vector_to_array(self.index.id_map).astype(np.int64)

    def add(self, vectors: np.ndarray, ids: Iterable[int]) -> None:
        ids = np.ascontiguousarray(np.fromiter(ids, dtype=np.int64))
        if not len(ids):
            return
        if not self.changeable:
            raise ValueError(f"a {self.kind} index is built again, not changed in place")
        with self._lock.write():
            self.index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)

    def remove(self, ids: Iterable[int]) -> None:
        """Remove vectors by id: deleted from an exact index, tombstoned in HNSW."""
        ids = np.fromiter(ids, dtype=np.int64)
        if not len(ids):
            return
        if not self.changeable:
            raise ValueError(f"a {self.kind} index is built again, not changed in place")
        with self._lock.write():
            if self.kind == "hnsw":
                self.dead = self.dead | frozenset(ids.tolist())
            else:
                self.index.remove_ids(faiss.IDSelectorBatch(ids))

    def view(self) -> VectorView:
        """What a snapshot searches: this index as it is now."""
        return VectorView(self, self.dead, len(self))

    def memory_bytes(self) -> int:
        """Bytes the index holds in memory (the full vectors of ``ivfpq``, ``hnswsq`` and
        ``docroute`` stay on disk)."""
        if self.kind == "docroute":
            return self._routes.memory_bytes() + self._ids.nbytes
        if self.kind == "hnswsq":
            graph = hnsw_graph(self.index)
            hnsw, codes = graph.hnsw, faiss.downcast_index(graph.storage).codes
            links = hnsw.neighbors.size() * 4 + hnsw.offsets.size() * 8 + hnsw.levels.size() * 4
            pca = faiss.downcast_VectorTransform(self.index.chain.at(0))
            return codes.size() + links + pca.A.size() * 4 + self._ids.nbytes
        if self.kind == "ivfpq":
            ivf = faiss.extract_index_ivf(self.index)
            codes = ivf.ntotal * (ivf.code_size + 8)  # code + id in the inverted lists
            return codes + ivf.nlist * ivf.d * 4 + self._ids.nbytes
        n = len(self)
        return n * self.index.d * 4 + (n * 32 * 2 * 4 if self.kind == "hnsw" else 0) + n * 8

    def search(
        self, query: np.ndarray, k: int, dead: frozenset[int] = frozenset(), selector=None
    ) -> list[tuple[int, float]]:
        if not self.index.ntotal or k <= 0:
            return []
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if self.kind in RERANKED:
            return self._search_reranked(q, k)
        k = min(k, int(self.index.ntotal))
        with self._lock.read():
            if dead:
                params = faiss.SearchParametersHNSW(sel=selector, efSearch=HNSW_EF_SEARCH)
                scores, ids = self.index.search(q, k, params=params)
            else:
                scores, ids = self.index.search(q, k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def _search_reranked(self, q: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The best ``rerank`` candidates of the codes (``docroute``: every row of the nearest
        documents), scored again against the full vectors."""
        if self.kind == "docroute":
            rows, scores = self._routes.search(self._full, q, k)
            return [(int(self._ids[r]), float(s)) for r, s in zip(rows, scores)]
        _, rows = self.index.search(q, max(k, self._params.rerank))
        rows = rows[0][rows[0] >= 0]
        rows.sort()  # ascending rows read the file in order
        scores = read_rows(self._full, rows) @ q[0]
        best = np.argsort(-scores, kind="stable")[:k]
        return [(int(self._ids[rows[i]]), float(scores[i])) for i in best]

    def save(self, path: str) -> None:
        """Write the index beside ``path`` and rename it over; OSError (and no file left
        behind) when it cannot be written — a full disk, a read-only directory."""
        tmp = f"{path}.tmp{os.getpid()}"
        try:
            with self._lock.read():
                faiss.write_index(self.index, tmp)  # FAISS reports I/O errors as RuntimeError
            os.replace(tmp, path)
            if self.kind in RERANKED:
                np.save(f"{path}.ids.npy", self._ids)
            if self.kind == "docroute":
                self._routes.save_rows(path)
        except (RuntimeError, OSError) as e:
            try:
                os.unlink(tmp)
            except OSError:
                pass  # never written, or already gone: the error below is what matters
            raise OSError(f"cannot write {path}: {str(e).strip().splitlines()[-1]}") from None

    @classmethod
    def load(cls, path: str, kind: str | None = None, full=None) -> VectorIndex:
        """``kind``: None reads it from the file; ``full``: the vectors in row order, needed
        by ``ivfpq``, ``hnswsq`` and ``docroute`` to score."""
        index = faiss.read_index(path)
        kind = kind or kind_of(index, path)
        if kind == "hnsw":
            faiss.downcast_index(index.index).hnsw.efSearch = HNSW_EF_SEARCH
        if kind in RERANKED:
            ids = np.load(f"{path}.ids.npy")
            if full is None or len(full) != len(ids):
                raise ValueError(f"{path}: the {kind} index needs its {len(ids)} full vectors")
        if kind == "hnswsq":
            graph = hnsw_graph(index)
            params = HNSWSQParams(len(ids), index.d, pca=graph.d, m=graph.hnsw.nb_neighbors(1))
            graph.hnsw.efSearch = max(params.ef_search, params.rerank)
            return cls(index, kind, full=full, ids=ids, params=params)
        if kind == "ivfpq":
            ivf = faiss.extract_index_ivf(index)
            params = IVFPQParams(len(ids), index.d, nlist=ivf.nlist)
            ivf.nprobe = params.nprobe
            return cls(index, kind, full=full, ids=ids, params=params)
        if kind == "docroute":
            return cls(index, kind, full, ids, routes=Routes.load(path, index))
        return cls(index, kind)


def _train(index: faiss.Index, vectors, n: int, size: int) -> None:
    """Train on ``size`` rows drawn at random (always the same ones), read in file order."""
    sample = np.sort(np.random.default_rng(0).choice(n, size=size, replace=False))
    index.train(read_rows(vectors, sample))
    drop_pages(vectors, 0, n)  # the sample's rows are spread over the whole file


def _fill(index: faiss.Index, vectors, n: int, progress=None, checkpoint=None) -> None:
    """Add rows ``index.ntotal``..n-1 in chunks, in order (a row's id in the index is its row:
    ``VectorIndex.ids`` maps it to the store's id); with ``checkpoint``, the unfinished index is
    written there every ``CHECKPOINT_EVERY`` rows."""
    saved = index.ntotal
    for start in range(index.ntotal, n, ADD_CHUNK):
        chunk = read_rows(vectors, slice(start, min(n, start + ADD_CHUNK)))
        index.add(chunk)
        drop_pages(vectors, start, start + len(chunk))
        if progress:
            progress(start + len(chunk), n)
        if checkpoint and index.ntotal < n and index.ntotal - saved >= CHECKPOINT_EVERY:
            write_index(index, checkpoint)
            saved = index.ntotal


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
