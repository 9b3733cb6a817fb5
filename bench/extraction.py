"""Entity and relation extraction quality against the hand-written gold under tests/gold/.

    python bench/extraction.py                   # tests/gold/index.json sets + tests/gold/news/
    python bench/extraction.py --no-lexicon      # rules alone, without the well-known names list
    python bench/extraction.py --dir DIR -v      # only the articles of DIR (NAME.txt + NAME.json)
    python bench/extraction.py --json            # every number, machine-readable

Per gold set and in total (micro-averaged: counts are summed before dividing):

- entity P/R/F1: an extracted entity counts when one of its names is a gold alias and its type is
  the gold type (types Company, Organization, Person, Model, Date, Place; untyped names are not
  predictions);
- type accuracy, overall and per gold type: of the gold entities found (an alias resolves to an
  extracted entity), how many got the gold type;
- boundary F1: name spans in sentences, untyped — every occurrence of a gold alias (longest first,
  a whole word or a word plus particles) against every name mention the extractor found;
- alias-merge accuracy: every gold alias of an entity resolves to one and the same node;
- wrong merges: pairs of distinct gold entities that resolve to one node; `org merges` counts the
  pairs where both are organisations (Company/Organization) — must be 0;
- relation P/R per type, evidence accuracy (the gold snippet lies in an evidence sentence of the
  matched edge) and role accuracy (WORKED_AT: gold role and extracted role agree, ignoring
  spaces, one containing the other).

tests/gold/heldout/ is never read unless it is named with --dir: it is measured once, at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpora import GOLD, gold_articles, gold_sets  # noqa: E402
from bench.extraction_scores import TYPES, details, line, print_misses, rates  # noqa: E402
from kg import analyze_document, resolve  # noqa: E402
from kg.names import name_key  # noqa: E402

ORG_TYPES = {"Company", "Organization"}
SYMMETRIC = {"PARTNER_OF", "COMPARED_WITH", "MERGED_WITH"}
# what may follow a name inside its word: particles, copula forms (the bench keeps its own list so
# that it does not measure the extractor with the extractor's table)
_WORD_TAIL = re.compile(
    r"(은|는|이|가|을|를|의|와|과|에|에서|에게|으로|로|로부터|으로부터|도|만|까지|부터|처럼|보다|"
    r"이다|였다|이며|이자|이고|인|으로서|로서|과의|와의|에서의|와는|과는|에는|이라는|라는|측|랑|이랑|등)*"
)


def gold_spans(sentence: str, aliases: list[str]) -> set[tuple[int, int]]:
    """Occurrences of gold aliases in a sentence: longest first, not overlapping, the alias a
    whole word or a word with its particles ('누리AI가' holds 누리AI; '누리AI랩스' does not)."""
    taken = [False] * len(sentence)
    out = set()
    for alias in sorted(set(aliases), key=len, reverse=True):
        for m in re.finditer(re.escape(alias), sentence):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            before = sentence[s - 1] if s else " "
            if re.match(r"[0-9A-Za-z가-힣]", before) and not (alias[0].isdigit() or before in "▲△"):
                continue
            rest = re.match(r"[0-9A-Za-z가-힣]*", sentence[e:]).group()
            if rest and not _WORD_TAIL.fullmatch(rest):
                continue
            out.add((s, e))
            for i in range(s, e):
                taken[i] = True
    return out


def evaluate(text: str, gold_entities: list[dict], gold_relations: list[dict]) -> dict:
    """Counts for one article (see the module docstring); `rates` turns counts into scores."""
    analysis = analyze_document("doc", text)
    ex = resolve([analysis])
    c: Counter = Counter()
    gold_to_pred = _alias_counts(ex, gold_entities, c)
    wrong_merges = _merge_counts(ex, gold_entities, c)
    extra, missed = _entity_counts(ex, gold_entities, gold_to_pred, c)
    wrong_spans = _span_counts(analysis, gold_entities, c)
    missed_rels, wrong = _relation_counts(ex, gold_relations, gold_to_pred, c)
    return {
        "counts": c,
        "missed": missed,
        "extra": sorted(extra),
        "wrong_merges": wrong_merges,
        "wrong_spans": wrong_spans,
        "missed_relations": missed_rels,
        "wrong_relations": wrong,
    }


def _alias_counts(ex, gold_entities: list[dict], c: Counter) -> dict[str, str | None]:
    """Gold entity -> extracted entity id (None: not found); counts aliases found on one node."""
    gold_to_pred: dict[str, str | None] = {}
    for g in gold_entities:
        ids = [getattr(ex.entity_by_name(a), "id", None) for a in g["aliases"]]
        found = sorted({i for i in ids if i})
        c["alias_gold"] += 1
        c["alias_ok"] += len(found) == 1 and None not in ids
        gold_to_pred[g["name"]] = (
            Counter(i for i in ids if i).most_common(1)[0][0] if found else None
        )
    return gold_to_pred


def _merge_counts(ex, gold_entities: list[dict], c: Counter) -> list[str]:
    """Wrong merges: two gold entities on one node."""
    by_pred: dict[str, list[dict]] = {}
    for g in gold_entities:
        for a in g["aliases"]:
            e = ex.entity_by_name(a)
            if e is not None:
                by_pred.setdefault(e.id, [])
                if g not in by_pred[e.id]:
                    by_pred[e.id].append(g)
    wrong_merges = []
    for eid, gs in by_pred.items():
        for i, a in enumerate(gs):
            for b in gs[i + 1 :]:
                c["merge_wrong"] += 1
                both_orgs = a["type"] in ORG_TYPES and b["type"] in ORG_TYPES
                c["merge_org"] += both_orgs
                wrong_merges.append(f"{a['name']} = {b['name']} ({ex.entities[eid].name})")
    return wrong_merges


def _entity_counts(ex, gold_entities, gold_to_pred, c: Counter) -> tuple[list[str], list[str]]:
    """Entities found, typed, extra and missed; investors."""
    gold_keys = {name_key(a): g for g in gold_entities for a in g["aliases"]}
    pred = [e for e in ex.entities.values() if e.type in TYPES]

    def gold_of(e):
        for alias in [e.name, *e.aliases]:
            g = gold_keys.get(name_key(alias))
            if g is not None:
                return g
        return None

    extra = []
    hit_gold = set()
    for e in pred:
        g = gold_of(e)
        c[f"pred_{e.type}"] += 1
        c["pred"] += 1
        if g is not None and g["type"] == e.type and g["name"] not in hit_gold:
            hit_gold.add(g["name"])
            c["tp"] += 1
            c[f"tp_{e.type}"] += 1
        elif g is None:
            extra.append(f"{e.name}/{e.type}")
    missed = []
    for g in gold_entities:
        c["gold"] += 1
        c[f"gold_{g['type']}"] += 1
        pid = gold_to_pred[g["name"]]
        if pid is not None:
            c["found"] += 1
            c[f"found_{g['type']}"] += 1
            ok = ex.entities[pid].type == g["type"]
            c["typed"] += ok
            c[f"typed_{g['type']}"] += ok
            if not ok:
                missed.append(f"{g['name']}/{g['type']} typed {ex.entities[pid].type}")
        else:
            missed.append(f"{g['name']}/{g['type']} not found")
    investors = [g for g in gold_entities if "Investor" in g.get("roles", [])]
    c["investor_gold"] += len(investors)
    c["investor_hit"] += sum(
        1
        for g in investors
        if gold_to_pred.get(g["name"]) and "Investor" in ex.entities[gold_to_pred[g["name"]]].roles
    )
    return extra, missed


def _span_counts(analysis, gold_entities: list[dict], c: Counter) -> list[str]:
    """Mention boundaries against the gold aliases' occurrences; returns the wrong spans."""
    aliases = [a for g in gold_entities for a in g["aliases"]]
    wrong_spans = []
    for s in analysis.sentences:
        gold = gold_spans(s.text, aliases)
        found = {
            (m.start, m.end)
            for m in analysis.mentions
            if m.sentence_id == s.id and m.kind in {"name", "date"}
        }
        c["span_gold"] += len(gold)
        c["span_pred"] += len(found)
        c["span_tp"] += len(gold & found)
        wrong_spans += [s.text[a:b] for a, b in sorted(found - gold)]
    return wrong_spans


def _relation_counts(ex, gold_relations, gold_to_pred, c: Counter) -> tuple[list[str], list[str]]:
    """Relations found (with evidence and role), missed and wrong."""
    pred_rels = {(r.subject, r.type, r.object): r for r in ex.relations}
    hit_keys = set()
    missed_rels = []
    for g in gold_relations:
        c["rel_gold"] += 1
        c[f"rel_gold_{g['type']}"] += 1
        s, o = gold_to_pred.get(g["subject"]), gold_to_pred.get(g["object"])
        keys = [(s, g["type"], o)] + ([(o, g["type"], s)] if g["type"] in SYMMETRIC else [])
        found = next((k for k in keys if k in pred_rels), None)
        if found is None:
            missed_rels.append(f"{g['subject']} {g['type']} {g['object']}  «{g['evidence']}»")
            continue
        c["rel_hit"] += 1
        c[f"rel_hit_{g['type']}"] += 1
        hit_keys.add(found)
        rel = pred_rels[found]
        c["ev_ok"] += any(g["evidence"] in ev.text for ev in rel.evidence)
        if g.get("role"):
            c["role_gold"] += 1
            want, got = name_key(g["role"]), name_key(getattr(rel, "role", "") or "")
            c["role_ok"] += bool(got) and (want in got or got in want)
    wrong = []
    for k, r in pred_rels.items():
        c["rel_pred"] += 1
        c[f"rel_pred_{k[1]}"] += 1
        if k in hit_keys:
            c["rel_tp"] += 1
            c[f"rel_tp_{k[1]}"] += 1
        else:
            wrong.append(
                f"{ex.entities[k[0]].name} {k[1]} {ex.entities[k[2]].name}  [{r.evidence[0].rule}]"
            )
    return missed_rels, wrong


def index_sets(gold_dir: Path = GOLD):
    """(group, name, text, entities, relations) of the sets listed in index.json."""
    for s in gold_sets(gold_dir):
        yield "index", s.name, s.text, s.entities, s.relations


def dir_sets(directory: Path):
    """(group, name, text, entities, relations) of every NAME.txt + NAME.json in a directory."""
    for s in gold_articles(directory):
        yield directory.name, s.name, s.text, s.entities, s.relations


def run(sets) -> dict:
    """Evaluate every set; returns {"sets": {name: result}, "groups": {group: counts}}."""
    out: dict = {"sets": {}, "groups": {}}
    for group, name, text, ents, rels in sets:
        r = evaluate(text, ents, rels)
        r["group"] = group
        out["sets"][name] = r
        out["groups"].setdefault(group, Counter()).update(r["counts"])
        out["groups"].setdefault("total", Counter()).update(r["counts"])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD), help="gold root")
    ap.add_argument(
        "--dir",
        action="append",
        help="measure only the NAME.txt + NAME.json articles of this directory (repeatable)",
    )
    ap.add_argument(
        "--no-lexicon",
        action="store_true",
        help="measure the rules alone (the built-in list of well-known names is left out)",
    )
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    args = ap.parse_args(argv)
    if args.no_lexicon:
        os.environ["KGSEARCH_BUILTIN_LEXICON"] = "0"
    gold = Path(args.gold)
    if args.dir:
        sets = [s for d in args.dir for s in dir_sets(Path(d))]
    else:
        sets = [*index_sets(gold), *dir_sets(gold / "news")]
    results = run(sets)
    if args.json:
        print(
            json.dumps(
                {
                    "sets": {n: rates(r["counts"]) for n, r in results["sets"].items()},
                    "groups": {g: rates(c) for g, c in results["groups"].items()},
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for name, r in results["sets"].items():
        print(line(name, r["counts"]))
        if args.verbose:
            print_misses(r)
    print()
    groups = results["groups"]
    for group in [g for g in groups if g != "total"] + ["total"]:
        c = groups[group]
        print(line(f"[{group}]", c))
        for text in details(c):
            print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
