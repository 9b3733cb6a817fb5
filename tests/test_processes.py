"""Several processes on one knowledge base, as a user runs them: a real `kgsearch serve` beside
`kgsearch add`, `remove`, `build` and `sync` in other processes.  Each test is one of the
sequences that used to lose documents, answer 500 or replace a knowledge base (issue 14)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import GOLD, ROOT, SEED
from live_server import free_port

from search import KnowledgeBase

NEWS = "리벨리온은 2020년 설립된 한국의 AI 반도체 스타트업이다. 리벨리온은 아톰 칩을 개발했다."
ARTICLES = ("ai-chips", "korean-llms", "mistral-gemini")
#: a change made by another process is served within this many seconds (interfaces.md)
WITHIN = 1.0


def cli(*args: str, kb: Path | None = None, cwd: Path | None = None, check: bool = True):
    cmd = [sys.executable, "-m", "web.cli", *args, *(["--kb", str(kb)] if kb else [])]
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"kgsearch {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
    return proc


def cli_background(*args: str, kb: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "web.cli", *args, "--kb", str(kb)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


class Server:
    """A `kgsearch serve` process and a tiny HTTP client for it that records every status."""

    def __init__(self, proc: subprocess.Popen, port: int):
        self.proc, self.base = proc, f"http://127.0.0.1:{port}"
        self.statuses: list[int] = []

    def request(self, method: str, path: str, body: dict | None = None, **params):
        url = self.base + path + ("?" + urllib.parse.urlencode(params) if params else "")
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                status, raw = resp.status, resp.read()
        except urllib.error.HTTPError as e:
            status, raw = e.code, e.read()
        self.statuses.append(status)
        ctype = "json" if raw[:1] in (b"{", b"[") else "text"
        return status, json.loads(raw) if ctype == "json" else raw.decode("utf-8")

    def get(self, path: str, **params):
        return self.request("GET", path, **params)

    def documents(self) -> set[str]:
        """The ids of the documents the server holds (read from the graph export, whose
        document nodes carry them)."""
        status, body = self.get("/api/graph", format="json")
        assert status == 200, body
        return {n["doc_id"] for n in body["nodes"] if n.get("kind") == "document"}

    def wait_until(self, condition, seconds: float) -> float:
        """Seconds until ``condition()`` held; fails after ``seconds``."""
        t = time.monotonic()
        while True:
            if condition():
                return time.monotonic() - t
            if time.monotonic() - t > seconds:
                raise AssertionError(f"not seen within {seconds} s")
            time.sleep(0.05)

    def server_errors(self) -> list[int]:
        return [s for s in self.statuses if s >= 500]


@contextmanager
def serving(kb: Path | None = None, cwd: Path | None = None, *extra: str):
    port = free_port()
    args = [sys.executable, "-m", "web.cli", "serve", "--port", str(port), *extra]
    if kb is not None:
        args += ["--kb", str(kb)]
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    env.pop("KGSEARCH_TOKEN", None)
    proc = subprocess.Popen(
        args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    server = Server(proc, port)
    try:
        deadline = time.monotonic() + 300
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"serve exited {proc.returncode}: {proc.stderr.read()}")
            try:
                if server.get("/healthz")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            if time.monotonic() > deadline:
                raise AssertionError("serve did not start")
            time.sleep(0.2)
        yield server
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture()
def seed_copy(seed_kb_path, tmp_path) -> Path:
    dst = tmp_path / "kb"
    shutil.copytree(seed_kb_path, dst)
    return dst


def _corpus(folder: Path, names=ARTICLES, seed: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(GOLD / f"{name}.txt", folder / f"{name}.txt")
    if seed:
        shutil.copy(SEED, folder / "openai-anthropic.txt")
    return folder


def _generations(kb: Path) -> list[str]:
    return sorted(p.name for p in kb.glob("gen-*"))


def _page_answer(server: Server, question: str) -> str:
    status, html = server.get("/", q=question)
    assert status == 200
    return html


# ---- a writer in another process is seen within a second ------------------------------------------
def test_cli_add_and_remove_are_served_within_a_second(seed_copy, tmp_path):
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    with serving(seed_copy) as server:
        assert "리벨리온" not in _page_answer(server, "아톰을 개발한 회사는?")
        cli("add", "--quiet", str(news), kb=seed_copy)
        seen = server.wait_until(lambda: "news" in server.documents(), WITHIN)
        assert "리벨리온" in _page_answer(server, "아톰을 개발한 회사는?")
        cli("remove", "news", kb=seed_copy)
        gone = server.wait_until(lambda: "news" not in server.documents(), WITHIN)
        assert "리벨리온" not in _page_answer(server, "아톰을 개발한 회사는?")
        assert not server.server_errors()
    print(f"add seen after {seen:.2f} s, remove after {gone:.2f} s")


# ---- a build beside a running server ------------------------------------------------------------------
def test_build_beside_a_server_switches_it_over_and_writes_keep_working(seed_copy, tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    with serving(seed_copy) as server:
        status, body = server.request("POST", "/api/documents", {"id": "api-1", "text": NEWS})
        assert status == 201, body
        # a build that would drop the API's document refuses and names it
        refused = cli("build", "--quiet", str(corpus), kb=seed_copy, check=False)
        assert refused.returncode == 1 and "api-1" in refused.stderr
        assert "--replace" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
        assert "api-1" in server.documents()
        old = _generations(seed_copy)
        cli("build", "--quiet", "--replace", str(corpus), kb=seed_copy)
        expected = {"openai-anthropic", *ARTICLES}
        server.wait_until(lambda: server.documents() == expected, 5 * WITHIN)
        # the server's writes land in the new generation, searchable at once
        status, body = server.request("POST", "/api/documents", {"id": "api-2", "text": NEWS})
        assert status == 201, body
        status, hits = server.get("/api/search", q="아톰 칩", k=3)
        # the corpus's ai-chips article is about 아톰 too: the new document is found, not first
        assert status == 200 and "api-2" in {h["doc_id"] for h in hits["hits"]}
        status, _ = server.request("DELETE", "/api/documents/api-2")
        assert status == 200 and "api-2" not in server.documents()
        # the generation the server read before is gone once it let go of it
        server.wait_until(lambda: not set(old) & set(_generations(seed_copy)), 5 * WITHIN)
        assert len(_generations(seed_copy)) == 1
        assert not server.server_errors(), server.statuses
    assert KnowledgeBase.open(seed_copy).document_ids() == sorted(expected)


def test_add_beside_a_build_waits_for_it_and_keeps_its_document(seed_copy, tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    # enough text that the build still holds the lock when the add (a fresh process) asks for it
    for path in sorted((GOLD / "news").glob("*.txt")):
        shutil.copy(path, corpus / path.name)
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    build = cli_background("build", "--quiet", "--replace", str(corpus), kb=seed_copy)
    deadline = time.monotonic() + 300
    # LOCK names its holder: this build's pid (a name alone may be left from an earlier build)
    while f"{build.pid} kgsearch build" not in (seed_copy / "LOCK").read_text():
        assert build.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    add = cli("add", "--quiet", str(news), kb=seed_copy, check=False)
    assert build.wait(timeout=600) == 0, build.stderr.read()
    assert add.returncode == 0 and "Traceback" not in add.stderr, add.stderr
    assert "waiting for another process" in add.stderr
    kb = KnowledgeBase.open(seed_copy)
    assert set(kb.document_ids()) == {"news", *(p.stem for p in corpus.glob("*.txt"))}
    assert "news" in {h.doc_id for h in kb.search("아톰 칩", k=3)}  # ai-chips is about 아톰 too


def _write_lock_held(kb: Path) -> bool:
    """Whether some process holds the knowledge base's write lock (its LOCK file's flock)."""
    import fcntl

    try:
        fd = os.open(kb / "LOCK", os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def test_two_builds_half_a_second_apart_take_turns(tmp_path):
    kb = tmp_path / "kb"
    first = cli_background("build", "--quiet", str(_corpus(tmp_path / "a", ARTICLES[:1])), kb=kb)
    # the second starts once the first holds the write lock (on a loaded machine the first
    # process may need more than half a second to get there, and then the second, which drops
    # what the first built, would go first and the first would refuse the foreign documents)
    deadline = time.monotonic() + 60
    while first.poll() is None and not _write_lock_held(kb) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    second = cli_background(
        "build", "--quiet", "--replace", str(_corpus(tmp_path / "b", ARTICLES[1:])), kb=kb
    )
    assert first.wait(timeout=600) == 0, first.stderr.read()
    assert second.wait(timeout=600) == 0, second.stderr.read()
    assert (kb / (kb / "CURRENT").read_text().strip() / "kb.sqlite").exists()
    assert _generations(kb) == [(kb / "CURRENT").read_text().strip()]
    for _ in range(4):  # every command works afterwards
        stats = json.loads(cli("stats", "--json", kb=kb).stdout)
        assert stats["documents"] == 3


# ---- nothing is replaced that cannot be read ------------------------------------------------------------
def _break(kb: Path, how: str) -> None:
    gen = kb / (kb / "CURRENT").read_text().strip()
    if how == "schema":
        with sqlite3.connect(gen / "kb.sqlite") as db:
            db.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    elif how == "current-moved":
        (kb / "CURRENT").write_text("gen-999999\n")
    elif how == "no-database":
        (gen / "kb.sqlite").rename(gen / "kb.sqlite.away")


def _tree(kb: Path) -> dict[str, object]:
    """What a knowledge base directory holds: every file, SQLite databases by their content
    (opening one may fold its write-ahead log into it, which changes bytes, not content)."""
    out: dict[str, object] = {}
    for p in sorted(kb.rglob("*")):
        if not p.is_file() or p.name in {"LOCK", "READERS"} or p.name.endswith(("-shm", "-wal")):
            continue
        if p.name == "kb.sqlite":
            with sqlite3.connect(f"file:{p}?mode=ro", uri=True) as db:
                out[str(p.relative_to(kb))] = list(db.iterdump())
        else:
            out[str(p.relative_to(kb))] = p.read_bytes()
    return out


@pytest.mark.parametrize("how", ["schema", "current-moved", "no-database"])
def test_add_serve_and_build_leave_an_unreadable_base_as_it_is(seed_copy, tmp_path, how):
    _break(seed_copy, how)
    before = _tree(seed_copy)
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    add = cli("add", "--quiet", str(news), kb=seed_copy, check=False)
    # exit 2: a knowledge base that cannot be opened is bad input (docs/interfaces.md)
    assert add.returncode == 2 and "Traceback" not in add.stderr
    assert len(add.stderr.strip().splitlines()) == 1 and "kgsearch build --replace" in add.stderr
    # serve from a folder with data/ reports it too, and builds nothing
    shutil.copytree(ROOT / "data", tmp_path / "site" / "data", ignore=shutil.ignore_patterns("kb"))
    shutil.copytree(seed_copy, tmp_path / "site" / "data" / "kb")
    site_kb = tmp_path / "site" / "data" / "kb"
    serve = subprocess.run(
        [sys.executable, "-m", "web.cli", "serve", "--port", str(free_port())],
        cwd=tmp_path / "site",
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert serve.returncode == 2 and "kgsearch build --replace" in serve.stderr
    assert len(serve.stderr.strip().splitlines()) == 1, serve.stderr
    assert _tree(site_kb) == before
    # build refuses without --replace
    build = cli("build", "--quiet", str(SEED), kb=seed_copy, check=False)
    assert build.returncode == 1 and "--replace" in build.stderr
    assert _tree(seed_copy) == before
    cli("build", "--quiet", "--replace", str(SEED), kb=seed_copy)
    assert KnowledgeBase.open(seed_copy).document_ids() == ["openai-anthropic"]


# ---- make run / serve never drops a document ------------------------------------------------------------
def test_serve_again_syncs_data_and_keeps_api_documents(tmp_path):
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    shutil.copy(SEED, site / "data" / "openai-anthropic.txt")
    with serving(None, site) as server:  # no knowledge base yet: serve builds one from data/
        status, _ = server.request("POST", "/api/documents", {"id": "api-1", "text": NEWS})
        assert status == 201
    shutil.copy(GOLD / "ai-chips.txt", site / "data" / "ai-chips.txt")
    with serving(None, site) as server:  # data/ changed: synced in, the API's document kept
        assert server.documents() == {"openai-anthropic", "ai-chips", "api-1"}
        assert not server.server_errors()
    # the Makefile's `run` is the same command with the paths spelled out
    makefile = (ROOT / "Makefile").read_text()
    assert "kgsearch serve --kb $(KB) --data data " in makefile
    assert "kgsearch build --kb $(KB) data/" in makefile
