"""A period asked by its head noun alone ("계약기간은?", "공급 기간은?") where the text writes no
length of it ("2년간") but its two ends ("2025년 9월 16일부터 2029년 2월 13일까지"): the period
is that range, not the date of one end nor a day of the month ("16일") read as a length.  The
words closing each end are data (resources/answer_types.toml ``[dates] range_words``).

>>> closes_start("계약기간은 2025년 9월 16일부터 2029년 2월 13일까지로 추진된다.", 6, 18)
True
>>> closes_start("계약기간은 2025년 9월 16일부터 2029년 2월 13일까지로 추진된다.", 22, 34)
False
>>> closes_start("2025년 9월 16일부터 시행한다.", 0, 12)
False
"""

from __future__ import annotations

import re

from .answer_types import Asked, answer_type_tables
from .reader import Candidate
from .reader_input import ReaderInput
from .written_ranges import ranged

__all__ = ["closes_start", "period_asked", "period_dated", "range_starts"]

#: how far the end may stand from the start's closing word (characters: "부터" to "까지")
_REACH = 24


def period_asked(asked: Asked) -> bool:
    """The question asks a period by its head noun alone, with no interrogative
    ("서호전기 계약기간은?"; "몇 년간" asks a count of years: search/durations.py)."""
    heads = answer_type_tables()["units"]["duration_heads"]
    return asked.kind == "number" and asked.wh == "" and asked.head in heads


def period_dated(text: str, asked: Asked) -> bool:
    """The question asks a period with 언제 ("신청 기간은 언제인가?"): the whole range written
    answers it, unless the question asks one end ("언제까지": search/range_ends.py).

    >>> from kg.kiwi import kiwi
    >>> from search.answer_types import read_asked
    >>> from search.spans import tokens_of
    >>> def asked(q):
    ...     return read_asked(tokens_of(kiwi().tokenize(q)))
    >>> q = "청약 기간은 언제인가?"
    >>> period_dated(q, asked(q))
    True
    >>> q = "청약 기간은 언제까지인가?"
    >>> period_dated(q, asked(q))
    False
    """
    heads = answer_type_tables()["units"]["duration_heads"]
    ends = answer_type_tables()["dates"]["range_words"]
    return asked.kind == "date" and asked.head in heads and not any(w in text for w in ends)


def closes_start(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` opens a written range: "부터" right after it and "까지"
    within a short reach, with no sentence break between."""
    opens, closes = answer_type_tables()["dates"]["range_words"][:2]
    if not text.startswith(opens, end):
        return False
    after = end + len(opens)
    return re.search(rf"^[^.,]{{1,{_REACH}}}?{re.escape(closes)}", text[after:]) is not None


def range_starts(asked: Asked, cands: list[Candidate], ri: ReaderInput) -> list[Candidate]:
    """The date candidates opening a written range ("2025년 9월 16일" of "…부터 …까지"), when a
    period is asked by its head noun; search/written_ranges.py ``ranged`` then answers the whole
    range.  None (an empty list) when no period is asked or no range is written."""
    if not period_asked(asked):
        return []
    return [
        c
        for c in cands
        if c.span is not None
        and closes_start(ri.passages[c.passage].text, c.span.start, c.span.end)
        # the point of a range ("이달 3일", "5월"), which search/written_ranges.py reads whole
        and ranged(ri.passages[c.passage].text, c.text) != c.text
    ]
