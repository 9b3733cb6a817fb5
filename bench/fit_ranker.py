"""Fit the learned ranker (search/ranking.py) on the KorQuAD dev half and write its weights to
search/resources/ranker.json.

    python bench/fit_ranker.py --korquad ../shared/data/KorQuAD_v1.0_dev.json          # CV only
    python bench/fit_ranker.py --korquad ../shared/data/KorQuAD_v1.0_dev.json --write  # + fit all

Only articles 0-69 (the dev half) are read.  Every question's candidates are the hybrid
ranker's (``hybrid.features``, the same pool ``search`` scores); the model is a linear score
trained listwise (the softmax over a question's candidates, the sentence holding the answer the
target; L2), in two passes (the second adds the paragraph's first-pass scores).  Choices (the
L2 strength, one or two passes) are made by group k-fold over articles inside the dev half and
printed beside the hand-weighted fusion measured the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from retrieval import (  # noqa: E402
    _cached,
    collect,
    gold_positions,
    load_split,
    metrics,
    open_kb,
    question_readings,
)

from search.hybrid import FusionWeights, fuse_scores  # noqa: E402
from search.ranker_model import paragraph_features  # noqa: E402
from search.ranking import FEATURES, PARAGRAPH_FEATURES, candidate_features  # noqa: E402

OUT = ROOT / "search" / "resources" / "ranker.json"


class Question:
    """One question's candidates: features, paragraph slots, the gold row (-1: not a candidate),
    the hand-weighted fusion's scores and the article (the CV group)."""

    def __init__(self, x, docs, gold, fused, positions, article):
        self.x, self.docs, self.gold, self.fused = x, docs, gold, fused
        self.positions, self.article = positions, article


def build_questions(kb, questions, rows, golds) -> list[Question]:
    snap = kb.snapshot()
    out = []
    t0 = time.time()
    readings = question_readings(questions)
    for i, ((text, doc_id, _), (_, _, f), (_, target), (qterms, kind, tokens)) in enumerate(
        zip(questions, rows, golds, readings)
    ):
        x = candidate_features(snap, f, qterms, kind, text, tokens)
        hit = np.flatnonzero(f.positions == target) if target is not None else []
        gold = int(hit[0]) if len(hit) else -1
        out.append(
            Question(
                x,
                snap.doc_of[f.positions],
                gold,
                fuse_scores(f, FusionWeights()),
                f.positions,
                int(doc_id[1:4]),
            )
        )
        if (i + 1) % 1000 == 0:
            print(
                f"  features {i + 1}/{len(questions)} ({time.time() - t0:.0f} s)", file=sys.stderr
            )
    return out


#: signs fixed by what the feature means, not left to KorQuAD: a sentence that names the entity
#: asked about, or states the relation asked about, is never pushed down (KorQuAD links few
#: entities, news questions are mostly about them); a sentence holding the asked kind of answer
#: near the question's words is never pushed down either
_NON_NEGATIVE = ("entity", "relation", "type_here", "type_near")
#: ... and a sentence without an answer of the asked kind is never pushed up (KorQuAD's where-
#: questions alone would have it so: their answers are often places the recogniser misses)
_NON_POSITIVE = tuple(n for n in FEATURES if n == "type_absent" or n.startswith("absent_"))
_BOUNDS = [
    (0.0, None) if n in _NON_NEGATIVE else (None, 0.0) if n in _NON_POSITIVE else (None, None)
    for n in FEATURES
]
_BOUNDS += [(None, None)] * len(PARAGRAPH_FEATURES)


def _softmax_fit(xs: list[np.ndarray], golds: list[int], l2: float) -> np.ndarray:
    """Weights minimising the mean negative log-likelihood of the gold candidate under a
    softmax over each question's candidates, plus l2 * |w|^2 (no bias: it cancels inside a
    softmax)."""
    x = np.vstack(xs)
    starts = np.cumsum([0] + [len(q) for q in xs])[:-1]
    gold_rows = starts + np.asarray(golds)
    owner = np.repeat(np.arange(len(xs)), [len(q) for q in xs])
    n = len(xs)

    def loss(w):
        s = x @ w
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[owner])
        z = np.add.reduceat(e, starts)
        p = e / z[owner]
        nll = -(s[gold_rows] - top - np.log(z)).sum()
        grad = (p[:, None] * x).sum(axis=0) - x[gold_rows].sum(axis=0)
        return nll / n + l2 * w @ w, grad / n + 2 * l2 * w

    return minimize(
        loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", bounds=_BOUNDS[: x.shape[1]]
    ).x


def _fit(xs, golds, l2) -> np.ndarray:
    """Fitted on features divided by their spread (so that L2 treats them alike: a raw cosine
    gap moves in hundredths, a share in tenths), returned for the raw features."""
    spread = np.vstack(xs).std(axis=0) + 1e-9
    return _softmax_fit([x / spread for x in xs], golds, l2) / spread


def _para(q: Question, first: np.ndarray) -> np.ndarray:
    return np.hstack([q.x, paragraph_features(q.docs, q.x @ first)])


def fit(train: list[Question], l2: float, passes: int):
    """(first-pass weights, second-pass weights or None)."""
    usable = [q for q in train if q.gold >= 0 and len(q.x) > 1]
    first = _fit([q.x for q in usable], [q.gold for q in usable], l2)
    if passes == 1:
        return first, None
    second = _fit([_para(q, first) for q in usable], [q.gold for q in usable], l2)
    return first, second


def score(q: Question, model) -> np.ndarray:
    first, second = model
    return q.x @ first if second is None else _para(q, first) @ second


def rankings(qs: list[Question], scores: list[np.ndarray]) -> list[list[int]]:
    return [q.positions[np.lexsort((q.positions, -s))[:20]].tolist() for q, s in zip(qs, scores)]


def evaluate(qs, scores, golds, doc_ids) -> dict:
    ranked = rankings(qs, scores)
    s = metrics(ranked, golds, doc_ids, "sentence")
    p = metrics(ranked, golds, doc_ids, "paragraph")
    return {"R@1": s["R@1"], "R@5": s["R@5"], "MRR@10": s["MRR@10"], "para R@1": p["R@1"]}


def cross_validate(qs, golds, doc_ids, l2, passes, folds) -> dict:
    articles = sorted({q.article for q in qs})
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    scores: list[np.ndarray | None] = [None] * len(qs)
    for k in range(folds):
        train = [q for q in qs if fold_of[q.article] != k]
        model = fit(train, l2, passes)
        for i, q in enumerate(qs):
            if fold_of[q.article] == k:
                scores[i] = score(q, model)
    return evaluate(qs, scores, golds, doc_ids)


def _line(name, m) -> str:
    return f"| {name} | " + " | ".join(f"{m[k]:.3f}" for k in ("R@1", "R@5", "MRR@10", "para R@1"))


def to_json(model, l2, passes, n_questions) -> dict:
    first, second = model
    out = {
        "fitted_by": "bench/fit_ranker.py --korquad KorQuAD_v1.0_dev.json --write",
        "fitted_on": f"KorQuAD 1.0 dev file, articles 0-69 (dev half): {n_questions} questions",
        "objective": f"softmax over each question's candidates, L2 {l2}, {passes} pass(es)",
        "features": list(FEATURES),
        "first": {"weights": dict(zip(FEATURES, np.round(first, 5).tolist())), "bias": 0.0},
    }
    if second is not None:
        names = (*FEATURES, *PARAGRAPH_FEATURES)
        out["second"] = {"weights": dict(zip(names, np.round(second, 5).tolist())), "bias": 0.0}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true", help=f"fit on the whole dev half -> {OUT}")
    ap.add_argument("--l2", type=float, nargs="+", default=[1e-3, 1e-2, 1e-1], help="tried")
    ap.add_argument("--passes", type=int, nargs="+", default=[1, 2], choices=[1, 2])
    args = ap.parse_args(argv)
    docs, questions = load_split(args.korquad, "dev")
    kb = open_kb(docs, args.cache, "dev")
    snap = kb.snapshot()
    golds = gold_positions(kb, questions)
    stamp = (len(snap.rowids), kb.stats()["embedder"])
    keep = args.cache / f"queries-dev-{len(questions)}.npz"
    rows = _cached(
        args.cache / f"features-dev-{len(questions)}.pkl",
        stamp,
        lambda: collect(kb, questions, 50, keep),
    )
    qs = build_questions(kb, questions, rows, golds)
    doc_ids = snap.doc_ids
    print(f"\ndev half, {args.folds}-fold by article — R@1 | R@5 | MRR@10 | para R@1\n")
    print("| ranker | R@1 | R@5 | MRR@10 | para R@1 |\n| --- | --- | --- | --- | --- |")
    print(
        _line("hand-weighted fusion (today)", evaluate(qs, [q.fused for q in qs], golds, doc_ids))
    )
    best, best_key = None, -1.0
    for passes in args.passes:
        for l2 in args.l2:
            m = cross_validate(qs, golds, doc_ids, l2, passes, args.folds)
            print(_line(f"learned, {passes} pass(es), L2 {l2}", m), flush=True)
            key = m["MRR@10"] + 0.5 * m["R@1"]
            if key > best_key:
                best, best_key = (l2, passes), key
    print(f"\nchosen: L2 {best[0]}, {best[1]} pass(es)", file=sys.stderr)
    if args.write:
        l2, passes = best
        model = fit(qs, l2, passes)
        OUT.write_text(
            json.dumps(to_json(model, l2, passes, len(qs)), ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT}", file=sys.stderr)
        ranking_cost(snap, questions, rows)
    return 0


def ranking_cost(snap, questions, rows) -> None:
    """What ranking adds to a search, per question (ms): the weighted sum against the learned
    ranker with its features, over the same candidates (no embedding, no candidate search)."""
    from search.hybrid import candidate_scores
    from search.ranker_model import ranker

    ranker.cache_clear()
    readings = question_readings(questions)
    cost = {True: [], False: []}
    for learned in (False, True, False, True):  # interleaved: the machine's load drifts
        w = FusionWeights(learned=learned)
        for (text, _, _), (_, _, f), (qterms, kind, tokens) in zip(questions, rows, readings):
            t = time.perf_counter()
            candidate_scores(snap, f, qterms, kind, text, w, tokens)
            cost[learned].append((time.perf_counter() - t) * 1000)
    for learned, name in ((False, "weighted sum"), (True, "learned ranker")):
        xs = sorted(cost[learned])
        print(
            f"ranking cost, {name}: p50 {xs[len(xs) // 2]:.2f} ms, "
            f"p99 {xs[int(len(xs) * 0.99)]:.2f} ms per question"
        )


if __name__ == "__main__":
    sys.exit(main())
