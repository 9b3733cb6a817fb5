"""A count asked with the noun it counts after its counter: "몇 개 나라에서 진행됐나?" asks how
many countries, answered by "14개국" (a counter that holds the noun) or "14개 나라", never by the
"212개" of "14개국 212개 병원", which counts hospitals.  The counters that hold a noun are data
(resources/answer_types.toml [counted_nouns]).

>>> counted_noun_written("14개국 212개 병원에서", 0, "나라")
True
>>> counted_noun_written("14개국 212개 병원에서", 6, "나라")
False
>>> counted_noun_written("5개 나라에 수출", 0, "나라")
True
"""

from __future__ import annotations

import re

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .figures import figure_pattern, is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_counted_noun", "counted_noun_written", "counted_nouns"]


def asked_counted_noun(q: Question, asked: Asked) -> str:
    """The noun a "몇 개" question counts ("몇 개 나라" -> "나라"); "" when it names none."""
    toks = q.tokens
    i = asked.head_index
    if asked.wh != "몇" or asked.unit != "개" or not 0 <= i < len(toks) - 1:
        return ""
    nxt = toks[i + 1]
    return nxt.form if nxt.tag in {"NNG", "NNP"} and nxt.start - toks[i].end <= 1 else ""


def counted_noun_written(text: str, start: int, noun: str) -> bool:
    """The figure written at ``start`` of ``text`` counts ``noun``: by a counter that holds it
    ("14개국") or by 개 and the noun after it ("5개 나라")."""
    m = figure_pattern().match(text, start)
    if m is None:
        return False
    figure = m.group(0).rstrip()
    held = answer_type_tables()["counted_nouns"].get(noun, [])
    if any(figure.endswith(c) for c in held):
        return True
    return figure.endswith("개") and re.match(rf"\s*{re.escape(noun)}", text[m.end() :]) is not None


def counted_nouns(q: Question, ri: ReaderInput, asked: Asked, cands: list[Candidate]):
    """A "몇 개 <noun>" question: the figures that count that noun, with the belief of the
    others; all of the candidates when none does."""
    noun = asked_counted_noun(q, asked)
    if not noun:
        return cands
    kept = []
    for c in cands:
        if not is_figure(c):
            continue
        text = ri.passages[c.passage].text
        at = c.span.start + next(k for k, ch in enumerate(c.text) if ch.isdigit())
        m = figure_pattern().match(text, at)
        if m is not None and re.search(r"\d", text[m.end() : c.span.end]):
            continue  # "14개국 212개": two figures, the second a count of something else
        if counted_noun_written(text, at, noun):
            kept.append(c)
    return believed(kept, cands) if kept else cands
