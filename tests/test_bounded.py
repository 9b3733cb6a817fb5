"""Issue 15, finding 3: bounded work per request.  A query is measured in the model's tokens;
long queries share a budget of embedding work and the ones that do not fit are refused (503,
Retry-After) instead of holding every server thread; a document over the sentence budget of
one request is ingested as a background job whose progress GET /api/jobs/<id> reports.
(Latency under load is measured by bench/load.py, not here.)"""

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
from pathlib import Path

import pytest
from live_server import ROOT, Server

from web import create_app
from web.access import Exposure

SEED = ROOT / "data" / "openai-anthropic.txt"


def long_korean(chars: int, seed: int = 0) -> str:
    """Korean text of the seed article, ``chars`` long, different for each seed (so that no
    vector is remembered)."""
    text = SEED.read_text(encoding="utf-8").replace("\n", " ")
    start = (seed * 37) % (len(text) - chars)
    return text[start : start + chars]


@pytest.fixture()
def app(kb_copy):
    return create_app(kb=kb_copy, exposure=Exposure())


# ---- the query budget in model tokens ------------------------------------------------------------
# under the 1,000-character limit, over what the model reads: dates and Latin names cost tokens
DENSE = ("오픈AI가 GPT-4o를 2024년 5월 13일에 공개했다. " * 30)[:1000]


def test_a_query_over_512_model_tokens_is_a_clear_400(app, seed_kb):
    q = DENSE
    assert len(q) <= 1000 and seed_kb.embedder.query_tokens(q) > 512
    client = app.test_client()
    for route in ("/api/search", "/api/ask"):
        r = client.get(route, query_string={"q": q})
        assert r.status_code == 400 and "model tokens" in r.get_json()["error"], r.get_json()
    r = client.get("/", query_string={"q": q})
    assert r.status_code == 400 and "model tokens" in r.get_data(as_text=True)


def test_the_command_line_says_so_in_one_line(seed_kb_path):
    r = subprocess.run(
        [sys.executable, "-m", "web.cli", "search", "--kb", str(seed_kb_path), DENSE],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 2 and "model tokens" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_query_cost_is_zero_once_the_vector_is_remembered(seed_kb):
    q = "리벨리온 아톰 칩 개발 " + str(time.time())
    assert seed_kb.query_cost(q) > 5
    seed_kb.search(q, k=1)
    assert seed_kb.query_cost(q) == 0


# ---- long queries share a budget ------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(seed_kb_path, tmp_path_factory):
    kb_dir = tmp_path_factory.mktemp("bounded") / "kb"
    shutil.copytree(seed_kb_path, kb_dir)
    s = Server(kb_dir)
    yield s
    s.stop()


def test_long_queries_beyond_the_budget_are_refused_and_short_ones_flow(server):
    """Six long, never-seen queries at once: one embeds, two wait, three are refused at once
    with Retry-After; a question asked meanwhile is answered while the long ones still run."""
    question = "/api/ask?" + urllib.parse.urlencode({"q": "Claude를 개발한 회사는?"})
    assert server.request("GET", question)[0] == 200  # its vector is now remembered
    answers: list[tuple[int, float, str | None]] = []

    def long_query(i: int) -> None:
        q = long_korean(700, seed=i + 1)
        url = f"http://127.0.0.1:{server.port}/api/search?" + urllib.parse.urlencode({"q": q})
        try:
            with urllib.request.urlopen(url, timeout=300) as r:
                answers.append((r.status, time.monotonic(), None))
        except urllib.error.HTTPError as e:
            answers.append((e.code, time.monotonic(), e.headers.get("Retry-After")))

    threads = [threading.Thread(target=long_query, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 60
    while sum(1 for s, _, _ in answers if s == 503) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    status, _ = server.request("GET", question)
    answered_at = time.monotonic()
    for t in threads:
        t.join()
    refused = [a for a in answers if a[0] == 503]
    assert status == 200
    assert len(refused) >= 3 and all(int(a[2]) >= 1 for a in refused), answers
    assert any(a[0] == 200 for a in answers), answers  # the budget still admits one at a time
    # the question did not queue behind the long queries: at least one finished after it
    assert any(a[0] == 200 and a[1] > answered_at for a in answers), answers


# ---- large documents are jobs ----------------------------------------------------------------------
ARTICLE = SEED.read_text(encoding="utf-8")


def test_a_document_over_the_sentence_budget_is_a_job_with_progress(app):
    jobs = app.extensions["kgsearch.jobs"]
    jobs.sync_sentences = 10  # the seed article (about 40 sentences) is then large
    client = app.test_client()
    body = {"id": "big-news", "title": "큰 문서", "text": ARTICLE.replace("OpenAI", "오픈에이아이")}
    r = client.post("/api/documents", json=body)
    assert r.status_code == 202, r.get_json()
    job = r.get_json()
    assert r.headers["Location"] == f"/api/jobs/{job['id']}" and job["documents"] == ["big-news"]
    seen, deadline = set(), time.time() + 300
    while job["status"] in ("queued", "running") and time.time() < deadline:
        time.sleep(0.1)
        job = client.get(r.headers["Location"]).get_json()
        if job["status"] == "running":
            seen.add(job["stage"])
            assert 0 <= job["done"] <= job["total"] or job["total"] == 0
    assert job["status"] == "done" and job["created"] == ["big-news"], job
    assert seen  # progress was reported while it ran
    assert "big-news" in app.extensions["kgsearch"].document_ids()
    assert client.get("/api/jobs/no-such-job").status_code == 404


def test_jobs_queue_is_bounded_and_small_writes_do_not_wait_long(app):
    jobs = app.extensions["kgsearch.jobs"]
    jobs.sync_sentences, jobs.write_wait, jobs.small_writes_wait = 10, 0.2, 0.2
    client = app.test_client()
    with jobs.writing():  # the writer's turn is taken, as by a job that runs for minutes
        statuses = [
            client.post("/api/documents", json={"id": "big-0", "text": ARTICLE}).status_code
        ]
        # the worker takes the first job off the queue (and waits for the turn) before the others
        # are posted: without this wait the race made the third refused and the fourth queued
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any(
            j.to_dict()["status"] == "running" for j in list(jobs._jobs.values())
        ):
            time.sleep(0.02)
        statuses += [
            client.post("/api/documents", json={"id": f"big-{i}", "text": ARTICLE}).status_code
            for i in range(1, 4)
        ]
        # the first is taken by the worker (which waits for the turn), two wait, one is refused
        small = client.post("/api/documents", json={"id": "small", "text": "리벨리온은 회사다."})
        delete = client.delete("/api/documents/openai-anthropic")
    assert statuses == [202, 202, 202, 503], (statuses, [j.to_dict() for j in jobs._jobs.values()])
    for r in (small, delete):
        assert r.status_code == 503 and int(r.headers["Retry-After"]) >= 1, r.get_json()
    assert "openai-anthropic" in app.extensions["kgsearch"].document_ids()


def test_a_small_write_waits_behind_small_writes_but_not_behind_a_job():
    """Small writes queue for the turn (each takes seconds); behind a running job (minutes) a
    small write is refused after ``write_wait``, with Retry-After."""

    from search.ingest import SourceDocument
    from web.admission import Busy
    from web.jobs import Jobs

    release = threading.Event()

    def ingest(docs, on_progress=None):
        release.wait(30)
        return type("Report", (), {"created": []})()

    jobs = Jobs(ingest=ingest, write_wait=0.3, small_writes_wait=30)
    holder = threading.Thread(target=lambda: _hold(jobs, 1.0))
    holder.start()
    time.sleep(0.1)
    t = time.monotonic()
    with jobs.writing():  # behind a small write: waits its turn
        waited = time.monotonic() - t
    holder.join()
    assert waited > 0.5
    job = jobs.submit([SourceDocument("big", "업스테이지는 솔라를 개발했다.")])
    while jobs.get(job.id).status != "running":
        time.sleep(0.02)
    time.sleep(0.1)
    t = time.monotonic()
    with pytest.raises(Busy, match="large document") as refused:
        with jobs.writing():
            pass
    assert time.monotonic() - t < 5 and refused.value.retry_after >= 1
    release.set()


def _hold(jobs, seconds: float) -> None:
    with jobs.writing():
        time.sleep(seconds)


def test_a_job_that_fails_says_why(app):
    jobs = app.extensions["kgsearch.jobs"]
    jobs.sync_sentences = 1
    text = "업스테이지는 솔라를 개발했다.\n" * 3 + "\ud800"
    job = jobs.submit([__import__("search").ingest.SourceDocument("bad", text)])
    deadline = time.time() + 60
    while jobs.get(job.id).status in ("queued", "running") and time.time() < deadline:
        time.sleep(0.05)
    assert jobs.get(job.id).status == "failed" and "surrogate" in jobs.get(job.id).error


def test_jobs_to_dict_is_the_schema():
    from web.jobs import Job
    from web.schema import JobStatus

    assert JobStatus.model_validate(Job("1-x", ["a"]).to_dict()).status == "queued"
    assert json.loads(JobStatus.model_validate(Job("1-x", ["a"]).to_dict()).model_dump_json())


# ---- jobs run in a child process ---------------------------------------------------------------------
def many_sentences(n: int, seed: int) -> str:
    """``n`` short Korean sentences, one a line, none seen before (no vector is remembered)."""
    return "\n".join(
        f"업스테이지는 {seed}년 {i % 12 + 1}월 솔라 {seed}.{i} 버전을 서울에서 공개했다."
        for i in range(n)
    )


def ingest_children(kb_dir: Path) -> list[int]:
    """Pids of this process's children that run a job's ingestion into ``kb_dir``."""
    pids = []
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text().split():
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue  # it ended meanwhile
            if cmdline.rstrip(b"\0").split(b"\0")[-2:] == [
                b"web.ingest_child",
                str(kb_dir).encode(),
            ]:
                pids.append(int(pid))
    return pids


def wait_for(client, job: dict, until, seconds: float = 300) -> dict:
    deadline = time.time() + seconds
    while not until(job) and time.time() < deadline:
        time.sleep(0.05)
        job = client.get(f"/api/jobs/{job['id']}").get_json()
    return job


def test_a_job_whose_process_is_killed_fails_and_writes_nothing(app):
    """kill -9 of the job's process halfway through its analysis: the job is "failed" and says
    so, the knowledge base is as it was, and the next write goes through (the writer lock died
    with the process)."""
    if not Path("/proc/self/task").is_dir():
        pytest.skip("finding the job's process needs Linux /proc")
    kb = app.extensions["kgsearch"]
    before = (kb.document_ids(), kb.stats())
    client = app.test_client()
    r = client.post("/api/documents", json={"id": "big", "text": many_sentences(3000, 1)})
    assert r.status_code == 202, r.get_json()

    def analysing(j: dict) -> bool:
        return j["stage"].startswith("analyse") or j["status"] not in ("queued", "running")

    job = wait_for(client, r.get_json(), analysing)
    assert job["status"] == "running" and job["done"] < job["total"], job  # halfway, not done
    (child,) = ingest_children(kb.path)
    # it yields the CPU to requests (unless something outside reniced this whole process tree,
    # as a landing script may: then the test process itself runs below nice 0)
    assert os.getpriority(os.PRIO_PROCESS, child) == 19 or os.getpriority(os.PRIO_PROCESS, 0) < 0
    os.kill(child, signal.SIGKILL)
    job = wait_for(client, job, lambda j: j["status"] not in ("queued", "running"), 60)
    assert job["status"] == "failed", job
    assert "killed by signal 9 (SIGKILL)" in job["error"], job
    assert "nothing of this job was written" in job["error"], job
    kb.refresh()
    assert (kb.document_ids(), kb.stats()) == before
    r = client.post("/api/documents", json={"id": "small", "text": "리벨리온은 아톰을 개발했다."})
    assert r.status_code == 201, r.get_json()
    assert "small" in kb.document_ids() and "big" not in kb.document_ids()


@pytest.mark.parametrize(
    "moment, written",
    [("stored-document", False), ("stored", True)],  # inside the transaction; after its commit
)
def test_a_job_process_that_dies_while_writing_leaves_none_or_all(
    app, monkeypatch, moment, written
):
    """The child dies by SIGKILL inside its write transaction, or just after the commit (the
    crash points of search.crashpoints): the knowledge base never holds half a document, and
    the job's error says which of the two it is."""
    monkeypatch.setenv(
        "KGSEARCH_CRASH_AT", moment
    )  # the child inherits it; this process never ingests
    kb = app.extensions["kgsearch"]
    before = kb.stats()
    text = many_sentences(240, 2)
    client = app.test_client()
    r = client.post("/api/documents", json={"id": "big", "text": text})
    assert r.status_code == 202, r.get_json()
    job = wait_for(client, r.get_json(), lambda j: j["status"] not in ("queued", "running"))
    assert job["status"] == "failed" and "killed by signal 9" in job["error"], job
    if written:
        assert "after it had written all of this job's documents" in job["error"], job
        doc = client.get("/api/documents/big").get_json()
        assert doc["text"] == text and len(doc["sentences"]) == 240, len(doc["sentences"])
    else:
        assert "nothing of this job was written" in job["error"], job
        assert "big" not in kb.document_ids() and kb.stats() == before
