"""Question answering quality against tests/gold/*_qa.json, through the public Python API.

    python bench/qa.py                   # every *_qa.json under tests/gold and tests/gold/news
    python bench/qa.py -v                # and every wrong answer
    python bench/qa.py --only people --kb-cache bench/out/gold-kb   # iterating: some files,
                                         # each article's knowledge base kept and reused
    python bench/qa.py --korquad ../shared/data/KorQuAD_v1.0_dev.json            # test half
    python bench/qa.py --korquad ../shared/data/KorQuAD_v1.0_dev.json --split dev

With --korquad, a knowledge base of the split's paragraphs (articles 70-139 for test, 0-69 for
dev; kept in --cache) answers every question of the split through ``kb.ask``; the short answer
is scored with KorQuAD 1.0's official exact match and character F1 (bench/korquad.py, no answer
scores 0), and the share answered, the share whose answer contains a right answer, and ask
latency (one process, after a warm-up) are reported.

For each gold file: a knowledge base is built from its article, every question is asked, and
it prints answer accuracy (answerable questions whose answer contains an accepted answer),
evidence@5 (the supporting sentence among the first five evidence hits), no-answer precision and
recall (method "none" against the questions the article cannot answer), and p50/p95 latency.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import GOLD, gold_qa_files, korquad_answers  # noqa: E402
from korquad import exact_match, f1_score, normalize_answer  # noqa: E402

from kg.names import name_key  # noqa: E402
from search import KnowledgeBase  # noqa: E402


def _spellings(item) -> list[str]:
    return item if isinstance(item, list) else [item]


def _says_nothing(ans) -> bool:
    """No answer: method "none", or a yes/no question answered "알 수 없음"."""
    return ans.method == "none" or not ans.answer or ans.answer == "알 수 없음"


def is_right(ans, q: dict) -> bool:
    """A gold question answered right.  Unanswerable: saying nothing.  Yes/no: the answer is
    예 or 아니오 as written.  List: every item (any of its spellings) is in the answer.  Else:
    an accepted answer is in the answer (a name_key comparison, spaces and punctuation aside)."""
    if not q["answers"]:
        return _says_nothing(ans)
    if _says_nothing(ans):
        return False
    a = name_key(ans.answer)
    if q.get("answer_type") == "yes_no":
        return a == name_key(q["answers"][0])
    if q.get("list"):
        return all(any(name_key(x) in a for x in _spellings(item)) for item in q["answers"])
    return any(name_key(x) in a for item in q["answers"] for x in _spellings(item))


#: what a knowledge base of one article is made by: a kept one (--kb-cache) is used only while
#: these files and the article are unchanged
_BUILT_BY = [
    "kg",
    "search/pipeline.py",
    "search/ingest.py",
    "search/documents.py",
    "search/vectors.py",
]


def _build_stamp(text_path: Path) -> str:
    h = hashlib.sha1(text_path.read_bytes())
    for entry in _BUILT_BY:
        root = ROOT / entry
        for f in sorted(root.rglob("*")) if root.is_dir() else [root]:
            if f.is_file() and "__pycache__" not in f.parts:
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


@contextlib.contextmanager
def article_kb(text_path: Path, kb_cache: Path | None = None):
    """A knowledge base of one article: built in a temporary directory, or, with ``kb_cache``,
    kept there and reused while the article and the code that builds it are unchanged (for
    iterating on how questions are answered; the numbers reported are from fresh builds)."""
    if kb_cache is None:
        with tempfile.TemporaryDirectory() as tmp:
            kb = KnowledgeBase.build([text_path], path=Path(tmp) / "kb")
            try:
                yield kb
            finally:
                kb.close()
        return
    path = Path(kb_cache) / f"{text_path.stem}-{_build_stamp(text_path)}"
    kb = KnowledgeBase.open(path) if path.exists() else KnowledgeBase.build([text_path], path=path)
    try:
        yield kb
    finally:
        kb.close()


def evaluate(gold_path: Path, verbose: bool = False, kb_cache: Path | None = None) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = (gold_path.parent / gold["text"]).resolve()
    with article_kb(text_path, kb_cache) as kb:
        kb.ask("워밍업")  # the first call pays one-off costs; not a user's question
        rows = []
        for q in gold["questions"]:
            t = time.perf_counter()
            ans = kb.ask(q["question"])
            ms = (time.perf_counter() - t) * 1000
            rows.append((q, ans, ms))
    answerable = [(q, a) for q, a, _ in rows if q["answers"]]
    unanswerable = [(q, a) for q, a, _ in rows if not q["answers"]]
    right = [(q, a) for q, a, _ in rows if is_right(a, q)]
    ev = [
        (q, a)
        for q, a in answerable
        if q.get("evidence") and any(q["evidence"] in h.text for h in a.evidence[:5])
    ]
    said_none = [(q, a) for q, a, _ in rows if _says_nothing(a)]
    none_right = [(q, a) for q, a in said_none if not q["answers"]]
    confident_wrong = [
        (q, a)
        for q, a, _ in rows
        if not _says_nothing(a) and a.confidence >= 0.8 and not is_right(a, q)
    ]
    lat = sorted(ms for _, _, ms in rows)
    with_evidence = [q for q, _ in answerable if q.get("evidence")]
    res = {
        "questions": len(rows),
        "answerable": len(answerable),
        "right": len(right) / len(rows),
        "accuracy": sum(is_right(a, q) for q, a in answerable) / len(answerable)
        if answerable
        else None,
        "evidence_at_5": len(ev) / len(with_evidence) if with_evidence else None,
        "no_answer_precision": len(none_right) / len(said_none) if said_none else 1.0,
        "no_answer_recall": len(none_right) / len(unanswerable) if unanswerable else None,
        "confidently_wrong": len(confident_wrong) / len(rows),
        "p50_ms": lat[len(lat) // 2],
        "p95_ms": lat[min(len(lat) - 1, int(len(lat) * 0.95))],
        # (confidence, right) of every answer given, for the reliability table
        "scored": [(a.confidence, is_right(a, q)) for q, a, _ in rows if not _says_nothing(a)],
    }
    if verbose:
        res["wrong"] = [
            f"{q['question']} -> {a.answer!r} ({a.method}, {a.answer_type}, {a.confidence}) "
            f"want {q['answers'][:3]}"
            for q, a, _ in rows
            if not is_right(a, q)
        ]
    return res


def reliability(scored: list[tuple[float, bool]], edges=(0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.01)):
    """Rows (range, answers, mean confidence, share right) of a reliability table."""
    rows = []
    for lo, hi in itertools.pairwise(edges):
        inside = [(c, ok) for c, ok in scored if lo <= c < hi]
        if inside:
            rows.append(
                (
                    f"{lo:.1f}-{min(hi, 1.0):.1f}",
                    len(inside),
                    sum(c for c, _ in inside) / len(inside),
                    sum(ok for _, ok in inside) / len(inside),
                )
            )
    return rows


def _percentile(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(len(v) * q))] if v else 0.0


def evaluate_korquad(path: Path, split: str, cache: Path, limit: int = 0, verbose=False) -> dict:
    """EM / F1 of ``kb.ask``'s short answer over a KorQuAD split (see the module docstring)."""
    from retrieval import load_split, open_kb

    docs, questions = load_split(path, split)
    answers = korquad_answers(path, split)
    if limit:
        questions = questions[:limit]
    kb = open_kb(docs, cache, split)
    kb.ask("워밍업")  # the first call pays one-off costs; not a user's question
    ems, f1s, ms, answered, contains, wrong, scored = [], [], [], 0, 0, [], []
    for text, doc_id, _ in questions:
        truth = answers[(text, doc_id)]
        t = time.perf_counter()
        ans = kb.ask(text)
        ms.append((time.perf_counter() - t) * 1000)
        pred = ans.answer if ans.method != "none" else None
        ems.append(max(exact_match(pred, a) for a in truth))
        f1s.append(max(f1_score(pred, a) for a in truth))
        if pred:
            answered += 1
            contains += any(normalize_answer(a) in normalize_answer(pred) for a in truth)
            scored.append((ans.confidence, f1s[-1] >= 0.8))
        if verbose and ems[-1] == 0:
            wrong.append(f"{text} -> {pred!r} ({ans.method}, {ans.confidence}) want {truth[0]!r}")
    kb.close()
    n = len(questions)
    res = {
        "split": split,
        "paragraphs": len(docs),
        "questions": n,
        "EM": sum(ems) / n,
        "F1": sum(f1s) / n,
        "answered": answered / n,
        "contains_right": contains / n,
        "p50_ms": _percentile(ms, 0.5),
        "p99_ms": _percentile(ms, 0.99),
        "confidently_wrong": sum(c >= 0.8 and not ok for c, ok in scored) / n,
        "reliability": reliability(scored),
    }
    if verbose:
        res["wrong"] = wrong
    return res


def gold_files(gold: Path) -> list[Path]:
    """Our gold QA files: tests/gold/*_qa.json and tests/gold/news/*_qa.json (never heldout/)."""
    return gold_qa_files(gold) + gold_qa_files(gold / "news")


def print_korquad(r: dict) -> None:
    print(
        f"KorQuAD 1.0 {r['split']} half: {r['paragraphs']} paragraphs, {r['questions']} "
        f"questions\n  EM {r['EM']:.3f}  F1 {r['F1']:.3f}  answered {r['answered']:.3f}  "
        f"answer contains a right one {r['contains_right']:.3f}\n"
        f"  ask latency p50 {r['p50_ms']:.0f} ms  p99 {r['p99_ms']:.0f} ms\n"
        f"  confidently wrong (confidence >= 0.8, F1 < 0.8) {r['confidently_wrong']:.3f}\n"
        "  reliability (right = F1 >= 0.8): confidence | answers | mean confidence | right"
    )
    for rng, k, mc, acc in r["reliability"]:
        print(f"  | {rng} | {k} | {mc:.2f} | {acc:.2f} |")
    for line in r.get("wrong", []):
        print(f"    wrong: {line}")


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def _round(name: str) -> int:
    """Which spent held-out round a news/ gold file was (0: none; -1: not in news/)."""
    if not name.startswith("news/") or name == "news/seed-fresh_qa":
        return -1
    if m := re.match(r"news/r(\d+)-", name):
        return int(m.group(1))  # r2-*, r3-*, ...: spent rounds 2, 3, ...
    return 1 if re.search(r"-h\d_qa$", name) or name == "news/seed-fresh2_qa" else 0


def _of_round(results: dict, k: int) -> list[str]:
    return [n for n in results if _round(n) == k]


def print_gold(results: dict, verbose: bool) -> None:
    """The table per gold file, the totals of the groups, the reliability table, the misses."""
    print(
        "| gold file | questions | right | answerable right | evidence@5 | no-answer P | no-answer R | confidently wrong | p50 | p95 |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, r in results.items():
        print(
            f"| {name} | {r['questions']} | {_fmt(r['right'])} | {_fmt(r['accuracy'])} | "
            f"{_fmt(r['evidence_at_5'])} | {_fmt(r['no_answer_precision'])} | "
            f"{_fmt(r['no_answer_recall'])} | {_fmt(r['confidently_wrong'])} | "
            f"{r['p50_ms']:.0f} ms | {r['p95_ms']:.0f} ms |"
        )
    for group, names in (
        ("default article (seed_qa + news/seed-fresh_qa)", ["seed_qa", "news/seed-fresh_qa"]),
        (
            "news/ (all but seed-fresh)",
            [n for n in results if n.startswith("news/") and n != "news/seed-fresh_qa"],
        ),
        ("  of them, written alongside the code", [n for n in results if _round(n) == 0]),
        ("  of them, held-out round 1 (*-h1, *-h2, seed-fresh2)", _of_round(results, 1)),
        *(
            (f"  of them, held-out round {k} (r{k}-*)", _of_round(results, k))
            for k in range(2, max(map(_round, results), default=0) + 1)
        ),
        ("all", list(results)),
    ):
        rs = [results[n] for n in names if n in results]
        if not rs:
            continue
        n = sum(r["questions"] for r in rs)
        right = sum(r["right"] * r["questions"] for r in rs)
        cw = sum(r["confidently_wrong"] * r["questions"] for r in rs)
        print(f"{group}: {n} questions, right {right / n:.3f}, confidently wrong {cw / n:.3f}")
    scored = [s for r in results.values() for s in r["scored"]]
    print("\nreliability (all answers given): confidence | answers | mean confidence | right")
    for rng, k, mc, acc in reliability(scored):
        print(f"| {rng} | {k} | {mc:.2f} | {acc:.2f} |")
    if verbose:
        for name, r in results.items():
            for line in r["wrong"]:
                print(f"    {name}: {line}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--korquad", type=Path, help="KorQuAD 1.0 dev file: score ask() on a half")
    ap.add_argument("--split", choices=["dev", "test"], default="test")
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--limit", type=int, default=0, help="only the first N KorQuAD questions")
    ap.add_argument("--kb-cache", type=Path, help="keep and reuse each gold article's KB here")
    ap.add_argument("--only", default="", help="only gold files whose name contains this")
    args = ap.parse_args(argv)
    if args.korquad:
        r = evaluate_korquad(args.korquad, args.split, args.cache, args.limit, args.verbose)
        if args.json:
            print(json.dumps(r, ensure_ascii=False, indent=2))
        else:
            print_korquad(r)
        return 0
    results = {
        p.relative_to(Path(args.gold)).with_suffix("").as_posix(): evaluate(
            p, args.verbose, args.kb_cache
        )
        for p in gold_files(Path(args.gold))
        if args.only in p.name
    }
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print_gold(results, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
