"""Building a knowledge base directory's next generation: written beside the live one under
the writer lock, and made live by switching CURRENT only when it is complete, so a crash at any
moment leaves the previous knowledge base intact.

A build refuses to replace documents that did not come from the paths given, and a knowledge
base it cannot read, unless asked to (``replace``).  It reuses the vectors of sentences the live
generation already embedded.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from . import diskspace
from .crashpoints import crash_point
from .embedders import Embedder, load_embedder
from .errors import KnowledgeBaseError
from .ingest import SourceDocument, read_paths
from .lifecycle import (
    CURRENT,
    READERS,
    current_generation,
    exists,
    now,
    prune,
    writing,
)
from .pipeline import IngestReport, analysis_fingerprint, ingest
from .store import DB_NAME, SCHEMA_VERSION, Store
from .writer_lock import process_alive

__all__ = ["ENGINES", "build_generation", "build_knowledge_base", "refuse_foreign"]

#: where ``build`` runs ingestion
ENGINES = ("local", "ray")

#: how many documents a refusal names before it says "and N more"
NAMED_IN_ERRORS = 10

log = logging.getLogger(__name__)


def build_knowledge_base(
    paths: list,
    root: Path,
    embedder: str | None,
    progress: bool,
    replace: bool,
    lock_timeout: float | None,
    engine: str,
    address: str | None,
) -> tuple[Embedder, IngestReport]:
    """``KnowledgeBase.build`` up to the new generation being live: the paths are read once
    before (bad input fails before anything changes, or waits for the lock) and again with the
    lock held (the files as they are then); ``engine`` picks where ingestion runs."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    read_paths(paths)
    emb = load_embedder(embedder)
    run = ingest
    if engine == "ray":
        from . import distributed

        run = functools.partial(distributed.ingest, address=address)
    _name, report = build_generation(
        root,
        lambda: read_paths(paths),
        emb,
        progress=progress,
        replace=replace,
        lock_timeout=lock_timeout,
        ingest=run,
    )
    return emb, report


def _foreign_documents(root: Path, docs: list[SourceDocument]) -> list[str]:
    """Ids of the documents the live generation holds that ``docs`` do not; raises when the
    live generation cannot be read."""
    name = current_generation(root)
    db = root / name / DB_NAME if name else None
    if db is None or not db.exists():
        raise KnowledgeBaseError(
            f"{root} holds a knowledge base that cannot be read (CURRENT names "
            f"{name or 'nothing'}, which has no {DB_NAME}): `kgsearch build --replace` "
            "replaces it"
        )
    try:
        store = Store(db, readonly=True)
        try:
            schema = store.meta().get("schema_version")
            held = store.document_ids()
        finally:
            store.close()
    except sqlite3.DatabaseError as e:
        raise KnowledgeBaseError(
            f"{db} cannot be read ({e}): `kgsearch build --replace` replaces it"
        ) from None
    if str(schema) != str(SCHEMA_VERSION):
        raise KnowledgeBaseError(
            f"{root} holds a knowledge base of storage schema {schema}, which this version "
            f"cannot read: `kgsearch build --replace` replaces it"
        )
    given = {d.id for d in docs}
    return [i for i in held if i not in given]


def refuse_foreign(root: Path, foreign: list[str]) -> None:
    """Raise the one-line refusal of a build that would drop ``foreign`` documents."""
    shown = ", ".join(foreign[:NAMED_IN_ERRORS])
    more = f" and {len(foreign) - NAMED_IN_ERRORS} more" if len(foreign) > NAMED_IN_ERRORS else ""
    raise KnowledgeBaseError(
        f"{root} holds {len(foreign)} document(s) that are not in the paths given: {shown}{more}; "
        "`kgsearch sync` brings files in and keeps them, `kgsearch build --replace` drops them"
    )


def _previous_store(root: Path, name: str | None) -> Store | None:
    """The live generation's store, read for vectors a new build can reuse; None when there is
    none or it cannot be read (the build then embeds everything)."""
    if not name or not (root / name / DB_NAME).exists():
        return None
    try:
        return Store(root / name / DB_NAME, readonly=True)
    except (sqlite3.Error, KnowledgeBaseError) as e:
        log.warning("not reusing vectors of %s: %s", root / name, e)
        return None


def build_generation(
    root: Path,
    docs: list[SourceDocument] | Callable[[], list[SourceDocument]],
    embedder: Embedder,
    progress: bool = False,
    replace: bool = False,
    lock_timeout: float | None = None,
    ingest=ingest,
) -> tuple[str, IngestReport]:
    """Ingest ``docs`` into a new generation and make it the live one; returns its name.

    Holds the writer lock from start to end, so builds and other writes take turns; ``docs``
    may be a function that reads them, called once the lock is held, so that the files built
    are the files as they are after every earlier write (a removal that deleted a file and its
    document is never undone by a build that read the folder before).  Without ``replace`` it
    refuses (``KnowledgeBaseError``, before writing anything) when the live knowledge base
    cannot be read or holds documents that ``docs`` do not.  ``ingest`` is the engine:
    ``pipeline.ingest`` here, ``distributed.ingest`` on Ray."""
    root = Path(root)
    with writing(root, "kgsearch build", timeout=lock_timeout, announce=progress):
        if callable(docs):
            docs = docs()
        if exists(root) and not replace:
            foreign = _foreign_documents(root, docs)
            if foreign:
                refuse_foreign(root, foreign)
        _remove_stale_temporary(root)
        old = _live_or_none(root)
        prune(root)  # leftovers of crashed builds go before a new one starts
        name = _next_generation(root)
        (root / name).mkdir()
        try:
            report = _build_into(root, name, old, docs, embedder, progress, ingest)
        except BaseException as e:
            # nothing half-built stays behind (a full disk, an interrupt): the old one is live
            if _live_or_none(root) != name:
                shutil.rmtree(root / name, ignore_errors=True)
            (root / f"{CURRENT}.tmp{os.getpid()}").unlink(missing_ok=True)
            if isinstance(e, (sqlite3.Error, OSError)) and diskspace.is_disk_full(e):
                # a generation takes about 45 times its documents' text (seed article: 276 KB)
                needed = 45 * sum(len(d.text.encode("utf-8")) for d in docs)
                raise diskspace.disk_full(root, needed, "the build") from None
            raise
        prune(root)
    return name, report


def _build_into(
    root: Path, name: str, old: str | None, docs, embedder: Embedder, progress: bool, ingest
) -> IngestReport:
    (root / name / READERS).touch()
    store = Store(root / name / DB_NAME, create=True)
    store.set_meta(
        schema_version=SCHEMA_VERSION,
        embedder=embedder.id,
        dim=embedder.dim,
        created=now(),
        revision=0,
        analysis_fingerprint=analysis_fingerprint(),
    )
    cache = _previous_store(root, old)
    try:
        report = ingest(store, embedder, docs, progress=progress, cache=cache)
    finally:
        if cache is not None:
            cache.close()
        store.close()
    crash_point("generation-written")
    _switch(root, name)
    crash_point("switched")
    return report


def _live_or_none(root: Path) -> str | None:
    """The live generation, or None when CURRENT is missing or damaged (a build replaces it)."""
    try:
        return current_generation(root)
    except KnowledgeBaseError:
        return None


def _remove_stale_temporary(root: Path) -> None:
    """CURRENT.tmp<pid> files of writers that are gone (killed builds)."""
    for tmp in root.glob(f"{CURRENT}.tmp*"):
        pid = tmp.name.rpartition(".tmp")[2]
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _next_generation(root: Path) -> str:
    nums = [int(p.name.split("-")[1]) for p in root.glob("gen-*") if p.name.split("-")[1].isdigit()]
    return f"gen-{max(nums, default=0) + 1:06d}"


def _switch(root: Path, name: str) -> None:
    """Point CURRENT at a generation: write a new file, sync it, rename it over the old."""
    tmp = root / f"{CURRENT}.tmp{os.getpid()}"
    with open(tmp, "w") as f:
        f.write(name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, root / CURRENT)
    _fsync_dir(root)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # a file system that cannot sync a directory: the rename is still atomic
    finally:
        os.close(fd)
