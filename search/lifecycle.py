"""The life of a knowledge base directory: generations, the CURRENT pointer, the manifest, and
the locks that let many processes share it.

Layout::

    CURRENT            name of the live generation (replaced atomically)
    LOCK               held (flock, exclusive) by the one process writing; names its holder
    manifest.json      schema version, embedder, counts, build time (for people and tools)
    gen-000001/        kb.sqlite (the source of truth), vectors.faiss (derived) and READERS

Any number of processes may use one directory at once:

- **Writers are serialised** by an exclusive ``flock`` on ``LOCK`` (``writer_lock.writing``):
  builds, adds, removes and pruning all take it, so two builds never interleave and an add never
  writes into a generation that a build is replacing.  The kernel drops the lock when its
  holder dies, even by ``kill -9``: a crashed writer never blocks the next one.
- **Readers are never blocked**: they read SQLite in WAL mode, which lets them read one
  committed revision while a writer commits the next.
- **A generation is removed only when nobody uses it**: a process that opens a generation holds
  a shared ``flock`` on its ``READERS`` file for as long as it keeps it open (``GenerationLease``);
  ``prune`` deletes an old generation only when it can take that lock exclusively.

``build.build_generation`` writes a new generation beside the old one and switches CURRENT only
when it is complete.  Incremental changes are SQLite transactions in the live generation
(``writes``).  Locks are advisory and need a local file system (flock over NFS is not reliable).
"""

from __future__ import annotations

import datetime as _dt
import fcntl
import json
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .embedders import DEFAULT_EMBEDDER, Embedder, EmbedderError, load_embedder
from .errors import KnowledgeBaseError, damaged
from .store import DB_NAME, SCHEMA_VERSION, Store
from .writer_lock import LOCK, writing

__all__ = [
    "CURRENT",
    "DEFAULT_PATH",
    "LOCK",
    "READERS",
    "Generation",
    "GenerationLease",
    "current_generation",
    "exists",
    "now",
    "open_generation",
    "prune",
    "write_manifest",
    "writing",
]

DEFAULT_PATH = "data/kb"
CURRENT = "CURRENT"
READERS = "READERS"
MANIFEST = "manifest.json"

log = logging.getLogger(__name__)


def now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


_GENERATION = re.compile(r"gen-\d{6}")


def current_generation(root: Path) -> str | None:
    """The name in CURRENT, or None when the directory holds no knowledge base yet.  CURRENT
    names a generation of this directory and nothing else (never a path outside it)."""
    try:
        name = (root / CURRENT).read_text(encoding="utf-8", errors="replace").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    if name and not _GENERATION.fullmatch(name):
        raise damaged(
            root / CURRENT, f"it names {name[:80]!r}, which is not a generation of {root}"
        )
    return name or None


def exists(root: Path) -> bool:
    """Whether ``root`` holds a knowledge base, readable or not (a CURRENT pointer or a
    generation directory).  Only ``build`` may create one where none exists."""
    return (root / CURRENT).exists() or any(root.glob("gen-*"))


# ---- generations in use -------------------------------------------------------------------------
class GenerationLease:
    """A shared lock on a generation's READERS file, held while a process uses the generation:
    ``prune`` never removes a generation that someone holds a lease on."""

    def __init__(self, fd: int | None):
        self._fd = fd

    @classmethod
    def take(cls, root: Path) -> tuple[str, GenerationLease]:
        """Lease the live generation; returns its name.  Retries when a build switches CURRENT
        between reading it and locking the generation it named."""
        while True:
            name = current_generation(root)
            if name is None:
                raise _missing(root)
            try:
                fd = _open_readers(root / name / READERS)
            except FileNotFoundError:
                if current_generation(root) == name:
                    raise KnowledgeBaseError(
                        f"{root}/CURRENT names {name}, which does not exist: "
                        f"`kgsearch build --replace --kb {root} PATH...` builds a new one"
                    ) from None
                continue  # pruned after a build switched away from it; read CURRENT again
            if fd is None:
                return name, cls(None)  # read-only media: nobody can prune it either
            fcntl.flock(fd, fcntl.LOCK_SH)
            if current_generation(root) == name:
                return name, cls(fd)
            os.close(fd)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def __del__(self):
        self.release()


def _open_readers(path: Path) -> int | None:
    """A descriptor of a generation's READERS file, created if a generation made before leases
    lacks it; None when it cannot be created (read-only media).  FileNotFoundError when the
    generation itself is gone."""
    try:
        return os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        pass
    try:
        return os.open(path, os.O_RDONLY | os.O_CREAT, 0o644)
    except FileNotFoundError:
        raise
    except OSError:
        return None


def _missing(root: Path) -> KnowledgeBaseError:
    return KnowledgeBaseError(
        f"no knowledge base at {root}: build one with `kgsearch build --kb {root} data/` "
        "(or KnowledgeBase.build)"
    )


def prune(root: Path) -> list[str]:
    """Remove the generations that are not live and that no process uses (their READERS lock
    can be taken exclusively), and files that crashed writers left behind.  The caller holds
    the writer lock.  Returns the names removed."""
    live = current_generation(root)
    removed = []
    for stale in sorted(root.glob("gen-*")):
        if stale.name == live or not stale.is_dir():
            continue
        try:
            fd = os.open(stale / READERS, os.O_RDONLY)
        except FileNotFoundError:
            fd = None  # a build that crashed before it finished, or a pre-lease generation
        try:
            if fd is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    continue  # another process still reads it
            shutil.rmtree(stale, ignore_errors=True)
            removed.append(stale.name)
        finally:
            if fd is not None:
                os.close(fd)
    for tmp in [*root.glob(f"{CURRENT}.tmp*"), *root.glob(f"{MANIFEST}.tmp*")]:
        tmp.unlink(missing_ok=True)
    return removed


# ---- opening --------------------------------------------------------------------------------------
@dataclass
class Generation:
    """One generation of a knowledge base directory, opened: its store, the embedder its vectors
    were made with, and the lease that keeps it from being pruned while it is open."""

    root: Path  # the knowledge base directory
    name: str  # "gen-000001"
    store: Store
    embedder: Embedder
    lease: GenerationLease | None = field(default=None, repr=False)

    @property
    def dir(self) -> Path:
        return self.root / self.name

    def close(self) -> None:
        self.store.close()
        if self.lease is not None:
            self.lease.release()


def open_generation(
    root: Path, embedder: str | None = None, loaded: Embedder | None = None
) -> Generation:
    """The live generation of ``root``, leased; ``embedder`` must match the one it was built
    with (``loaded`` is reused when it is that one).  Never creates or changes anything but the
    lease: a knowledge base that cannot be read raises ``KnowledgeBaseError`` saying what is
    wrong and which command repairs it."""
    root = Path(root)
    if not exists(root):
        raise _missing(root)
    name, lease = GenerationLease.take(root)
    try:
        db = root / name / DB_NAME
        if not db.exists():
            raise KnowledgeBaseError(
                f"{db} is missing: `kgsearch build --replace --kb {root} PATH...` builds a new "
                "knowledge base"
            )
        store = _open_store(root, db)
        try:
            emb = _embedder_for(root, store.meta(), embedder, loaded)
        except BaseException:
            store.close()
            raise
        return Generation(root, name, store, emb, lease)
    except BaseException:
        lease.release()
        raise


def _open_store(root: Path, db: Path) -> Store:
    try:
        return Store(db)
    except sqlite3.DatabaseError as e:
        raise KnowledgeBaseError(
            f"{db} cannot be read ({e}): `kgsearch build --replace --kb {root} PATH...` "
            "replaces the knowledge base"
        ) from None


def _embedder_for(
    root: Path, meta: dict[str, str], wanted: str | None, loaded: Embedder | None = None
) -> Embedder:
    """The embedder a store was built with, checked against the schema and what was asked."""
    if int(meta.get("schema_version", 0)) != SCHEMA_VERSION:
        raise KnowledgeBaseError(
            f"{root} was built with storage schema {meta.get('schema_version')}, this "
            f"version reads {SCHEMA_VERSION}: rebuild it with "
            f"`kgsearch build --replace --kb {root} PATH...`"
        )
    built_with = meta.get("embedder", DEFAULT_EMBEDDER)
    if wanted and wanted != built_with:
        raise EmbedderError(
            f"{root} was built with embedder {built_with!r}, not {wanted!r}: open it "
            f"without --embedder, or rebuild it with `kgsearch build --replace --embedder "
            f"{wanted}`"
        )
    emb = loaded if loaded is not None and loaded.id == built_with else load_embedder(built_with)
    if emb.dim != int(meta.get("dim", emb.dim)):
        raise EmbedderError(
            f"embedder {built_with!r} gives {emb.dim}-d vectors but {root} "
            f"holds {meta.get('dim')}-d ones: rebuild the knowledge base"
        )
    return emb


def write_manifest(gen: Generation, counts: dict[str, int], revision: int) -> None:
    """manifest.json beside the generations, replaced atomically (best effort: it is for
    people and tools, never read back)."""
    meta = gen.store.meta()
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "embedder": gen.embedder.id,
        "dim": gen.embedder.dim,
        "generation": gen.name,
        "created": meta.get("created"),
        "updated": now(),
        "revision": revision,
        "counts": counts,
    }
    tmp = gen.root / f"{MANIFEST}.tmp{os.getpid()}"
    try:
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
        os.replace(tmp, gen.root / MANIFEST)
    except OSError as e:
        # the manifest is for people and tools; the knowledge base is whole without it
        tmp.unlink(missing_ok=True)
        log.warning("could not write %s (%s); `kgsearch check --repair` writes it", MANIFEST, e)
