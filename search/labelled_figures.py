"""Figures written each right after its own label, with no particle between: price lists and
vote counts in public-sector news ("1일권 9,500원, 2일권 1만6,000원", "24시간권 3만원,
48시간권 5만원", "무효 5표, 찬성 812명").  A question that writes one label ("2일권 가격은?")
asks for the figure after that label, not the first figure of the row.  search/topic_figures.py
reads the same row when each label carries 은/는; here the label is a bare word.

>>> labelled_row("종류는 1일권 9,500원, 2일권 1만6,000원 등이다.")
[('1일권', 8, 14), ('2일권', 20, 28)]
>>> labelled_row("지난해 매출 820억원을 올렸다.")
[]
"""

from __future__ import annotations

import re

from .belief import believed
from .figures import figure_pattern, is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .topic_figures import asked_labels
from .totals import asks_total

__all__ = ["labelled_figures", "labelled_row"]

#: the label: one word right before its figure, a space between ("2일권 1만6,000원"); the
#: word may begin with digits ("48시간권") but must hold Hangul or Latin letters
_LABEL = re.compile(r"(?<![가-힣A-Za-z0-9])([0-9]*[가-힣A-Za-z][가-힣A-Za-z0-9]*)\s+(?:약\s*)?$")
#: a figure with no unit of its own, which may begin a label
_BARE_NUMBER = re.compile(r"[0-9][0-9,.]*")
#: a number that begins the label of the figure after it ("48시간권 5만원", "2일권 1만")
_LABEL_NUMBER = re.compile(r"[0-9][0-9,.]*[가-힣A-Za-z]+\s+(?:약\s*)?[0-9]")
#: how far before its figure a label may start (characters)
_REACH = 14
#: last syllables that make the word before a figure a particle, an ending or a verb form,
#: no label ("예산은 67억원", "늘어난 458억원", "가운데 1천명", "중 858명"): the word is
#: what the figure is said of, not what names it; 당 makes a rate's unit ("100만 토큰당 200원":
#: 토큰당 is "per token", the figure before it the same label's)
_NOT_LABEL_END = frozenset("은는이가을를에의로와과도만서고며해된한던인난든운중데및등총약당")


def _label_before(text: str, start: int, floor: int) -> str:
    """The bare word written right before the figure at ``start`` ("" when none is; no text
    of the previous figure, which ends at ``floor``, counts)."""
    m = _LABEL.search(text[max(floor, start - _REACH) : start])
    if not m or len(m.group(1)) < 2 or m.group(1)[-1] in _NOT_LABEL_END:
        return ""
    return m.group(1)


def labelled_row(text: str) -> list[tuple[str, int, int]]:
    """The labels of a sentence's figures written each right after its own (label, figure
    start, figure end); [] unless two figures or more have labels and the labels differ.
    A number that is the label's own ("48" of "48시간권") is part of the label, no figure."""
    row: list[tuple[str, int, int]] = []
    floor = 0
    for m in figure_pattern().finditer(text):
        if _BARE_NUMBER.fullmatch(m.group()) and _LABEL_NUMBER.match(text, m.start()):
            continue  # "48시간권 5만5000원": the number begins a word, the label
        label = _label_before(text, m.start(), floor)
        if label:
            row.append((label, m.start(), m.end()))
        floor = m.end()
    return row if len({t for t, _, _ in row}) >= 2 else []


def _of_others(passage, named: set[str]) -> bool:
    """Does the sentence name someone and none of the names the question gives?"""
    ids = {m.get("id") for m in getattr(passage, "entities", None) or ()} - {None}
    return bool(ids) and not ids & named


def labelled_figures(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the figures of a row's other labels when the question writes exactly one label
    of that row, their belief given to the rest; all candidates when no row has one.  A row
    whose sentence names others than the question names is someone else's ("A에 과징금 8억원과
    과태료 900만원", asked "B에 부과된 과징금은?"): left alone, for the rules of owners.  Figures
    of other sentences stay: "누리패스 1일권은 3만원" still answers a question about
    that pass when another sentence lists another pass's "1일권 9,500원, 2일권 1만6,000원".

    "한솔여행패스 2일권 가격은?" over "1일권 9,500원, 2일권 1만6,000원": no 9,500원."""
    if q.english or asks_total(q):
        return cands  # "견인료 총액은?": a total is no one item of a row
    question = re.sub(r"\s+", "", q.text)
    others: dict[int, set[tuple[int, int]]] = {}  # passage -> the other labels' figure spans
    named = {eid for eid, _ in q.entities}
    for i in {c.passage for c in cands if is_figure(c)}:
        if _of_others(ri.passages[i], named):
            continue
        text = ri.passages[i].text
        row = labelled_row(text)
        # a label the question writes with its own figure ("…신주 2주를 받나?") is what the
        # question already knows, not what it asks
        told = {t for t, s, e in row if re.sub(r"\s+", "", t + text[s:e]) in question}
        asked = asked_labels({t for t, _, _ in row} - told, question)
        if len(asked) == 1:
            others[i] = {(s, e) for t, s, e in row if t not in asked}
    if not others:
        return cands
    kept = [
        c
        for c in cands
        if not (
            is_figure(c)
            and c.span is not None
            # "1일권 9,500원" (the label read with its figure) is 9,500원 too
            and any(s < c.span.end and c.span.start < e for s, e in others.get(c.passage, ()))
        )
    ]
    return believed(kept, cands)
