"""The bracket a character stands inside: news writes a person's post, a short name or an
owner in brackets after a name ("서울신문(대표이사 사장 곽태헌)과", "중진공(이사장 김유채)"), so
a name inside brackets belongs to the word before them, not to the sentence's clause.  One
test, used where a bracketed name is read (search/holders.py, search/promoted.py).
"""

from __future__ import annotations

__all__ = ["enclosing_bracket"]


def enclosing_bracket(text: str, at: int) -> int | None:
    """Where the bracket holding character ``at`` of ``text`` opens: the last "(" before
    ``at`` with no ")" between; None when ``at`` is outside brackets.

    >>> text = "서울신문(대표이사 사장 곽태헌)과 협약했다."
    >>> enclosing_bracket(text, text.find("곽태헌"))
    4
    >>> enclosing_bracket(text, text.find("협약")) is None
    True
    """
    if not 0 <= at <= len(text):
        raise ValueError(f"offset {at} is outside the text of {len(text)} characters")
    opened = text.rfind("(", 0, at)
    return opened if opened >= 0 and ")" not in text[opened:at] else None
