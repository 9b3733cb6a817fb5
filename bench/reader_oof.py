"""The shipped reader against a whole refit, out of fold, on the gold the shipped reader never saw.

    python bench/reader_oof.py --korquad ../shared/data/KorQuAD_v1.0_dev.json --cache DIR \\
        --kb-cache GOLDKB --exclude r23- --gold-weights 1,3 --l2 0.01,0.1,1.0

bench/fit_reader.py's data (its --cache of what the reader reads; --exclude leaves a validation
round out) and objective.  For each gold weight and L2 of the grid, every question is answered
by the model fitted without its cv_fold (KorQuAD by article, gold by round).  The shipped weights
(search/resources/reader.json) are scored on the same questions: on KorQuAD's dev half and on the
gold files in its ``meta.data.gold`` they are in sample; on the gold files written since
("unseen") both are out of sample, the fair comparison.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from fit_reader import (  # noqa: E402
    EXCLUDE_HELP,
    collect,
    design,
    out_of_fold_picks,
    picked,
    summary,
    targets,
)

from search.reader_model import reader_model  # noqa: E402


def subsets(rows, seen: set[str]) -> dict[str, list[int]]:
    """Question indices by source: KorQuAD, all gold, the gold files the shipped reader was
    fitted on, and those it never saw."""
    out: dict[str, list[int]] = {"korquad": [], "gold": [], "gold seen": [], "gold unseen": []}
    for g, (group, *_) in enumerate(rows):
        if group.startswith("korquad"):
            out["korquad"].append(g)
            continue
        out["gold"].append(g)
        out["gold seen" if group in seen else "gold unseen"].append(g)
    return out


def row(label: str, picks: dict, parts: dict[str, list[int]]) -> str:
    cells = []
    for idx in parts.values():
        m = summary(picks, idx)
        cells.append(f"{m['EM']:.3f} | {m['F1']:.3f}")
    return f"| {label} | " + " | ".join(cells) + " |"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--kb-cache", type=Path, help="keep and reuse each gold article's KB here")
    ap.add_argument("--exclude", default="", help=EXCLUDE_HELP)
    ap.add_argument("--gold-weights", default="1,3", help="comma-separated gold weights")
    ap.add_argument("--l2", default="0.01,0.1,1.0", help="comma-separated L2 grid")
    args = ap.parse_args(argv)
    args.recollect = False
    rows = collect(args)
    x, offsets, em, f1, names = design(rows)
    t, keep = targets(offsets, em, f1)
    shipped = reader_model()
    parts = subsets(rows, set(shipped.meta["data"]["gold"]))
    every = range(len(rows))
    base = np.array([shipped.score(f) for _, fs, _, _ in rows for f in fs], np.float32)
    sizes = " | ".join(f"{name} (n={len(idx)}) EM | F1" for name, idx in parts.items())
    print(f"| model | {sizes} |")
    print("| --- |" + " --- | --- |" * len(parts))
    print(row("shipped", picked(x, offsets, em, f1, np.zeros(len(names)), every, base), parts))
    sys.stdout.flush()
    for gw in (float(v) for v in args.gold_weights.split(",")):
        weight = [gw if g.startswith("gold:") else 1.0 for g, *_ in rows]
        for l2 in (float(v) for v in args.l2.split(",")):
            picks = out_of_fold_picks(x, offsets, em, f1, t, keep, rows, l2, weight)
            print(row(f"refit, gold weight {gw:g}, l2 {l2:g}", picks, parts))
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
