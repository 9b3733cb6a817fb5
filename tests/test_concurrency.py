"""Many processes on one knowledge base at once, for a bounded time: a real `kgsearch serve`, CLI
`add`, `remove` and `build` processes, a Python program writing through the API, and reader
threads; then writers killed with SIGKILL at random moments (seeded).  Nothing acknowledged is
lost, no request fails, every response reads one revision."""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import ROOT, SEED
from test_processes import cli, serving

from search import KnowledgeBase
from search.lifecycle import current_generation

#: how long writers and readers run side by side
SECONDS = 45.0


def _text(name: str) -> str:
    """A document of exactly two sentences that only its own id's token finds."""
    return f"{name} 문서는 동시성 시험을 위해 쓰였다. 이 글은 시험 토큰 {name}을 담고 있다."


class _Ledger:
    """What writers were told: documents acknowledged as added, and removed."""

    def __init__(self):
        self.lock = threading.Lock()
        self.added: set[str] = set()
        self.removed: set[str] = set()
        # removals begun but not acknowledged: a writer killed inside one may have committed it
        self.removing: set[str] = set()
        self.failures: list[str] = []

    def expected(self) -> set[str]:
        return self.added - self.removed - self.removing


WRITER = r"""
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from search import KnowledgeBase
corpus, kb = Path({corpus!r}), KnowledgeBase.open({kb!r})
print("ready", flush=True)
i, held, end = 0, [], time.monotonic() + {seconds}
# at least MIN_ADDS documents however slow the machine is (a shared machine can be very slow)
while time.monotonic() < end or i < {min_adds}:
    name = f"{prefix}{{i}}"
    i += 1
    (corpus / f"{{name}}.txt").write_text({text!r}.replace("NAME", name), encoding="utf-8")
    kb.add_file(corpus / f"{{name}}.txt")
    print("added", name, flush=True)
    held.append(name)
    if i % 3 == 0:
        gone = held.pop(0)
        (corpus / f"{{gone}}.txt").unlink()
        print("removing", gone, flush=True)
        kb.remove(gone)
        print("removed", gone, flush=True)
"""


def _python_writer(
    kb: Path, corpus: Path, seconds: float, prefix: str = "py", min_adds: int = 0
) -> subprocess.Popen:
    code = WRITER.format(
        min_adds=min_adds,
        root=str(ROOT),
        corpus=str(corpus),
        kb=str(kb),
        seconds=seconds,
        text=_text("NAME"),
        prefix=prefix,
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _acks(out: str, ledger: _Ledger) -> None:
    for line in out.splitlines():
        verb, _, name = line.partition(" ")
        if verb == "added":
            ledger.added.add(name)
        elif verb == "removed":
            ledger.removed.add(name)
        elif verb == "removing":
            ledger.removing.add(name)


def test_server_cli_writers_and_readers_side_by_side(seed_kb_path, tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(seed_kb_path, kb)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "openai-anthropic.txt")
    seed_sentences = KnowledgeBase.open(kb).stats()["sentences"]
    ledger = _Ledger()
    stop = threading.Event()
    inconsistent: list[dict] = []
    builds: list[int] = []

    def adder():
        i = 0
        while not stop.is_set():
            name = f"cli{i}"
            i += 1
            (corpus / f"{name}.txt").write_text(_text(name), encoding="utf-8")
            proc = cli("add", "--quiet", str(corpus / f"{name}.txt"), kb=kb, check=False)
            with ledger.lock:
                if proc.returncode == 0:
                    ledger.added.add(name)
                else:
                    ledger.failures.append(f"add {name}: {proc.stderr}")

    def remover():
        while not stop.is_set():
            with ledger.lock:
                candidates = sorted(n for n in ledger.added - ledger.removed if n.startswith("cli"))
            if not candidates:
                time.sleep(0.5)
                continue
            name = candidates[0]
            with ledger.lock:
                ledger.removed.add(name)  # from now on it must be gone at the end
            (corpus / f"{name}.txt").unlink()
            proc = cli("remove", name, kb=kb, check=False)
            # a build that read the folder after the file went may have dropped it already
            if proc.returncode != 0 and "no document with id" not in proc.stderr:
                ledger.failures.append(f"remove {name}: {proc.stderr}")

    def builder():
        while not stop.wait(8.0):
            proc = cli("build", "--quiet", "--replace", str(corpus), kb=kb, check=False)
            builds.append(proc.returncode)
            if proc.returncode != 0:
                ledger.failures.append(f"build: {proc.stderr}")

    with serving(kb) as server:

        def reader(n: int):
            rng = random.Random(n)
            while not stop.is_set():
                status, body = server.get("/api/stats")
                if status == 200 and not (
                    body["sentences"] == body["index_size"]
                    and body["sentences"] == seed_sentences + 2 * (body["documents"] - 1)
                ):
                    inconsistent.append(body)
                name = f"cli{rng.randrange(40)}"
                server.get("/api/search", q=f"시험 토큰 {name}", k=5)
                server.get("/", q="Claude를 개발한 회사는?")

        writer = _python_writer(kb, corpus, SECONDS, min_adds=6)
        threads = [threading.Thread(target=f) for f in (adder, remover, builder)]
        threads += [threading.Thread(target=reader, args=(n,)) for n in range(3)]
        for t in threads:
            t.start()
        out, err = writer.communicate(timeout=SECONDS + 600)
        stop.set()
        for t in threads:
            t.join(timeout=900)
        assert writer.returncode == 0, err[-2000:]
        _acks(out, ledger)
        expected = {"openai-anthropic", *ledger.expected()}
        server.wait_until(lambda: server.documents() == expected, 2.0)
        assert not server.server_errors(), sorted(set(server.statuses))
        assert len(server.statuses) > 100
    assert not ledger.failures, ledger.failures[:3]
    assert not inconsistent, inconsistent[:2]
    assert builds and all(rc == 0 for rc in builds)
    assert set(KnowledgeBase.open(kb).document_ids()) == expected
    assert len(ledger.added) >= 7 and ledger.removed
    print(
        f"{len(ledger.added)} added, {len(ledger.removed)} removed, {len(builds)} builds, "
        f"{len(server.statuses)} requests"
    )


# ---- kill -9 at random moments --------------------------------------------------------------------
def _integrity(kb: Path) -> str:
    db = kb / current_generation(kb) / "kb.sqlite"
    with sqlite3.connect(db) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def test_kill_9_of_writers_at_random_moments(seed_kb_path, tmp_path):
    """20 writers (a Python program adding and removing, or a CLI build) killed by SIGKILL at a
    moment drawn from a seeded generator: the knowledge base opens every time, its database is
    intact, and every document whose add returned is there (every removal that returned, gone)."""
    kb = tmp_path / "kb"
    shutil.copytree(seed_kb_path, kb)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "openai-anthropic.txt")
    rng = random.Random(14)
    ledger = _Ledger()
    kinds = []
    for trial in range(20):
        if trial % 5 == 4:
            kinds.append("build")
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "web.cli",
                    "build",
                    "--quiet",
                    "--replace",
                    "--kb",
                    str(kb),
                    str(corpus),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.5, 12.0))
        else:
            kinds.append("writer")
            proc = _python_writer(kb, corpus, 600, prefix=f"t{trial}-")
            assert proc.stdout.readline().strip() == "ready"
            if trial % 2:  # half the writers are killed after their first add returned
                line = proc.stdout.readline()
                assert line.startswith("added"), line
                _acks(line, ledger)
            time.sleep(rng.uniform(0.0, 6.0))
        proc.send_signal(signal.SIGKILL)
        out = proc.communicate()[0] if proc.stdout else ""
        _acks(out or "", ledger)
        # a writer killed between writing a file and adding it leaves the file: the next build
        # brings it in, so it counts as neither acknowledged nor removed
        opened = KnowledgeBase.open(kb)
        held = set(opened.document_ids())
        assert _integrity(kb) == "ok"
        assert ledger.expected() <= held, (trial, sorted(ledger.expected() - held))
        assert not (ledger.removed & held - {p.stem for p in corpus.glob("*.txt")}), trial
        stats = opened.stats()
        assert stats["sentences"] == stats["index_size"]
        opened.close()
    assert kinds.count("build") == 4 and ledger.added
    print(json.dumps({"added": len(ledger.added), "removed": len(ledger.removed)}))
