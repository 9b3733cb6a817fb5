"""Writes that take long, done in the background: a document over the sentence budget of one
request is ingested as a job, one at a time, while ``GET /api/jobs/<id>`` reports how far it is.
A worker thread runs the jobs; the server's ``ingest`` runs each in a child process at the
lowest CPU priority (``web.ingest_child``), so that its minutes of analysis and embedding never
hold the GIL against the threads that answer requests.  Every write of the app — a job, or a small
document written while the client waits — takes the same writer's turn (``writing``); a request
that cannot have it within a few seconds is refused with ``Busy`` rather than holding a server
thread for the minutes a large job takes.

>>> job = Job("j1", ["news-1"])
>>> job.status, job.to_dict()["documents"]
('queued', ['news-1'])
"""

from __future__ import annotations

import itertools
import logging
import secrets
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from search.ingest import SourceDocument
from search.limits import estimate_sentences

from .admission import Busy

__all__ = ["SYNC_SENTENCES", "Job", "Jobs"]

log = logging.getLogger(__name__)

#: the most sentences one request ingests while its client waits (about the seconds a person
#: waits for an upload on two busy cores); a longer document becomes a job
SYNC_SENTENCES = 200
#: jobs waiting behind the running one; more are refused (the client tries later)
MAX_QUEUED = 2
#: seconds a small write waits for the writer's turn while a job holds it, before it is refused
WRITE_WAIT = 5.0
#: seconds it waits behind other small writes (each bounded by SYNC_SENTENCES), as a queue
SMALL_WRITES_WAIT = 120.0
#: finished jobs remembered for GET /api/jobs/<id>
KEEP_FINISHED = 100


@dataclass
class Job:
    """One background ingestion: what it writes and how far it is."""

    id: str
    documents: list[str]
    status: str = "queued"  # queued, running, done, failed
    stage: str = ""
    done: int = 0
    total: int = 0
    error: str | None = None
    created: list[str] = field(default_factory=list)  # ids that were new
    submitted: float = field(default_factory=time.time)
    finished: float | None = None

    def progress(self, stage: str, done: int, total: int) -> None:
        self.stage, self.done, self.total = stage, done, total

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "status": self.status,
            "documents": list(self.documents),
            "stage": self.stage,
            "done": self.done,
            "total": self.total,
            "error": self.error,
            "created": list(self.created),
        }


@dataclass
class Jobs:
    """The background writer of one app: a queue of jobs and the worker that runs them.
    ``ingest(docs, on_progress)`` writes the documents and returns what was ``created`` (the
    server's is ``web.ingest_child.ChildIngestion``); its exception is the job's ``error``."""

    ingest: Callable
    sync_sentences: int = SYNC_SENTENCES
    max_queued: int = MAX_QUEUED
    write_wait: float = WRITE_WAIT
    small_writes_wait: float = SMALL_WRITES_WAIT
    _queue: deque = field(default_factory=deque, init=False)
    _jobs: OrderedDict = field(default_factory=OrderedDict, init=False)
    _turn: threading.Lock = field(default_factory=threading.Lock, init=False)
    _changed: threading.Condition = field(default_factory=threading.Condition, init=False)
    _worker: threading.Thread | None = field(default=None, init=False)
    _numbers: Iterator[int] = field(default_factory=itertools.count, init=False)
    _job_writing: bool = field(default=False, init=False)

    def needs_job(self, docs: list[SourceDocument]) -> bool:
        """Whether these documents are over the sentence budget of one request."""
        return sum(estimate_sentences(d.text) for d in docs) > self.sync_sentences

    def submit(self, docs: list[SourceDocument]) -> Job:
        """Queue the documents; ``Busy`` when ``max_queued`` jobs already wait."""
        with self._changed:
            if len(self._queue) >= self.max_queued:
                raise Busy(
                    f"{len(self._queue)} large documents are already waiting to be ingested; "
                    "try again when one is done",
                    retry_after=30,
                )
            job = Job(f"{next(self._numbers)}-{secrets.token_hex(8)}", [d.id for d in docs])
            self._jobs[job.id] = job
            self._queue.append((job, docs))
            self._forget_old()
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="kgsearch-jobs", daemon=True)
                self._worker.start()
            self._changed.notify_all()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._changed:
            return self._jobs.get(job_id)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """The writer's turn for a small write: refused (``Busy``) after ``write_wait`` seconds
        when a background job holds it (that takes minutes), after ``small_writes_wait`` when
        only other small writes are ahead (each takes seconds)."""
        started = time.monotonic()
        while not self._turn.acquire(timeout=0.25):
            waited = time.monotonic() - started
            if self._job_writing and waited >= self.write_wait:
                raise Busy(
                    "a large document is being ingested; try this write again shortly",
                    retry_after=max(1, round(self.write_wait)),
                )
            if waited >= self.small_writes_wait:
                raise Busy("too many writes at once; try this one again shortly", retry_after=5)
        try:
            yield
        finally:
            self._turn.release()

    def _forget_old(self) -> None:
        finished = [j for j in self._jobs.values() if j.finished is not None]
        for j in finished[: max(0, len(finished) - KEEP_FINISHED)]:
            del self._jobs[j.id]

    def _run(self) -> None:
        while True:
            with self._changed:
                while not self._queue:
                    self._changed.wait()
                job, docs = self._queue.popleft()
                job.status = "running"
            try:
                with self._turn:
                    self._job_writing = True
                    try:
                        report = self.ingest(docs, on_progress=job.progress)
                    finally:
                        self._job_writing = False
                job.created = list(report.created)
                job.status = "done"
            except Exception as e:  # reported through GET /api/jobs/<id>, never lost
                log.exception("job %s failed", job.id)
                job.status, job.error = "failed", str(e) or type(e).__name__
            job.finished = time.time()
