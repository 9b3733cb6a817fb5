"""A background job's ingestion, run in a child process so that it never holds the server's
GIL: Kiwi analysis, extraction and embedding of a large document take minutes of CPU, and in a
thread of the server they slowed every request (bench/RESULTS.md, issue 15).

The server starts ``python -m web.ingest_child KB_DIR`` at the lowest CPU priority, writes the
documents to its stdin as one JSON line and keeps stdin open; the child opens the knowledge base
and ingests them with ``KnowledgeBase.ingest_documents``, which takes the directory's writer
lock (``search.writer_lock.writing``) and writes everything in one transaction.  It reports on its
stdout, one JSON object a line: ``{"progress": [stage, done, total]}`` while it works, then
``{"done": [ids created]}`` or ``{"failed": "why"}``.  The server's watcher loads the new
revision, as it does for any other process's write.

A child that dies (``kill -9``, out of memory) wrote nothing — SQLite rolls the open
transaction back — or, if it died after the commit, everything: ``ChildIngestion`` says which.
A child whose server ends (stdin closes) ends too, without committing.

>>> Ingested(created=["news-1"]).created
['news-1']
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from search import KnowledgeBase
from search.ingest import SourceDocument
from search.pipeline import pending
from search.store import DB_NAME, Store

__all__ = ["ChildIngestion", "Ingested", "IngestionFailed", "main"]

log = logging.getLogger(__name__)

#: seconds between two progress lines of one stage (a stage's first and last always go)
PROGRESS_EVERY = 0.25
#: lines of the child's stderr kept for the server's log when it fails
STDERR_LINES = 30
#: the stage a job shows while its process starts (Python, Kiwi and the embedding model load)
STARTING = "starting"


@dataclass
class Ingested:
    """What a child's ingestion did: the ids that were new (as ``IngestReport.created``)."""

    created: list[str]


class IngestionFailed(Exception):
    """The child reported an error, or died; the message says which, for the job's ``error``."""


@dataclass
class ChildIngestion:
    """``ingest(docs, on_progress)`` for ``web.jobs.Jobs``, done by a child process writing
    into ``kb``'s directory; ``kb`` is brought up to date before it returns, so that a job
    reads "done" only when the server answers with its documents."""

    kb: KnowledgeBase

    def __call__(
        self, docs: list[SourceDocument], on_progress: Callable[[str, int, int], None]
    ) -> Ingested:
        on_progress(STARTING, 0, 0)
        proc = subprocess.Popen(
            [sys.executable, "-m", "web.ingest_child", str(self.kb.path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_child_environment(),
        )
        stderr = _tail(proc.stderr)
        try:
            outcome = _converse(proc, docs, on_progress)
        finally:
            _close(proc.stdin)
            proc.wait()
            stderr.join(timeout=5)
        if outcome is not None and "done" in outcome:
            self.kb.refresh()
            return Ingested(created=list(outcome["done"]))
        if outcome is not None and "failed" in outcome:
            raise IngestionFailed(outcome["failed"])
        log.warning(
            "the ingestion process %s ended with status %s; its last lines:\n%s",
            proc.pid,
            proc.returncode,
            "".join(stderr.lines),
        )
        raise IngestionFailed(self._died(proc.returncode, docs))

    def _died(self, status: int, docs: list[SourceDocument]) -> str:
        """Why a job failed when its process ended without a word, and what it left."""
        if status < 0:
            try:
                how = f"was killed by signal {-status} ({signal.Signals(-status).name})"
            except ValueError:
                how = f"was killed by signal {-status}"
        else:
            how = f"exited with status {status}"
        try:
            self.kb.refresh()
            store = Store(self.kb.generation_dir / DB_NAME, readonly=True)
            try:
                missing = pending(store, docs)
            finally:
                store.close()
        except Exception as e:  # the reason above is what matters; say the rest is unknown
            log.warning("could not tell what the dead ingestion left: %s", e)
            return f"the ingestion process {how} before it finished"
        if missing:
            left = "nothing of this job was written (post the documents again)"
        else:
            left = "after it had written all of this job's documents"
        return f"the ingestion process {how}: {left}"


def _converse(proc: subprocess.Popen, docs: list[SourceDocument], on_progress) -> dict | None:
    """Send the documents, relay progress; the child's last word (``done`` or ``failed``), or
    None when it ended without one."""
    line = json.dumps([_as_dict(d) for d in docs]) + "\n"
    try:
        proc.stdin.write(line.encode("utf-8", "surrogatepass"))
        proc.stdin.flush()
    except (BrokenPipeError, OSError):
        return None  # it died before it read them
    for raw in proc.stdout:
        try:
            message = json.loads(raw)
        except ValueError:
            log.warning("the ingestion process said %r", raw[:200])
            continue
        if "progress" in message:
            on_progress(*message["progress"])
        elif "done" in message or "failed" in message:
            return message
    return None


def _as_dict(doc: SourceDocument) -> dict:
    return {"id": doc.id, "text": doc.text, "title": doc.title, "source": doc.source}


def _close(stream) -> None:
    try:
        stream.close()
    except OSError:
        pass  # the child is gone; nothing to tell it


class _tail(threading.Thread):
    """Reads a child's stderr to the end (so it never blocks on a full pipe), keeping the last
    lines."""

    def __init__(self, stream):
        super().__init__(name="kgsearch-job-stderr", daemon=True)
        self.stream = stream
        self.lines: deque[str] = deque(maxlen=STDERR_LINES)
        self.start()

    def run(self) -> None:
        for raw in self.stream:
            self.lines.append(raw.decode("utf-8", "replace"))


def _child_environment() -> dict[str, str]:
    """The server's environment, with this package importable wherever the child starts."""
    env = dict(os.environ)
    here = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
    env.setdefault("OMP_NUM_THREADS", "1")
    return env


# ---- the child ------------------------------------------------------------------------------------
class _Reporter:
    """The child's side of the conversation: JSON lines on the channel the server reads."""

    def __init__(self, channel):
        self.channel = channel
        self.last: tuple[str, float] = ("", 0.0)

    def send(self, **message) -> None:
        self.channel.write(json.dumps(message) + "\n")
        self.channel.flush()

    def progress(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage == self.last[0] and now - self.last[1] < PROGRESS_EVERY and done < total:
            return
        self.last = (stage, now)
        self.send(progress=[stage, done, total])


def _lowest_priority() -> None:
    """The child yields the CPU to the server that answers requests."""
    try:
        os.setpriority(os.PRIO_PROCESS, 0, 19)
    except (AttributeError, OSError):  # not POSIX: it runs at normal priority
        pass


def _end_with_the_server() -> None:
    """Exit, without committing, when the server closes our stdin (it ended, or gave up)."""
    # the descriptor, not sys.stdin: a thread blocked in a buffered read aborts the interpreter's
    # shutdown when the child ends normally
    try:
        while os.read(0, 65536):
            pass
    finally:
        os._exit(3)


def _first_line(fd: int) -> bytes:
    """The documents' line, read from the descriptor byte block by block (no buffer that could
    swallow what follows it)."""
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        if chunk.endswith(b"\n"):
            break
    return b"".join(chunks)


def main(argv: list[str] | None = None) -> int:
    """``python -m web.ingest_child KB_DIR``: see the module docstring."""
    _lowest_priority()
    # the protocol owns the real stdout; anything printed goes to stderr
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    reporter = _Reporter(channel)
    kb_dir = (argv if argv is not None else sys.argv[1:])[0]
    line = _first_line(0).decode("utf-8", "surrogatepass")
    docs = [SourceDocument(**d) for d in json.loads(line)]
    threading.Thread(target=_end_with_the_server, name="kgsearch-job-stdin", daemon=True).start()
    try:
        with KnowledgeBase.open(kb_dir) as kb:
            report = kb.ingest_documents(docs, on_progress=reporter.progress)
    except Exception as e:  # the job says why; the server logs it
        log.exception("ingestion of %s failed", [d.id for d in docs])
        reporter.send(failed=str(e) or type(e).__name__)
        return 1
    reporter.send(done=list(report.created))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="kgsearch job: %(message)s")
    sys.exit(main())
