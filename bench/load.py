"""A bounded load against `kgsearch serve` on loopback: concurrent clients for a fixed time,
mixed /api/search and /api/ask, some with bad input.  Reports requests/s, p50/p99 latency and
the error count (any 5xx is a failure).

    python bench/load.py --kb data/kb --clients 8 --seconds 60
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUERIES = [
    "Claude를 개발한 회사는?",
    "앤스로픽을 설립한 사람은 누구인가요?",
    "앤스로픽에 투자한 기업은?",
    "오픈AI는 언제 설립되었나요?",
    "클로드 만든 곳",
    "Anthropic 창업자",
    "테슬라의 CEO는?",
    "폐쇄형 모델이란 무엇인가요?",
    "Who invested in Anthropic?",
    "GPT-4 Turbo에 통합된 모델은?",
]
BAD = [
    ("/api/search", {"q": ""}),
    ("/api/search", {"q": "가" * 1001}),
    ("/api/search", {"q": "앤스로픽", "k": "0"}),
    ("/api/graph", {"format": "csv"}),
    ("/api/entities/없는회사", {}),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", default=str(ROOT / "data" / "kb"))
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--threads", type=int, default=8, help="server worker threads")
    ap.add_argument(
        "--unique",
        action="store_true",
        help="make every query text new (defeats the server's query-vector cache)",
    )
    args = ap.parse_args(argv)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "web.cli",
            "serve",
            "--kb",
            args.kb,
            "--port",
            str(port),
            "--threads",
            str(args.threads),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            print("server did not start", file=sys.stderr)
            return 1
        lat: list[float] = []
        status: dict[int, int] = {}
        lock = threading.Lock()
        deadline = time.time() + args.seconds

        def client(seed: int) -> None:
            rnd = random.Random(seed)
            while time.time() < deadline:
                if rnd.random() < 0.1:
                    path, params = rnd.choice(BAD)
                else:
                    path = rnd.choice(["/api/search", "/api/ask"])
                    q = rnd.choice(QUERIES)
                    if args.unique:
                        q = f"{q} {rnd.randrange(10**9)}"
                    params = {"q": q}
                url = base + urllib.parse.quote(path) + "?" + urllib.parse.urlencode(params)
                t = time.perf_counter()
                try:
                    with urllib.request.urlopen(url, timeout=30) as r:
                        r.read()
                        code = r.status
                except urllib.error.HTTPError as e:
                    e.read()
                    code = e.code
                except OSError:
                    code = 599
                ms = (time.perf_counter() - t) * 1000
                with lock:
                    lat.append(ms)
                    status[code] = status.get(code, 0) + 1

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        t0 = time.time()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.time() - t0
        lat.sort()
        p = lambda q: lat[min(len(lat) - 1, int(len(lat) * q))]  # noqa: E731
        errors = sum(n for c, n in status.items() if c >= 500)
        print(
            json.dumps(
                {
                    "clients": args.clients,
                    "seconds": round(wall, 1),
                    "requests": len(lat),
                    "requests_per_s": round(len(lat) / wall, 1),
                    "p50_ms": round(p(0.5), 1),
                    "p99_ms": round(p(0.99), 1),
                    "status": dict(sorted(status.items())),
                    "server_errors": errors,
                },
                indent=1,
            )
        )
        return 1 if errors else 0
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
