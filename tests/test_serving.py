"""Issue 15 against the real server (`kgsearch serve`, waitress on a loopback port): where it
may listen, bodies refused before they are read, slow clients cut off, a dual-stack socket's
IPv4 client counted as loopback, parallel updates of one id answered consistently."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time

import pytest
from live_server import Server


@pytest.fixture(scope="module")
def server(seed_kb_path, tmp_path_factory):
    kb_dir = tmp_path_factory.mktemp("serving") / "kb"
    shutil.copytree(seed_kb_path, kb_dir)
    s = Server(kb_dir, "--read-timeout", "2")
    yield s
    s.stop()


def raw_exchange(port: int, head: bytes, wait: float = 10.0) -> tuple[bytes, float]:
    """Send ``head`` and read until the server closes; (what it answered, seconds taken)."""
    t = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(head)
        chunks = []
        try:
            while chunk := s.recv(65536):
                chunks.append(chunk)
        except (ConnectionResetError, TimeoutError):
            pass
    return b"".join(chunks), time.perf_counter() - t


# ---- finding 3: bodies and slow clients ------------------------------------------------------------
def test_an_oversized_body_is_refused_from_its_content_length(server):
    head = (
        b"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n"
    )
    answer, seconds = raw_exchange(server.port, head)
    status_line, _, rest = answer.partition(b"\r\n")
    assert b" 413 " in status_line, answer[:300]
    body = rest.split(b"\r\n\r\n", 1)[1]
    assert "MB" in json.loads(body)["error"]
    assert seconds < 5  # answered without waiting for 200 MB that never comes


def test_a_chunked_body_is_cut_off_at_the_limit(server):
    head = (
        b"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"x" * (1024 * 1024)
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(head)
        answer = b""
        try:
            for _ in range(20):
                s.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        try:
            while part := s.recv(65536):
                answer += part
        except (ConnectionResetError, TimeoutError):
            pass
    assert b" 413 " in answer.partition(b"\r\n")[0], answer[:300]


def test_a_short_body_with_a_long_content_length_is_dropped_after_the_read_timeout(server):
    head = (
        b"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text": "ab'
    )
    answer, seconds = raw_exchange(server.port, head, wait=60)
    assert answer == b"" and seconds < 10, (answer[:200], seconds)


def test_a_trickling_client_is_dropped_after_the_read_timeout(server):
    t = time.perf_counter()
    with socket.create_connection(("127.0.0.1", server.port), timeout=60) as s:
        s.sendall(b"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        closed = False
        for _ in range(60):
            try:
                s.sendall(b"X-Slow: 1\r\n")
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
            time.sleep(0.5)
    assert closed and time.perf_counter() - t < 15


def test_the_server_keeps_answering_after_hostile_clients(server):
    status, body = server.request("GET", "/healthz")
    assert status == 200 and body == {"status": "ok"}


# ---- finding 7 on a real socket ----------------------------------------------------------------------
def test_parallel_updates_of_one_id_answer_consistently(server):
    """Five writers race to create one id: one creates it (201), four update it (200)."""
    results = []

    def post(i: int) -> None:
        text = f"리벨리온은 아톰 칩 {i}세대를 개발했다.".encode()
        results.append(
            server.request(
                "POST",
                "/api/documents",
                body=b'{"id": "race", "text": "' + text + b'"}',
                headers={"Content-Type": "application/json"},
                timeout=120,
            )
        )

    threads = [threading.Thread(target=post, args=(i,)) for i in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = sorted(s for s, _ in results)
    assert statuses == [200, 200, 200, 200, 201], results
    assert sorted(b["updated"] for _, b in results) == [False, True, True, True, True]


def test_a_dual_stack_socket_counts_its_ipv4_loopback_client(seed_kb_path, tmp_path):
    kb_dir = tmp_path / "kb"
    shutil.copytree(seed_kb_path, kb_dir)
    s = Server(kb_dir, "--host", "::", "--insecure-no-token")
    try:
        status, body = s.request(
            "POST",
            "/api/documents",
            body=json.dumps({"id": "v4", "text": "리벨리온은 아톰 칩을 개발했다."}).encode(),
            headers={"Content-Type": "application/json"},
        )
        assert status == 201, body  # the peer is ::ffff:127.0.0.1
    finally:
        s.stop()
    assert "WARNING" in s.proc.stderr.read()


# ---- where it may listen -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args, env, message",
    [
        (["--port", "99999"], {}, "--port must be from 0 to 65535, not 99999"),
        (["--port", "-1"], {}, "--port must be from 0 to 65535"),
        (["--host", "0.0.0.0"], {}, "refusing to serve on 0.0.0.0"),
        (["--host", "::"], {}, "without KGSEARCH_TOKEN"),
        ([], {"KGSEARCH_TOKEN": ""}, "KGSEARCH_TOKEN is set but empty"),
        (["--host", "no-such-host.invalid"], {}, "is not an address of this machine"),
        (["--read-timeout", "0"], {}, "--read-timeout must be"),
    ],
)
def test_unsafe_or_impossible_serving_refuses_to_start(tmp_path, args, env, message):
    environ = {k: v for k, v in os.environ.items() if k != "KGSEARCH_TOKEN"}
    r = subprocess.run(
        [sys.executable, "-m", "web.cli", "serve", "--kb", str(tmp_path / "none"), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**environ, **env},
        timeout=60,
    )
    assert r.returncode == 2 and message in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
