"""Embedding that starts while the documents are still being analysed.

The sentences are known as soon as Kiwi has split them; finding their mentions and relations
takes seconds more of Python, while the embedding engine runs native code that leaves the
interpreter free.  So the sentences are embedded on a second thread meanwhile, in exactly the
batches the embed stage would use (same batches, same vectors); the embed stage takes them
when its own list of sentences to embed is the same, and embeds as before otherwise::

    early = EarlyEmbedding(embedder, EMBED_BATCH)
    early.start(need)          # (hash, text) pairs, once the sentences are split
    ...                        # mentions, relations, index terms
    ready = early.take(need)   # the batches as they finish, or None: embed them yourself
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

import numpy as np

from .embedders import Embedder

__all__ = ["EarlyEmbedding"]


class EarlyEmbedding:
    """One job's sentences, embedded on a thread from the moment they are known."""

    def __init__(self, embedder: Embedder, batch: int):
        self._embedder, self._batch = embedder, batch
        self._need: list[tuple[str, str]] | None = None
        self._done: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, need: list[tuple[str, str]]) -> None:
        """Start embedding the (text hash, text) pairs ``need``, in the embed stage's order."""
        self._need = need
        if need:
            # not a daemon: a native engine torn down mid-batch aborts the process; ``cancel``
            # ends the thread after the batch it is on
            self._thread = threading.Thread(target=self._run, name="early-embedding")
            self._thread.start()

    def _run(self) -> None:
        try:
            for i in range(0, len(self._need), self._batch):
                if self._stop.is_set():
                    return
                chunk = self._need[i : i + self._batch]
                self._done.put((chunk, self._embedder.embed_passages([t for _, t in chunk])))
        except BaseException as e:  # handed to the embed stage, which raises it
            self._done.put(e)

    def take(self, need: list[tuple[str, str]]) -> Iterator[tuple[list, np.ndarray]] | None:
        """The (batch, vectors) pairs of ``need`` as they finish, or None when this job
        embedded something else (then nothing of it is used and the thread is stopped)."""
        if self._need is None or need != self._need or not need:
            self.cancel()
            return None
        return self._batches(len(range(0, len(need), self._batch)))

    def _batches(self, count: int) -> Iterator[tuple[list, np.ndarray]]:
        for _ in range(count):
            item = self._done.get()
            if isinstance(item, BaseException):
                raise item
            yield item

    def cancel(self) -> None:
        """Stop after the current batch and wait for the thread (the job failed or was
        interrupted, or embeds other sentences)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
