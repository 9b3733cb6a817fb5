"""A date asked of a topic the text writes as a topic: "크로노스 헤븐 해외 출시는 언제야?" is
answered by the date written right after "해외 출시는" ("해외 출시는 2027년 3월로 잡혔으며"),
not by the date of another thing's release the article tells in a verb ("2023년 일본에 출시한
'드래곤 세일'").  The question's topic is its words before 은/는/이/가 and 언제, at most two.
A date also belongs to the clause whose topic it is written after: "1차로 100대를 23일
인도하고, 나머지 50대는 다음 달 8일 인도한다" answers "나머지는 언제 인도되나?" with the
second clause's 8일 (the count the topic is written with and the words of the date between).

>>> asked_topic("크로노스 헤븐 해외 출시는 언제야?"), asked_topic("박하진 전 사장은 언제 물러났나?")
('해외출시', '')
>>> echoed("해외 출시는 2027년 3월로 잡혔다", 7, "해외출시"), echoed("2023년 출시한", 0, "해외출시")
(True, False)
>>> text = "1차로 100대를 23일 인도하고, 나머지 50대는 다음 달 8일 인도한다."
>>> in_topic_clause(text, text.index("23일"), "나머지"), in_topic_clause(text, text.index("8일"), "나머지")
(False, True)

A length of years is no date of its clause ("평가액이 5조원으로 2년째 1위를": "2년째" counts
years, [units] duration_after):

>>> a_length("2년째 1위"), a_length("5년 만에"), a_length("2027년 3월"), a_length("3년 전")
(True, True, False, False)
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .titles import folded_titles

__all__ = ["a_length", "asked_topic", "echoed", "in_topic_clause", "topic_dated"]

#: the topic of "X Y는 언제": its last two words before the particle
_TOPIC = re.compile(r"(?:([가-힣A-Za-z0-9]+)\s+)?([가-힣A-Za-z0-9]+?)(?:은|는|이|가)\s*언제")
#: how far before the date its topic may start (characters)
_REACH = 16
#: what may stand between a clause's topic and its particle: the count it is written with
#: ("나머지 50대는", "잔여 물량 1만2000t은")
_COUNTED = r"(?:\d[\d,.]*[가-힣A-Za-z]{0,2})*"
#: where a clause ends, before a date: a comma or a full stop (a clause joined without a
#: comma is read from the sentence's start, its topic still before the date)
_CLAUSE_END = re.compile(r"[,.;·]\s")


def asked_topic(text: str, spans: list[tuple[int, int]] = ()) -> str:
    """The question's topic before 은/는/이/가 언제, spaces removed; "" when it writes none or
    its last word is a name the question gives ("템퍼스칩은 언제 설립됐나?": the date after a
    name is as often the day it was reported) or a person's title ("박하진 전 사장은 언제
    사임했나?" asks the person's act, and "임 전 사장은 1956년생" is no date of it)."""
    m = _TOPIC.search(text)
    if m is None or any(s < m.end(2) and m.start(2) < e for s, e in spans):
        return ""
    if m.group(2).casefold() in folded_titles():
        return ""
    return "".join(g for g in m.groups() if g)


def echoed(text: str, start: int, topic: str) -> bool:
    """The date at ``start`` is written right after the topic with a particle of its own."""
    before = re.sub(r"\s+", "", text[max(0, start - _REACH) : start])
    return len(topic) >= 2 and re.search(rf"{re.escape(topic)}(?:은|는|이|가)$", before) is not None


def in_topic_clause(text: str, start: int, topic: str) -> bool:
    """The date at ``start`` stands in a clause whose topic or subject is ``topic`` (spaces
    removed), written before it in that clause, with a count between them or none."""
    if len(topic) < 2:
        return False
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    clause = re.sub(r"\s+", "", text[ends[-1] if ends else 0 : start])
    return re.search(rf"{re.escape(topic)}{_COUNTED}(?:은|는|이|가)", clause) is not None


def a_length(text: str) -> bool:
    """``text`` opens with a length of time, no date: a number, a counter of time and a word
    that makes it a length ("2년째", "3개월간", "5년 만에")."""
    units = answer_type_tables()["units"]
    counters = "|".join(map(re.escape, sorted(units["duration"], key=len, reverse=True)))
    after = "|".join(map(re.escape, units["duration_after"]))
    return re.match(rf"\d+\s*(?:{counters})\s*(?:{after})", text) is not None


def topic_dated(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The dates written right after the question's topic, with the belief of the others; all
    of them when none is."""
    topic = asked_topic(q.text, q.spans)
    if not topic or q.english:
        return cands
    kept = [
        c
        for c in cands
        if c.span is not None and echoed(ri.passages[c.passage].text, c.span.start, topic)
    ]
    if not kept:  # "나머지는 언제": the date of the clause "나머지 50대는 ... 8일 인도한다"
        kept = [
            c
            for c in cands
            if c.span is not None
            and in_topic_clause(ri.passages[c.passage].text, c.span.start, topic)
            and not a_length(c.text)  # "평가액이 ... 2년째 1위": no date of the clause
        ]
    return believed(kept, cands) if kept else cands
