"""What each item of a bulleted row is and which item is what: a reporter lists named things
each after what it is, "허가 품목에는 ▲유방암 치료제 '투키사정' ▲조현병 치료제 '라투다정' 등이
있다".  "투키사정은 무슨 치료제?" asks the words before its own name ("유방암 치료제"), not those of
another item of the row; "조현병 치료제 이름은?" asks the name after the words it repeats
("라투다정").  Each item is read alone, between its ▲ and the next.

>>> items_of("품목에는 ▲유방암 치료제 '가온정' ▲천식 치료제 '나래주' 등이 있다.")
[('유방암 치료제', '가온정'), ('천식 치료제', '나래주')]
"""

from __future__ import annotations

import re

from .answer_types import Asked
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["bullet_pair_answer", "items_of"]

#: the best sentences read for a bulleted row
_TOP = 5
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: one item: what it is, then its name in quotes ("유방암 치료제 '투키사정'")
_ITEM = re.compile(r"\s*([^'‘’\"“”]+?)\s*['‘\"“]([^'‘’\"“”]+)['’\"”]")
#: the words a question asks a name by ("조현병 치료제 이름은?", "제품명은?")
_NAME_WORDS = ("이름", "제품명", "명칭")


def items_of(text: str) -> list[tuple[str, str]]:
    """The (what it is, name) of each ▲ item of the sentence written so; [] when it has none."""
    out = []
    for item in text.split("▲")[1:]:
        if m := _ITEM.match(item):
            out.append((m.group(1), m.group(2)))
    return out


def _what_it_is(q: Question, asked: Asked, items: list[tuple[str, str]]) -> str | None:
    """The words before the item the question names, when they end in the noun it asks by
    ("투키사정은 무슨 치료제?" -> 유방암 치료제)."""
    if not asked.head:
        return None
    for what, name in items:
        if _named(q.text, name) and what.endswith(asked.head):
            return what
    return None


def _which_item(q: Question, items: list[tuple[str, str]]) -> str | None:
    """The name of the one item whose words the question repeats with a word asking a name
    ("조현병 치료제 이름은?" -> 라투다정); None when no item or several fit."""
    if not any(w in q.text for w in _NAME_WORDS):
        return None
    words = [t.form for t in q.tokens if t.tag in {"NNG", "NNP"} and t.form not in _NAME_WORDS]
    fit = [
        name
        for what, name in items
        if words and all(w in what for w in words) and not _named(q.text, name)
    ]
    return fit[0] if len(fit) == 1 else None


def _named(question: str, name: str) -> bool:
    """Does the question write the item's name, or its first word ("라투다정20·40mg" as 라투다정)?"""
    first = re.match(r"[가-힣A-Za-z]+", name)
    return name in question or (first is not None and len(first[0]) > 1 and first[0] in question)


def bullet_pair_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """What the named item of a bulleted row is, or the name of the item the question describes;
    None when no sentence of the best writes such a row for it."""
    if asked.kind != "thing":
        return None
    for h in hits[:_TOP]:
        items = items_of(h.text)
        if len(items) < 2:
            continue
        found = _what_it_is(q, asked, items) or _which_item(q, items)
        if found is not None:
            return said_in(q, [found], [h], hits, "bullet_pair", _PRIOR, answer_type="thing")
    return None
