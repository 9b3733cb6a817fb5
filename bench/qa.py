"""Question answering quality against tests/gold/*_qa.json, through the public Python API.

    python bench/qa.py                   # every *_qa.json under tests/gold and tests/gold/news
    python bench/qa.py -v                # and every wrong answer
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
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from korquad import exact_match, f1_score, normalize_answer  # noqa: E402

from kg.names import name_key  # noqa: E402
from search import KnowledgeBase  # noqa: E402


def _match(answer: str | None, accepted: list[str]) -> bool:
    if not answer:
        return False
    a = name_key(answer)
    return any(name_key(x) in a for x in accepted)


def evaluate(gold_path: Path, verbose: bool = False) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = (gold_path.parent / gold["text"]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        kb = KnowledgeBase.build([text_path], path=Path(tmp) / "kb")
        kb.ask("워밍업")  # the first call pays one-off costs; not a user's question
        rows = []
        for q in gold["questions"]:
            t = time.perf_counter()
            ans = kb.ask(q["question"])
            ms = (time.perf_counter() - t) * 1000
            rows.append((q, ans, ms))
        kb.close()
    answerable = [(q, a) for q, a, _ in rows if q["answers"]]
    unanswerable = [(q, a) for q, a, _ in rows if not q["answers"]]
    correct = [(q, a) for q, a in answerable if _match(a.answer, q["answers"])]
    ev = [
        (q, a)
        for q, a in answerable
        if q.get("evidence") and any(q["evidence"] in h.text for h in a.evidence[:5])
    ]
    said_none = [(q, a) for q, a, _ in rows if a.method == "none"]
    none_right = [(q, a) for q, a in said_none if not q["answers"]]
    lat = sorted(ms for _, _, ms in rows)
    res = {
        "questions": len(rows),
        "accuracy": len(correct) / len(answerable) if answerable else None,
        "evidence_at_5": len(ev) / len([q for q, _ in answerable if q.get("evidence")])
        if answerable
        else None,
        "no_answer_precision": len(none_right) / len(said_none) if said_none else 1.0,
        "no_answer_recall": len(none_right) / len(unanswerable) if unanswerable else None,
        "p50_ms": lat[len(lat) // 2],
        "p95_ms": lat[min(len(lat) - 1, int(len(lat) * 0.95))],
    }
    # calibration: how well one confidence threshold separates right answers from wrong ones
    scored = [
        (a.confidence, bool(q["answers"]) and _match(a.answer, q["answers"]))
        for q, a, _ in rows
        if a.method != "none"
    ]
    best_acc, best_t = 0.0, 0.0
    for t in sorted({c for c, _ in scored} | {0.0}):
        acc = sum((c >= t) == ok for c, ok in scored) / len(scored) if scored else 1.0
        if acc > best_acc:
            best_acc, best_t = acc, t
    res["threshold_accuracy"], res["threshold"] = best_acc, best_t
    if verbose:
        res["wrong"] = [
            f"{q['question']} -> {a.answer!r} ({a.method}) want {q['answers'][:2]}"
            for q, a in answerable
            if (q, a) not in correct
        ]
        res["false_none"] = [q["question"] for q, a in said_none if q["answers"]]
        res["missed_none"] = [
            f"{q['question']} -> {a.answer!r} ({a.method}, {a.confidence})"
            for q, a in unanswerable
            if a.method != "none"
        ]
        res["calibration"] = sorted(
            (round(a.confidence, 2), _match(a.answer, q["answers"]) if q["answers"] else False)
            for q, a, _ in rows
            if a.method != "none"
        )
    return res


def _percentile(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(len(v) * q))] if v else 0.0


def evaluate_korquad(path: Path, split: str, cache: Path, limit: int = 0, verbose=False) -> dict:
    """EM / F1 of ``kb.ask``'s short answer over a KorQuAD split (see the module docstring)."""
    from retrieval import load_split, open_kb

    docs, questions = load_split(path, split)
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    offset = 0 if split == "dev" else 70
    answers = {}
    for ai, art in enumerate(data[offset : offset + 70], start=offset):
        for pi, para in enumerate(art["paragraphs"]):
            for qa in para["qas"]:
                key = (qa["question"], f"a{ai:03d}-p{pi:02d}")
                answers[key] = [a["text"] for a in qa["answers"]]
    if limit:
        questions = questions[:limit]
    kb = open_kb(docs, cache, split)
    kb.ask("워밍업")  # the first call pays one-off costs; not a user's question
    ems, f1s, ms, answered, contains, wrong = [], [], [], 0, 0, []
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
    }
    if verbose:
        res["wrong"] = wrong
    return res


def gold_files(gold: Path) -> list[Path]:
    """Our gold QA files: tests/gold/*_qa.json and tests/gold/news/*_qa.json (never heldout/)."""
    return sorted(gold.glob("*_qa.json")) + sorted((gold / "news").glob("*_qa.json"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "tests" / "gold"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--korquad", type=Path, help="KorQuAD 1.0 dev file: score ask() on a half")
    ap.add_argument("--split", choices=["dev", "test"], default="test")
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--limit", type=int, default=0, help="only the first N KorQuAD questions")
    args = ap.parse_args(argv)
    if args.korquad:
        r = evaluate_korquad(args.korquad, args.split, args.cache, args.limit, args.verbose)
        if args.json:
            print(json.dumps(r, ensure_ascii=False, indent=2))
            return 0
        print(
            f"KorQuAD 1.0 {r['split']} half: {r['paragraphs']} paragraphs, {r['questions']} "
            f"questions\n  EM {r['EM']:.3f}  F1 {r['F1']:.3f}  answered {r['answered']:.3f}  "
            f"answer contains a right one {r['contains_right']:.3f}\n"
            f"  ask latency p50 {r['p50_ms']:.0f} ms  p99 {r['p99_ms']:.0f} ms"
        )
        for line in r.get("wrong", []):
            print(f"    wrong: {line}")
        return 0
    results = {
        p.relative_to(Path(args.gold)).with_suffix("").as_posix(): evaluate(p, args.verbose)
        for p in gold_files(Path(args.gold))
    }
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    for name, r in results.items():
        print(f"== {name}: {r['questions']} questions")
        print(
            f"  accuracy {r['accuracy']:.3f}   evidence@5 {r['evidence_at_5']:.3f}   "
            f"no-answer P {r['no_answer_precision']:.3f} R {r['no_answer_recall']:.3f}   "
            f"latency p50 {r['p50_ms']:.0f} ms p95 {r['p95_ms']:.0f} ms   "
            f"threshold {r['threshold']:.2f} separates {r['threshold_accuracy']:.3f}"
        )
        if args.verbose:
            for key in ("wrong", "false_none", "missed_none"):
                for line in r[key]:
                    print(f"    {key}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
