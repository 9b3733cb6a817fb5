"""A figure of how much something changed is not the figure it changed to: "제재 건수는 전년
17건에서 10건 줄어든 7건이다" answers "제재 건수는?" with 7건, the figure after the verb of change,
not 10건, the change written before it; "얼마나 줄었나?" asks the change.  What a verb of change
is and what asks a change are read in search/changes.py.

>>> changes_to("17건에서 10건 줄어든 7건이다", 6, 9)
True
>>> changes_to("전년 대비 20% 늘어난 300억원", 6, 9)
True
>>> changes_to("7건이 줄었다", 0, 2)
False
"""

from __future__ import annotations

import re

from .belief import believed
from .changes import asks_change, change_after
from .figures import figure_pattern, is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["change_amounts", "changes_to"]

#: the final consonant ㄴ of a Hangul syllable (its index in the syllable block): a verb written
#: with it ("줄어든", "오른", "많은") modifies the noun after it, here the figure changed to
_NIEUN = 4


def _modifies(word: str) -> bool:
    """Is ``word`` a verb written as a modifier ("늘어난", "뛴"), its last syllable closed by ㄴ?"""
    last = ord(word[-1]) - 0xAC00 if word else -1
    return 0 <= last < 11172 and last % 28 == _NIEUN


def changes_to(text: str, start: int, end: int) -> bool:
    """Is the figure at ``text[start:end]`` the change of a figure written right after it ("10건
    줄어든 7건")?"""
    m = change_after(text, end)
    if m is None or not _modifies(m["word"]):
        return False
    space = re.compile(r"\s+").match(text, m.end())
    return space is not None and figure_pattern().match(text, space.end()) is not None


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
