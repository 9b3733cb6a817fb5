"""Every dev gold answer as one JSON row, for measuring checks that only read an answer.

    python bench/answer_rows.py --kb-cache /tmp/kb --exclude r24-,r25- > rows.jsonl

    python bench/answer_rows.py --korquad KorQuAD_v1.0_dev.json --cache /tmp/kq > kq.jsonl

A row holds the gold file, the question, its accepted answers, whether the answer is right
(bench/qa.py's is_right; for KorQuAD's dev half, articles 0-69 only, KorQuAD F1 >= 0.8 as
bench/qa.py scores confidently wrong), and the answer as ``Answer.to_dict()`` (text, method,
type, confidence, evidence sentences).  bench/fit_agreement.py reads these rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import korquad_answers  # noqa: E402
from korquad import f1_score  # noqa: E402
from qa import GOLD, article_kb, gold_files, is_right  # noqa: E402


def korquad_rows(path: Path, cache: Path):
    """Rows of KorQuAD's dev half (articles 0-69; the test half is never read)."""
    from retrieval import load_split, open_kb

    docs, questions = load_split(path, "dev")
    answers = korquad_answers(path, "dev")
    kb = open_kb(docs, cache, "dev")
    kb.ask("워밍업")
    for i, (text, doc_id, _) in enumerate(questions):
        ans = kb.ask(text)
        truth = answers[(text, doc_id)]
        pred = ans.answer if ans.method != "none" else None
        right = max(f1_score(pred, a) for a in truth) >= 0.8
        yield {
            "gold": f"korquad-dev-{doc_id}",
            "index": i,
            "question": text,
            "answers": truth,
            "right": right,
            "answer": ans.to_dict(),
        }
    kb.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb-cache", type=Path, default=None)
    ap.add_argument("--exclude", default="", help="comma-separated gold file name parts to skip")
    ap.add_argument("--reverse", action="store_true", help="the gold files in reverse order")
    ap.add_argument("--korquad", type=Path, help="KorQuAD 1.0 dev file: its dev half instead")
    ap.add_argument("--cache", type=Path, help="with --korquad: where its knowledge base is kept")
    args = ap.parse_args(argv)
    if args.korquad:
        for row in korquad_rows(args.korquad, args.cache):
            print(json.dumps(row, ensure_ascii=False), flush=True)
        return 0
    skip = [part for part in args.exclude.split(",") if part]
    paths = gold_files(GOLD)
    for gold_path in reversed(paths) if args.reverse else paths:
        if any(part in gold_path.name for part in skip):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = (gold_path.parent / gold["text"]).resolve()
        with article_kb(text_path, args.kb_cache) as kb:
            kb.ask("워밍업")
            for i, q in enumerate(gold["questions"]):
                ans = kb.ask(q["question"])
                row = {
                    "gold": gold_path.stem,
                    "index": i,
                    "text": str(text_path),
                    "question": q["question"],
                    "answers": q["answers"],
                    "right": is_right(ans, q),
                    "answer": ans.to_dict(),
                }
                print(json.dumps(row, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
