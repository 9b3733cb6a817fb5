"""An event named in quotes is no name: "투자 유치 설명회(이하 IR)인 'Korea Startup Summit
Silicon Valley 2030'", "'AI 위크 2030' 행사에서".

News quotes an event's title next to the word for its kind (resources/events.toml ``kinds``);
the tagger cut the English title into pieces and typed them a company, a person and a product.
Events are none of the entity types (tests/gold/README.md), so every name inside such a quote
goes.
"""

from __future__ import annotations

import functools
import re

from .model import Mention, Sentence
from .resources import load_table

__all__ = ["without_quoted_events"]

_QUOTE = re.compile(r"['‘\"“]([^'‘’\"“”]{2,60})['’\"”]")
# what may stand between the kind word and the quote: a bracket ("(이하 IR)"), the copula's
# 인 or 이라는, spaces
_BEFORE = r"(?:\([^()]{0,20}\))?\s*(?:인|이라는|란)?\s*$"
_AFTER = r"^\s*"


@functools.cache
def _kind_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A kind word ending the text before a quote, and one opening the text after it."""
    kinds = sorted(load_table("events.toml")["kinds"], key=len, reverse=True)
    words = "|".join(map(re.escape, kinds))
    return re.compile(rf"(?:{words}){_BEFORE}"), re.compile(rf"{_AFTER}(?:{words})")


def _names_event(text: str, q: re.Match) -> bool:
    before, after = _kind_patterns()
    return bool(before.search(text[: q.start()]) or after.match(text[q.end() :]))


def _titles(text: str) -> set[str]:
    return {q.group(1) for q in _QUOTE.finditer(text) if _names_event(text, q)}


def _inside(text: str, titles: set[str]) -> list[tuple[int, int]]:
    return [(k.start(), k.end()) for t in titles for k in re.finditer(re.escape(t), text)]


def without_quoted_events(
    sentences: list[Sentence], found: list[list[Mention]]
) -> list[list[Mention]]:
    """``found`` (each sentence's mentions) less the names inside an event's quoted title,
    wherever the document writes the title again.

    >>> s = Sentence("d#0", "d", 0, 0, 0, "협회는 박람회인 'Nuri Tech Week 2030'을 열었다.")
    >>> ms = [Mention("d#0", 0, 2, "협회"), Mention("d#0", 10, 19, "Nuri Tech", rule="tagger")]
    >>> [m.text for m in without_quoted_events([s], [ms])[0]]
    ['협회']
    """
    titles = set().union(*(_titles(s.text) for s in sentences)) if sentences else set()
    if not titles:
        return found
    out = []
    for s, ms in zip(sentences, found):
        spans = _inside(s.text, titles)
        out.append(
            [
                m
                for m in ms
                if m.kind != "name" or not any(a <= m.start and m.end <= b for a, b in spans)
            ]
        )
    return out
