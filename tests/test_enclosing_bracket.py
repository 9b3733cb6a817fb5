"""The bracket a character stands inside (search/enclosing_bracket.py): one test that
search/holders.py (the organisation a bracketed person is written after) and search/promoted.py
(a person bracketed after a name is no one promoted) share.  The sentences are invented."""

from __future__ import annotations

import pytest

from search.enclosing_bracket import enclosing_bracket

TEXT = "가온일보(대표이사 사장 한서율)와 누리재단(이사장 도윤재)은 협약을 맺었다."


def test_a_name_inside_brackets_is_held_by_the_last_opened():
    assert enclosing_bracket(TEXT, TEXT.find("한서율")) == TEXT.find("(")
    assert enclosing_bracket(TEXT, TEXT.find("도윤재")) == TEXT.find("(", TEXT.find("누리재단"))


def test_a_name_after_closed_brackets_is_outside():
    assert enclosing_bracket(TEXT, TEXT.find("협약")) is None
    assert enclosing_bracket(TEXT, TEXT.find("누리재단")) is None
    assert enclosing_bracket("협약을 맺었다.", 3) is None  # no bracket at all


def test_an_offset_outside_the_text_is_a_clear_error():
    with pytest.raises(ValueError, match="outside the text"):
        enclosing_bracket(TEXT, len(TEXT) + 1)
    with pytest.raises(ValueError, match="outside the text"):
        enclosing_bracket(TEXT, -1)
