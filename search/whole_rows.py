"""A list answer takes every item of the row its items are written in: the reader that found
"동중국해" in "제주해협과 동중국해를 거쳐" or two of "하늘AI, 검색 포털 누리넷, 스타트업
별똥랩스가" answers with the row's other items too (items joined by 와/과, commas, middle dots
or 및: search/head_lists.py rows_of), each as the name written at its end ("검색 포털 누리넷" ->
누리넷).  Items the question writes itself are never added.

>>> _ends_with("통신사 계열 AI 기업 하늘AI", "하늘AI"), _ends_with("누리넷", "넷")
(True, False)
"""

from __future__ import annotations

from kg.names import name_key

from .clause_subjects import other_subjects
from .head_lists import PARTIES, rows_of
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit

__all__ = ["whole_row"]


def _ends_with(item: str, name: str) -> bool:
    """``item`` is ``name``, or ends with it as its own word."""
    return name_key(item) == name_key(name) or item.endswith(" " + name)


def _named(h: Hit, a: int, b: int) -> tuple[str, str]:
    """The row item ``h.text[a:b]`` as the name written at its end and that name's entity
    type, else as written with no type."""
    ends = [e for e in h.entities if a <= e["start"] and e["end"] == b]
    return (h.text[ends[0]["start"] : b], ends[0]["type"]) if ends else (h.text[a:b], "")


def _row_items(q: Question, h: Hit, items: list[str]) -> list[str]:
    """The items of the row of ``h`` that holds most of ``items``, as names, of the kind of
    those it holds (an entity type, or none; a thing's row takes its unnamed items too); [] when
    no row holds one."""
    best, held = [], 0
    for row in rows_of(sentence_tokens(h.text)):
        holding = [any(_ends_with(h.text[a:b], i) for i in items) for a, b in row]
        if sum(holding) > held:
            best, held = list(zip(row, holding)), sum(holding)
    named = [(_named(h, a, b), holds) for (a, b), holds in best]
    kinds = {kind for (_, kind), holds in named if holds}
    if not kinds & PARTIES:
        kinds.add("")  # a row of things: "'세림 에이전트'와 고객센터 상담 시스템"
    asked = name_key(q.text)
    kept = [w for (w, kind), _ in named if kind in kinds and name_key(w) not in asked]
    return [w for w in kept if any(c.isalpha() for c in w)]  # "320" of "320억 개의" is no item


def whole_row(q: Question, form: str, found: tuple[Answer, dict]) -> tuple[Answer, dict]:
    """``found`` with the other items of the row its items are written in, for a list asked;
    ``found`` itself when it is no list answer read from a sentence or its row adds nothing."""
    ans, signals = found
    if form != "list" or ans.method != "sentence" or not ans.answer or not ans.evidence:
        return found
    items = ans.answer.split(", ")
    keys = {name_key(i) for i in items}
    h = ans.evidence[0]
    more = _row_items(q, h, items) or other_subjects(h, items)  # "A이 …하고, B도 …했다"
    more = [w for w in more if name_key(w) not in keys and name_key(w) not in name_key(q.text)]
    more = [w for w in more if not any(_ends_with(w, i) for i in items)]
    if not more:
        return found
    ans.answer = ", ".join([*items, *more])
    return ans, {**signals, "items": float(len(items) + len(more))}
