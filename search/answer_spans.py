"""Where a sentence holds an answer of the asked kind (a date for 언제, a person for 누구, a
number with its counter for 몇 ...): its numbers with the right counter and its entity mentions of
the right type, and how near such an answer stands to the question's words.  What answers each
kind is data: resources/ranking.toml [kinds].

>>> text = "새 공장은 2027년 3월에 가동을 시작한다."
>>> [text[s:e] for s, e in type_spans(text, "date", [])]
['2027년', '3월']
"""

from __future__ import annotations

import functools
import math
import re

from .answer_types import answer_type_tables
from .resource_tables import resource_table

__all__ = ["kind_entity_types", "nearness", "type_spans"]

#: a number written onto a Latin name is part of the name, not an answer ("Claude 1~3",
#: "GPT-4", "Llama 3.1")
_VERSIONED_NAME = re.compile(r"[A-Za-z][A-Za-z.]*[ -]?\d[\d~.,-]*")


@functools.lru_cache(maxsize=1)
def _type_tables() -> tuple[dict[str, frozenset[str]], dict[str, re.Pattern | None]]:
    """kind -> entity types that answer it; kind -> a regex of a number with its counter."""
    table = resource_table("ranking.toml")
    units = {**answer_type_tables()["units"], **table["units"]}
    magnitudes = "|".join(re.escape(w) for w in table["magnitudes"]["words"])
    entity_types, patterns = {}, {}
    for kind, spec in table["kinds"].items():
        entity_types[kind] = frozenset(spec["entity_types"])
        words = [u for name in spec["units"] if name != "any" for u in units[name]]
        number = r"(?<![\d,.])\d[\d,.]*"
        if "any" in spec["units"]:
            nots = [u for name in spec.get("not_units", []) for u in units[name]]
            alt = "|".join(re.escape(w) for w in sorted(set(nots), key=len, reverse=True))
            patterns[kind] = re.compile(rf"{number}(?![\d,.])(?!\s?(?:{alt}))" if alt else number)
        elif words:
            alt = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
            patterns[kind] = re.compile(rf"{number}\s?(?:(?:{magnitudes})\s?)?(?:{alt})")
        else:
            patterns[kind] = None
    return entity_types, patterns


def type_spans(
    text: str, kind: str, entity_spans: list[tuple[str, int, int]], question: str = ""
) -> list[tuple[int, int]]:
    """Where a sentence holds an answer of ``kind``: its numbers with the right counter and its
    entity mentions of the right type (``entity_spans``: (type, start, end)), leaving out what
    the question itself writes.

    >>> type_spans("그는 1989년 3월 서울에서 태어났다.", "date", [])
    [(3, 8), (9, 11)]
    >>> type_spans("그는 1989년에 태어났다.", "date", [], question="1989년에 태어난 사람은?")
    []
    """
    entity_types, patterns = _type_tables()
    if kind not in entity_types:
        return []
    out = [(s, e) for ty, s, e in entity_spans if ty in entity_types[kind]]
    pattern = patterns[kind]
    if pattern is not None:
        names = [m.span() for m in _VERSIONED_NAME.finditer(text)]
        out += [
            m.span()
            for m in pattern.finditer(text)
            if not any(s <= m.start() < e for s, e in names)
        ]
    q = question.replace(" ", "")
    return sorted({(s, e) for s, e in out if not q or text[s:e].replace(" ", "") not in q})


def kind_entity_types() -> dict[str, frozenset[str]]:
    """Asked kind -> the entity types that answer it (the kinds with a type feature)."""
    return _type_tables()[0]


def nearness(text: str, spans: list[tuple[int, int]], words: list[str]) -> float:
    """1 / (1 + chars / 10) for the closest pair of an answer span and a question word."""
    if not spans or not words:
        return 0.0
    folded = text.casefold()
    best = math.inf
    for w in words:
        at = folded.find(w)
        while at >= 0:
            for s, e in spans:
                d = max(s - (at + len(w)), at - e, 0)
                best = min(best, d)
            at = folded.find(w, at + 1)
    return 0.0 if best == math.inf else 1.0 / (1.0 + best / 10.0)
