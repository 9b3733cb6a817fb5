"""Read replicas: two `kgsearch serve` processes on one knowledge base directory, as a user puts
them behind a load balancer, while a writer in a third process adds documents.  At every state
of the knowledge base both replicas give the same answers, and neither fails a request meanwhile
(README, "Read replicas").

A replica serves another process's change once it has read it: by itself within a second where
the server watches the directory (its ``/api/stats`` then says which ``revision`` it serves),
else after a restart, which this test then does once the writer is done, one replica at a time,
as a rolling deploy would."""

from __future__ import annotations

import json
import os
import shutil
import signal
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
from live_server import free_port

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

    def state(self) -> tuple:
        """Which state of the knowledge base this replica serves: its revision where it says,
        else its counts."""
        status, stats = self.get("/api/stats")
        assert status == 200, stats
        return _state(stats)

    def view(self) -> dict | None:
        """What a client sees of the knowledge base; None when the state changed while it was
        read."""
        before = self.state()
        seen = {"stats": self.get("/api/stats")[1]}
        for q in QUESTIONS:
            seen[f"search {q}"] = self.get("/api/search", q=q, k=5)[1]
            seen[f"ask {q}"] = self.get("/api/ask", q=q)[1]
        seen["documents"] = self.get("/api/documents")[1]
        return seen if self.state() == before else None


def _state(stats: dict) -> tuple:
    if "revision" in stats:
        return ("revision", stats["revision"])
    return ("counts", stats["documents"], stats["sentences"], stats["relations"])


@contextmanager
def replica(kb: Path):
    port = free_port()
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


def _writer_state(kb: Path) -> tuple:
    proc = subprocess.run(
        [sys.executable, "-m", "web.cli", "stats", "--json", "--kb", str(kb)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return _state(json.loads(proc.stdout))


def _views_at(replicas: list[Replica], state: tuple, seconds: float) -> list[dict]:
    """Both replicas' views once each serves ``state``; fails after ``seconds``."""
    views = []
    for r in replicas:
        deadline = time.monotonic() + seconds
        while True:
            if r.state() == state:
                view = r.view()
                if view is not None:
                    break
            assert time.monotonic() < deadline, f"{r.base} does not serve {state}"
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
        start = _writer_state(kb)
        first = _views_at(replicas, start, WITHIN)
        assert first[0] == first[1]
        watching = start[0] == "revision"  # the servers pick up other processes' changes

        # clients keep asking both replicas while the writer works: no request may fail
        stop = threading.Event()

        refused = []  # requests to a replica while it restarts (a load balancer skips it)

        def ask_forever(i: int) -> None:
            while not stop.is_set():
                try:
                    replicas[i].get("/api/ask", q=QUESTIONS[0])
                except OSError as e:
                    refused.append(e)
                    time.sleep(0.1)

        askers = [threading.Thread(target=ask_forever, args=(i,)) for i in range(len(replicas))]
        for t in askers:
            t.start()
        states = [start]
        try:
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
                states.append(_writer_state(kb))
                if watching:
                    views = _views_at(replicas, states[-1], WITHIN)
                else:  # still the state they read at start, both
                    views = _views_at(replicas, start, WITHIN)
                assert views[0] == views[1], f"the replicas differ at {views[0]['stats']}"
            if not watching:
                # a rolling restart: one replica at a time, the other keeps answering
                for i in range(len(replicas)):
                    replicas[i].proc.send_signal(signal.SIGTERM)
                    replicas[i].proc.wait(timeout=60)
                    old = replicas[i].statuses
                    replicas[i] = stack.enter_context(replica(kb))
                    replicas[i].statuses[:0] = old
                views = _views_at(replicas, states[-1], WITHIN)
                assert views[0] == views[1], f"the replicas differ at {states[-1]}"
            assert {d for d, _ in NEWS} <= {d["id"] for d in views[0]["documents"]["documents"]}
        finally:
            stop.set()
            for t in askers:
                t.join(timeout=120)

        assert len(set(states)) == len(states)  # every add made a new state
        if watching:
            assert not refused, refused[:3]
        # the added facts are answered, the same way, by both
        status, answer = replicas[1].get("/api/ask", q="아톰을 개발한 회사는?")
        assert status == 200 and "리벨리온" in json.dumps(answer, ensure_ascii=False)
        for r in replicas:
            assert r.statuses and all(s < 500 for s in r.statuses), r.statuses
