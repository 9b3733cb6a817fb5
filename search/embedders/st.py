"""Any sentence-transformers model the user has on disk: ``sentence-transformers:<name-or-path>``.

Loaded with ``local_files_only`` so that a missing model is a clear error, never a download.
"""

from __future__ import annotations

import os
import threading

import numpy as np

from .base import EmbedderError

__all__ = ["SentenceTransformerEmbedder"]


class SentenceTransformerEmbedder:
    engine = "sentence-transformers"

    def __init__(self, name_or_path: str, query_prefix: str = "", passage_prefix: str = ""):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise EmbedderError(
                "the sentence-transformers backend is not installed: pip install 'kgsearch[st]' "
                "(install torch==2.13.0 first for the CPU build)"
            ) from e
        self.id = f"sentence-transformers:{name_or_path}"
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            self._model = SentenceTransformer(name_or_path, device="cpu", local_files_only=True)
        except Exception as e:
            raise EmbedderError(
                f"cannot load sentence-transformers model {name_or_path!r} from disk ({e}); "
                "pass a directory that holds the model (nothing is downloaded)"
            ) from e
        dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(dim())
        self._query_prefix, self._passage_prefix = query_prefix, passage_prefix
        self._lock = threading.Lock()

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            out = self._model.encode(
                texts,
                batch_size=32,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(out, dtype=np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode([self._passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([self._query_prefix + text])[0]

    def query_tokens(self, text: str) -> int:
        return len(self._model.tokenizer(self._query_prefix + text)["input_ids"])
