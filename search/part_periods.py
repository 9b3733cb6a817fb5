"""A figure of another part of the year loses: "KB금융 1분기 순이익은?" is not answered by
"상반기 당기순이익도 2조9967억 원", "상반기 매출은?" not by "2분기 매출 310억원", and "2분기
영업이익은?" not by the "1분기 315억원" of a row "1분기 315억원, 2분기 176억원".  Earnings news
writes the quarter, the half it closes and the quarter before in one story: the part period
written nearest before a figure is the one it is of.  The period words are data
(resources/answer_types.toml [part_periods]).

>>> other_part("KB금융 1분기 순이익은?", "밝혔다. 상반기 당기순이익도 ")
True
>>> other_part("KB금융 1분기 순이익은?", "1분기(1∼3월·")
False
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["other_part", "part_figures"]

#: how far before a figure the period written for it may stand (characters)
_REACH = 40
#: which part a period names: its digits ("1, 2분기" names two; the 4 of "1/4분기" none), or
#: 상/하 of a half
_VALUE = re.compile(r"[1-4상하]")
_OF_FOUR = re.compile(r"[/／]\s*4")


def _kinds() -> dict[str, re.Pattern]:
    """The part periods by kind ([part_periods]), each kind's ways joined in their order."""
    return {k: re.compile("|".join(ws)) for k, ws in answer_type_tables()["part_periods"].items()}


def _value(written: str) -> set[str]:
    return set(_VALUE.findall(_OF_FOUR.sub("", written)))


def _asked(question: str, kinds: dict[str, re.Pattern]) -> dict[str, set[str]]:
    """The parts the question names, by kind: {"quarter": {"1"}} for "1분기 순이익은?"."""
    asked: dict[str, set[str]] = {}
    for kind, pattern in kinds.items():
        for m in pattern.finditer(question):
            asked.setdefault(kind, set()).update(_value(m.group(0)))
    return asked


def _nearest(window: str, kinds: dict[str, re.Pattern]) -> tuple[str, set[str]] | None:
    """The kind and the parts of the part period written last in ``window`` (None when none
    is)."""
    best, where = None, -1
    for kind, pattern in kinds.items():
        for m in pattern.finditer(window):
            if m.end() > where:
                best, where = (kind, _value(m.group(0))), m.end()
    return best


def other_part(question: str, window: str, kinds: dict[str, re.Pattern] | None = None) -> bool:
    """The question asks one kind of part of a year (a quarter, a half) and the period
    written nearest before the figure (``window``) is of the other kind, or another part of
    the asked kind.

    >>> other_part("상반기 매출은?", "2분기 매출은 ")
    True
    >>> other_part("2분기 영업이익은?", "영업이익은 1분기 ")
    True
    """
    kinds = kinds or _kinds()
    asked = _asked(question, kinds)
    if len(asked) != 1:
        return False  # none asked, or both ("상반기와 2분기"): nothing to tell apart
    nearest = _nearest(window, kinds)
    if nearest is None:
        return False
    kind, parts = nearest
    return kind not in asked or not parts & asked[kind]


def _figure_at(c: Candidate, kinds: dict[str, re.Pattern]) -> int:
    """Where the figure of the candidate starts: after a period it opens with ("1분기 315억원");
    -1 when it holds the figures of two periods ("1분기 315억원, 2분기 176억원": a row, no one
    figure)."""
    ends = sorted(m.end() for p in kinds.values() for m in p.finditer(c.text))
    if len(ends) > 1 and re.search(r"\d", c.text[ends[0] : ends[-1]]):
        return -1
    after = ends[-1] if ends else 0
    digit = next((i for i in range(after, len(c.text)) if c.text[i].isdigit()), after)
    return c.span.start + digit


def part_figures(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The figures not written after a part period other than the one asked, with the belief
    of the others (all of them when none is left)."""
    kinds = _kinds()
    if len(_asked(q.text, kinds)) != 1:
        return cands
    kept = []
    for c in cands:
        if is_figure(c):
            text = ri.passages[c.passage].text
            at = _figure_at(c, kinds)
            if at < 0 or other_part(q.text, text[max(0, at - _REACH) : at], kinds):
                continue
        kept.append(c)
    return believed(kept, cands)
