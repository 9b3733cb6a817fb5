"""``kgsearch check``: what is wrong with a knowledge base directory, and with ``repair`` the
derivable parts made again.

The SQLite database is the source of truth: it is checked (``PRAGMA integrity_check``, its
tables and meta) but only its indexes can be rebuilt here; a damaged table is named with the
command that rebuilds the knowledge base from its files.  Everything else is derived from it and
repaired: a CURRENT pointer that names no generation of this directory (or a path outside it),
files a killed writer left (``CURRENT.tmp*``, ``*.tmp<pid>``), a document analysis that cannot
be read (made again from the document's text, or from its stored sentences), vectors of the
wrong length or not finite (embedded again), a FAISS index or manifest that does not match
(written again).

>>> import tempfile
>>> from search import KnowledgeBase
>>> kb = KnowledgeBase.build([], path=tempfile.mkdtemp() + "/kb")
>>> kb.add_text("업스테이지는 솔라를 개발했다.", doc_id="news-1")
'news-1'
>>> check(kb.path).ok
True
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import check_store
from .errors import KnowledgeBaseError
from .store import DB_NAME
from .writer_lock import process_alive

__all__ = ["CheckReport", "Finding", "check"]

_GENERATION = re.compile(r"gen-\d{6}")
#: files a writer writes beside their final name and renames; a killed one leaves them
_TEMPORARY = ("CURRENT.tmp*", "manifest.json.tmp*", "gen-*/*.tmp*")


@dataclass
class Finding:
    """One thing wrong: where, what, and what repairs it (and whether it was repaired)."""

    where: str  # a path relative to the knowledge base, or "document 'x'"
    problem: str
    repair: str  # what --repair does, or the command that fixes it
    derivable: bool  # --repair can make it again
    repaired: bool = False

    def line(self) -> str:
        state = "repaired: " if self.repaired else ("--repair: " if self.derivable else "fix: ")
        return f"{self.where}: {self.problem} ({state}{self.repair})"


@dataclass
class CheckReport:
    root: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Nothing is wrong (any more)."""
        return all(f.repaired for f in self.findings)

    def add(self, *args, **kwargs) -> Finding:
        f = Finding(*args, **kwargs)
        self.findings.append(f)
        return f


def check(root: str | os.PathLike, repair: bool = False) -> CheckReport:
    """Check the knowledge base at ``root``; with ``repair``, make again what is derivable."""
    root = Path(root)
    report = CheckReport(root)
    if not root.is_dir():
        report.add(str(root), "no such directory", f"`kgsearch build --kb {root} PATH...`", False)
        return report
    _temporary_files(root, report, repair)
    name = _current(root, report, repair)
    if name is None:
        return report
    db_path = root / name / DB_NAME
    db = check_store.database(root, db_path, report, repair)
    if db is None:
        return report
    try:
        meta = dict(db.execute("SELECT key, value FROM meta"))
        dim = int(meta.get("dim", 0))
        model = meta.get("embedder", "")
        if check_store.undecodable_text(root, db, report):
            return report
        broken_docs = check_store.analyses(db, report)
        broken_vectors = check_store.vectors(db, model, dim, report)
    finally:
        db.close()
    _derived_files(root, name, report)
    if repair and (broken_docs or broken_vectors):
        _repair_store(root, name, broken_docs, broken_vectors, report)
    if repair and any(f.derivable and not f.repaired for f in report.findings):
        _rederive(root, name, report)
    return report


# ---- the directory -----------------------------------------------------------------------------
def _temporary_files(root: Path, report: CheckReport, repair: bool) -> None:
    for pattern in _TEMPORARY:
        for tmp in sorted(root.glob(pattern)):
            pid = _pid_of(tmp.name)
            if pid is not None and pid != os.getpid() and process_alive(pid):
                continue  # a writer at work right now
            f = report.add(
                str(tmp.relative_to(root)), "left by a writer that did not finish", "removed", True
            )
            if repair:
                tmp.unlink(missing_ok=True)
                f.repaired = True


def _pid_of(name: str) -> int | None:
    m = re.search(r"\.tmp(\d+)$", name)
    return int(m.group(1)) if m else None


def _healthy_generations(root: Path) -> list[str]:
    """Generations whose database passes the integrity check, newest first."""
    out = []
    for gen in sorted(root.glob("gen-*"), reverse=True):
        if gen.is_dir() and _GENERATION.fullmatch(gen.name) and (gen / DB_NAME).is_file():
            try:
                db = check_store.connect(gen / DB_NAME)
                ok = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                ok = ok and check_store.missing_tables(db) == []
                db.close()
            except sqlite3.DatabaseError:
                ok = False
            if ok:
                out.append(gen.name)
    return out


def _current(root: Path, report: CheckReport, repair: bool) -> str | None:
    """The live generation's name once CURRENT is sound (or repaired), else None."""
    try:
        name = (root / "CURRENT").read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        name = None
    problem = None
    if name is None:
        problem = "missing"
    elif not _GENERATION.fullmatch(name):
        problem = f"names {name[:80]!r}, which is not a generation of this knowledge base"
    elif not (root / name / DB_NAME).is_file():
        problem = f"names {name}, which holds no {DB_NAME}"
    if problem is None:
        return name
    healthy = _healthy_generations(root)
    if not healthy:
        report.add("CURRENT", problem, f"`kgsearch build --replace --kb {root} PATH...`", False)
        return None
    f = report.add(
        "CURRENT", problem, f"pointed at {healthy[0]}, the newest sound generation", True
    )
    if not repair:
        return None
    tmp = root / f"CURRENT.tmp{os.getpid()}"
    tmp.write_text(healthy[0] + "\n")
    os.replace(tmp, root / "CURRENT")
    f.repaired = True
    return healthy[0]


def _derived_files(root: Path, name: str, report: CheckReport) -> None:
    gen = root / name
    index, stamp = gen / "vectors.faiss", gen / "vectors.stamp"
    if index.exists():
        try:
            import faiss

            faiss.read_index(str(index))
        except (RuntimeError, OSError) as e:
            report.add(str(index.relative_to(root)), f"cannot be read ({e})", "built again", True)
    elif stamp.exists():
        report.add(str(stamp.relative_to(root)), "names an index that is gone", "removed", True)
    manifest = root / "manifest.json"
    try:
        ok = isinstance(json.loads(manifest.read_text(encoding="utf-8")), dict)
    except (OSError, ValueError):
        ok = False
    if not ok:
        report.add("manifest.json", "missing or not a JSON object", "written again", True)


# ---- repairing -----------------------------------------------------------------------------------
def _repair_store(
    root: Path, name: str, docs: list[str], hashes: list[str], report: CheckReport
) -> None:
    """Analyse the broken documents again and embed the broken vectors, in the store itself."""
    from .embedders import load_embedder
    from .ingest import SourceDocument
    from .pipeline import ingest
    from .store import Store

    store = Store(root / name / DB_NAME)
    try:
        meta = store.meta()
        embedder = load_embedder(meta.get("embedder"))
        db = store._db  # the repair reads rows the Store API has no method for
        if hashes:
            texts = dict(
                db.execute(
                    f"SELECT text_hash, text FROM sentences WHERE text_hash IN "
                    f"({','.join('?' * len(hashes))})",
                    hashes,
                )
            )
            vectors = embedder.embed_passages([texts[h] for h in hashes])
            with store.transaction():
                store.put_vectors(embedder.id, dict(zip(hashes, vectors)))
        rebuilt = []
        for doc_id in docs:
            title, source, raw = db.execute(
                "SELECT title, source, analysis FROM documents WHERE id=?", (doc_id,)
            ).fetchone()
            text = _text_of(raw) or "\n".join(
                t
                for (t,) in db.execute(
                    "SELECT text FROM sentences WHERE doc_id=? ORDER BY rowid", (doc_id,)
                )
            )
            with store.transaction():
                store.delete_document(doc_id)
            rebuilt.append(SourceDocument(doc_id, text, title, source))
        if rebuilt:
            ingest(store, embedder, rebuilt)
    finally:
        store.close()
    for f in report.findings:
        if f.derivable and (f.where.startswith("document ") or f.where == DB_NAME):
            f.repaired = True


def _text_of(raw: str) -> str | None:
    """The document's text from a damaged analysis, when it still holds it."""
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    text = value.get("text") if isinstance(value, dict) else None
    return text if isinstance(text, str) and text.strip() else None


def _rederive(root: Path, name: str, report: CheckReport) -> None:
    """The FAISS index and the manifest, made again by opening the knowledge base."""
    from .kb import KnowledgeBase
    from .snapshot import forget_vector_index

    forget_vector_index(root / name)
    try:
        kb = KnowledgeBase.open(root)
    except KnowledgeBaseError as e:
        report.add(str(root), f"still cannot be opened ({e})", "see above", False)
        return
    try:
        kb.write_manifest()
    finally:
        kb.close()
    for f in report.findings:
        if f.derivable:
            f.repaired = True
