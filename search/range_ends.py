"""One end of a written period asked: "계약 기간은 언제까지야?" asks when it ends, answered by
"2028년 3월 28일" of "2025년 12월 10일부터 2028년 3월 28일까지", not by the start the reader
believed; "언제부터" asks the start.  The words that close each end are data (resources/
answer_types.toml ``[dates] range_words``: the start's first, the end's second).

>>> text = "1월 5일부터 3월 2일까지 연다."
>>> _other_end(text, 0, 5, "부터", "까지")  # from the start: the end begins at 8
(8, None)
>>> _other_end(text, 8, 13, "까지", "부터")  # from the end: the start ends at 5
(None, 5)
>>> _other_end(text, 0, 5, "까지", "부터")
(None, None)
"""

from __future__ import annotations

import re
from dataclasses import replace

from .answer_types import answer_type_tables
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_end", "opens_period"]

#: the interrogatives that ask a date ("언제까지", "며칠까지")
_WHEN = frozenset({"언제", "며칠"})
#: how far after one end the other may start (characters: "부터" and a space)
_GAP = 4


def _ends_asked(q: Question) -> tuple[str, str] | None:
    """(the word closing the end not asked, the word closing the end asked) when the question
    writes one end's word right after its interrogative ("언제까지"), else None."""
    start, end = answer_type_tables()["dates"]["range_words"][:2]
    toks = q.tokens
    after = {toks[i + 1].form for i in range(len(toks) - 1) if toks[i].form in _WHEN}
    if (end in after) == (start in after):
        return None  # neither, or both ends asked ("언제부터 언제까지": search/event_dates.py)
    return (start, end) if end in after else (end, start)


def _other_end(text: str, start: int, end: int, closes: str, other: str) -> tuple:
    """(where the other end starts, where it ends) of the period a date at
    ``text[start:end]`` is one end of, when the date is closed by ``closes``: the start of the
    end that follows a start ("A부터 B까지" read from A), or the end of the start that comes
    before an end; (None, None) when the date closes no period."""
    if not text.startswith(closes, end):
        return None, None
    if closes == answer_type_tables()["dates"]["range_words"][0]:  # a start: the end follows
        m = re.compile(rf"\s{{0,{_GAP}}}(?=\S[^.,]*?{re.escape(other)})").match(
            text, end + len(closes)
        )
        return (m.end(), None) if m else (None, None)
    m = re.search(rf"{re.escape(other)}\s{{0,{_GAP}}}$", text[:start])
    return (None, m.start()) if m else (None, None)


def opens_period(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` opens a written period whose end follows ("2026년 2월
    1일부터 2029년 1월 31일까지" read from its start): an end asked is written there."""
    since, until = answer_type_tables()["dates"]["range_words"][:2]
    return _other_end(text, start, end, since, until)[0] is not None


def _at(raw: list[Candidate], passage: int, begins: int | None, ends: int | None):
    """The longest candidate of ``raw`` in ``passage`` that begins at ``begins`` or ends at
    ``ends`` (a whole date, "2026년 3월", over its part, "3월"), or None."""
    found = [
        r
        for r in raw
        if r.passage == passage
        and r.span is not None
        and (r.span.start == begins or r.span.end == ends)
    ]
    return max(found, key=lambda r: len(r.text), default=None)


def asked_end(
    q: Question, ri: ReaderInput, raw: list[Candidate], cands: list[Candidate]
) -> list[Candidate]:
    """The candidates, each written as the end of a period that is not asked replaced by the
    other end (a candidate of ``raw``, the reader's candidates before any rule), with its
    belief."""
    ends = _ends_asked(q)
    if ends is None:
        return cands
    out = []
    for c in cands:
        text = ri.passages[c.passage].text
        at = _other_end(text, c.span.start, c.span.end, *ends) if c.span else (None, None)
        other = _at(raw, c.passage, *at) if at != (None, None) else None
        out.append(replace(other, probability=c.probability) if other is not None else c)
    return out
