"""A figure written as a line crossed is no measure of its own: "대전에서 1순위 평균 경쟁률이 50대
1을 넘은 것은 2021년 이후 처음이다" says the 52.3대 1 written before it passed 50대 1, and
"매출이 1조원을 돌파한 건 창사 이후 처음" that a year's sales passed 1조원.  News writes such a
line as the object of a verb of crossing made a noun clause (것은, 건, 적은): the sentence is
about the crossing, and the figure asked is the one that crossed.  Such a line is set aside
when another figure of its unit is left to answer, with its belief; the verbs and the noun
clauses are data (resources/answer_types.toml [thresholds]).

>>> line = "대전에서 1순위 평균 경쟁률이 50대 1을 넘은 것은 처음이다."
>>> a_threshold(line, line.index("50대 1") + len("50대 1"))
True
>>> line = "평균 52.3대 1의 경쟁률을 기록했다."
>>> a_threshold(line, line.index("52.3대 1") + len("52.3대 1"))
False
"""

from __future__ import annotations

import functools
import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .reader import Candidate
from .reader_input import ReaderInput
from .same_answer import figure_value

__all__ = ["a_threshold", "threshold_figures"]


@functools.lru_cache(maxsize=1)
def _crossed() -> re.Pattern:
    """A particle, a verb of crossing in any ending, and a noun clause made of it."""
    table = answer_type_tables()["thresholds"]
    verbs = "|".join(map(re.escape, table["verbs"]))
    clauses = "|".join(map(re.escape, table["clauses"]))
    return re.compile(rf"\s*(?:을|를|이|가)?\s*(?:{verbs})[가-힣]*\s+(?:{clauses})(?![가-힣])")


def a_threshold(text: str, end: int) -> bool:
    """The figure ending at ``end`` of ``text`` is the object of a crossing made a noun clause
    ("50대 1을 넘은 것은", "1조원을 돌파한 건")."""
    return _crossed().match(text, end) is not None


def threshold_figures(ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates without the lines crossed, when a figure of the same unit that is no
    such line is among them; the others take their belief."""
    lines = {id(c) for c in cands if is_figure(c) and _line(ri, c)}
    if not lines:
        return cands
    units = {_unit(c.text) for c in cands if is_figure(c) and id(c) not in lines}
    kept = [c for c in cands if id(c) not in lines or _unit(c.text) not in units]
    return believed(kept, cands)


def _line(ri: ReaderInput, c: Candidate) -> bool:
    return c.span is not None and a_threshold(ri.passages[c.passage].text, c.span.end)


def _unit(figure: str) -> str:
    """The unit of the one figure a candidate writes ("평균 52.3대 1" -> "대", "1조원" -> "원")."""
    value = figure_value(figure) or ""
    return re.sub(r"[\d.,약최대소여만천억조]", "", value)
