"""A figure of how much something changed is not the figure it changed to: "제재 건수는 전년
17건에서 10건 줄어든 7건이다" answers "제재 건수는?" with 7건, the figure after the verb of change,
not 10건, the change written before it; "얼마나 줄었나?" asks the change.  The verbs of change and
the words that ask a change are data: resources/change_amounts.toml.

>>> changes_to("17건에서 10건 줄어든 7건이다", 6, 9)
True
>>> changes_to("전년 대비 20% 늘어난 300억원", 6, 9)
True
>>> changes_to("7건이 줄었다", 0, 2)
False
"""

from __future__ import annotations

import re
from functools import cache

from .figures import figure_pattern, is_figure
from .fits import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .resource_tables import resource_table

__all__ = ["asks_change", "change_amounts", "changes_to"]


@cache
def _tables() -> dict:
    return resource_table("change_amounts.toml")


@cache
def _after() -> re.Pattern:
    """A verb of change written as a modifier right after a figure, then the next figure."""
    verbs = "|".join(map(re.escape, _tables()["verbs"]))
    return re.compile(rf"\s*(?:{verbs})\s+")


def changes_to(text: str, start: int, end: int) -> bool:
    """Is the figure at ``text[start:end]`` the change of a figure written right after it ("10건
    줄어든 7건")?"""
    m = _after().match(text, end)
    return m is not None and figure_pattern().match(text, m.end()) is not None


def asks_change(q: Question) -> bool:
    """Does the question ask how much something changed ("얼마나 줄었나", "증가폭")?"""
    flat = re.sub(r"\s+", "", q.text)
    return any(w in flat for w in _tables()["asking"])


def change_amounts(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the figures of a change written before the figure it changed to, with their
    belief, unless the question asks the change; all of them when nothing else is left."""
    if asks_change(q):
        return cands
    kept = [
        c
        for c in cands
        if not (is_figure(c) and changes_to(ri.passages[c.passage].text, c.span.start, c.span.end))
    ]
    return believed(kept, cands) if kept else cands
