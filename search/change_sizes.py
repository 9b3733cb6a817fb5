"""How much a thing changed, asked: "내수 판매는 얼마나 줄었나?" of "내수 판매는 6.4% 감소한
12만3793대로 집계됐다" is answered by the change, 6.4%, not by the level it fell to; "영업이익은
얼마나 줄었나?" likewise by "80.1% 줄어든", never by the amount of 영업이익 (a money head made
the question ask an amount, and the percentage was no amount).  Business news writes a result
with its change beside it ("N% 감소한 M", "M으로 N% 늘었다"); the change is the figure written
right before the word of change.  realqa33's real-news probe answered 2 of 2 such questions
with the level, once at confidence 1.0.

The question's reading and the words of change are search/changes.py's (one reading for
this rule and search/change_amounts.py).

>>> from search.question import Question
>>> asks_change(Question(text="내수 판매는 얼마나 줄었나?"))
True
>>> changed_at("대비 각각 3.4%, 80.1% 줄어든 수치다.", 10)
True
"""

from __future__ import annotations

import dataclasses
import re

from .answer_types import Asked
from .belief import believed
from .carried_owners import carried_figures
from .changes import asked_rate, asks_change, change_nouns, changed_at, in_points
from .figure_owners import owned_figures
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .resource_tables import resource_table
from .topic_figures import row_changed

__all__ = ["change_asked", "sized_changes"]


def change_asked(q: Question, asked: Asked) -> Asked:
    """What the kinds rules (search/fits.py) read as asked: a number, not an amount nor a
    volume, when the question asks how much a thing changed ("영업이익은 얼마나 줄었나?"
    allows "80.1%"); else ``asked`` unchanged."""
    if asked.kind not in {"money", "number"} or not asks_change(q):
        return asked
    return dataclasses.replace(asked, kind="number", head="")


def sized_changes(
    q: Question, snap, ri: ReaderInput, cands: list[Candidate]
) -> list[Candidate] | None:
    """The figures of a change ("6.4% 감소한") when the question asks how much a thing changed
    and a sentence writes one, of the owner the question names (search/figure_owners.py,
    search/carried_owners.py), with the belief of the others; None when the question asks no
    change or no sentence writes one (the figure rules of search/figure_answers.py then read
    the amount asked: they would drop a percentage asked by "영업이익")."""
    if not asks_change(q):
        return None
    kept = [
        c
        for c in cands
        if is_figure(c)
        and (
            changed_at(ri.passages[c.passage].text, c.span.end)
            or row_changed(ri.passages[c.passage].text, c.span.start, changed_at)
        )
    ]
    kept = [c for c in kept if not _streak(ri.passages[c.passage].text, c)]
    kept = _of_asked_row(q, ri, _in_asked_unit(q, kept)) if kept else []
    if not kept:
        return None
    return carried_figures(q, snap, ri, owned_figures(q, ri, believed(kept, cands)))


def _streak(text: str, c: Candidate) -> bool:
    """Is the figure a streak's length ("22주 연속 올랐다", "66주째"), no size of a change?"""
    after = text[c.span.start : c.span.end + 3].replace(" ", "")
    return any(w in after for w in resource_table("changes.toml")["streaks"])


def _in_asked_unit(q: Question, kept: list[Candidate]) -> list[Candidate]:
    """The changes written in the unit of a rate the question asks: "몇 % 늘었나" is no
    "3.2%포인트" (a rate's change, 영업이익률's, not 영업이익's), "몇 %포인트" no "71%"; all
    when the question names no such unit or none is written in it."""
    rate = asked_rate(q)
    if not rate:
        return kept
    same = [c for c in kept if in_points(c.text) == (rate == "points")]
    return same or kept


def _row_words(q: Question) -> list[str]:
    """The question's nouns that say what changed ("국내", "판매", "영업이익", "직원"): no name
    (whose change it is: search/figure_owners.py), no word of change, no word every row of
    changes writes ("전년", "대비")."""
    generic = {*change_nouns(), *resource_table("changes.toml")["not_rows"]}
    return [
        t.form.casefold()
        for t in q.tokens
        if t.tag in {"NNG", "NNP", "SL"}
        and len(t.form) >= 2
        and t.form not in generic
        and not any(s <= t.start < e for s, e in q.spans)
    ]


def _of_asked_row(q: Question, ri: ReaderInput, kept: list[Candidate]) -> list[Candidate]:
    """Of the changes, those whose own stretch of their sentence (from the change before it,
    "국내에서는 289.4% 급증한 7301대, 해외에선 235.6% 증가한") writes the most of the question's
    nouns of what changed; none when none writes one (the text gives no change of what is
    asked: "직원은 얼마나 늘었나?" is no 2.9% of 판매량); all when the question has no such noun."""
    words = _row_words(q)
    if not words:
        return kept

    def score(c: Candidate) -> int:
        text = ri.passages[c.passage].text
        before = [o.span.end for o in kept if o.passage == c.passage and o.span.end <= c.span.start]
        row = re.sub(r"\s+", "", text[max(before, default=0) : c.span.start]).casefold()
        return sum(w in row for w in words)

    scores = [score(c) for c in kept]
    best = max(scores)
    return [c for c, s in zip(kept, scores) if s == best] if best > 0 else []
