"""Figures written each after its own topic: "국내 본사는 66억원, 중국 법인은 56억원 규모다"
splits a whole into parts named by plain nouns, each with 은/는 before its figure.  A question
that writes one of those topics ("중국 법인 투자 금액은?") asks for the figure after it, not
for the whole written in another sentence ("총 122억원 규모의 증설") nor for another part.
The names of figure_owners.py and respective_figures.py are entities of the graph; these
topics are any words, so the row itself is the evidence: two figures or more in one sentence,
each right after its own word and 은/는, or each in brackets glued to its word ("A(4억원) B(2억원)
순이었다").  A row of changes often writes one verb for all and its parts as subjects ("A가
0.57% 올랐고 B가 0.48%, C는 0.39% 각각 상승했다"): read with ``subjects``, row_changed gives
the verb to every figure of the row.

>>> topic_row("국내 본사는 66억원, 중국 법인은 56억원 규모다.")
[('국내본사', 7, 11), ('중국법인', 20, 24)]
>>> topic_row("A 예산은 67억원 늘어난 내년 458억원, B 예산은 33억원 늘어난 37억원이다.")
[('A예산', 18, 23), ('B예산', 40, 44)]
>>> topic_row("계약 금액은 1386억원이다.")
[]
>>> topic_row("A사는 2021년 11월부터 확률을 1%로 알렸지만 실제 확률은 0.15%였다.")
[]
>>> topic_row("B사에서는 7년 동안, C사에서는 4년간 일했다.")
[('B사에서', 6, 7), ('C사에서', 19, 20)]
>>> topic_row("A블록(3.70∼3.75㎓)을 1조원에, B블록(3.75∼3.80㎓)을 9천억원에 낙찰받았다.")
[]
"""

from __future__ import annotations

import re

from .belief import believed
from .change_levels import level_span
from .figures import figure_pattern, is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_labels", "row_changed", "topic_figures", "topic_row"]

#: a topic right before its figure: one or two words and 은/는 ("중국 법인은 56억원",
#: "국내본사는 약 66억원"), or one word with the figure in brackets glued to it ("신한금융투자
#: (5억6710만원) 메리츠증권(3억3800만원) … 순이었다"); the words are read without their spaces.
#: A change's row also names its parts as subjects, with 이/가 ("성동구가 0.57% 올랐고 송파구가
#: 0.48%"); elsewhere a subject is the owner a question names in other sentences too ("환경부가
#: 70%, 김해시가 30%를 댄다" is no row of 김해시's every figure)
_PARTICLES = {False: "은|는", True: "은|는|이|가"}
_TOPIC = {
    subjects: re.compile(
        rf"(?:(?:([가-힣A-Za-z0-9]+)\s+)?([가-힣A-Za-z0-9]{{2,}}?)(?:{particles})\s*(?:약\s*)?"
        r"|(?<![가-힣A-Za-z0-9])([가-힣A-Za-z0-9]{2,})\()$"
    )
    for subjects, particles in _PARTICLES.items()
}
#: the last syllables of a word that ends a clause or carries a particle: no first word of a
#: topic ("올랐고", "보면", "20일까지", "시장의")
_NO_NAME_END = frozenset("고며면서지까에의를을로와과도만다은는")
#: a bracket closed right after its figure holds the part's figure alone ("신한금융투자
#: (5억6710만원)"); one going on glosses the word, no figure of a row ("B블록(3.75∼3.80㎓)")
_CLOSED = re.compile(r"\s*\)")
#: how far before its figure a topic may start (characters)
_REACH = 16
#: a date (a year of four digits, a month, a day) written where a figure may be; "7년 동안",
#: "4년간" are lengths of time, figures of their topics ("실버팡에서는 7년 동안")
_DATE = re.compile(r"(?:[0-9]{4}\s*년|[0-9]{1,2}\s*(?:월|일))(?![가-힣])")


def _topic_before(text: str, start: int, floor: int, subjects: bool) -> tuple[str, bool]:
    """The topic written right before the figure at ``start``, its words joined, and whether
    the figure is in brackets glued to it; "" when none is (no text of another figure counts:
    ``floor`` is where the previous one ends)."""
    m = _TOPIC[subjects].search(text[max(floor, start - _REACH) : start])
    if not m:
        return "", False
    first, noun, named = m.groups()
    if named:
        return named, True
    # "올랐고 송파구가 0.48%", "20일까지 수출액은": a word ending a clause or a particle's is
    # no part of the topic's name
    return (noun if not first or first[-1] in _NO_NAME_END else first + noun), False


def topic_row(text: str, subjects: bool = False) -> list[tuple[str, int, int]]:
    """The topics of a sentence's figures written each after its own (topic, figure start,
    figure end); [] unless two figures or more have topics and the topics differ."""
    row = _topics(text, subjects)
    return row if len({t for t, _, _ in row}) >= 2 else []


def _topics(text: str, subjects: bool = False) -> list[tuple[str, int, int]]:
    """Every figure of a sentence written after its own topic (topic, start, end).  A figure in
    brackets after its word counts only in a row of two such or more: "수출액은 384억 달러로
    전년 동기(355억 달러) 대비" compares with a base, no part."""
    row: list[tuple[str, int, int]] = []
    bracketed: list[tuple[str, int, int]] = []
    floor = 0
    for m in figure_pattern().finditer(text):
        topic, in_brackets = _topic_before(text, m.start(), floor, subjects)
        if topic and _DATE.match(text, m.start()):
            topic = ""  # "A사는 2021년 11월부터 …": when the topic acted, no part of a whole
        if in_brackets:
            if _CLOSED.match(text, m.end()):
                bracketed.append((topic, m.start(), m.end()))
        elif topic:
            # "예산은 673억원 늘어난 내년 4580억원": the topic's figure is the level it changed to
            level = level_span(text, m.end())
            row.append((topic, *(level or (m.start(), m.end()))))
        floor = m.end()
    if len({t for t, _, _ in bracketed}) >= 2:
        row = sorted(row + bracketed, key=lambda t: t[1])
    return row


def row_changed(text: str, start: int, changed) -> bool:
    """Is the figure at ``start`` one of a topic row whose other figure is written right before
    a word of change (``changed(text, end)``)?  The row shares it: "성동구가 0.57% 올랐고
    송파구가 0.48%, 강남구는 0.39% 각각 상승했다" writes 0.48% as 송파구's rise."""
    row = topic_row(text, subjects=True)
    if not any(s <= start < e for _, s, e in row):
        return False
    return any(changed(text, e) for _, s, e in row if not s <= start < e)


def asked_labels(topics: set[str], question: str) -> set[str]:
    """The topics (or labels, search/labelled_figures.py) the question writes (its text read
    without spaces); one written inside another one asked counts as that one only ("중국법인"
    asked is no "법인", "2일권" no "일권")."""
    written = {t for t in topics if t in question}
    return {t for t in written if not any(t != o and t in o for o in written)}


def topic_figures(
    q: Question, ri: ReaderInput, cands: list[Candidate], subjects: bool = False
) -> list[Candidate]:
    """The figures written after the one topic of a row the question writes, with the belief
    of the others; all candidates when no row has exactly one topic the question writes.

    "새론 국내 본사 투자 금액은?" over "국내 본사는 66억원, 중국 법인은 56억원 규모다" and
    "총 122억원 규모의 설비 증설": 66억원 only."""
    if q.english:
        return cands
    question = re.sub(r"\s+", "", q.text)
    spans: dict[int, set[tuple[int, int]]] = {}  # passage -> the asked topic's figure spans
    for i in {c.passage for c in cands if is_figure(c)}:
        row = topic_row(ri.passages[i].text, subjects)
        asked = asked_labels({t for t, _, _ in row}, question)
        if len(asked) == 1:
            spans[i] = {(s, e) for t, s, e in row if t in asked}
    if not spans:
        return cands
    # realqa42: an earnings round-up writes the same topic for each company, in a row of one
    # and in a sentence of its own ("…매출액은 4,870억원으로 …, 당기순이익은 221억원으로"
    # and "당기순이익은 64억원으로"): the lone figure after the asked topic is that topic's too
    for i in {c.passage for c in cands if is_figure(c)} - spans.keys():
        lone = _topics(ri.passages[i].text)
        asked = asked_labels({t for t, _, _ in lone}, question)
        if len(asked) == 1:
            spans[i] = {(s, e) for t, s, e in lone if t in asked}
    kept = [
        c
        for c in cands
        if is_figure(c)
        and c.span is not None
        and any(s <= c.span.start < e for s, e in spans.get(c.passage, ()))
    ]
    return believed(kept, cands)
