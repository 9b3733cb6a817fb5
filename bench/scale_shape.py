"""How hard the synthetic vectors of bench/scale.py are for an inverted-file index, next to the
real vectors they imitate: recall@10 of IVF-Flat (exact distances, so only the choice of lists
counts) against the share of lists probed, on a knowledge base's real e5 vectors and on as many
synthetic ones shaped after them.

    python bench/scale_shape.py --like KB

A generator that is easier than real text at the same size would flatter bench/scale.py's 10M
row; one that is much harder would make its targets unreachable for reasons real text does not
have.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import faiss
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scale import Shape, real_vectors  # noqa: E402

SHARES = (0.01, 0.02, 0.05, 0.1, 0.25)


def recall_curve(x: np.ndarray, queries: int = 300, seed: int = 0) -> tuple[int, list[float]]:
    """(lists, recall@10 at each share of SHARES): ``queries`` vectors taken out as queries,
    the rest indexed in 4·sqrt(n) lists."""
    order = np.random.default_rng(seed).permutation(len(x))
    q, base = x[order[:queries]], x[order[queries:]]
    exact = faiss.IndexFlatIP(x.shape[1])
    exact.add(base)
    _, truth = exact.search(q, 10)
    nlist = int(4 * np.sqrt(len(base)))
    ivf = faiss.IndexIVFFlat(
        faiss.IndexFlatIP(x.shape[1]), x.shape[1], nlist, faiss.METRIC_INNER_PRODUCT
    )
    ivf.train(base)
    ivf.add(base)
    out = []
    for share in SHARES:
        ivf.nprobe = max(1, round(share * nlist))
        _, got = ivf.search(q, 10)
        out.append(float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth)])))
    return nlist, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--like", type=Path, required=True, help="a knowledge base directory")
    args = ap.parse_args(argv)
    real = real_vectors(args.like).astype(np.float32)
    synthetic = Shape(real.shape[1], real).sample(len(real), np.random.default_rng(2))
    print("| vectors | n | lists | " + " | ".join(f"{s:.0%} probed" for s in SHARES) + " |")
    print("| --- " * (3 + len(SHARES)) + "|")
    for name, x in (("real", real), ("synthetic", synthetic.astype(np.float32))):
        nlist, curve = recall_curve(x)
        cells = " | ".join(f"{r:.3f}" for r in curve)
        print(f"| {name} | {len(x) - 300:,} | {nlist} | {cells} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
