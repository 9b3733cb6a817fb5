"""bench/path_audit.py's pure parts: which path answered, when a path and a gold file were born
(a round first added under another folder counts from then), and the in/out-of-sample table."""

from __future__ import annotations

import subprocess
from datetime import datetime

import pytest

from bench import path_audit

EARLY, MID, LATE = (
    "2026-11-28T08:00:00+00:00",
    "2026-11-29T08:00:00+00:00",
    "2026-11-30T08:00:00+00:00",
)


def test_the_path_is_the_most_specific_one_the_signals_name():
    assert path_audit.path_of({"path=before": 1.0, "path=affiliation": 1.0}) == "affiliation"
    assert path_audit.path_of({"path=reader": 1.0, "prior": 0.5}) == "reader"
    assert path_audit.path_of({"prior": 0.5}) == "?"
    assert path_audit.answering_function("person_roles") == "role_answer"
    assert path_audit.answering_function("two_ends") == "two_ends_answer"


def test_a_moved_round_is_born_when_it_was_first_added():
    moved = path_audit.ROOT / "tests/gold/news/r20-broadcastlicense-01_qa.json"
    under_this_name = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%cI", "--", str(moved)],
        cwd=path_audit.ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[-1]
    born = path_audit.file_birth(moved)
    assert datetime.fromisoformat(born) < datetime.fromisoformat(under_this_name)


def test_a_path_is_born_with_its_function():
    born = path_audit.function_birth(path_audit.answering_function("kin"))
    assert born is not None
    assert path_audit.function_birth("no_such_function_anywhere") is None


def test_a_gold_file_is_in_sample_for_the_paths_born_after_it():
    assert path_audit.in_sample(EARLY, MID) is True
    assert path_audit.in_sample(MID, MID) is True  # written together: the path may know it
    assert path_audit.in_sample(LATE, MID) is False
    assert path_audit.in_sample(None, MID) is None


def test_the_table_splits_each_path_and_sorts_by_the_out_of_sample_gap():
    def row(file, path, right, reader_right, confidence=0.5):
        return {
            "file": file,
            "path": path,
            "answer": "답",
            "confidence": confidence,
            "right": right,
            "reader_right": reader_right,
        }

    rows = [
        row("old", "venue", True, False),  # in sample: the rule was written from it
        row("new", "venue", False, True, confidence=0.9),
        row("new", "venue", False, True),
        row("new", "venue", True, True),
        row("new", "penalty", True, False),
        row("old", "kin", True, True),
    ]
    gold_born = {"old": EARLY, "new": LATE}
    path_born = {"venue": MID, "penalty": MID, "kin": MID}
    table = path_audit.path_table(rows, path_born, gold_born)
    assert [x["path"] for x in table] == ["penalty", "venue", "kin"]  # kin: none out of sample
    venue = table[1]
    assert (venue["in_n"], venue["in_right"], venue["in_reader"]) == (1, 1.0, 0.0)
    assert venue["out_n"] == 3 and round(venue["out_gap"], 2) == round(1 / 3 - 1.0, 2)
    assert venue["out_sure_wrong"] == 1
    assert table[2]["out_gap"] is None and table[2]["answers"] == 1
    md = path_audit.markdown(table)
    assert md.splitlines()[2].startswith("| penalty |")


def test_a_replay_needs_a_round_the_gold_has(tmp_path):
    with pytest.raises(SystemExit, match="no gold file starts with"):
        path_audit.replay(path_audit.ROOT / "tests" / "gold", "r999-", None, tmp_path / "rows")


def test_the_fire_table_counts_the_later_rounds_a_path_reached():
    def row(file, path, right=True):
        return {"file": file, "path": path, "right": right}

    today = [row("old", "venue"), row("old", "venue"), row("new", "kin")]
    replayed = [row("new", "venue"), row("new", "reader", False), row("old", "venue", False)]
    table = path_audit.fire_table(
        today, replayed, {"venue": MID, "kin": EARLY}, {"old": EARLY, "new": LATE}
    )
    assert [x["path"] for x in table] == ["kin", "venue"]  # oldest first
    venue = table[1]
    assert (venue["today"], venue["after"], venue["fired"], venue["fired_right"]) == (2, 2, 1, 1)
    assert (
        path_audit.markdown(table, "fires")
        .splitlines()[3]
        .startswith("| venue | 2026-11-29T08:00 | 2 | 2 | 1 | 1 |")
    )
