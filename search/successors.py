"""Who succeeds a person, asked "X 사장의 후임은 누구인가?": the name Korean news writes right
after the word for a successor in the clause that names X ("X 사장이 물러나고, 후임으로 Y
부사장이 내정됐다", "X 사장 후임에 Y 부사장 내정", "X 대표의 후임으로는 Y 실장이").

The successor is a person the graph typed as one, or — when the graph typed it otherwise (a
name it read as a company: "후임으로는 허인철 경영전략실장이") — a Hangul name of two to four
letters opening with a family name (kg/resources/grammar.toml ``surnames``) written right before
a title (``titles``): the title says it is a person.  The words for a successor are
resources/appointments.toml ``successor``.

>>> text = "가람전자의 한도윤 사장이 물러나고, 후임으로 오서준 부사장이 내정됐다."
>>> text[slice(*successor_in(text, 7, []))]
'오서준'
"""

from __future__ import annotations

import re

from kg.resources import resources

from .answer_types import Asked
from .appointments import appointment_table
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .title_reach import folded_titles

__all__ = ["asks_successor", "successor_answer", "successor_in"]

#: the best sentences read for the successor
_TOP = 8
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: the particles after the word for a successor that open its clause ("후임으로는", "후임에")
_AFTER = re.compile(r"(?:으로는|으로|로는|로|에는|에|은|는)?\s+")
#: a Hangul name and the title word after it, modifiers between ("오서준 사업 담당 부사장이")
_NAME = re.compile(r"([가-힣]{2,4})\s+")
#: how many words after the name its title may stand
_TITLE_WORDS = 3


def asks_successor(q: Question, asked: Asked) -> bool:
    """Does the question ask a person's successor ("X 사장의 후임은 누구인가?", "X의 후임자는")?

    >>> from kg import analyze_document, resolve
    >>> from search.question import analyze_question
    >>> from search.answer_types import read_asked
    >>> ex = resolve([analyze_document("d", "한도윤 사장이 물러났다.")])
    >>> q = analyze_question("한도윤 사장의 후임은 누구인가?", ex)
    >>> asks_successor(q, read_asked(q.tokens))
    True
    """
    words = set(appointment_table()["successor"])
    return asked.kind in {"person", "thing"} and any(t.form in words for t in q.tokens)


def successor_in(text: str, after: int, people: list[tuple[int, int]]):
    """The (start, end) of the successor the sentence writes after the word for a successor
    that follows character ``after`` (the predecessor's name), in the same sentence; None when
    no successor word follows or no person is written right after it."""
    words = sorted(appointment_table()["successor"], key=len, reverse=True)
    m = re.compile("|".join(map(re.escape, words))).search(text, after)
    if m is None:
        return None
    gap = _AFTER.match(text, m.end())
    if gap is None:
        return None
    start = gap.end()
    typed = [p for p in people if p[0] == start]
    if typed:
        return typed[0]
    name = _NAME.match(text, start)
    if name is None or not _titled(text[name.end() :]):
        return None
    if name.group(1)[0] not in resources().grammar.surnames:
        return None
    return name.start(1), name.end(1)


def _titled(rest: str) -> bool:
    """Is a title written in the next few words ("부사장이", "사업 담당 부사장이", "실장")?"""
    titles = folded_titles()
    for w in rest.split()[:_TITLE_WORDS]:
        w = re.sub(r"[^가-힣A-Za-z].*$", "", w)
        if any(w.casefold().startswith(t) or _ends_title(w, t) for t in titles if len(t) >= 2):
            return True
    return False


def _ends_title(word: str, title: str) -> bool:
    """ "경영전략실장이" ends in the title 실장 before its particle."""
    for cut in range(len(word), len(title) - 1, -1):
        if word[:cut].casefold().endswith(title):
            return len(word) - cut <= 2
    return False


def successor_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The successor of the person the question names, from the best sentences writing that
    person and a word for a successor after the name; None when the question asks no successor
    or no sentence writes one."""
    named = [eid for eid, _ in q.entities]
    if not named or not asks_successor(q, asked):
        return None
    for h in hits[:_TOP]:
        at = [e["end"] for e in h.entities if e["id"] in named]
        if not at:
            continue
        people = [
            (e["start"], e["end"])
            for e in h.entities
            if e["type"] == "Person" and e["id"] not in named
        ]
        found = successor_in(h.text, min(at), people)
        if found is not None:
            name = h.text[found[0] : found[1]]
            return said_in(q, [name], [h], hits, "successor", _PRIOR, answer_type="person")
    return None
