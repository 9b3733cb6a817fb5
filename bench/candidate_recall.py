"""Candidate recall of the reader: can the right answer be picked at all?

    PYTHONPATH=$PWD python bench/candidate_recall.py --kb-cache /tmp/kb > out.txt
    PYTHONPATH=$PWD python bench/candidate_recall.py --only r21- --kb-cache /tmp/kb -v

For every answerable gold question (not yes/no; never round 24, the validation round) whose
accepted answer is written in one of the sentences the reader reads for it (search/reader_input.py),
it asks whether one of the reader's candidates (search/reader.py, before the rules) and one of
the candidates the rules keep (search/typed_candidates.py) holds an accepted answer ("equal":
the answer's name key is in the candidate's, as bench/qa.py scores) or overlaps one (one's key in
the other's).  It prints recall by asked kind and, with -v, the misses grouped by the family of
the answer's shape (a native-word number, a range, a figure, a name, other words).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from qa import article_kb, gold_files  # noqa: E402

from kg.names import name_key  # noqa: E402
from search.answer_types import read_asked  # noqa: E402
from search.answering import ANSWER_POOL, read_question, search  # noqa: E402
from search.reader_input import reader_input, relation_kind  # noqa: E402
from search.reader_model import reader_model  # noqa: E402
from search.typed_candidates import typed_candidates  # noqa: E402

#: the validation round: scored only, never studied
_VALIDATION = "r24-"

#: the words of a native-word count or an ordinal ("사흘", "세 번째")
_NATIVE = re.compile(r"하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|번째|첫째|둘째|셋째")


def _accepted(q: dict) -> list[str]:
    return [x for item in q["answers"] for x in (item if isinstance(item, list) else [item])]


def _holds(cand: str, answers: list[str]) -> tuple[bool, bool]:
    """(equal, overlapping): an accepted answer in the candidate, or one inside the other."""
    c = name_key(cand)
    keys = [name_key(a) for a in answers]
    equal = any(k and k in c for k in keys)
    return equal, equal or any(len(c) >= 2 and c in k for k in keys)


def family(answer: str, kind: str) -> str:
    """The family of an answer's shape."""
    if _NATIVE.search(answer):
        return "native number"
    if re.search(r"[~∼〜]|부터|까지", answer):
        return "range"
    if re.search(r"\d", answer):
        return "figure"
    if kind in {"person", "company", "organization", "investor", "model", "where"}:
        return "name"
    return "other words"


def recall_of(gold_path: Path, kb_cache: Path | None) -> list[dict]:
    """One row per answerable question whose answer the reader's sentences write."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    rows = []
    model = reader_model()
    with article_kb((gold_path.parent / gold["text"]).resolve(), kb_cache) as kb:
        snap, embedder = kb.snapshot(), kb.embedder
        for g in gold["questions"]:
            if not g["answers"] or g.get("answer_type") == "yes_no" or g.get("list"):
                continue
            answers = _accepted(g)
            q = read_question(snap, g["question"])
            hits = search(snap, embedder, g["question"], ANSWER_POOL, q)
            asked = relation_kind(q, read_asked(q.tokens))
            ri = reader_input(q, snap, hits, asked)
            if not any(name_key(a) in name_key(p.text) for p in ri.passages for a in answers):
                continue
            raw = ri.candidates(model)
            kept = typed_candidates(q, snap, ri, asked, model)
            row = {"question": g["question"], "answers": answers[:3], "kind": asked.kind}
            for name, cands in (("raw", raw), ("kept", kept)):
                marks = [_holds(c.text, answers) for c in cands]
                row[name] = (any(m[0] for m in marks), any(m[1] for m in marks))
            row["top"] = [c.text for c in raw[:4]]
            rows.append(row)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="gold files whose name contains this")
    ap.add_argument("--kb-cache", type=Path, default=None)
    ap.add_argument("-v", action="store_true", help="list the misses by family")
    args = ap.parse_args(argv)
    rows = []
    for path in gold_files(ROOT / "tests" / "gold"):
        if args.only not in path.name or path.name.startswith(_VALIDATION):
            continue
        rows += recall_of(path, args.kb_cache)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        for k in (r["kind"], "all"):
            c = by_kind[k]
            c["n"] += 1
            for name in ("raw", "kept"):
                c[f"{name} equal"] += r[name][0]
                c[f"{name} overlap"] += r[name][1]
    print(f"{'kind':<14}{'n':>6}  raw equal/overlap  kept equal/overlap")
    for kind, c in sorted(by_kind.items(), key=lambda kv: -kv[1]["n"]):
        n = c["n"]
        print(
            f"{kind:<14}{n:>6}  {c['raw equal'] / n:.3f} / {c['raw overlap'] / n:.3f}"
            f"      {c['kept equal'] / n:.3f} / {c['kept overlap'] / n:.3f}"
        )
    if args.v:
        misses = defaultdict(list)
        for r in rows:
            if not r["raw"][0]:
                misses[family(r["answers"][0], r["kind"])].append(r)
        for fam, rs in sorted(misses.items(), key=lambda kv: -len(kv[1])):
            print(f"\n{fam}: {len(rs)} missed by every candidate")
            for r in rs:
                print(f"  [{r['kind']}] {r['question']} want {r['answers']} top {r['top']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
