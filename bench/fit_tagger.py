"""Fit the name tagger (kg/tagger.py) on the annotated development articles and save its weights.

    python bench/fit_tagger.py              # 5-fold cross-validation by article, then fit on all
    python bench/fit_tagger.py --no-cv      # fit only

Training data: every article of tests/gold/index.json that is not marked held out, and every
article of tests/gold/news/ — never tests/gold/heldout/.  Each gold alias found in a sentence (a
whole word, or a word plus particles) labels the pieces it covers; Date entities are left to the
date rule.  Each sentence is seen twice, with and without the built-in lexicon, so the model
does not lean on the lexicon; and each article is seen again with about half of its company names
coined anew (bench/coined_names.py), so the model reads a bare name like 야놀자 by its context, not
only names with an ending like 한빛전자 (``--no-coined`` leaves the copies out).  Needs python-crfsuite (a development tool, not a run-time need):
the weights are written as JSON to kg/resources/tagger.json, with what they were fitted on and
the cross-validated scores in its "meta".
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from bench.coined_names import coined_articles  # noqa: E402
from bench.corpora import GOLD, dev_gold  # noqa: E402
from bench.extraction import gold_spans  # noqa: E402
from kg import features as kg_features  # noqa: E402
from kg import tagger as kg_tagger  # noqa: E402
from kg.kiwi import kiwi  # noqa: E402
from kg.pieces import Tok, pieces  # noqa: E402
from kg.resources import _resources  # noqa: E402
from kg.text import normalize, split_sentences  # noqa: E402

# CRF regularisation: on the 45 development articles c2 0.15 and 0.05 cross-validate alike
# (typed span F1 0.854 / 0.853); the stronger L2 keeps one suffix from outvoting a name's context
C1, C2 = 0.05, 0.15


def dev_articles() -> list[tuple[str, str, list[dict]]]:
    """(name, text, gold entities) of the development articles."""
    return [(s.name, s.text, s.entities) for s in dev_gold(GOLD)]


def _article(row_name: str) -> str:
    """The development article a row comes from ("x~coined" is x with coined company names)."""
    return row_name.split("~")[0]


def _set_lexicon(on: bool) -> None:
    os.environ["KGSEARCH_BUILTIN_LEXICON"] = "1" if on else "0"
    kg_features.closed_words.cache_clear()


def sentences(articles, stats: Counter):
    """(article, pieces, tokens, labels) per sentence."""
    for name, text, ents in articles:
        type_of = {a: e["type"] for e in ents for a in e["aliases"]}
        aliases = [a for e in ents for a in e["aliases"]]
        sents = split_sentences(name, normalize(text))
        for s, ks in zip(sents, kiwi().tokenize([s.text for s in sents])):
            toks = [Tok.of(t) for t in ks]
            ps = pieces(s.text, toks)
            labels = ["O"] * len(ps)
            for a, b in gold_spans(s.text, aliases):
                t = type_of.get(s.text[a:b])
                if t is None or t == "Date":
                    continue
                stats["gold"] += 1
                first = next((i for i, p in enumerate(ps) if p.start == a), None)
                last = next((i for i, p in enumerate(ps) if p.stem_end == b), None)
                if first is None or last is None or last < first:
                    stats["unaligned"] += 1
                    continue
                labels[first] = f"B-{t}"
                for i in range(first + 1, last + 1):
                    labels[i] = f"I-{t}"
            yield name, ps, toks, place_chains(ps, labels)


def place_chains(ps, labels: list[str]) -> list[str]:
    """One convention for addresses: the units of one address written in a row (``서울 강남구``,
    ``경기 성남시 분당구``) are one name, as most of the gold writes them; a city after its country
    (``일본 도쿄``) stays apart.  kg.tagger joins them the same way."""
    out = list(labels)
    for i in range(1, len(ps)):
        if (
            out[i] == "B-Place"
            and out[i - 1] in {"B-Place", "I-Place"}
            and kg_tagger.address_goes_on(ps[i - 1], ps[i])
        ):
            out[i] = "I-Place"
    return out


def featurised(articles, stats):
    """Every sentence twice: features with the lexicon and without it."""
    rows = []
    for lexicon in (True, False):
        _set_lexicon(lexicon)
        for name, ps, toks, labels in sentences(articles, stats if lexicon else Counter()):
            if ps:
                rows.append((name, kg_tagger.features(ps, toks), labels, ps, toks))
    _set_lexicon(True)
    return rows


def train(rows, path: str, c1: float, c2: float) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for _, feats, labels, _, _ in rows:
        trainer.append(feats, labels)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": 200, "feature.possible_transitions": True}
    )
    trainer.train(path)


def to_json(path: str, meta: dict) -> dict:
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    info = tagger.info()
    labels = sorted(set(tagger.labels()), key=lambda x: (x != "O", x[2:], x))
    feats: dict[str, dict[str, float]] = {}
    for (attr, label), w in info.state_features.items():
        if abs(w) >= 0.005:
            feats.setdefault(attr, {})[label] = round(w, 4)
    trans = {f"{a} {b}": round(w, 4) for (a, b), w in info.transitions.items()}
    return {"labels": labels, "transitions": trans, "features": feats, "meta": meta}


def spans_of(labels):
    out, i = set(), 0
    while i < len(labels):
        if labels[i].startswith("B-"):
            t, j = labels[i][2:], i
            while j + 1 < len(labels) and labels[j + 1] == f"I-{t}":
                j += 1
            out.add((i, j, t))
            i = j + 1
        else:
            i += 1
    return out


def cross_validate(rows, folds: int, c1: float, c2: float) -> dict:
    """Typed-span scores of each fold's unseen original articles (their coined copies are left
    out of that fold's training too)."""
    names = sorted({_article(r[0]) for r in rows})
    random.Random(0).shuffle(names)
    c = Counter()
    for k in range(folds):
        test = set(names[k::folds])
        with tempfile.TemporaryDirectory() as tmp:
            path = f"{tmp}/m.crfsuite"
            train([r for r in rows if _article(r[0]) not in test], path, c1, c2)
            model = json.dumps(to_json(path, {}))
            Path(f"{tmp}/m.json").write_text(model, encoding="utf-8")
            m = kg_tagger.load_model(f"{tmp}/m.json")
        for name, _, labels, ps, toks in rows[: len(rows) // 2]:  # the with-lexicon half
            if name not in test:
                continue
            gold = spans_of(labels)
            pred = {(n.first, n.last, n.type) for n in kg_tagger.tag(ps, toks, m)}
            c["gold"] += len(gold)
            c["pred"] += len(pred)
            c["tp"] += len(gold & pred)
            c["span_tp"] += len({g[:2] for g in gold} & {p[:2] for p in pred})
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    bp = c["span_tp"] / c["pred"] if c["pred"] else 0.0
    br = c["span_tp"] / c["gold"] if c["gold"] else 0.0
    return {
        "folds": folds,
        "typed_span_P": round(p, 3),
        "typed_span_R": round(r, 3),
        "typed_span_F1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "boundary_F1": round(2 * bp * br / (bp + br), 3) if bp + br else 0.0,
    }


def cross_validated_bench(
    rows, articles, folds: int, c1: float, c2: float, verbose: bool = False
) -> dict:
    """The whole extraction benchmark, each article measured with a tagger that never saw it;
    ``verbose`` lists each article's misses, extras and wrong spans."""
    from bench import extraction, extraction_scores

    names = sorted({_article(r[0]) for r in rows})
    random.Random(0).shuffle(names)
    by_name = {a[0]: a for a in articles}
    gold = {}
    for group, name, text, ents, rels in [
        *extraction.index_sets(GOLD),
        *extraction.dir_sets(GOLD / "news"),
    ]:
        gold[name] = (group, name, text, ents, rels)
    groups: dict[str, Counter] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            test = set(names[k::folds])
            train([r for r in rows if _article(r[0]) not in test], f"{tmp}/m.crfsuite", c1, c2)
            Path(f"{tmp}/m{k}.json").write_text(
                json.dumps(to_json(f"{tmp}/m.crfsuite", {})), encoding="utf-8"
            )
            os.environ["KGSEARCH_TAGGER"] = f"{tmp}/m{k}.json"
            result = extraction.run([gold[n] for n in sorted(test) if n in by_name])
            if verbose:
                for name, r in sorted(result["sets"].items()):
                    print(extraction_scores.line(name, r["counts"]))
                    for key in ("missed", "extra", "wrong_merges", "wrong_spans"):
                        if r[key]:
                            print(f"    {key}: {r[key]}")
            for g, c in result["groups"].items():
                groups.setdefault(g, Counter()).update(c)
        del os.environ["KGSEARCH_TAGGER"]
    for g, c in groups.items():
        print(extraction_scores.line(f"[{g}, CV]", c))
        for line in extraction_scores.details(c):
            print(line)
    return groups


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument(
        "--no-coined",
        action="store_true",
        help="fit on the gold articles alone, without their copies with coined company names",
    )
    ap.add_argument(
        "--cv-bench",
        action="store_true",
        help="run bench/extraction.py on each fold's unseen articles (honest scores; no fit)",
    )
    ap.add_argument("--verbose", "-v", action="store_true", help="with --cv-bench: list misses")
    ap.add_argument("--c1", type=float, default=C1, help="L1 strength")
    ap.add_argument("--c2", type=float, default=C2, help="L2 strength")
    ap.add_argument("--out", default=str(kg_tagger.MODEL_PATH))
    args = ap.parse_args(argv)
    _resources.cache_clear()
    articles = dev_articles()
    stats: Counter = Counter()
    copies = [] if args.no_coined else coined_articles(articles)
    rows = featurised(articles + copies, stats)
    print(
        f"{len(articles)} articles (+{len(copies)} with coined company names), "
        f"{len(rows) // 2} sentences, {stats['gold']} gold names, "
        f"{stats['unaligned']} not on piece boundaries",
        file=sys.stderr,
    )
    meta = {
        "fitted_on": [a[0] for a in articles],
        "fitted": datetime.date.today().isoformat(),
        "script": "bench/fit_tagger.py",
        "c1": args.c1,
        "c2": args.c2,
        "coined_copies": len(copies),
        "sentences": len(rows) // 2,
        "gold_names": stats["gold"],
        "unaligned_names": stats["unaligned"],
    }
    if args.cv_bench:
        cross_validated_bench(rows, articles, 5, args.c1, args.c2, args.verbose)
        return 0
    if not args.no_cv:
        meta["cross_validation"] = cross_validate(rows, 5, args.c1, args.c2)
        print(meta["cross_validation"], file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        train(rows, f"{tmp}/m.crfsuite", args.c1, args.c2)
        model = to_json(f"{tmp}/m.crfsuite", meta)
    Path(args.out).write_text(
        json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"{len(model['features'])} features -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
