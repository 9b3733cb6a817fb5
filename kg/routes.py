"""Routes are two places: "김포~오사카", "통영항~한산도", "서울∼부산 구간".

News writes a flight, ferry or rail route as its two ends joined by a tilde, in one word; the
tagger took the whole word for one name (a company, "김포~오사카") or nothing.  Each end is a
place where both are names: proper nouns to Kiwi there, or words it does not know as common
nouns (kg.coined_words); "오전~오후", "월~금" are spans of time, no route.
"""

from __future__ import annotations

from .coined_words import NOUN_TAGS, coined
from .model import Mention, Sentence
from .particles import claimed_name
from .pieces import Piece, Tok

__all__ = ["route_places"]

# the signs that join a route's two ends
_TILDES = frozenset("~∼～")


def _ends(p: Piece, toks: list[Tok]) -> list[tuple[int, int]] | None:
    """The token ranges (first, last) of a route's two ends inside piece ``p``, or None."""
    stem = list(range(p.first, p.stem_last + 1))
    tildes = [k for k in stem if toks[k].form in _TILDES]
    if len(tildes) != 1 or tildes[0] in (p.first, p.stem_last):
        return None
    ends = [(p.first, tildes[0] - 1), (tildes[0] + 1, p.stem_last)]
    for a, b in ends:
        word = "".join(t.form for t in toks[a : b + 1])
        tags = [toks[k].tag for k in range(a, b + 1)]
        if not all(t in NOUN_TAGS for t in tags) or not ("NNP" in tags or coined(word)):
            return None
        if word.isascii() and not word.isalpha():
            return None
    return ends


def route_places(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """A place for each end of every route written in the sentence."""
    out = []
    for p in ps:
        for a, b in _ends(p, toks) or []:
            span = (a, b, toks[a].start, toks[b].end)
            if m := claimed_name(sentence, toks, taken, span, "route", {"Place": 3.0}):
                out.append(m)
    return out
