"""Fit the relation scorer (kg/scorer.py) on the annotated development articles; save its weights.

    python bench/fit_relations.py               # CV by article, threshold from CV, fit on all
    python bench/fit_relations.py --no-cv       # fit on all, keep the saved threshold
    python bench/fit_relations.py --leave-out r15- --out /tmp/no15.json   # a round left out,
                                                # to score it with weights that never saw it
    python bench/fit_relations.py --cv-bench    # the extraction benchmark, each article scored
                                                # by a model that never saw it
    python bench/fit_relations.py --cv-bench --tagger   # ... and tagged by such a tagger too
    python bench/fit_relations.py --leave-out r17- --score-left-out   # the extraction benchmark
                                                # on round 17, scored by weights that never saw it

Training data: every article of tests/gold/index.json not marked held out, and every article of
tests/gold/news/ — never tests/gold/heldout/.  Each sentence offers candidate pairs (kg.pairs);
a pair is positive when its two mentions are the subject and object of a gold relation of its
type whose evidence lies in this sentence, negative when the gold has no such relation, and left
out of the fit (but scored) when the gold states it with evidence elsewhere.  The model is scikit-learn's logistic regression (a
development tool, not a run-time need); the weights are written as JSON to
kg/resources/relations.json with what they were fitted on, the threshold and the CV scores.

The threshold is the lowest probability that keeps cross-validated relation precision at or
above --precision (relation-level: a relation counts once per article, as bench/extraction.py
counts it).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bench import extraction, extraction_scores  # noqa: E402
from bench.corpora import GOLD, dev_gold  # noqa: E402
from kg import scorer as kg_scorer  # noqa: E402
from kg.analysis import relation_pairs  # noqa: E402
from kg.names import name_key  # noqa: E402
from kg.resources import resources  # noqa: E402

FOLDS = 5


def dev_articles() -> list[tuple[str, str, list[dict], list[dict]]]:
    """(name, text, gold entities, gold relations) of the development articles."""
    return [(s.name, s.text, s.entities, s.relations) for s in dev_gold(GOLD)]


def folds_of(names: list[str]) -> list[set[str]]:
    """Articles in FOLDS groups, shuffled with a fixed seed (as bench/fit_tagger.py does)."""
    names = sorted(names)
    random.Random(0).shuffle(names)
    return [set(names[k::FOLDS]) for k in range(FOLDS)]


def _symmetric() -> set[str]:
    return {f.relation for f in resources().frames if f.symmetric}


def labelled(article) -> tuple[list[tuple[list[str], int, tuple, str]], set[tuple]]:
    """(features, label, relation key, sentence text) of every candidate pair of one article,
    and the gold
    relation keys the scorer could state (a key is (subject, type, object) in gold names, or
    the mention's own name when it is no gold entity)."""
    name, text, ents, rels = article
    analysis, pairs = relation_pairs(name, text)
    gold_of = {name_key(a): e["name"] for e in ents for a in e["aliases"]}
    symmetric = _symmetric()
    where: dict[tuple, set[str]] = defaultdict(set)  # gold key -> sentences of its evidence
    for r in rels:
        key = (r["subject"], r["type"], r["object"])
        for s in analysis.sentences:
            if r["evidence"] in s.text or s.text in r["evidence"]:
                where[key].add(s.id)
            elif _overlaps(analysis.text, r["evidence"], s):
                where[key].add(s.id)
    keys = {k for k in where} | {(r["subject"], r["type"], r["object"]) for r in rels}
    keys = {k for k in keys if k[1] in kg_types()}
    rows = []
    text_of = {s.id: s.text for s in analysis.sentences}
    for p in pairs:
        ms, mo = analysis.mentions[p.subject], analysis.mentions[p.object]
        gs = gold_of.get(name_key(ms.text), "?" + ms.text)
        go = gold_of.get(name_key(mo.text), "?" + mo.text)
        key = (gs, p.type, go)
        if p.type in symmetric and key not in keys:
            key = (go, p.type, gs) if (go, p.type, gs) in keys else key
        if key in keys:
            # stated, but with its evidence in another sentence: scored, not learned from
            label = 1 if p.sentence_id in where.get(key, set()) else None
            rows.append((p.features, label, key, text_of[p.sentence_id]))
        else:
            rows.append((p.features, 0, key, text_of[p.sentence_id]))
    return rows, keys


def kg_types() -> set[str]:
    """Relation types the scorer states (VERSION_OF comes from names, in kg.resolve)."""
    return {f.relation for f in resources().frames if f.subject_types and f.object_types}


def _overlaps(text: str, evidence: str, sentence) -> bool:
    at = text.find(evidence)
    if at < 0:
        return False
    return at < sentence.start + len(sentence.text) and sentence.start < at + len(evidence)


def fit(rows, c: float) -> dict[str, float]:
    rows = [r for r in rows if r[1] is not None]
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r[0], 1) for r in rows])
    y = [r[1] for r in rows]
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0])
        if abs(w) >= 1e-4
    }
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    return weights


def relation_scores(scored: list[tuple[str, float, tuple]], gold: dict[str, set], t: float):
    """Relation-level precision and recall of the pairs at threshold t: each (article, key)
    counts once, a key's probability is the best of its pairs."""
    best: dict[tuple, float] = {}
    for article, prob, key, _ in scored:
        k = (article, key)
        best[k] = max(best.get(k, 0.0), prob)
    pred = {k for k, p in best.items() if p >= t}
    n_gold = sum(len(v) for v in gold.values())
    tp = sum(1 for a, key in pred if key in gold[a])
    return (tp / len(pred) if pred else 1.0), (tp / n_gold if n_gold else 1.0), len(pred)


def out_of_fold(data, c: float) -> list[tuple[str, float, tuple, str]]:
    """(article, probability, relation key, sentence) of every pair, each scored by a model
    fitted on the other folds."""
    scored = []
    for test in folds_of(list(data)):
        train = [r for a, (rows, _) in data.items() if a not in test for r in rows]
        model = kg_scorer.RelationModel(fit(train, c), 0.5, {})
        for a in sorted(test):
            for feats, _, key, sentence in data[a][0]:
                scored.append((a, kg_scorer.probability(model, feats), key, sentence))
    return scored


def cross_validate(data, c: float, precision: float) -> dict:
    """Out-of-fold probabilities of every pair; the threshold that keeps precision."""
    scored = out_of_fold(data, c)
    gold = {a: keys for a, (_, keys) in data.items()}
    table = []
    for t in [x / 100 for x in range(5, 96)]:
        p, r, n = relation_scores(scored, gold, t)
        table.append((t, p, r, n))
    ok = [row for row in table if row[1] >= precision]
    t, p, r, _ = min(ok, key=lambda row: row[0]) if ok else max(table, key=lambda row: row[1])
    return {
        "folds": FOLDS,
        "C": c,
        "threshold": t,
        "pair_level_P": round(p, 3),
        "pair_level_R": round(r, 3),
        "table": [(t, round(p, 3), round(r, 3), n) for t, p, r, n in table[::5]],
    }


def cv_bench(articles, c: float, saved: dict, with_tagger: bool, verbose: bool = False) -> dict:
    """bench/extraction.py on each fold's unseen articles: the scorer (and with ``with_tagger``
    the tagger) fitted on the other folds; ``verbose`` lists each article's misses."""
    by_name = {a[0]: a for a in articles}
    groups: dict[str, Counter] = {}
    gold = {
        name: (group, name, text, ents, rels)
        for group, name, text, ents, rels in [
            *extraction.index_sets(GOLD),
            *extraction.dir_sets(GOLD / "news"),
        ]
    }
    # without a fold tagger an article's pairs are the same in every fold: read each once
    cached = {} if with_tagger else {n: labelled(a)[0] for n, a in by_name.items()}
    with tempfile.TemporaryDirectory() as tmp:
        for k, test in enumerate(folds_of(list(by_name))):
            train = [by_name[n] for n in sorted(by_name) if n not in test]
            if with_tagger:
                os.environ["KGSEARCH_TAGGER"] = _fold_tagger(train, f"{tmp}/t{k}")
            rows = [r for a in train for r in (cached.get(a[0]) or labelled(a)[0])]
            path = f"{tmp}/r{k}.json"
            Path(path).write_text(
                json.dumps(
                    {
                        "weights": fit(rows, c),
                        "threshold": saved["threshold"],
                        "rule_types": saved.get("rule_types", []),
                    }
                ),
                encoding="utf-8",
            )
            os.environ["KGSEARCH_RELATIONS"] = path
            result = extraction.run([gold[n] for n in sorted(test)])
            if verbose:
                for name, r in result["sets"].items():
                    print(extraction_scores.line(name, r["counts"]))
                    extraction_scores.print_misses(r)
            for g, cnt in result["groups"].items():
                groups.setdefault(g, Counter()).update(cnt)
        os.environ.pop("KGSEARCH_RELATIONS", None)
        os.environ.pop("KGSEARCH_TAGGER", None)
    label = "scorer and tagger CV" if with_tagger else "scorer CV"
    for g, cnt in groups.items():
        print(extraction_scores.line(f"[{g}, {label}]", cnt))
        for line in extraction_scores.details(cnt):
            print(line)
    return groups


def score_left_out(articles, left_out: list[str], c: float, saved: dict) -> dict:
    """bench/extraction.py on the articles whose names start with ``left_out`` (a round),
    scored by weights fitted on ``articles`` (which leave them out): how a refit does on a
    round it never saw."""
    gold = [
        s
        for s in [*extraction.index_sets(GOLD), *extraction.dir_sets(GOLD / "news")]
        if s[1].startswith(tuple(left_out))
    ]
    if not gold:
        raise SystemExit(f"no development article starts with {left_out}")
    rows = [r for a in articles for r in labelled(a)[0]]
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/left-out.json"
        weights = {"weights": fit(rows, c), "threshold": saved["threshold"]}
        weights["rule_types"] = saved.get("rule_types", [])
        Path(path).write_text(json.dumps(weights), encoding="utf-8")
        os.environ["KGSEARCH_RELATIONS"] = path
        result = extraction.run(gold)
        os.environ.pop("KGSEARCH_RELATIONS", None)
    cnt = result["groups"]["total"]
    print(extraction_scores.line(f"[{'+'.join(left_out)}, left out of the fit]", cnt))
    for line in extraction_scores.details(cnt):
        print(line)
    return result


def _fold_tagger(train, stem: str) -> str:
    """A tagger fitted on the training articles only (bench/fit_tagger.py's own steps)."""
    from bench import fit_tagger

    rows = fit_tagger.featurised([(n, t, e) for n, t, e, _ in train], Counter())
    fit_tagger.train(rows, stem + ".crfsuite", fit_tagger.C1, fit_tagger.C2)
    Path(stem + ".json").write_text(
        json.dumps(fit_tagger.to_json(stem + ".crfsuite", {})), encoding="utf-8"
    )
    return stem + ".json"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--cv-bench", action="store_true", help="cross-validated benchmark; no fit")
    ap.add_argument("--tagger", action="store_true", help="with --cv-bench: refit the tagger too")
    ap.add_argument("-v", "--verbose", action="store_true", help="with --cv-bench: misses")
    ap.add_argument("--C", type=float, default=0.3, help="inverse L2 strength")
    ap.add_argument("--precision", type=float, default=0.87, help="CV precision to keep")
    ap.add_argument(
        "--min-positive",
        type=int,
        default=12,
        help="a relation type with fewer positive pairs keeps its rule candidates (rule_types)",
    )
    ap.add_argument("--out", default=str(kg_scorer.MODEL_PATH))
    ap.add_argument(
        "--score-left-out",
        action="store_true",
        help="with --leave-out: no fit saved; the left-out articles scored by weights without them",
    )
    ap.add_argument(
        "--leave-out",
        action="append",
        default=[],
        help="fit without the articles whose name starts so (a round: r15-), to score them after",
    )
    args = ap.parse_args(argv)
    if args.score_left_out and not args.leave_out:
        ap.error("--score-left-out needs --leave-out (a round: r17-)")
    os.environ["KGSEARCH_RELATIONS"] = kg_scorer.RULES_ONLY  # pairs do not depend on weights
    articles = [a for a in dev_articles() if not a[0].startswith(tuple(args.leave_out))]
    if args.score_left_out:
        saved = json.loads(kg_scorer.MODEL_PATH.read_text(encoding="utf-8"))
        score_left_out(articles, args.leave_out, args.C, saved)
        return 0
    if args.cv_bench:
        saved = json.loads(kg_scorer.MODEL_PATH.read_text(encoding="utf-8"))
        os.environ.pop("KGSEARCH_RELATIONS")
        cv_bench(articles, args.C, saved, args.tagger, args.verbose)
        return 0
    data = {a[0]: labelled(a) for a in articles}
    rows = [r for rows, _ in data.values() for r in rows]
    positives = sum(r[1] == 1 for r in rows)
    print(f"{len(articles)} articles, {len(rows)} pairs, {positives} positive", file=sys.stderr)
    meta = {
        "fitted_on": sorted(data),
        "fitted": datetime.date.today().isoformat(),
        "script": "bench/fit_relations.py",
        "model": "sklearn LogisticRegression (L2)",
        "C": args.C,
        "pairs": len(rows),
        "positive_pairs": positives,
    }
    if args.no_cv:
        threshold = json.loads(Path(args.out).read_text(encoding="utf-8"))["threshold"]
    else:
        meta["cross_validation"] = cross_validate(data, args.C, args.precision)
        threshold = meta["cross_validation"]["threshold"]
        print(meta["cross_validation"], file=sys.stderr)
    weights = fit(rows, args.C)
    per_type = Counter(r[2][1] for r in rows if r[1] == 1)
    rule_types = sorted(t for t in kg_types() if per_type[t] < args.min_positive)
    meta["positive_pairs_per_type"] = dict(sorted(per_type.items()))
    Path(args.out).write_text(
        json.dumps(
            {"threshold": threshold, "weights": weights, "rule_types": rule_types, "meta": meta},
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(weights)} weights, threshold {threshold} -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
