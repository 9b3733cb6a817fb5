"""Which answer paths generalise: each path's answers on the gold rounds written before it (in
sample) and after it (out of sample), beside the plain reader's answers to the same questions.

    python bench/path_audit.py --kb-cache /tmp/kb --rows /tmp/path-rows.jsonl   # answer all
    python bench/path_audit.py --kb-cache /tmp/kb --rows /tmp/r7.jsonl --only r7-  # some files
    python bench/path_audit.py --from-rows /tmp/path-rows.jsonl                 # table again
    python bench/path_audit.py --replay r20- r21- --kb-cache /tmp/old-kb --rows /tmp/r.jsonl
                                 # each round answered by the code it was first measured with
    python bench/path_audit.py --from-rows /tmp/path-rows.jsonl --replayed /tmp/r.jsonl
                                 # and how often each path answered the rounds born after it

Every question of the development gold (bench/qa.py's files, ``--only`` as there) is answered
as ``kb.ask`` does, keeping the calibration signals (search/qa.py ``answer(signals_out=...)``):
its path is the most specific ``path=`` signal (``path=description`` then ``path=who_is`` is
who_is), right as bench/qa.py's ``is_right``.  The plain reader (search/reader_answers.py
``sentence_answer``, the other items of its row) answers the same question through the same
calibration, no-answer line and checks: search/qa.py ``answer`` with its cascade replaced by
the reader alone.

A path's birth is the first commit that added ``def FUNCTION(`` (``git log -S``) of the
function that answers it (``answering_function``); a gold file's birth is the first commit that
added its question file under any path (``git log --follow --diff-filter=A``: the rounds were
first added under another folder, then moved).  A question is in sample for its path when its
gold file was born no later than the path (the path may have been written from it), else out
of sample.  The table gives, per path, the answers and the share right in and out of sample and
the reader's share right on the same questions, and the confidently wrong answers (confidence
>= 0.8, wrong) out of sample, sorted by the out-of-sample gap (path - reader).

Today's code has been mended on every round's misses, so a round born after a path is out of
sample for the path's birth but not for its later growth.  ``--replay`` answers each round
with the code of the commit that first added it (an archive of that commit's code, this script
run in it): what each path did on text it had never seen, as at that round's measurement;
with ``--replayed`` a second table counts, per path of today, the replayed questions of the
rounds born after it and how many of them it answered (and right).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from qa import _says_nothing, article_kb, gold_files, is_right  # noqa: E402

#: paths whose answering function is not named ``<path>_answer`` (the others are)
_FUNCTION_OF_PATH = {
    "reader": "sentence_answer",
    "none": "sentence_answer",  # the reader with no candidate
    "phrase": "phrase_answer_for",
    "person_roles": "role_answer",
    "worked_at": "before_answer",
    "before": "before_answer",  # past commits named no answerer beside it
    "description": "passage_answer",  # the same
    "bullets": "bulleted_answer",
    "destinations": "destination_answer",
}


def answering_function(path: str) -> str:
    """The function of search/ that answers with ``path``.

    >>> answering_function("reader"), answering_function("penalty")
    ('sentence_answer', 'penalty_answer')
    """
    return _FUNCTION_OF_PATH.get(path, f"{path}_answer")


def path_of(signals: dict) -> str:
    """The most specific path an answer's signals name ("?" when none does).

    >>> path_of({"path=description": 1.0, "path=who_is": 1.0, "prior": 0.8})
    'who_is'
    """
    paths = [k[5:] for k in signals if k.startswith("path=")]
    return paths[-1] if paths else "?"


def _git(*args: str) -> list[str]:
    out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.split()


def function_birth(function: str) -> str | None:
    """When ``def function(`` was first written under search/ (ISO time), None if never."""
    dates = _git("log", "-S", f"def {function}(", "--reverse", "--format=%cI", "--", "search")
    return dates[0] if dates else None


def file_birth(path: Path, shown: str = "%cI") -> str | None:
    """When the file was first added under any of its names (ISO time; ``shown="%H"``: the
    commit that added it)."""
    dates = _git("log", "--follow", "--diff-filter=A", f"--format={shown}", "--", str(path))
    return dates[-1] if dates else None


def in_sample(gold_born: str | None, path_born: str | None) -> bool | None:
    """Whether a question of a gold file born ``gold_born`` is in sample for a path born
    ``path_born`` (the gold came first or with it); None when either is unknown.

    >>> in_sample("2026-11-29T10:00:00+00:00", "2026-11-30T08:00:00+00:00")
    True
    >>> in_sample("2026-11-30T16:24:54+00:00", "2026-11-30T08:00:00+00:00")
    False
    """
    if gold_born is None or path_born is None:
        return None
    return datetime.fromisoformat(gold_born) <= datetime.fromisoformat(path_born)


def confidently_wrong(row: dict) -> bool:
    """An answer given with confidence >= 0.8 that is wrong (issue 13's measure)."""
    return row["answer"] is not None and row["confidence"] >= 0.8 and not row["right"]


def _share(rows: list[dict], key: str) -> float | None:
    return sum(r[key] for r in rows) / len(rows) if rows else None


def path_table(rows: list[dict], path_born: dict, gold_born: dict) -> list[dict]:
    """One line per path: its answers in and out of sample, the share right of the path and of
    the reader on them, and the out-of-sample gap; sorted by that gap, highest first, paths
    with no out-of-sample answer last.  ``rows`` carry file, path, right and reader_right."""
    groups: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        side = in_sample(gold_born.get(r["file"]), path_born.get(r["path"]))
        groups[r["path"]][{True: "in", False: "out", None: "unknown"}[side]].append(r)
    table = []
    for path, sides in groups.items():
        line = {"path": path, "born": path_born.get(path), "answers": 0}
        for side in ("in", "out"):
            got = sides.get(side, [])
            line["answers"] += len(got)
            line[f"{side}_n"] = len(got)
            line[f"{side}_right"] = _share(got, "right")
            line[f"{side}_reader"] = _share(got, "reader_right")
            line[f"{side}_sure_wrong"] = sum(confidently_wrong(r) for r in got)
        line["answers"] += len(sides.get("unknown", []))
        line["out_gap"] = line["out_right"] - line["out_reader"] if line["out_n"] else None
        table.append(line)
    return sorted(table, key=lambda x: (x["out_gap"] is None, -(x["out_gap"] or 0.0)))


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def fire_table(rows: list[dict], replayed: list[dict], path_born: dict, gold_born: dict):
    """Whether a path reaches text it was not written from: per path of ``rows`` (today's
    answers), its answers today, and on the ``replayed`` rounds born after it (each answered by
    its own day's code) the questions there were, how many the path answered and how many
    right.  Oldest path first."""
    table = []
    for path in sorted({r["path"] for r in rows}, key=lambda p: path_born.get(p) or ""):
        born = path_born.get(path)
        after = [r for r in replayed if in_sample(gold_born.get(r["file"]), born) is False]
        fired = [r for r in after if r["path"] == path]
        table.append(
            {
                "path": path,
                "born": born,
                "today": sum(r["path"] == path for r in rows),
                "after": len(after),
                "fired": len(fired),
                "fired_right": sum(r["right"] for r in fired),
            }
        )
    return table


#: the columns of each table: (heading, the line's value shown)
_COLUMNS = {
    "paths": [
        ("path", lambda x: x["path"]),
        ("born", lambda x: (x["born"] or "?")[:16]),
        ("answers", lambda x: x["answers"]),
        ("in sample", lambda x: x["in_n"]),
        ("right", lambda x: _f(x["in_right"])),
        ("reader", lambda x: _f(x["in_reader"])),
        ("out of sample", lambda x: x["out_n"]),
        ("right", lambda x: _f(x["out_right"])),
        ("reader", lambda x: _f(x["out_reader"])),
        ("gap (path - reader)", lambda x: _f(x["out_gap"])),
        ("out, confidently wrong", lambda x: x["out_sure_wrong"]),
    ],
    "fires": [
        ("path", lambda x: x["path"]),
        ("born", lambda x: (x["born"] or "?")[:16]),
        ("answers today", lambda x: x["today"]),
        ("replayed questions born after it", lambda x: x["after"]),
        ("answered then", lambda x: x["fired"]),
        ("right", lambda x: x["fired_right"]),
    ],
}


def markdown(table: list[dict], columns: str = "paths") -> str:
    """A table (``path_table``'s, or ``fire_table``'s with ``columns="fires"``) as markdown."""
    cols = _COLUMNS[columns]
    out = ["| " + " | ".join(h for h, _ in cols) + " |", "| --- " * len(cols) + "|"]
    out += ["| " + " | ".join(str(v(x)) for _, v in cols) + " |" for x in table]
    return "\n".join(out)


def _code(name: str, *modules: str):
    """The function ``name`` of the code being run, from the first of search/``modules`` that
    has it (past commits kept some elsewhere: question_form in answer_types.py, sentence_answer
    in qa.py), None when none does.  Only files of this tree are looked in."""
    for module in modules:
        if (ROOT / "search" / f"{module}.py").exists():
            found = getattr(importlib.import_module(f"search.{module}"), name, None)
            if found is not None:
                return found
    return None


def _reader_only(q, snap, hits, hit_for, model):
    """search/qa.py ``_answer`` with no rule path: the reader's answer and its row."""
    relation_kind = _code("relation_kind", "reader_input")
    if relation_kind is None:
        raise SystemExit(f"{ROOT}: code too old to replay (no search/reader_input.py)")
    asked = relation_kind(q, _code("read_asked", "answer_types")(q.tokens))
    question_form = _code("question_form", "question_forms", "answer_types")
    form = (
        "list" if question_form(q.tokens, q.text, len(q.entities), asked) == "list" else "factoid"
    )
    sentence_answer = _code("sentence_answer", "reader_answers", "qa")
    found = sentence_answer(q, snap, hits, hit_for, asked, form, model)
    whole_row = _code("whole_row", "whole_rows")
    return found if whole_row is None else whole_row(q, form, found)


def answered(snap, question: str):
    """``question`` answered as ``kb.ask`` does, in its pieces: the read question, its hits,
    the ``hit_for`` of the answer paths, the answer and the path that gave it."""
    import search.qa as qa
    from search.answering import ANSWER_POOL, hit_at, read_question, search

    q = read_question(snap, question)
    hits = search(snap, snap.embedder, question, ANSWER_POOL, q)

    def hit_for(sid):
        pos = snap.pos_of_sentence.get(sid)
        if pos is None:
            return None
        found = next((h for h in hits if h.sentence_id == sid), None)
        return found or hit_at(snap, pos, 1.0, {"graph": True})

    signals: list[dict] = []
    ans = qa.answer(q, snap, hits, hit_for, signals_out=signals)
    return q, hits, hit_for, ans, path_of(signals[0])


def answered_rows(kb, gold: dict, name: str) -> list[dict]:
    """One row per question of a gold file: the path that answered it, right or not, its
    confidence, and whether the plain reader answered it right."""
    import search.qa as qa

    snap = kb.snapshot()
    rows = []
    for gq in gold["questions"]:
        q, hits, hit_for, ans, path = answered(snap, gq["question"])
        if path in {"reader", "none"}:
            plain = ans
        else:
            with mock.patch.object(qa, "_answer", _reader_only):
                plain = qa.answer(q, snap, hits, hit_for)
        rows.append(
            {
                "file": name,
                "question": gq["question"],
                "path": path,
                "answer": None if _says_nothing(ans) else ans.answer,
                "confidence": ans.confidence,
                "right": is_right(ans, gq),
                "reader_answer": None if _says_nothing(plain) else plain.answer,
                "reader_right": is_right(plain, gq),
            }
        )
    return rows


def collect(gold_dir: Path, only: str, kb_cache: Path | None, out: Path, rows_of=None):
    """Every question of the gold files answered (``rows_of``, by default ``answered_rows``:
    a knowledge base, the gold, its name -> rows), written to ``out`` (one JSON line each)
    file by file as they are done."""
    rows = []
    out.write_text("", encoding="utf-8")
    for path in gold_files(gold_dir):
        if only not in path.name:
            continue
        name = path.relative_to(gold_dir).with_suffix("").as_posix()
        gold = json.loads(path.read_text(encoding="utf-8"))
        with article_kb((path.parent / gold["text"]).resolve(), kb_cache) as kb:
            got = (rows_of or answered_rows)(kb, gold, name)
        with out.open("a", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in got)
        rows += got
        print(f"  {name}: {len(got)}", file=sys.stderr)
    return rows


#: what answering needs of a past commit's tree (never its tests/gold, which held the rounds
#: not yet spent)
_CODE = ["search", "kg", "bench", "data", "pyproject.toml"]


def replay(gold_dir: Path, prefix: str, kb_cache: Path | None, out: Path) -> list[dict]:
    """The questions of the gold files whose names start with ``prefix`` (a round, "r22-")
    answered by the code of the commit that first added them, as at their held-out
    measurement: no path had seen them.  This script runs in an archive of that commit's code
    (``--rows-only``); the rows are appended to ``out``."""
    files = [p for p in gold_files(gold_dir) if p.name.startswith(prefix)]
    if not files:
        raise SystemExit(f"no gold file starts with {prefix!r}")
    commit = file_birth(files[0], "%H")
    archive = ["git", "archive", commit, *_CODE]
    code = subprocess.run(archive, cwd=ROOT, capture_output=True, check=True)
    with tempfile.TemporaryDirectory() as tree:
        subprocess.run(["tar", "-x", "-C", tree], input=code.stdout, check=True)
        shutil.copy(__file__, Path(tree) / "bench" / "path_audit.py")
        part = Path(tree) / "rows.jsonl"
        cache = ["--kb-cache", str(kb_cache)] if kb_cache else []
        run = [sys.executable, f"{tree}/bench/path_audit.py", "--gold", str(gold_dir), *cache]
        run += ["--only", prefix, "--rows", str(part), "--rows-only"]
        subprocess.run(run, env={**os.environ, "PYTHONPATH": tree}, check=True)
        rows = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
    with out.open("a", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return rows


def births(rows: list[dict], gold_dir: Path) -> tuple[dict, dict]:
    """(path -> birth, gold file name -> birth) for the paths and files of ``rows``."""
    path_born = {p: function_birth(answering_function(p)) for p in {r["path"] for r in rows}}
    gold_born = {n: file_birth(gold_dir / f"{n}.json") for n in {r["file"] for r in rows}}
    return path_born, gold_born


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("--kb-cache", type=Path, help="keep and reuse each gold article's KB here")
    ap.add_argument("--only", default="", help="only gold files whose name contains this")
    ap.add_argument("--rows", type=Path, default=Path("/tmp/path-audit-rows.jsonl"))
    ap.add_argument("--from-rows", type=Path, help="make the table from rows kept before")
    ap.add_argument("--replay", nargs="+", help="rounds (r20- r21- ...) answered by their code")
    ap.add_argument("--rows-only", action="store_true", help="keep the rows, print no table")
    ap.add_argument("--replayed", type=Path, help="rows of a --replay run: which paths fired")
    args = ap.parse_args(argv)
    gold = args.gold.resolve()
    if args.from_rows:
        text = args.from_rows.read_text(encoding="utf-8")
        rows = [json.loads(line) for line in text.splitlines() if line]
    elif args.replay:
        args.rows.write_text("", encoding="utf-8")
        rows = [r for k in args.replay for r in replay(gold, k, args.kb_cache, args.rows)]
    else:
        rows = collect(gold, args.only, args.kb_cache, args.rows)
    if args.rows_only:
        return 0
    replayed = []
    if args.replayed:
        text = args.replayed.read_text(encoding="utf-8")
        replayed = [json.loads(line) for line in text.splitlines() if line]
    path_born, gold_born = births(rows + replayed, gold)
    unknown = sorted(p for p, b in path_born.items() if b is None)
    if unknown:
        print(f"paths of unknown birth: {', '.join(unknown)}", file=sys.stderr)
    right = sum(r["right"] for r in rows)
    reader = sum(r["reader_right"] for r in rows)
    print(
        f"{len(rows)} questions: right {right / len(rows):.3f}, reader alone {reader / len(rows):.3f}"
    )
    print(markdown(path_table(rows, path_born, gold_born)))
    if replayed:
        print()
        print(markdown(fire_table(rows, replayed, path_born, gold_born), "fires"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
