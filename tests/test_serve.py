"""`kgsearch serve` and `make run` as a user starts them: the port they are told, and a clear
message with a way out when that port is taken."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import ROOT
from live_server import free_port


def _wait_healthy(base: str, proc: subprocess.Popen, seconds: float = 300) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited {proc.returncode}: {proc.stdout.read()}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("the server did not answer /healthz")


def test_busy_port_is_one_clear_line_with_a_way_out(seed_kb_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "web.cli",
                "serve",
                "--kb",
                str(seed_kb_path),
                "--port",
                str(port),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert f"port {port} on 127.0.0.1 is already in use" in lines[0]
    assert "--port " in lines[0] and "make run PORT=" in lines[0]
    assert "serving" not in proc.stderr and "Traceback" not in proc.stderr


def test_bad_port_and_host_are_bad_usage(seed_kb_path):
    for extra, message in (
        (["--port", "70000"], "--port must be from 0 to 65535"),
        (["--host", "no-such-host.invalid"], "is not an address of this machine"),
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "web.cli", "serve", "--kb", str(seed_kb_path), *extra],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 2 and message in proc.stderr, proc.stderr


def test_make_run_serves_on_the_port_given(seed_kb_path):
    if not shutil.which("make") or not (ROOT / ".venv" / "bin" / "kgsearch").exists():
        pytest.skip("make run needs make and the project's .venv (make test creates it)")
    port = free_port()
    proc = subprocess.Popen(
        ["make", "-s", "run", f"PORT={port}", f"KB={seed_kb_path}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # make and the server it starts stop together below
    )
    try:
        _wait_healthy(f"http://127.0.0.1:{port}", proc)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    assert f"serving {seed_kb_path} on http://127.0.0.1:{port}" in out


def test_serving_limits_the_thread_pools_numpy_and_faiss_already_started():
    """`serve` is reached after numpy and FAISS have loaded (importing the CLI loads them), so
    setting $OMP_NUM_THREADS there is too late for their pools; each request must still use
    one core (with two-thread pools, eight request threads on two cores served 12 requests/s
    instead of 83 once a 5,000-sentence document was in the knowledge base)."""
    probe = (
        "import numpy, faiss, web.cli, threadpoolctl\n"
        "before = max(p['num_threads'] for p in threadpoolctl.threadpool_info())\n"
        "from web.cli_serve import one_thread_per_request\n"
        "one_thread_per_request()\n"
        "after = sorted({p['num_threads'] for p in threadpoolctl.threadpool_info()})\n"
        "print(before, after)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout.split(maxsplit=1)
    if int(out[0]) < 2:
        pytest.skip("one core here: the pools start with one thread anyway")
    assert out[1].strip() == "[1]"
