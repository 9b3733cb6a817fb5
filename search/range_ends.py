"""One end of a written period asked: "계약 기간은 언제까지야?" asks when it ends, answered by
"2028년 3월 28일" of "2025년 12월 10일부터 2028년 3월 28일까지", not by the start the reader
believed; "언제부터" asks the start.  The words that close each end are data (resources/
answer_types.toml ``[dates] range_words``: the start's first, the end's second).

>>> _other_end("1월 5일부터 3월 2일까지 연다.", 0, 5, "부터", "까지")
(8, 13)
>>> _other_end("1월 5일부터 3월 2일까지 연다.", 8, 13, "까지", "부터") is None
True
"""

from __future__ import annotations

import re
from dataclasses import replace

from .answer_types import answer_type_tables
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_end"]

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


def _other_end(text: str, start: int, end: int, closes: str, other: str) -> tuple[int, int] | None:
    """Where the other end of the period a date at ``text[start:end]`` opens is written, when
    the date is closed by ``closes`` and the next date is closed by ``other``; else None."""
    if not text.startswith(closes, end):
        return None
    head = end + len(closes)
    m = re.compile(rf"\s{{0,{_GAP}}}(\S[^.,]*?)\s*{re.escape(other)}").match(text, head)
    return (m.start(1), m.end(1)) if m else None


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
        at = _other_end(text, c.span.start, c.span.end, *ends) if c.span is not None else None
        other = next(
            (
                r
                for r in raw
                if r.passage == c.passage and r.span and at == (r.span.start, r.span.end)
            ),
            None,
        )
        out.append(replace(other, probability=c.probability) if other is not None else c)
    return out
