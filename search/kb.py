"""The KnowledgeBase facade: one persisted knowledge base directory, searched and asked.

Usage (the README shows more)::

    kb = KnowledgeBase.build(["data/"], path="data/kb")
    kb.ask("솔라를 개발한 회사는?").answer          # the name, or None

The work is done elsewhere, one concern per module: ``kb_reads`` (the reading methods, a
mixin this class takes), ``lifecycle`` (the directory, CURRENT, the locks between processes),
``build`` (a new generation), ``live`` (the live snapshot this process shares), ``writes`` (adds
and removals), ``pipeline`` (documents -> analyses -> terms -> vectors -> store), ``snapshot``
(the immutable view a call reads), ``answering`` (search and ask), ``entity_queries``
(relations, paths, neighbourhoods by name), ``inventory`` (stats and exports).

Several processes may open one directory.  A write takes the directory's writer lock, so
writes from all processes take turns; it lands in whichever generation is live when the lock
is granted.  Reads never wait: each call takes the live snapshot once and reads only it, and a
reader notices another process's change (a new revision, or a build's new generation) within
``POLL_SECONDS`` and swaps in a snapshot of it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from . import lifecycle, writes
from .build import build_knowledge_base
from .embedders import Embedder
from .errors import KnowledgeBaseError
from .ingest import SourceDocument, read_paths
from .kb_reads import Reads
from .limits import (
    MAX_DOCUMENT_CHARS,
    MAX_QUERY_CHARS,
    check_document_text,
)
from .live import POLL_SECONDS, Live
from .pipeline import SNAPSHOT_STAGE, IngestReport, Progress
from .snapshot import Snapshot
from .writes import Changes, auto_document_id

__all__ = [
    "MAX_DOCUMENT_CHARS",
    "MAX_QUERY_CHARS",
    "POLL_SECONDS",
    "Changes",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "auto_document_id",
]

DEFAULT_PATH = lifecycle.DEFAULT_PATH


class KnowledgeBase(Reads):
    """A Korean knowledge graph with a hybrid sentence index, persisted in one directory that
    several processes may share."""

    def __init__(self, live: Live, pin: Snapshot | None = None):
        """Not called directly: use ``KnowledgeBase.open(path)`` or
        ``KnowledgeBase.build(paths, path=...)``."""
        if not isinstance(live, Live):
            raise TypeError(
                f"KnowledgeBase({live!r}) is not how a knowledge base is made: use "
                "KnowledgeBase.open(path) for an existing one (also as `with "
                "KnowledgeBase.open(path) as kb:`), or KnowledgeBase.build(paths, path=...)"
            )
        self._live = live
        self._pin = pin
        #: what the last build or add in this object did, with seconds per stage
        self.last_ingest: IngestReport | None = None
        #: which documents the last add, remove or sync of this object added, updated, removed
        self.last_changes: Changes | None = None

    # ---- creating and opening ------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        paths=(),
        path: str | os.PathLike = DEFAULT_PATH,
        embedder: str | None = None,
        progress: bool = False,
        replace: bool = False,
        lock_timeout: float | None = None,
        engine: str = "local",
        address: str | None = None,
    ) -> KnowledgeBase:
        """Ingest files and folders (.txt, .md, .jsonl) into a new knowledge base at ``path``.
        ``KnowledgeBase.build([], path=...)`` starts empty.

        Over an existing knowledge base it refuses (``KnowledgeBaseError``, nothing changed)
        when that one holds documents the paths do not give, or cannot be read, unless
        ``replace``.  It waits while another process writes the directory.
        ``engine="ray"`` analyses and embeds on a Ray cluster (``address``, else $RAY_ADDRESS,
        else a local one); the knowledge base is the same."""
        root = Path(path)
        emb, report = build_knowledge_base(
            list(paths), root, embedder, progress, replace, lock_timeout, engine, address
        )
        t = time.perf_counter()
        kb = cls.open(root, embedder=emb.id, _loaded=emb)
        kb.snapshot()
        kb._live.try_write_manifest()  # as every write does: `kgsearch check` looks for it
        report.stages[SNAPSHOT_STAGE] = time.perf_counter() - t
        kb.last_ingest = report
        return kb

    @classmethod
    def open(
        cls,
        path: str | os.PathLike = DEFAULT_PATH,
        embedder: str | None = None,
        lock_timeout: float | None = None,
        announce: bool = False,
        _loaded: Embedder | None = None,
    ) -> KnowledgeBase:
        """Open an existing knowledge base; ``embedder`` must match the one it was built with.
        Nothing is created or changed: one that cannot be read raises ``KnowledgeBaseError``
        saying what is wrong and which command repairs it.  Writes wait for another process's
        write for at most ``lock_timeout`` seconds (None: as long as it takes), saying so on
        stderr when ``announce``."""
        gen = lifecycle.open_generation(Path(path), embedder, loaded=_loaded)
        return cls(Live(gen, lock_timeout, announce))

    def close(self) -> None:
        """Release the files (and the generation's lease); the object is unusable after."""
        self._live.close()

    def pinned(self) -> KnowledgeBase:
        """A view that reads one revision, the live one now, for as long as it is used (a web
        request, a report); its writes go to the knowledge base and move it to their result."""
        return KnowledgeBase(self._live, self._live.current())

    def watch(self, interval: float = POLL_SECONDS) -> None:
        """Bring the live snapshot up to date in a background thread (a server calls this so
        that requests never wait for another process's change to load)."""
        self._live.watch(interval)

    def refresh(self) -> None:
        """Bring the live snapshot up to date now with what other processes wrote (a server
        calls it when a process it started to write has finished)."""
        self._live.refresh(force=True)

    @property
    def path(self) -> Path:
        """The knowledge base directory."""
        return self._live.root

    def __enter__(self) -> KnowledgeBase:
        """``with KnowledgeBase.open("data/kb") as kb:`` closes it at the end of the block."""
        return self

    def __exit__(self, *exc) -> None:
        """Close it, whether the block ended normally or by an exception."""
        self.close()

    # ---- changing ------------------------------------------------------------------------------
    def add_text(
        self, text: str, doc_id: str | None = None, title: str = "", source: str = ""
    ) -> str:
        """Add or update one document; returns its id.  Unchanged content does nothing."""
        check_document_text(text)
        doc_id = doc_id or auto_document_id(text)
        self.add_documents([SourceDocument(doc_id, text, title, source)])
        return doc_id

    def add_file(self, path: str | os.PathLike) -> list[str]:
        """Add or update the documents of a file or folder; returns their ids."""
        docs = read_paths([path])
        self.add_documents(docs)
        return [d.id for d in docs]

    def add_documents(self, docs: list[SourceDocument], progress: bool = False) -> list[str]:
        """Add or update documents; returns their ids.  ``last_ingest`` and ``last_changes``
        say what changed."""
        self.ingest_documents(docs, progress=progress)
        return [d.id for d in docs]

    def ingest_documents(
        self,
        docs: list[SourceDocument],
        progress: bool = False,
        on_progress: Progress | None = None,
    ) -> IngestReport:
        """Add or update documents in one transaction (all of them, or on a failure none);
        each document is one revision of the change log.  The report says which changed and
        which of them were new, decided under the writer lock (so of two writers of one new
        id, in this process or another, one creates it).  ``on_progress(stage, done, total)``
        hears how far it is."""
        writes.check_documents(docs)
        report, changes = writes.ingest_documents(self._live, docs, progress, on_progress)
        if report.changed:
            if on_progress is not None:
                on_progress(SNAPSHOT_STAGE, 0, 1)
            report.stages[SNAPSHOT_STAGE] = self._after_write()
        self.last_ingest, self.last_changes = report, changes
        return report

    def remove(self, doc_id: str) -> bool:
        """Remove a document and everything only it supported; False if it was not there."""
        return bool(self.remove_documents([doc_id]))

    def remove_documents(self, doc_ids: list[str]) -> list[str]:
        """Remove documents, all in one transaction (all of them, or on a failure none);
        returns the ids that were there."""
        removed = writes.remove_documents(self._live, doc_ids)
        if removed:
            self._after_write()
        self.last_changes = Changes(removed=removed)
        return removed

    def sync(self, paths, delete: bool = False, progress: bool = False) -> Changes:
        """Bring files and folders in as adds and updates; documents the knowledge base holds
        that the paths do not are listed in ``not_in_paths`` and kept, or removed when
        ``delete``.  Unchanged files cost nothing."""
        docs = read_paths(paths)
        self.add_documents(docs, progress=progress)
        changes = self.last_changes
        others = writes.document_ids_besides(self._live, {d.id for d in docs}, "kgsearch sync")
        if delete:
            changes.removed = [i for i in others if self.remove(i)]
        else:
            changes.not_in_paths = others
        self.last_changes = changes
        return changes

    def rebuild_index(self) -> None:
        """Derive everything again from the stored documents: their analyses (with the current
        extraction rules) and the FAISS index.  Embeddings are kept: the text did not change."""
        writes.reanalyse(self._live)
        self._after_write()

    def _after_write(self) -> float:
        """Bring the snapshot up to date with a write just made (this object then reads its
        own writes); returns the seconds it took."""
        seconds = self._live.after_write()
        if self._pin is not None and self._live.snapshot is not None:
            self._pin = self._live.snapshot
        return seconds

    def write_manifest(self) -> None:
        """manifest.json again, from the live snapshot (``kgsearch check --repair``)."""
        self.snapshot()
        self._live.write_manifest()
