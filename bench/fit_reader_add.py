"""Fit the weights of new reader features on top of the shipped ones (search/resources/reader.json).

    python bench/fit_reader_add.py --korquad ../shared/data/KorQuAD_v1.0_dev.json \
        --add joined_,role --cache DIR --kb-cache GOLDKB [--cv]

A whole refit moves every weight and, at the same code, scored below the shipped reader (bench/
RESULTS.md); a new feature is better judged by what it adds.  The shipped model's score is kept as
a fixed offset and only the features whose names start with ``--add`` are fitted, with
bench/fit_reader.py's objective, data (KorQuAD's dev half, articles 0-69, and our gold questions)
and cache of what the reader reads.  --cv reports out-of-fold scores (fit_reader.cv_fold: by
KorQuAD article and by gold round) with and without the added weights; without --cv the shipped
weights plus the added ones are written back, with what was added in the model's ``meta``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from fit_reader import (  # noqa: E402
    EXCLUDE_HELP,
    GOLD_WEIGHT,
    collect,
    cross_validate,
    design,
    evaluate,
    fit,
    targets,
)

from search.reader_model import ReaderModel, reader_model  # noqa: E402


def _report(label: str, scores: dict) -> None:
    for src, m in scores.items():
        print(f"{label} {src}: EM {m['EM']:.3f} F1 {m['F1']:.3f} (n={m['n']})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--kb-cache", type=Path, help="keep and reuse each gold article's KB here")
    ap.add_argument("--recollect", action="store_true", help="search every question again")
    ap.add_argument("--add", required=True, help="comma-separated prefixes of the new features")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--gold-weight", type=float, default=GOLD_WEIGHT)
    ap.add_argument("--cv", action="store_true", help="only report out-of-fold scores")
    ap.add_argument("--base-model", type=Path, help="the weights added to (default: the shipped)")
    ap.add_argument("--exclude", default="", help=EXCLUDE_HELP)
    args = ap.parse_args(argv)
    prefixes = tuple(args.add.split(","))
    shipped = ReaderModel.load(args.base_model) if args.base_model else reader_model()
    # weights of the added features already in the file are fitted again, not offset
    kept = {n: v for n, v in shipped.weights.items() if not n.startswith(prefixes)}
    shipped = ReaderModel(kept, shipped.bias, shipped.meta)
    rows = collect(args)
    names = sorted({k for _, fs, _, _ in rows for f in fs for k in f if k.startswith(prefixes)})
    x, offsets, em, f1, names = design(rows, names)
    base = np.array([shipped.score(f) for _, fs, _, _ in rows for f in fs], np.float32)
    t, keep = targets(offsets, em, f1)
    weight = [args.gold_weight if g.startswith("gold:") else 1.0 for g, *_ in rows]
    print(f"{len(rows)} questions, {len(x)} candidates; adding {names}", file=sys.stderr)
    every = {
        src: evaluate(
            x,
            offsets,
            em,
            f1,
            np.zeros(len(names)),
            [g for g in range(len(rows)) if rows[g][0].startswith(src)],
            base,
        )
        for src in ("korquad", "gold")
    }
    _report("shipped", every)
    if args.cv:
        _report(
            "cv added", cross_validate(x, offsets, em, f1, t, keep, rows, args.l2, weight, base)
        )
        return 0
    w = fit(x, offsets, t, keep, args.l2, weight, base)
    added = {n: round(float(v), 5) for n, v in zip(names, w) if abs(v) > 1e-6}
    print(f"added weights: {added}")
    meta = dict(shipped.meta)
    meta["added"] = {
        "fitted": dt.date.today().isoformat(),
        "script": "bench/fit_reader_add.py",
        "features": sorted(added),
        "l2": args.l2,
        "gold_weight": args.gold_weight,
        "questions": len(rows),
    }
    ReaderModel({**shipped.weights, **added}, shipped.bias, meta).save()
    print("wrote search/resources/reader.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
