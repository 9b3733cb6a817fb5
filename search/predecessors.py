"""Whom a person succeeds, asked "맹서준 원장의 전임 원장은 누구인가?", "위태호 원장은 누구의
뒤를 잇나?": Korean news writes the predecessor right before the words of succeeding, in a
sentence about the successor — "맹 원장은 임기를 마친 권혜린 전 원장의 후임이다", "위 신임
의료원장은 … 변상철 의료원장의 뒤를 잇는다", "권혜린 원장의 후임으로 맹서준 실장이".  The
person is the last one written before "의 후임" or "의 뒤를", only titles between.  The words are
resources/appointments.toml ``predecessor`` (the question's) and ``succeeding`` (the text's).

>>> text = "맹 원장은 임기를 마친 권혜린 전 원장의 후임이다."
>>> at = text.index("권혜린")
>>> text[slice(*predecessor_in(text, [(at, at + 3)]))]
'권혜린'
"""

from __future__ import annotations

import re

from .appointments import appointment_table
from .passed_posts import hits_about
from .question import Question
from .question_links import people_named
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["asks_predecessor", "predecessor_answer", "predecessor_in"]

#: the best sentences read for the predecessor
_TOP = 8
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: the words between the predecessor's name and "의 후임": a title and its modifiers, no clause
_TITLE = r"(?:\s+[^\s,.()]+?){0,3}?"


def asks_predecessor(question: str) -> bool:
    """Does the question ask whom a person succeeds ("전임 원장은?", "누구의 뒤를 잇나?")?

    >>> asks_predecessor("맹서준 원장의 전임자는?"), asks_predecessor("맹서준 원장의 후임자는?")
    (True, False)
    """
    flat = "".join(question.split())
    return any(w in flat for w in appointment_table()["predecessor"])


def predecessor_in(text: str, people: list[tuple[int, int]]):
    """The (start, end) of the person written right before the words of succeeding, only
    titles between; None when the sentence writes none."""
    words = "|".join(map(re.escape, appointment_table()["succeeding"]))
    for p in sorted(people, reverse=True):
        if re.match(rf"{_TITLE}\s*(?:{words})", text[p[1] :]):
            return p
    return None


def predecessor_answer(q: Question, snap, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The person the best sentence about the one the question names writes as succeeded;
    None when the question asks no predecessor, names no one person, or no sentence says it."""
    if not asks_predecessor(q.text):
        return None
    ex = snap.extraction
    named = [eid for eid, _ in q.entities if eid in ex.entities]
    people = people_named(q, ex)
    if len(people) != 1:
        return None
    for h in hits_about(hits[:_TOP], ex, people[0]):
        others = [
            (e["start"], e["end"])
            for e in h.entities
            if e.get("type") == "Person" and e["id"] not in named
        ]
        if found := predecessor_in(h.text, others):
            name = h.text[found[0] : found[1]]
            return said_in(q, [name], [h], hits, "predecessor", _PRIOR, answer_type="person")
    return None
