"""The vectors a snapshot searches: the stored embeddings of its sentences as one matrix, and
the generation's saved FAISS index, brought up to date with the store or built again.

The saved index (``vectors.faiss``) is a cache: the store holds every vector, so a missing,
unreadable or far-behind index is built from the matrix (no embedding) and saved for the next
process; a read-only knowledge base builds it in memory each time it loads.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from .embedders import Embedder
from .errors import KnowledgeBaseError, damaged
from .vectors import VectorIndex

__all__ = [
    "REBUILD_FRACTION",
    "VECTOR_FILES",
    "forget_vector_index",
    "stored_matrix",
    "vector_index",
]

#: the saved FAISS index (a cache: it is brought up to date with the store when loaded)
VECTOR_FILES = ("vectors.faiss", "vectors.stamp")
#: a saved index further from the store than this (vectors to add or remove) is rebuilt
REBUILD_FRACTION = 0.1

log = logging.getLogger(__name__)

# one stored sentence: (rowid, id, doc_id, text, terms, text_hash)
Row = tuple[int, str, str, str, str, str]


def stored_matrix(
    cached: dict[str, np.ndarray], rows: list[Row], embedder: Embedder, gen_dir: Path
) -> np.ndarray:
    """The stored vectors of ``rows`` (``cached``: text hash -> vector) in row order; a
    ``KnowledgeBaseError`` when one is missing or has the wrong length."""
    missing = [r for r in rows if r[5] not in cached]
    if missing:
        raise KnowledgeBaseError(
            f"{len(missing)} sentences in {gen_dir.parent} have no stored vector: rebuild the "
            f"knowledge base with `kgsearch build --replace --kb {gen_dir.parent} PATH...`"
        )
    wrong = next((r for r in rows if cached[r[5]].shape != (embedder.dim,)), None)
    if wrong is not None:
        raise damaged(
            gen_dir / "kb.sqlite",
            f"the vector of sentence {wrong[1]!r} has {cached[wrong[5]].size} values, not "
            f"{embedder.dim}",
        )
    if not rows:
        return np.zeros((0, embedder.dim), np.float32)
    return np.stack([cached[r[5]] for r in rows]).astype(np.float32, copy=False)


def forget_vector_index(gen_dir: Path) -> None:
    """Delete the saved FAISS index so that the next snapshot builds it again."""
    for name in VECTOR_FILES:
        (gen_dir / name).unlink(missing_ok=True)


def vector_index(
    matrix: np.ndarray,
    rowids: np.ndarray,
    embedder: Embedder,
    gen_dir: Path,
    documents: list[str] | None = None,
) -> VectorIndex:
    """The FAISS index of these rows: the saved one brought up to date (vectors added and
    removed by id) when it is close to them, else built from the matrix (no embedding) and
    saved for the next process.  ``documents``: each row's document id (what a ``docroute``
    index routes queries by)."""
    path = gen_dir / VECTOR_FILES[0]
    index = None
    if path.exists():
        try:
            index = VectorIndex.load(str(path))
        except (OSError, RuntimeError, ValueError) as e:  # ValueError: ivfpq, rebuilt
            log.warning("the saved vector index %s is unreadable (%s); rebuilding it", path, e)
    if index is not None and index.index.d == embedder.dim:
        held = index.ids()
        extra = np.setdiff1d(held, rowids, assume_unique=True)
        missing = ~np.isin(rowids, held, assume_unique=True)
        drift = len(extra) + int(missing.sum())
        if drift <= max(1000, REBUILD_FRACTION * len(rowids)):
            index.remove(extra.tolist())
            index.add(matrix[missing], rowids[missing])
            return index
    index = VectorIndex.build(matrix, rowids, embedder.dim, documents=documents)
    try:
        index.save(str(path))
    except OSError as e:
        # a read-only knowledge base still answers; it builds the index again next time
        log.warning(
            "could not save the vector index in %s (%s); it is rebuilt next time", gen_dir, e
        )
    return index
