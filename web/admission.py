"""How much embedding work the server does at once.  Embedding a query is what a search costs
(a 500-token query takes seconds, a 20-token one tens of milliseconds), so requests are
admitted by their cost in model tokens: queries whose vector is remembered cost nothing and
never wait; the rest share ``capacity`` tokens of work in flight.  A request that cannot start
within ``wait_seconds``, or finds ``max_waiting`` others already waiting, is refused with
``Busy`` (503 with Retry-After) instead of holding a server thread — so a burst of long queries
slows only itself, and short questions keep flowing.

>>> gate = EmbeddingAdmission(capacity=600, max_waiting=1, wait_seconds=0.01)
>>> with gate.admit(500):
...     with gate.admit(30):       # a short query fits beside a long one
...         try:
...             with gate.admit(400):  # a second long one does not, and waits in vain
...                 pass
...         except Busy as e:
...             print(e.retry_after)
1
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from search.limits import MAX_QUERY_TOKENS

__all__ = ["Busy", "EmbeddingAdmission"]


class Busy(Exception):
    """The server is at capacity; ``retry_after`` is the seconds to wait before trying again."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.message, self.retry_after = message, retry_after


@dataclass
class EmbeddingAdmission:
    """Model tokens of query embedding in flight, bounded; see the module docstring."""

    #: one query as long as the model reads, beside a few short ones (two cores, one thread
    #: per embedding: a second long one would take the core short questions run on)
    capacity: int = MAX_QUERY_TOKENS + 128
    max_waiting: int = 2
    wait_seconds: float = 3.0
    _in_flight: int = field(default=0, init=False)
    _waiting: int = field(default=0, init=False)
    _changed: threading.Condition = field(default_factory=threading.Condition, init=False)

    @contextmanager
    def admit(self, cost: int) -> Iterator[None]:
        """Hold ``cost`` tokens of the capacity while the block runs; ``Busy`` when they do not
        come free in time.  A cost over the capacity runs alone."""
        if cost <= 0:
            yield
            return
        cost = min(cost, self.capacity)
        with self._changed:
            if self._in_flight + cost > self.capacity:
                self._wait_for(cost)
            self._in_flight += cost
        try:
            yield
        finally:
            with self._changed:
                self._in_flight -= cost
                self._changed.notify_all()

    def _wait_for(self, cost: int) -> None:
        retry_after = max(1, math.ceil(self.wait_seconds))
        if self._waiting >= self.max_waiting:
            raise Busy("the server is busy with long queries; try again shortly", retry_after)
        deadline = time.monotonic() + self.wait_seconds
        self._waiting += 1
        try:
            while self._in_flight + cost > self.capacity:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise Busy(
                        "the server is busy with long queries; try again shortly", retry_after
                    )
                self._changed.wait(left)
        finally:
            self._waiting -= 1
