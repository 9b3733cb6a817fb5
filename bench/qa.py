"""Question answering quality against tests/gold/*_qa.json, through the public Python API.

    python bench/qa.py                   # every *_qa.json under tests/gold
    python bench/qa.py -v                # and every wrong answer

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

from corpora import GOLD, gold_qa_files  # noqa: E402

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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    results = {p.stem: evaluate(p, args.verbose) for p in gold_qa_files(Path(args.gold))}
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
