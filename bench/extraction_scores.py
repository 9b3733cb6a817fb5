"""The extraction benchmark's scores (``rates``: scores from summed counts) and their text
report: one line per article or group (``line``), per-type details under a group (``details``),
an article's misses and extras (``print_misses``).  bench/extraction.py counts and reports with
them, and so do the cross-validating fit scripts (bench/fit_tagger.py, bench/fit_relations.py).
"""

from __future__ import annotations

from collections import Counter

__all__ = ["TYPES", "details", "line", "print_misses", "rates"]

TYPES = ("Company", "Organization", "Person", "Model", "Date", "Place")


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def rates(c: Counter) -> dict:
    """Scores from summed counts."""
    rel_types = sorted({k[len("rel_gold_") :] for k in c if k.startswith("rel_gold_")})
    rel_types += sorted(
        {k[len("rel_pred_") :] for k in c if k.startswith("rel_pred_")} - set(rel_types)
    )
    return {
        "entity": _prf(c["tp"], c["pred"], c["gold"]),
        "entity_per_type": {
            t: (*_prf(c[f"tp_{t}"], c[f"pred_{t}"], c[f"gold_{t}"]), c[f"gold_{t}"])
            for t in TYPES
            if c[f"gold_{t}"] or c[f"pred_{t}"]
        },
        "type_accuracy": c["typed"] / c["found"] if c["found"] else 0.0,
        "type_accuracy_per_type": {
            t: (c[f"typed_{t}"] / c[f"found_{t}"] if c[f"found_{t}"] else 0.0, c[f"found_{t}"])
            for t in TYPES
            if c[f"gold_{t}"]
        },
        "boundary": _prf(c["span_tp"], c["span_pred"], c["span_gold"]),
        "alias_merge": c["alias_ok"] / c["alias_gold"] if c["alias_gold"] else 1.0,
        "wrong_merges": c["merge_wrong"],
        "org_merges": c["merge_org"],
        "investor_recall": c["investor_hit"] / c["investor_gold"] if c["investor_gold"] else None,
        "relation": _prf(c["rel_tp"], c["rel_pred"], c["rel_gold"]),
        "relation_per_type": {
            t: (
                *_prf(c[f"rel_tp_{t}"], c[f"rel_pred_{t}"], c[f"rel_gold_{t}"])[:2],
                c[f"rel_gold_{t}"],
                c[f"rel_pred_{t}"],
            )
            for t in rel_types
        },
        "evidence_accuracy": c["ev_ok"] / c["rel_hit"] if c["rel_hit"] else 0.0,
        "role_accuracy": c["role_ok"] / c["role_gold"] if c["role_gold"] else None,
    }


def print_misses(r: dict) -> None:
    """One article's misses and extras (``-v``)."""
    for key in ("missed", "extra", "wrong_merges", "wrong_spans"):
        if r[key]:
            print(f"    {key}: {r[key]}")
    for key in ("missed_relations", "wrong_relations"):
        for item in r[key]:
            print(f"    {key[:-10]}: {item}")


def line(name: str, c: Counter) -> str:
    """One line of scores: entities, types, boundaries, aliases, merges, relations, evidence."""
    r = rates(c)
    p, rc, f = r["entity"]
    _, _, bf = r["boundary"]
    rp, rr, _ = r["relation"]
    return (
        f"{name:22s} ent P {p:.3f} R {rc:.3f} F1 {f:.3f} | type {r['type_accuracy']:.3f} | "
        f"bound F1 {bf:.3f} | alias {r['alias_merge']:.3f} | org-merges {r['org_merges']} | "
        f"rel P {rp:.3f} R {rr:.3f} | ev {r['evidence_accuracy']:.3f}"
    )


def details(c: Counter) -> list[str]:
    """The per-type scores and the rest, under a group's line."""
    r = rates(c)
    lines = [
        "  type accuracy per gold type: "
        + ", ".join(f"{t} {acc:.2f} ({n})" for t, (acc, n) in r["type_accuracy_per_type"].items())
    ]
    lines.append(
        "  entity F1 per type: "
        + ", ".join(f"{t} {f:.2f}" for t, (_, _, f, _) in r["entity_per_type"].items())
    )
    lines.append(
        "  relations per type (P/R gold pred): "
        + ", ".join(
            f"{t} {p:.2f}/{rc:.2f} {g} {n}" for t, (p, rc, g, n) in r["relation_per_type"].items()
        )
    )
    extra = []
    if r["role_accuracy"] is not None:
        extra.append(f"role acc {r['role_accuracy']:.3f}")
    if r["investor_recall"] is not None:
        extra.append(f"investor recall {r['investor_recall']:.3f}")
    extra.append(f"wrong merges {r['wrong_merges']}")
    lines.append("  " + ", ".join(extra))
    return lines
