"""Cold `kgsearch build` of the default corpus (data/): each run a fresh process into a new
directory, the page cache warm (the first run of each version is thrown away: the "second cold
process").  With ``--old`` the runs alternate between that checkout and this one, and the
knowledge bases they build are compared (analyses, sentences, vectors: a speed change must not
change them).  Prints wall and CPU seconds with the load average before each run.

    python bench/coldstart.py [--old /tmp/old-checkout] [-n 5] [data/]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_BUILD = "import sys; from web.cli import main; sys.exit(main())"


def build_once(code: Path, corpus: Path, kb: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, every thread) of one `kgsearch build`."""
    shutil.rmtree(kb, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(code)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _BUILD, "build", "--quiet", "--kb", str(kb), str(corpus)],
        cwd=code,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"the build of {code} failed: {done.stderr.strip()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def fingerprint(kb: Path) -> dict[str, str]:
    """A hash of each stored table that a build's result is: analyses, sentences, vectors."""
    db = sqlite3.connect(next(kb.glob("gen-*/kb.sqlite")))
    queries = {
        "documents": "SELECT id, title, content_hash, analysis FROM documents ORDER BY id",
        "sentences": "SELECT id, doc_id, text, terms, text_hash FROM sentences ORDER BY id",
        "embeddings": "SELECT model, text_hash, vector FROM embeddings ORDER BY text_hash",
    }
    out = {
        name: hashlib.sha1(repr(db.execute(q).fetchall()).encode()).hexdigest()
        for name, q in queries.items()
    }
    db.close()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT / "data")
    ap.add_argument("--old", type=Path, help="a checkout of the version to compare with")
    ap.add_argument("-n", type=int, default=5, help="timed runs of each version")
    args = ap.parse_args(argv)
    versions = {"new": ROOT} | ({"old": args.old.resolve()} if args.old else {})
    work = Path(tempfile.mkdtemp(prefix="coldstart-"))
    times: dict[str, list[tuple[float, float, float]]] = {v: [] for v in versions}
    try:
        for run in range(args.n + 1):
            order = list(versions) if run % 2 == 0 else list(reversed(versions))
            for name in order:
                load = os.getloadavg()[0]
                wall, cpu = build_once(versions[name], args.corpus.resolve(), work / name)
                if run > 0:  # the first run of each warms the page cache
                    times[name].append((wall, cpu, load))
                    print(f"{name} run {run}: {wall:.2f} s wall, {cpu:.2f} s CPU, load {load:.1f}")
        for name, rows in times.items():
            print(
                f"{name}: median {statistics.median(r[0] for r in rows):.2f} s wall, "
                f"{statistics.median(r[1] for r in rows):.2f} s CPU over {len(rows)} runs, load "
                f"{min(r[2] for r in rows):.1f}-{max(r[2] for r in rows):.1f}"
            )
        if args.old:
            same = fingerprint(work / "new") == fingerprint(work / "old")
            print("analyses, sentences and vectors:", "the same" if same else "DIFFERENT")
            return 0 if same else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
