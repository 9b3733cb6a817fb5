"""`ask` latency of two versions of the code, paired: the same knowledge base, the same
questions, asked in turn (old, new, new, old, ...) by two worker processes, one question at a
time, so that both see the same machine load.  Prints p50/p95/p99 of each and how many answers
differ (a speed change must not change answers).

    python bench/ask_paired.py --old /tmp/old-checkout --korquad KorQuAD_v1.0_dev.json \\
        --split test --kb bench/out/korquad-test [-n 600]

``--old`` is a checkout of the other version (``git archive REV | tar -x -C DIR``); the new one
is this checkout.  Each question is new to the process's query cache (as in bench/query.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_WORKER = """
import json, sys, time
from pathlib import Path
from search import KnowledgeBase
kb = KnowledgeBase.open(Path(sys.argv[1]))
kb.ask("워밍업 질문")
print("ready", flush=True)
for line in sys.stdin:
    q = json.loads(line)
    kb.embedder.forget_queries()
    t = time.perf_counter()
    a = kb.ask(q)
    ms = (time.perf_counter() - t) * 1000
    print(json.dumps({"ms": ms, "answer": a.answer, "confidence": a.confidence,
                      "method": a.method}, ensure_ascii=False), flush=True)
"""


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * q))]


def worker(code: Path, kb: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(code)}
    env.pop("OMP_WAIT_POLICY", None)  # each version loads its engine as it does by itself
    proc = subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(kb)],
        cwd=code,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit(f"the worker of {code} did not start")
    return proc


def ask(proc: subprocess.Popen, question: str) -> dict:
    proc.stdin.write(json.dumps(question, ensure_ascii=False) + "\n")
    proc.stdin.flush()
    return json.loads(proc.stdout.readline())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", required=True, type=Path, help="checkout of the other version")
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument("--split", choices=["dev", "test"], default="test")
    ap.add_argument("--kb", required=True, type=Path)
    ap.add_argument("-n", type=int, default=600)
    ap.add_argument("--dump", type=Path, help="write each question's pair of results here")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    from corpora import korquad_paragraphs

    paragraphs = korquad_paragraphs(args.korquad, args.split)
    questions = [q.question for p in paragraphs for q in p.questions][: args.n]
    procs = {"old": worker(args.old.resolve(), args.kb), "new": worker(ROOT, args.kb)}
    results: dict[str, list[dict]] = {"old": [], "new": []}
    for i, q in enumerate(questions):
        for name in ("old", "new") if i % 2 == 0 else ("new", "old"):
            results[name].append(ask(procs[name], q))
    for proc in procs.values():
        proc.stdin.close()
        proc.wait()
    differ = [
        i
        for i, (a, b) in enumerate(zip(results["old"], results["new"]))
        if (a["answer"], a["confidence"], a["method"])
        != (b["answer"], b["confidence"], b["method"])
    ]
    print(f"{len(questions)} questions, {len(differ)} answers differ between old and new")
    print("| code | p50 | p95 | p99 | max |\n| --- | --- | --- | --- | --- |")
    for name, rows in results.items():
        ms = [r["ms"] for r in rows]
        print(
            f"| {name} | {pct(ms, 0.5):.1f} ms | {pct(ms, 0.95):.1f} ms | {pct(ms, 0.99):.1f} ms "
            f"| {max(ms):.1f} ms |"
        )
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for q, a, b in zip(questions, results["old"], results["new"]):
                f.write(json.dumps({"q": q, "old": a, "new": b}, ensure_ascii=False) + "\n")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
