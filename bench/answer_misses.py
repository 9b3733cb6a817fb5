"""Where the no-answer decision goes wrong, from both sides, on the development gold.

    python bench/answer_misses.py --kb-cache /tmp/kb              # every dev gold file
    python bench/answer_misses.py --kb-cache /tmp/kb --only r7-   # some files
    python bench/answer_misses.py --kb-cache /tmp/kb --rows       # and one line a question

For every answerable question answered with nothing it says where the right answer was:

- ``under line, right``: the path answered right but the calibration put it under the line
- ``under line, wrong``: the path answered wrongly, then fell under the line
- ``path none, reader right``: the path that ran gave nothing; the plain reader
  (search/reader_answers.py) would have answered right (with its calibrated confidence)
- ``type filter``: the reader had a right candidate (rank, probability) that the kind rules
  (search/typed_candidates.py) dropped
- ``reader missed``: a hit writes the answer but no reader candidate is it
- ``retrieval``: no hit of the answer pool writes the answer

and for every question the text cannot answer that got an answer, the path and the signals
that gave it.  The counts are per held-out round (news/rNN-*) and in all.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from qa import _round, article_kb, gold_files, is_right  # noqa: E402

from kg.names import name_key  # noqa: E402
from search.answer_types import read_asked  # noqa: E402
from search.answering import ANSWER_POOL, hit_at, read_question, search  # noqa: E402
from search.calibration import calibrator  # noqa: E402
from search.qa import NO_ANSWER_PROBABILITY, _answer, answer  # noqa: E402
from search.reader_answers import sentence_answer  # noqa: E402
from search.reader_input import reader_input, relation_kind  # noqa: E402
from search.typed_candidates import typed_candidates  # noqa: E402


def _keys(q: dict) -> list[str]:
    return [
        name_key(x) for item in q["answers"] for x in (item if isinstance(item, list) else [item])
    ]


def _holds(text: str, keys: list[str]) -> bool:
    k = name_key(text)
    return any(x and (x in k or k in x) for x in keys) if k else False


def _path(signals: dict) -> str:
    paths = [k[5:] for k in signals if k.startswith("path=")]
    return "/".join(paths) or "?"


def _rank(cands, keys) -> tuple[int, float] | None:
    for i, c in enumerate(cands):
        if _holds(c.text, keys):
            return i, c.probability
    return None


def diagnose(kb, gq: dict) -> dict:
    """One gold question asked through the pieces of kb.ask, and where its answer went."""
    snap = kb.snapshot()
    q = read_question(snap, gq["question"])
    hits = search(snap, snap.embedder, gq["question"], ANSWER_POOL, q)

    def hit_for(sid):
        pos = snap.pos_of_sentence.get(sid)
        if pos is None:
            return None
        return next((h for h in hits if h.sentence_id == sid), None) or hit_at(
            snap, pos, 1.0, {"graph": True}
        )

    signals: list = []
    final = answer(q, snap, hits, hit_for, signals_out=signals)
    sig = signals[0]
    row = {
        "question": gq["question"],
        "want": gq["answers"][:2],
        "answer": final.answer,
        "method": final.method,
        "confidence": final.confidence,
        "path": _path(sig),
        "right": is_right(final, gq),
    }
    said_none = final.method == "none" or not final.answer or final.answer == "알 수 없음"
    if not gq["answers"]:
        row["group"] = "unanswerable, said nothing" if said_none else f"answered by {row['path']}"
        row["signals"] = {k: round(v, 3) for k, v in sig.items()}
        return row
    if not said_none:
        row["group"] = "answered"
        return row
    if gq.get("answer_type") == "yes_no":
        row["group"] = "yes/no unknown"  # 알 수 없음: search/yes_no.py's decision
        return row
    keys = _keys(gq)
    raw, raw_sig = _answer(q, snap, hits, hit_for, None)
    if raw.method != "none" and raw.answer and raw.answer != "알 수 없음":
        from search.calibration import answer_signals

        raw_sig = {**raw_sig, **answer_signals(q, hits, raw)}
        p = calibrator()(raw_sig)
        ok = is_right(raw, gq)
        row["group"] = f"under line, {'right' if ok else 'wrong'}"
        row["detail"] = f"{raw.answer!r} p={p:.3f} via {_path(raw_sig)}"
        return row
    asked = read_asked(q.tokens)
    ri = reader_input(q, snap, hits, relation_kind(q, asked))
    plain, plain_sig = sentence_answer(q, snap, hits, hit_for, asked)
    if plain.method != "none" and is_right(plain, gq):
        from search.calibration import answer_signals

        p = calibrator()({**plain_sig, **answer_signals(q, hits, plain)})
        row["group"] = "path none, reader right"
        row["detail"] = f"{plain.answer!r} p={p:.3f} (path {row['path']})"
        return row
    cands = ri.candidates()
    found = _rank(cands, keys)
    dropped_by: list[str] = []
    with _traced(keys, dropped_by):
        typed = typed_candidates(q, snap, ri, asked, None)
    if found is not None and _rank(typed, keys) is None:
        row["group"] = "type filter"
        by = dropped_by[0] if dropped_by else "?"
        row["detail"] = f"rank {found[0]} p={found[1]:.3f} kind={asked.kind} dropped by {by}"
    elif found is not None:
        row["group"] = "reader ranked it lower"
        row["detail"] = f"rank {found[0]} p={found[1]:.3f} kind={asked.kind} path {row['path']}"
    elif any(_holds_in(h.text, keys) for h in hits):
        row["group"] = "reader missed"
        row["detail"] = f"kind={asked.kind} path {row['path']}"
    else:
        row["group"] = "retrieval"
        row["detail"] = f"kind={asked.kind}"
    return row


#: the names search/typed_candidates.py imports that are no rule of its chain
_NOT_RULES = frozenset({"typed_candidates", "Candidate", "Question", "ReaderInput", "Asked"})


@contextlib.contextmanager
def _traced(keys: list[str], dropped_by: list[str]):
    """Every rule of search/typed_candidates.py wrapped to note (in ``dropped_by``) the ones
    whose output lost the right candidate their input had."""
    import search.typed_candidates as tc

    saved = {}
    for name, fn in vars(tc).items():
        rule = getattr(fn, "__module__", "").startswith("search.") and callable(fn)
        if rule and name not in _NOT_RULES:
            saved[name] = fn
            setattr(tc, name, _watch(name, fn, keys, dropped_by))
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(tc, name, fn)


def _watch(name, fn, keys, dropped_by):
    def wrapped(*args, **kwargs):
        out = fn(*args, **kwargs)
        before = next((a for a in reversed(args) if isinstance(a, list)), None)
        if isinstance(out, list) and before is not None:
            if _rank(before, keys) is not None and _rank(out, keys) is None:
                dropped_by.append(name)
        return out

    return wrapped


def _holds_in(text: str, keys: list[str]) -> bool:
    t = name_key(text)
    return any(k and k in t for k in keys)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "tests" / "gold"))
    ap.add_argument("--kb-cache", type=Path)
    ap.add_argument("--only", default="")
    ap.add_argument("--rows", action="store_true", help="print one line a question")
    ap.add_argument("--json", type=Path, help="write every row here")
    args = ap.parse_args(argv)
    print(f"no-answer line {NO_ANSWER_PROBABILITY}", file=sys.stderr)
    table: dict[str, Counter] = defaultdict(Counter)
    rows = []
    for path in gold_files(Path(args.gold)):
        if args.only not in path.name:
            continue
        name = path.relative_to(Path(args.gold)).with_suffix("").as_posix()
        gold = json.loads(path.read_text(encoding="utf-8"))
        with article_kb((path.parent / gold["text"]).resolve(), args.kb_cache) as kb:
            for gq in gold["questions"]:
                row = {"file": name, "round": _round(name), **diagnose(kb, gq)}
                rows.append(row)
                table[row["group"]][row["round"]] += 1
                if args.rows and row["group"] not in {"answered", "unanswerable, said nothing"}:
                    print(json.dumps(row, ensure_ascii=False))
    rounds = sorted({r["round"] for r in rows})
    print("| group | " + " | ".join(f"r{k}" if k > 0 else str(k) for k in rounds) + " | all |")
    print("| --- " * (len(rounds) + 2) + "|")
    for group, per in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        cells = " | ".join(str(per.get(k, 0)) for k in rounds)
        print(f"| {group} | {cells} | {sum(per.values())} |")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
