"""The settings of the vector index kinds for millions of sentences (``ivfpq``, ``hnswsq``,
``docroute``): defaults measured by bench/scale.py (bench/RESULTS.md), each overridable by a
$KGSEARCH_* variable that is checked with a message saying what is allowed."""

from __future__ import annotations

import math
import os

from .row_codes import CODES

__all__ = ["DocRouteParams", "HNSWSQParams", "IVFPQParams"]


#: document means scanned exactly up to here, walked as a graph beyond (``docroute``)
MEANS_FLAT_LIMIT = 50_000


def _setting(name: str, default: int, low: int, high: int) -> int:
    """An integer setting from $name, or a ValueError that says what is allowed."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise ValueError(f"{name}={raw!r}: must be a whole number from {low} to {high}")
    return value


class IVFPQParams:
    """The settings of an ``ivfpq`` index for ``n`` vectors ($KGSEARCH_IVF_* override them)."""

    def __init__(self, n: int, dim: int, nlist: int | None = None):
        # about sqrt(n) lists, a power of two, at most 1024: every vector added is compared
        # with every list centre, which is most of the build's time at 10M (bench/RESULTS.md);
        # ``nlist`` is given for an index built before (loaded)
        lists = 2 ** round(math.log2(max(math.sqrt(max(n, 1)), 1)))
        default = nlist or os.environ.get("KGSEARCH_IVF_NLIST") or min(1024, max(64, lists))
        self.nlist = int(default)
        # the code of a vector, as FAISS's index_factory writes it: "PQ48x4fs" is product
        # quantisation, 48 x 4 bits, fast-scan.  Measured at 1M (bench/RESULTS.md): PQ96x4fs
        # ranks better but scanned ~20x slower here, fast-scan RaBitQ took 100+ ms a query
        self.codes = os.environ.get("KGSEARCH_IVF_CODES", "PQ48x4fs")
        self.train_size = min(n, 64 * self.nlist)
        # a quarter of the lists: neighbours of sentence vectors spread over many lists (at 1M,
        # 1,000 candidates re-ranked from 64 of 1,024 lists held 0.66 of the true top 10,
        # from 256 lists 0.92)
        self.nprobe = int(os.environ.get("KGSEARCH_IVF_NPROBE", max(1, self.nlist // 4)))
        self.rerank = int(os.environ.get("KGSEARCH_IVF_RERANK", "1000"))


class HNSWSQParams:
    """The settings of an ``hnswsq`` index of ``dim``-dimensional vectors ($KGSEARCH_HNSWSQ_*
    override them; ``pca`` and ``m`` are given for an index built before, when loaded)."""

    def __init__(self, n: int, dim: int, pca: int | None = None, m: int | None = None):
        # 128 of 384 dimensions keep what ranks the candidates; the exact re-rank does the rest
        self.pca = pca or _setting("KGSEARCH_HNSWSQ_PCA", min(dim, 128), 1, dim)
        # 24 neighbours a node (48 in the bottom layer: 192 bytes a vector) built with 60
        # candidates: at 1M, 0.81 of the true top 10 at efSearch 300 against 0.53 for 16 and
        # 40, for 1.7x the build time (bench/RESULTS.md); 10M vectors take 3.3 GB
        self.m = m or _setting("KGSEARCH_HNSWSQ_M", 24, 4, 128)
        self.ef_construction = _setting("KGSEARCH_HNSWSQ_EFC", 60, 8, 4096)
        # at 1M: 0.877 of the true top 10 for 8.6 ms of CPU a query (efSearch 3000 and 1,000
        # re-ranked: 0.948 for 26 ms)
        self.ef_search = _setting("KGSEARCH_HNSWSQ_EF", 1000, 1, 65536)
        self.rerank = _setting("KGSEARCH_HNSWSQ_RERANK", 300, 1, 65536)
        self.train_size = min(n, 100_000)

    @property
    def factory(self) -> str:
        """The index as FAISS's index_factory writes it: ``PCA128,HNSW24_SQ8``."""
        return f"PCA{self.pca},HNSW{self.m}_SQ8"


class DocRouteParams:
    """The settings of a ``docroute`` index over ``documents`` documents of ``dim``-dimensional
    vectors ($KGSEARCH_DOCROUTE_* override them; ``compressed`` and ``codes`` are given for an
    index built before)."""

    def __init__(
        self, documents: int, dim: int, compressed: bool | None = None, codes: str | None = None
    ):
        # the document means are scanned whole (exactly) up to MEANS_FLAT_LIMIT documents,
        # beyond as 8-bit codes of their first ``pca`` principal components, the best
        # ``refine`` x ``probe`` scored again exactly: at 10M (166,667 means, 16 probed) as
        # good as the exact scan for 2.5 ms of CPU, where an HNSW graph of the means led to
        # 0.86 of the true top 10 at efSearch 512 (bench/RESULTS.md)
        self.compressed = documents > MEANS_FLAT_LIMIT if compressed is None else compressed
        self.pca = min(dim, 128)
        # the rows of the probed documents are scored from codes in memory (a key of
        # search/row_codes.CODES) and only the best ``rerank`` read from the file, past
        # MEANS_FLAT_LIMIT documents; below, every row is read and scored exactly ("none")
        self.codes = codes or _choice("KGSEARCH_DOCROUTE_CODES", tuple(CODES), self.compressed)
        self.rerank = _setting("KGSEARCH_DOCROUTE_RERANK", 100, 1, 65536)
        # documents whose rows a query scores.  Read whole from the file, at 10M synthetic
        # vectors (articles of 60; 1,000 queries) 16 found 0.911 of the true top 10, 256
        # 0.936 for 11 ms of CPU, 512 0.945 for 37 ms; from codes, 1,536 documents (4 x 1,536
        # means refined) 0.959 for 10.9 ms, 1,024 (8 x) 0.955 for 9.8 ms (bench/RESULTS.md):
        # the more sentences, the more of a query's neighbours lie in other documents
        with_codes = self.codes != "none"
        self.refine = _setting("KGSEARCH_DOCROUTE_REFINE", 4 if with_codes else 8, 1, 4096)
        self.probe = _setting("KGSEARCH_DOCROUTE_DOCS", 1536 if with_codes else 256, 1, 65536)

    @property
    def means(self) -> str:
        """How the document means are searched, as FAISS's index_factory writes it: ``Flat`` or
        ``PCA128,SQ8,RFlat`` (codes refined by the exact means)."""
        return f"PCA{self.pca},SQ8,RFlat" if self.compressed else "Flat"


def _choice(name: str, allowed: tuple[str, ...], past_limit: bool) -> str:
    """$name (one of ``allowed``), else the first of them past the limit and "none" below."""
    raw = os.environ.get(name)
    if raw is None:
        return allowed[0] if past_limit else "none"
    if raw not in (*allowed, "none"):
        raise ValueError(f"{name}={raw!r}: must be one of {', '.join((*allowed, 'none'))}")
    return raw
