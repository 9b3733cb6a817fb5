"""Events news names: a trade show or a conference ("MWC 2025", "지스타") is none of the entity
types (tests/gold/README.md: companies, people, models, organisations, dates, places), yet the
tagger types it a company or a model.  A name written right after a word of being held
("바르셀로나에서 열리는 X에서", resources/events.toml) and followed by its particle is an event:
every mention of it in the document is dropped, also without its year ("X" after "X 2025")."""

from __future__ import annotations

import functools
import re

from .model import Mention, Sentence
from .names import name_key
from .resources import load_table

__all__ = ["without_events"]

# a year written after an event's name ("MWC 2025"): the same event without it
_YEAR = re.compile(r"\s*(19|20)\d\d$")


@functools.cache
def _held() -> frozenset[str]:
    return frozenset(load_table("events.toml")["held"])


def without_events(sentences: list[Sentence], found: list[list[Mention]]) -> list[list[Mention]]:
    """``found`` (the mentions of each sentence) less the names of the events the document says
    are held, wherever they are written.

    >>> s = Sentence("s1", "d", 0, 0, 0, "부산에서 열리는 지스타 2025에 출품한다.")
    >>> m = Mention("s1", 9, 16, "지스타 2025", votes={"Model": 2.0}, particle="에")
    >>> without_events([s], [[m]])
    [[]]
    """
    events = {
        key
        for s, ms in zip(sentences, found)
        for m in ms
        if _is_held(s.text, m)
        for key in _keys(m.text)
    }
    if not events:
        return found
    return [[m for m in ms if m.kind != "name" or not events & _keys(m.text)] for ms in found]


def _is_held(text: str, m: Mention) -> bool:
    """Is ``m`` a name right after a word of being held, with its particle after it?"""
    before = text[: m.start].split()
    return m.kind == "name" and bool(m.particle) and bool(before) and before[-1] in _held()


def _keys(name: str) -> set[str]:
    """The keys an event is written by: with its year and without it."""
    return {name_key(name), name_key(_YEAR.sub("", name))}
