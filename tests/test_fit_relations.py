"""bench/fit_relations.py --score-left-out: a round scored by weights fitted without it (how a
refit does on articles it never saw), and its clear errors."""

from __future__ import annotations

import pytest

from bench import fit_relations


def _small(names):
    return [a for a in fit_relations.dev_articles() if a[0] in names]


def test_left_out_articles_are_scored_by_weights_fitted_without_them(capsys):
    train = _small({"ai-chips", "korean-llms"})
    saved = {"threshold": 0.5, "rule_types": ["MERGED_WITH"]}
    result = fit_relations.score_left_out(train, ["mistral-gemini"], 0.3, saved)
    assert list(result["sets"]) == ["mistral-gemini"]
    out = capsys.readouterr().out
    assert out.startswith("[mistral-gemini, left out of the fit]")
    assert "relations per type" in out


def test_a_prefix_no_article_has_is_a_clear_error():
    with pytest.raises(SystemExit, match="no development article starts with"):
        fit_relations.score_left_out([], ["r99-"], 0.3, {"threshold": 0.5})


def test_score_left_out_needs_a_round_to_leave_out(capsys):
    with pytest.raises(SystemExit):
        fit_relations.main(["--score-left-out"])
    assert "--score-left-out needs --leave-out" in capsys.readouterr().err
