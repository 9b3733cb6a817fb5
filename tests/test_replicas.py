"""Read replicas: two `kgsearch serve` processes on one knowledge base directory, as a user puts
them behind a load balancer, while a writer in a third process adds documents.  At every
revision both replicas give the same answers, and neither fails a request meanwhile (README,
"Read replicas")."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from conftest import ROOT

NEWS = [
    (
        "news-chip",
        "리벨리온은 2020년 설립된 한국의 AI 반도체 스타트업이다. 리벨리온은 아톰 칩을 개발했다.",
    ),
    ("news-llm", "업스테이지는 경기도 용인에 있는 AI 회사다. 업스테이지는 솔라를 개발했다."),
]
QUESTIONS = ("아톰을 개발한 회사는?", "솔라를 개발한 회사는?", "클로드를 개발한 회사는?")
#: a replica serves another process's change within this many seconds (README; generous
#: because the test machine is shared)
WITHIN = 30.0


def _env() -> dict:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    env.pop("KGSEARCH_TOKEN", None)
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Replica:
    """One `kgsearch serve` process, read over HTTP; remembers every status it answered."""

    def __init__(self, proc: subprocess.Popen, port: int):
        self.proc, self.base = proc, f"http://127.0.0.1:{port}"
        self.statuses: list[int] = []

    def get(self, path: str, **params):
        url = self.base + path + ("?" + urllib.parse.urlencode(params) if params else "")
        try:
            with urllib.request.urlopen(url, timeout=120) as resp:
                status, raw = resp.status, resp.read()
        except urllib.error.HTTPError as e:
            status, raw = e.code, e.read()
        self.statuses.append(status)
        return status, json.loads(raw)

    def revision(self) -> int:
        status, stats = self.get("/api/stats")
        assert status == 200, stats
        return stats["revision"]

    def view(self) -> dict:
        """What a client sees of the knowledge base at the revision the replica serves, with
        that revision; None when the revision changed while it was read."""
        before = self.revision()
        seen = {"stats": self.get("/api/stats")[1]}
        for q in QUESTIONS:
            seen[f"search {q}"] = self.get("/api/search", q=q, k=5)[1]
            seen[f"ask {q}"] = self.get("/api/ask", q=q)[1]
        seen["documents"] = self.get("/api/documents")[1]
        return seen if self.revision() == before else None


@contextmanager
def replica(kb: Path):
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "web.cli", "serve", "--kb", str(kb), "--port", str(port)],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    server = Replica(proc, port)
    try:
        deadline = time.monotonic() + 300
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"serve exited {proc.returncode}: {proc.stderr.read()}")
            try:
                with urllib.request.urlopen(server.base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)
        yield server
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _writer_revision(kb: Path) -> int:
    proc = subprocess.run(
        [sys.executable, "-m", "web.cli", "stats", "--json", "--kb", str(kb)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["revision"]


def _same_view(replicas: list[Replica], revision: int) -> list[dict]:
    """Both replicas' views once each serves ``revision`` (waiting for them to pick it up)."""
    views = []
    for r in replicas:
        deadline = time.monotonic() + WITHIN
        while True:
            if r.revision() == revision:
                view = r.view()
                if view is not None:
                    break
            assert time.monotonic() < deadline, f"{r.base} did not serve revision {revision}"
            time.sleep(0.1)
        views.append(view)
    return views


@pytest.fixture()
def kb(seed_kb_path, tmp_path) -> Path:
    dst = tmp_path / "kb"
    shutil.copytree(seed_kb_path, dst)
    return dst


def test_two_replicas_answer_identically_while_a_writer_adds(kb, tmp_path):
    with ExitStack() as stack:
        replicas = [stack.enter_context(replica(kb)) for _ in range(2)]
        first = _same_view(replicas, _writer_revision(kb))
        assert first[0] == first[1]

        # clients keep asking both replicas while the writer works: no request may fail
        stop = threading.Event()

        def ask_forever(r: Replica) -> None:
            while not stop.is_set():
                r.get("/api/ask", q=QUESTIONS[0])

        askers = [threading.Thread(target=ask_forever, args=(r,)) for r in replicas]
        for t in askers:
            t.start()
        try:
            revisions = []
            for doc_id, text in NEWS:
                path = tmp_path / f"{doc_id}.txt"
                path.write_text(text, encoding="utf-8")
                subprocess.run(
                    [sys.executable, "-m", "web.cli", "add", "--quiet", str(path), "--kb", str(kb)],
                    check=True,
                    env=_env(),
                    capture_output=True,
                    timeout=600,
                )
                revision = _writer_revision(kb)
                views = _same_view(replicas, revision)
                assert views[0] == views[1], f"the replicas differ at revision {revision}"
                revisions.append(revision)
                ids = {d["id"] for d in views[0]["documents"]["documents"]}
                assert doc_id in ids
        finally:
            stop.set()
            for t in askers:
                t.join(timeout=120)

        assert revisions[0] > first[0]["stats"]["revision"] and revisions[1] > revisions[0]
        # the added facts are answered, the same way, by both
        status, answer = replicas[1].get("/api/ask", q="아톰을 개발한 회사는?")
        assert status == 200 and "리벨리온" in json.dumps(answer, ensure_ascii=False)
        for r in replicas:
            assert all(s < 500 for s in r.statuses), r.statuses
