"""FAISS index files: which kind of index a file holds, a partly built ``hnswsq`` index to resume
from its checkpoint, and writes that a crash cannot leave half done (search/vectors.py builds
and serves the indexes)."""

from __future__ import annotations

import os

import faiss

from .vector_params import HNSWSQParams

__all__ = ["hnsw_graph", "kind_of", "unfinished", "write_index"]


def kind_of(index: faiss.Index, path: str) -> str:
    """The kind of an index read from ``path`` (``docroute``: document means beside the rows
    of each document)."""
    if isinstance(index, faiss.IndexPreTransform):
        return "hnswsq"
    if hasattr(index, "id_map"):
        hnsw = isinstance(faiss.downcast_index(index.index), faiss.IndexHNSW)
        return "hnsw" if hnsw else "flat"
    means = isinstance(index, (faiss.IndexFlat, faiss.IndexRefine))
    return "docroute" if means and os.path.exists(f"{path}.routes.npy") else "ivfpq"


def hnsw_graph(index: faiss.Index):
    """The HNSW graph of an ``hnswsq`` index (behind its PCA)."""
    return faiss.downcast_index(faiss.downcast_index(index).index)


def unfinished(checkpoint: str | None, p: HNSWSQParams, n: int):
    """The partly built index saved at ``checkpoint`` when it has these settings and no more
    than ``n`` vectors, else None (a build starts afresh)."""
    if not checkpoint or not os.path.exists(checkpoint):
        return None
    index = faiss.read_index(checkpoint)
    if not isinstance(index, faiss.IndexPreTransform):
        return None
    graph = hnsw_graph(index)
    built_as = (graph.d, graph.hnsw.nb_neighbors(1), graph.hnsw.efConstruction)
    same = built_as == (p.pca, p.m, p.ef_construction)
    return index if same and index.ntotal <= n else None


def write_index(index: faiss.Index, path: str) -> None:
    """Write beside ``path``, then rename over it: a crash leaves the previous file whole."""
    tmp = f"{path}.tmp{os.getpid()}"
    faiss.write_index(index, tmp)
    os.replace(tmp, path)
