"""Fit the confidence calibration (search/resources/calibration.json) on held-out answers.

    python bench/fit_reader.py --korquad ../shared/data/KorQuAD_v1.0_dev.json   # first: folds
    python bench/fit_calibration.py --korquad ../shared/data/KorQuAD_v1.0_dev.json
    (--only korquad / --only gold collect one part, e.g. side by side; --every N thins KorQuAD;
    --kb-cache DIR keeps the gold articles' knowledge bases, as bench/qa.py --kb-cache does)
    python bench/fit_calibration.py --korquad ... --rows shipped --only gold --kb-cache DIR
    (--rows shipped: the answers of the shipped reader, as ``kb.ask`` gives them)

After a reader refit (bench/fit_reader.py with its folds, the shipped options), one command
refits the reader path's calibration on the fold readers' answers (rows collected when the
cache has none; bench/round_fit.py chooses the fit on gold rounds and KorQuAD folds left out):

    python bench/fit_calibration.py --korquad ... --rows folds --by-rounds --reader-refit \
        --exclude r24-,r25- --cache DIR --kb-cache KB --recollect

Every KorQuAD dev question (articles 0-69) and every question of our own gold files
(tests/gold/*_qa.json, tests/gold/news/*_qa.json; never tests/gold/heldout/ nor the files named
heldout-*) is answered through the real ``ask`` path, with the reader fitted *without* that
question's fold (bench/out/reader-fold-K.json), so each answer is one the reader never saw.
The signals each answer reports and whether it was right (KorQuAD: character F1 >= 0.8 with the
official normalisation; gold: bench/qa.py's ``is_right``) fit a logistic model.  A reliability
table of the out-of-fold confidences is printed for bench/RESULTS.md.

With ``--rows shipped`` every question is answered by the shipped reader
(search/resources/reader.json) instead, kept in rows of their own (calibration-rows-PART-shipped.pkl):
the shipped reader is in-sample on the questions it was fitted on, and rows of fold readers
made a whole refit raise confidently wrong answers through ``kb.ask`` (calib18: 17 -> 27 on the
dev gold), so a refit that must hold the high bands is fitted on the answers ``ask`` gives.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import korquad_answers  # noqa: E402
from fit_reader import EXCLUDE_HELP, FOLDS, fold_of, gold_questions_all  # noqa: E402
from korquad import f1_score  # noqa: E402
from qa import article_kb, is_right, reliability  # noqa: E402
from retrieval import load_split, open_kb  # noqa: E402

from search import KnowledgeBase  # noqa: E402
from search.answering import ANSWER_POOL, read_question, search  # noqa: E402
from search.calibration import Calibrator, features  # noqa: E402
from search.qa import answer  # noqa: E402
from search.reader import ReaderModel  # noqa: E402

RIGHT_F1 = 0.8
# our own questions are few but in the users' register (news): together they weigh about as
# much as KorQuAD's
GOLD_WEIGHT = 3.0


def keep_every(signals: dict) -> float:
    """A calibrator that keeps every answer: the raw answer is what is judged and recorded."""
    return 1.0


def answered(kb: KnowledgeBase, questions, models) -> list[tuple[dict, object, str]]:
    """(signals, answer, group) of each (question, group) through the ask path, out of fold."""
    snap = kb.snapshot()
    out = []
    t0 = time.time()
    for i, (text, group) in enumerate(questions):
        q = read_question(snap, text)
        hits = search(snap, kb.embedder, text, ANSWER_POOL, q)

        def hit_for(sid, hits=hits):
            return next((h for h in hits if h.sentence_id == sid), None) or _hit(snap, sid)

        signals: list[dict] = []
        ans = answer(q, snap, hits, hit_for, models[fold_of(group)], keep_every, signals)
        out.append((signals[0], ans, group))
        if (i + 1) % 500 == 0:
            print(f"  {i + 1}/{len(questions)} ({time.time() - t0:.0f} s)", file=sys.stderr)
    return out


def _hit(snap, sid):
    from search.answering import hit_at

    pos = snap.pos_of_sentence.get(sid)
    return None if pos is None else hit_at(snap, pos, 1.0, {"graph": True})


def fit_logistic(
    xs: list[dict],
    ys: list[bool],
    weights: list[float] | None = None,
    l2: float = 1.0,
    anchor: Calibrator | None = None,
) -> Calibrator:
    """Weighted L2-regularised logistic regression over the signals' features (one weight per
    path and signal, see search/calibration.py ``features``); with ``anchor`` the weights are
    pulled toward its weights instead of toward nothing, so a path with few answers keeps the
    confidence it had."""
    from scipy.optimize import minimize

    names = sorted({k for x in xs for k in x})
    w0 = np.array([(anchor.weights.get(n, 0.0) if anchor else 0.0) for n in names])
    col = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(xs), len(names)))
    for i, d in enumerate(xs):
        for k, v in d.items():
            x[i, col[k]] = v
    y = np.array(ys, dtype=float)
    sw = np.ones(len(ys)) if weights is None else np.asarray(weights, dtype=float)

    def objective(wb):
        w, b = wb[:-1], wb[-1]
        z = np.clip(x @ w + b, -30, 30)
        p = 1 / (1 + np.exp(-z))
        loss = -np.sum(sw * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
        loss += l2 * np.sum((w - w0) ** 2)
        g = sw * (p - y)
        return loss, np.concatenate([x.T @ g + 2 * l2 * (w - w0), [g.sum()]])

    start = np.concatenate([w0, [anchor.bias if anchor else 0.0]])
    res = minimize(objective, start, jac=True, method="L-BFGS-B")
    w, b = res.x[:-1], res.x[-1]
    return Calibrator({n: round(float(v), 5) for n, v in zip(names, w)}, round(float(b), 5))


def korquad_rows(korquad: Path, cache: Path, every: int, models) -> list[tuple]:
    """(signals, right, "korquad", article, True) of every (every Nth) question of KorQuAD
    articles 0-69 (each has an answer)."""
    docs, questions = load_split(korquad, "dev")
    questions = questions[::every]
    truth = korquad_answers(korquad, "dev")
    kb = open_kb(docs, cache, "dev")
    kb.ask("워밍업")
    rows = []
    qs = [(text, f"korquad:{doc[:4]}") for text, doc, _ in questions]
    for (signals, ans, _), (text, doc, _) in zip(answered(kb, qs, models), questions):
        pred = ans.answer if ans.method != "none" else None
        f1 = max(f1_score(pred, a) for a in truth[(text, doc)])
        rows.append((signals, f1 >= RIGHT_F1, "korquad", f"korquad:{doc[:4]}", True))
    kb.close()
    return rows


def gold_rows(
    gold_dir: Path, models, kb_cache: Path | None = None, exclude: str = ""
) -> list[tuple]:
    """(signals, right, "gold", gold file, whether it has an answer) of our own gold questions
    (never heldout, nor the files whose names start with one of ``exclude``'s comma-separated
    prefixes: a validation round), one knowledge base per article (kept in ``kb_cache`` and
    reused as bench/qa.py --kb-cache does)."""
    left_out = tuple(f"gold:{p}" for p in exclude.split(",") if p)
    rows = []
    for article, gold in gold_questions_all(gold_dir):
        if left_out and any(group.startswith(left_out) for _, group in gold):
            continue
        with article_kb(article, kb_cache) as gkb:
            got = answered(gkb, [(q["question"], group) for q, group in gold], models)
            for (signals, ans, _), (q, group) in zip(got, gold):
                if ans.method != "none" or q["answers"]:
                    rows.append((signals, is_right(ans, q), "gold", group, bool(q["answers"])))
    return rows


def _fit_rows(given: list[tuple], gold_weight: float = GOLD_WEIGHT) -> Calibrator:
    return fit_logistic(
        [features(row[0]) for row in given],
        [row[1] for row in given],
        [gold_weight if row[2] == "gold" else 1.0 for row in given],
    )


def fit(
    rows: list[tuple], folds: int = 5, gold_weight: float = GOLD_WEIGHT, readers: str = "folds"
) -> Calibrator:
    """The calibration of the answers given.  Its reliability tables and the share of
    confidently wrong answers (confidence >= 0.8 and wrong, of all questions) are printed for
    confidences the calibration was not fitted on (``folds``-fold by row)."""
    given = [row for row in rows if "path=none" not in row[0]]
    held: list[tuple[float, bool, str]] = []
    for k in range(folds):
        cal_k = _fit_rows([g for i, g in enumerate(given) if i % folds != k], gold_weight)
        held += [(cal_k(g[0]), g[1], g[2]) for i, g in enumerate(given) if i % folds == k]
    _print_reliability(held, rows, "held-out calibration")
    cal = _fit_rows(given, gold_weight)
    cal.meta = {
        "fitted": dt.date.today().isoformat(),
        "script": "bench/fit_calibration.py",
        "data": f"{_ANSWERS[readers]} to KorQuAD articles 0-69 and tests/gold (+news) questions",
        "right": f"KorQuAD: character F1 >= {RIGHT_F1}; gold: bench/qa.py is_right",
        "gold_weight": gold_weight,
        "answers": len(given),
    }
    return cal


#: whose answers the rows are (--rows)
_ANSWERS = {"folds": "out-of-fold answers", "shipped": "the shipped reader's answers"}


def _print_reliability(confs: list[tuple], rows: list[tuple], how: str) -> None:
    """The reliability table of each source's (confidence, right, source) and the share of
    confidently wrong answers (confidence >= 0.8 and wrong) of all its questions."""
    for src in ("korquad", "gold"):
        part = [(c, ok) for c, ok, r in confs if r == src]
        asked = sum(row[2] == src for row in rows)
        cw = sum(c >= 0.8 and not ok for c, ok in part)
        print(
            f"\n{src}: {asked} questions, {len(part)} answers given; confidently wrong "
            f"{cw / max(asked, 1):.3f} ({how}); confidence | n | mean | right"
        )
        for rng, n, mean, acc in reliability(part):
            print(f"| {rng} | {n} | {mean:.2f} | {acc:.2f} |")


def fit_one(rows: list[tuple], base: Calibrator, name: str, gold_weight: float) -> Calibrator:
    """``base`` with the weight of one feature (``reader|doer_overruled``) fitted on the answers,
    every other weight kept as it is: a new signal without moving the rest (a whole refit moves
    every answer's confidence, calib18: confidently wrong on the dev gold 17 -> 27)."""
    from scipy.optimize import minimize_scalar

    given = [row for row in rows if "path=none" not in row[0]]
    feats = [features(row[0]) for row in given]
    kept = {k: v for k, v in base.weights.items() if k != name}  # refitting it starts afresh
    z0 = np.array([base.bias + sum(kept.get(k, 0.0) * v for k, v in f.items()) for f in feats])
    x = np.array([f.get(name, 0.0) for f in feats])
    y = np.array([float(row[1]) for row in given])
    sw = np.array([gold_weight if row[2] == "gold" else 1.0 for row in given])

    def loss(w: float) -> float:
        p = 1 / (1 + np.exp(-np.clip(z0 + w * x, -30, 30)))
        return -np.sum(sw * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))) + w * w

    w = minimize_scalar(loss, bounds=(-5.0, 5.0), method="bounded").x
    print(f"{name}: {int((x != 0).sum())} answers with it, weight {w:.3f}", file=sys.stderr)
    meta = {**base.meta, name: f"fitted alone, gold weight {gold_weight}"}
    return Calibrator({**kept, name: round(float(w), 5)}, base.bias, meta)


def _readers(rows: str, cache: Path) -> list[ReaderModel]:
    """The reader of each fold: fitted without it (bench/fit_reader.py), or the shipped one."""
    if rows == "shipped":
        return [ReaderModel.load()] * FOLDS
    return [ReaderModel.load(cache / f"reader-fold-{k}.json") for k in range(FOLDS)]


def _padded(row: tuple) -> tuple:
    """A row of before 2026-11-30 with the group ("") and its question's having an answer
    (KorQuAD's always have one) it lacks."""
    return (*row, "", True) if len(row) == 3 else (*row, True) if len(row) == 4 else row


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--recollect", action="store_true")
    ap.add_argument("--every", type=int, default=1, help="only every Nth KorQuAD question")
    ap.add_argument("--only", choices=["korquad", "gold"], help="collect this part's rows only")
    ap.add_argument("--kb-cache", type=Path, help="keep and reuse each gold article's KB here")
    ap.add_argument(
        "--gold-weight", type=float, default=GOLD_WEIGHT, help="what a gold answer counts"
    )
    ap.add_argument("--exclude", default="", help=EXCLUDE_HELP)
    ap.add_argument("--one", help="fit this feature's weight alone on the shipped calibration")
    ap.add_argument(
        "--by-rounds",
        action="store_true",
        help="choose the fit and the no-answer line by leaving gold rounds out (round_fit.py)",
    )
    ap.add_argument(
        "--reader-refit",
        action="store_true",
        help="with --by-rounds: fit only the reader path's weights again (after a reader refit)",
    )
    ap.add_argument(
        "--rows",
        choices=["folds", "shipped"],
        default="folds",
        help="answers of the fold readers (out of fold) or of the shipped reader (as ask gives)",
    )
    args = ap.parse_args(argv)
    models = _readers(args.rows, args.cache)
    suffix = "-shipped" if args.rows == "shipped" else ""
    rows = []
    for part in ("korquad", "gold"):
        cache = args.cache / f"calibration-rows-{part}{suffix}.pkl"
        if cache.exists() and not args.recollect:
            rows += [_padded(r) for r in pickle.loads(cache.read_bytes())]
            continue
        if args.only and args.only != part:
            continue
        if part == "korquad":
            got = korquad_rows(args.korquad, args.cache, args.every, models)
        else:
            got = gold_rows(args.gold, models, args.kb_cache, args.exclude)
        cache.write_bytes(pickle.dumps(got))
        rows += got
    if args.only:
        return 0  # one part collected (run the parts side by side, then once without --only)
    if args.by_rounds:
        from round_fit import fit_by_rounds

        fit_by_rounds(rows, args.reader_refit, args.rows).save()
    elif args.one:
        cal = fit_one(rows, Calibrator.load(), args.one, args.gold_weight)
        confs = [(cal(r[0]), r[1], r[2]) for r in rows if "path=none" not in r[0]]
        _print_reliability(confs, rows, f"the shipped weights, {args.one} fitted on these")
        cal.save()
    else:
        fit(rows, gold_weight=args.gold_weight, readers=args.rows).save()
    print("wrote search/resources/calibration.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
