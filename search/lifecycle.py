"""The life of a knowledge base directory: generations, the CURRENT pointer, the manifest.

Layout::

    CURRENT            name of the live generation (replaced atomically)
    manifest.json      schema version, embedder, counts, build time (for people and tools)
    gen-000001/        kb.sqlite (the source of truth) and vectors.faiss (derived)

``build_generation`` writes a new generation beside the old one and switches CURRENT only when
it is complete, so a crash at any moment leaves the previous knowledge base intact; the old
generation is removed afterwards (``prune``).  Incremental changes are SQLite transactions in
the live generation.  Everything that decides which generation is live, or changes the
directory, belongs here (and so do the locks that serialise writers across processes).
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .crashpoints import crash_point
from .embedders import DEFAULT_EMBEDDER, Embedder, EmbedderError, load_embedder
from .errors import KnowledgeBaseError
from .ingest import SourceDocument
from .pipeline import IngestReport, analysis_fingerprint, ingest
from .store import DB_NAME, SCHEMA_VERSION, Store

__all__ = [
    "DEFAULT_PATH",
    "Generation",
    "build_generation",
    "current_generation",
    "now",
    "open_generation",
    "prune",
    "write_manifest",
]

DEFAULT_PATH = "data/kb"
CURRENT = "CURRENT"
MANIFEST = "manifest.json"

log = logging.getLogger(__name__)


@dataclass
class Generation:
    """The live generation of a knowledge base directory, opened: its store and the embedder
    its vectors were made with."""

    root: Path  # the knowledge base directory
    name: str  # "gen-000001"
    store: Store
    embedder: Embedder

    @property
    def dir(self) -> Path:
        return self.root / self.name


def now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def current_generation(root: Path) -> str | None:
    """The name in CURRENT, or None when the directory holds no knowledge base yet."""
    try:
        name = (root / CURRENT).read_text().strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return name or None


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


def _previous_store(root: Path, name: str | None) -> Store | None:
    """The live generation's store, read for vectors a new build can reuse; None when there is
    none or it cannot be read (the build then embeds everything)."""
    if not name or not (root / name / DB_NAME).exists():
        return None
    try:
        return Store(root / name / DB_NAME)
    except sqlite3.Error as e:
        log.warning("not reusing vectors of %s: %s", root / name, e)
        return None


def build_generation(
    root: Path,
    docs: list[SourceDocument],
    embedder: Embedder,
    progress: bool = False,
    ingest=ingest,
) -> tuple[str, IngestReport]:
    """Ingest ``docs`` into a new generation and make it the live one; returns its name.
    ``ingest`` is the engine: ``pipeline.ingest`` here, ``distributed.ingest`` on Ray."""
    root.mkdir(parents=True, exist_ok=True)
    old = current_generation(root)
    name = _next_generation(root)
    shutil.rmtree(root / name, ignore_errors=True)
    (root / name).mkdir()
    store = Store(root / name / DB_NAME)
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
    return name, report


def prune(root: Path, keep: str) -> None:
    """Remove every generation but ``keep`` (the old ones a build left behind)."""
    for stale in root.glob("gen-*"):
        if stale.name != keep:
            shutil.rmtree(stale, ignore_errors=True)


def open_generation(root: Path, embedder: str | None = None) -> Generation:
    """The live generation of ``root``; ``embedder`` must match the one it was built with."""
    name = current_generation(root)
    if name is None or not (root / name / DB_NAME).exists():
        raise KnowledgeBaseError(
            f"no knowledge base at {root}: build one with `kgsearch build --kb {root} "
            "data/` (or KnowledgeBase.build)"
        )
    store = Store(root / name / DB_NAME)
    try:
        return Generation(root, name, store, _embedder_for(root, store.meta(), embedder))
    except (KnowledgeBaseError, EmbedderError):
        store.close()
        raise


def _embedder_for(root: Path, meta: dict[str, str], wanted: str | None) -> Embedder:
    """The embedder a store was built with, checked against the schema and what was asked."""
    if int(meta.get("schema_version", 0)) != SCHEMA_VERSION:
        raise KnowledgeBaseError(
            f"{root} was built with storage schema {meta.get('schema_version')}, this "
            f"version reads {SCHEMA_VERSION}: rebuild it with `kgsearch build --kb {root} ...`"
        )
    built_with = meta.get("embedder", DEFAULT_EMBEDDER)
    if wanted and wanted != built_with:
        raise EmbedderError(
            f"{root} was built with embedder {built_with!r}, not {wanted!r}: open it "
            f"without --embedder, or rebuild it with `kgsearch build --embedder {wanted}`"
        )
    emb = load_embedder(built_with)
    if emb.dim != int(meta.get("dim", emb.dim)):
        raise EmbedderError(
            f"embedder {built_with!r} gives {emb.dim}-d vectors but {root} "
            f"holds {meta.get('dim')}-d ones: rebuild the knowledge base"
        )
    return emb


def write_manifest(gen: Generation, counts: dict[str, int]) -> None:
    """manifest.json beside the generations, replaced atomically."""
    meta = gen.store.meta()
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "embedder": gen.embedder.id,
        "dim": gen.embedder.dim,
        "generation": gen.name,
        "created": meta.get("created"),
        "updated": now(),
        "revision": int(meta.get("revision", 0)),
        "counts": counts,
    }
    tmp = gen.root / f"{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
    os.replace(tmp, gen.root / MANIFEST)
