"""In-process query latency of `search` and `ask` on a KorQuAD knowledge base that
bench/retrieval.py builds (bench/out/korquad-dev or korquad-test), over that half's questions
(each text new: the question cache is cleared before every call).

    python bench/query.py --korquad ../shared/data/KorQuAD_v1.0_dev.json [--split test] [-n 500]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpora import korquad_paragraphs  # noqa: E402

from search import KnowledgeBase  # noqa: E402


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * q))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--kb", type=Path, help="default: bench/out/korquad-SPLIT")
    ap.add_argument("-n", type=int, default=500)
    args = ap.parse_args(argv)
    args.kb = args.kb or ROOT / "bench" / "out" / f"korquad-{args.split}"
    if not (args.kb / "CURRENT").exists():
        ap.error(
            f"no knowledge base at {args.kb}: bench/retrieval.py --split {args.split} builds it"
        )
    paragraphs = korquad_paragraphs(args.korquad, args.split)
    questions = [q.question for p in paragraphs for q in p.questions][: args.n]
    kb = KnowledgeBase.open(args.kb)
    kb.ask("워밍업 질문")
    print(
        f"{kb.stats()['sentences']} sentences, {len(questions)} questions, "
        f"engine {kb.stats()['engine']}"
    )
    print("| call | p50 | p95 | p99 |\n| --- | --- | --- | --- |")
    for name, fn in (("search", lambda q: kb.search(q, k=10)), ("ask", kb.ask)):
        lat = []
        for q in questions:
            kb.embedder.forget_queries()  # every call embeds its question anew
            t = time.perf_counter()
            fn(q)
            lat.append((time.perf_counter() - t) * 1000)
        print(
            f"| {name} | {pct(lat, 0.5):.1f} ms | {pct(lat, 0.95):.1f} ms | {pct(lat, 0.99):.1f} ms |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
