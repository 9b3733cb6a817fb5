"""A number with a unit of length, Latin or spelt, after a space or none, is a figure whole
(answer_types.toml [figures] counters): "한 변이 57 mm인 보드", "높이 96미터에 달한다" were read
as the bare number, so a length asked took another figure of the sentence ("1.25배").  The
sentences are invented."""

from __future__ import annotations

import pytest

from search.figures import counted_in, figure_pattern


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("한 변이 24 mm인 칸", "24 mm"),
        ("폭은 3.5cm로", "3.5cm"),
        ("높이 96미터에 달한다", "96미터"),
        ("100m 달리기", "100m"),
        ("화면은 65인치다", "65인치"),
    ],
)
def test_a_length_is_a_figure(text, figure):
    assert [m.group(0) for m in figure_pattern().finditer(text)] == [figure]


def test_a_unit_glued_to_a_word_is_none():
    """ "3 MB" stays the bare number (no unit of length), and "5 m" counts in m, not mm."""
    assert [m.group(0) for m in figure_pattern().finditer("3 MB")] == ["3"]
    assert counted_in("5 m", "m") and not counted_in("5 m", "mm")
