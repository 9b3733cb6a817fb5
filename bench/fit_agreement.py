"""Fit the confidence cap of search/answer_agreement.py on dev gold answers.

    python bench/answer_rows.py --kb-cache /tmp/kb --exclude r24-,r25- > rows.jsonl
    python bench/fit_agreement.py rows.jsonl [more rows.jsonl ...]

For every answer given (yes/no aside) it runs the agreement checks on the evidence sentence that
writes the answer and prints, per check, how many answers it flags and how many of them are
right; the cap is the share of all flagged answers that are right, smoothed as (right + 1) /
(flagged + 2) so that a few flagged answers never claim certainty, rounded to 2 decimals and
never above 0.79 (written by hand into search/resources/answer_agreement.toml).  It also prints
the confidently wrong count (confidence >= 0.8 and wrong) before and after the cap.  Rows of
the validation rounds (r24-, r25-) are never read.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search.answer_agreement import answer_sentence, disagreement  # noqa: E402
from search.results import Answer  # noqa: E402

#: rounds kept for validation: never fitted on
VALIDATION = ("r24-", "r25-")


def read_rows(paths: list[Path]) -> list[dict]:
    """Rows of answer_rows.py, once each, the validation rounds left out."""
    rows = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if not row["gold"].startswith(VALIDATION):
                rows[(row["gold"], row["index"])] = row
    return list(rows.values())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=Path, nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every flagged answer")
    args = ap.parse_args(argv)
    rows = read_rows(args.rows)
    counts = collections.defaultdict(lambda: [0, 0])  # check -> [right, wrong]
    flagged = []
    for row in rows:
        ans = Answer(**row["answer"])
        if ans.method == "none" or not ans.answer or ans.answer_type == "yes_no":
            continue
        check = disagreement(row["question"], ans.answer, answer_sentence(ans))
        if check:
            counts[check][0 if row["right"] else 1] += 1
            flagged.append((row, ans, check))
    print(f"{len(rows)} dev answers read")
    for check, (right, wrong) in sorted(counts.items()):
        print(f"  {check}: {right + wrong} flagged, {right} right, {wrong} wrong")
    right = sum(r["right"] for r, _, _ in flagged)
    cap = min(0.79, round((right + 1) / (len(flagged) + 2), 2))
    print(f"all: {len(flagged)} flagged, {right} right -> cap {cap}")
    before = [r for r in rows if not r["right"] and _given(r) and r["answer"]["confidence"] >= 0.8]
    caught = {(r["gold"], r["index"]) for r, _, _ in flagged if not r["right"]}
    after = [r for r in before if (r["gold"], r["index"]) not in caught]
    print(f"confidently wrong: {len(before)} -> {len(after)} of {len(rows)}")
    if args.verbose:
        for row, ans, check in flagged:
            mark = "right" if row["right"] else "WRONG"
            print(
                f"  [{check} {mark} {ans.confidence}] {row['gold']}: {row['question']} -> "
                f"{ans.answer} | {answer_sentence(ans)[:120]}"
            )
    return 0


def _given(row: dict) -> bool:
    a = row["answer"]
    return a["method"] != "none" and bool(a["answer"]) and a["answer"] != "알 수 없음"


if __name__ == "__main__":
    raise SystemExit(main())
