"""Entity and relation extraction quality against the hand-written gold under tests/gold/.

    python bench/extraction.py                 # every gold set in tests/gold/index.json
    python bench/extraction.py --no-lexicon    # rules alone, without the well-known names list

Prints, per gold set: entity precision / recall / F1 per type and overall (an extracted entity
counts when one of its names is a gold name and its type is the gold type), type accuracy,
alias-merge accuracy (every gold alias of an entity resolves to one node), investor-role recall,
and relation precision / recall / F1 with evidence accuracy (the gold snippet is in an evidence
sentence of the matched edge).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpora import GOLD, gold_sets  # noqa: E402

from kg import analyze_document, resolve  # noqa: E402
from kg.names import name_key  # noqa: E402
from kg.resources import resources  # noqa: E402

TYPES = ("Company", "Person", "Model", "Date", "Place")


def _prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(text: str, gold_entities: list[dict], gold_relations: list[dict]) -> dict:
    ex = resolve([analyze_document("doc", text)])
    ents, gold_to_pred = _entity_scores(ex, gold_entities)
    return {"entities": ents, "relations": _relation_scores(ex, gold_relations, gold_to_pred)}


def _entity_scores(ex, gold_entities: list[dict]) -> tuple[dict, dict[str, str | None]]:
    """Entity scores, and each gold entity's extracted id (the one its names resolve to)."""
    gold_to_pred: dict[str, str | None] = {}
    merged = 0
    for g in gold_entities:
        ids = {getattr(ex.entity_by_name(a), "id", None) for a in g["aliases"]}
        ids_found = {i for i in ids if i}
        if len(ids_found) == 1 and None not in ids:
            merged += 1
        gold_to_pred[g["name"]] = next(iter(sorted(ids_found)), None)
    pred = [e for e in ex.entities.values() if e.type in TYPES]
    gold_keys = {name_key(a): g for g in gold_entities for a in g["aliases"]}

    def gold_of(e):
        for alias in [e.name, *e.aliases]:
            g = gold_keys.get(name_key(alias))
            if g is not None:
                return g
        return None

    per_type = {}
    tp_all = 0
    typed_right = matched = 0
    for t in TYPES:
        preds = [e for e in pred if e.type == t]
        golds = [g for g in gold_entities if g["type"] == t]
        tp = sum(1 for e in preds if (g := gold_of(e)) is not None and g["type"] == t)
        per_type[t] = (*_prf(tp, len(preds), len(golds)), len(golds))
        tp_all += tp
    for e in pred:
        g = gold_of(e)
        if g is not None:
            matched += 1
            typed_right += g["type"] == e.type
    investors = [g for g in gold_entities if "Investor" in g.get("roles", [])]
    inv_hit = sum(
        1
        for g in investors
        if gold_to_pred.get(g["name"]) and "Investor" in ex.entities[gold_to_pred[g["name"]]].roles
    )
    ents = {
        "overall": _prf(tp_all, len(pred), len(gold_entities)),
        "per_type": per_type,
        "type_accuracy": typed_right / matched if matched else 0.0,
        "alias_merge": merged / len(gold_entities) if gold_entities else 1.0,
        "investor_recall": inv_hit / len(investors) if investors else None,
        "missed": [
            g["name"]
            for g in gold_entities
            if gold_to_pred[g["name"]] is None
            or ex.entities[gold_to_pred[g["name"]]].type != g["type"]
        ],
        "extra": sorted(e.name for e in pred if gold_of(e) is None),
    }
    return ents, gold_to_pred


def _relation_scores(ex, gold_relations: list[dict], gold_to_pred: dict[str, str | None]) -> dict:
    """Relation precision, recall and evidence accuracy; a symmetric one matches either way."""
    symmetric = {f.relation for f in resources().frames if f.symmetric}
    pred_rels = {(r.subject, r.type, r.object): r for r in ex.relations}
    hit_keys = set()
    ev_ok = 0
    missed_rels = []
    for g in gold_relations:
        s, o = gold_to_pred.get(g["subject"]), gold_to_pred.get(g["object"])
        keys = [(s, g["type"], o)] + ([(o, g["type"], s)] if g["type"] in symmetric else [])
        found = next((k for k in keys if k in pred_rels), None)
        if found:
            hit_keys.add(found)
            if any(g["evidence"] in ev.text for ev in pred_rels[found].evidence):
                ev_ok += 1
        else:
            missed_rels.append(f"{g['subject']} {g['type']} {g['object']}")
    wrong = [
        f"{ex.entities[k[0]].name} {k[1]} {ex.entities[k[2]].name}"
        for k in pred_rels
        if k not in hit_keys
    ]
    return {
        "overall": _prf(len(hit_keys), len(pred_rels), len(gold_relations)),
        "evidence_accuracy": ev_ok / len(hit_keys) if hit_keys else 0.0,
        "missed": missed_rels,
        "wrong": wrong,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument(
        "--no-lexicon",
        action="store_true",
        help="measure the rules alone (the lexicon file is replaced by an empty one)",
    )
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    args = ap.parse_args(argv)
    if args.no_lexicon:
        os.environ["KGSEARCH_BUILTIN_LEXICON"] = "0"
    results = {}
    for s in gold_sets(Path(args.gold)):
        results[s.name] = evaluate(s.text, s.entities, s.relations)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    for name, r in results.items():
        e, rel = r["entities"], r["relations"]
        p, rc, f = e["overall"]
        print(f"== {name}")
        print(
            f"  entities   P {p:.3f}  R {rc:.3f}  F1 {f:.3f}   type acc {e['type_accuracy']:.3f}"
            f"   alias-merge {e['alias_merge']:.3f}"
            + (
                f"   investor recall {e['investor_recall']:.2f}"
                if e["investor_recall"] is not None
                else ""
            )
        )
        for t, (tp, tr, tf, n) in e["per_type"].items():
            if n:
                print(f"    {t:8s} P {tp:.2f} R {tr:.2f} F1 {tf:.2f}  (gold {n})")
        p, rc, f = rel["overall"]
        print(
            f"  relations  P {p:.3f}  R {rc:.3f}  F1 {f:.3f}   evidence acc {rel['evidence_accuracy']:.3f}"
        )
        if args.verbose:
            print("    entities missed/mistyped:", e["missed"])
            print("    entities extra:", e["extra"])
            print("    relations missed:", rel["missed"])
            print("    relations wrong:", rel["wrong"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
