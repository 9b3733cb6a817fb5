"""The figures of rivals in brackets: Korean news compares one thing with others by writing its
figure in the clause and theirs in brackets right after their names ("나래 3은 독해 평가에서
81.2점을 받아 '바람 2'(77.5점)와 '누리 1'(74.0점)을 앞섰다").  A question about the thing
the clause is about ("나래 3의 독해 점수는?") is answered by the figure outside the brackets;
a bracketed figure is the name's before it (figure_owners.py reads it so only when the asked
one's own figure is written right after its name, which the clause seldom does).

Only in a sentence that names the asked thing and writes a figure of the same unit outside any
bracket: a sentence whose one figure is bracketed ("X는 Y(인수가 300억원)를 인수했다") says
nothing of the asked one's own.

>>> text = "나래 3은 81.2점을 받아 '바람 2'(77.5점)를 앞섰다."
>>> _bracketed_after(text, [{"id": "b", "start": 17, "end": 21}], text.find("77.5"))
'b'
>>> _bracketed_after(text, [{"id": "b", "start": 17, "end": 21}], text.find("81.2")) is None
True
"""

from __future__ import annotations

import re

from .belief import believed
from .enclosing_bracket import enclosing_bracket
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["rivals_bracketed"]

#: what may stand between a name and the bracket of its figure: a closing quote of the name
#: ("'바람 2'(77.5점)") and spaces
_NAME_TO_BRACKET = re.compile(r"['’\"”」』]?\s*")


def _bracketed_after(text: str, mentions: list[dict], start: int) -> str | None:
    """The id of the name right before the bracket the figure at ``start`` opens, with only
    the bracket (and a closing quote) between; None when the figure is not so written."""
    opened = enclosing_bracket(text, start)
    if opened is None or text[opened + 1 : start].strip():
        return None  # not bracketed, or words before it in the bracket ("인수가 300억원")
    before = [m for m in mentions if m["end"] <= opened]
    if not before:
        return None
    last = max(before, key=lambda m: m["end"])
    return last["id"] if _NAME_TO_BRACKET.fullmatch(text[last["end"] : opened]) else None


def _unit(c: Candidate) -> str:
    """The words a figure ends with after its number ("81.2점" -> "점")."""
    return re.sub(r"^[\d.,\s]+", "", c.text.split()[-1]) if c.text.split() else ""


def rivals_bracketed(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the figures bracketed after a name the question does not write, in a sentence
    that names the asked one and writes a figure of the same unit outside brackets; they give
    their belief to the rest."""
    named = {eid for eid, _ in q.entities}
    if not named:
        return cands
    rivals = set()
    for i, c in enumerate(cands):
        if c.entity is not None or c.span is None or not is_figure(c):
            continue
        p = ri.passages[c.passage]
        owner = _bracketed_after(p.text, p.entities, c.span.start)
        if owner is None or owner in named or not any(m["id"] in named for m in p.entities):
            continue
        own = [
            o
            for o in cands
            if o.passage == c.passage
            and o.entity is None
            and o.span is not None
            and is_figure(o)
            and enclosing_bracket(p.text, o.span.start) is None
            and _unit(o) == _unit(c)
        ]
        if own:
            rivals.add(i)
    if not rivals:
        return cands
    return believed([c for i, c in enumerate(cands) if i not in rivals], cands)
