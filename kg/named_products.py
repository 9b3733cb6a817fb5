"""Products named with the quotative: "타다온이라는 이름의 공유 서비스를", "온새미라는 이름으로 새
간편결제 앱을" — news gives a new product's name before "(이)라는 이름의/이름으로" and then says
what kind of thing it is.  Unquoted, the tagger takes such a brand for a company's; where the
noun phrase after the name-noun is a kind of product (a Model cue noun, a title introducer, or a
word ending in a kind: kg.quoted_kinds), the name is the product's (Model).  "…이라는 이름의
회사" says nothing of the kind, and the name keeps its vote.
"""

from __future__ import annotations

import dataclasses
import functools

from .model import Mention
from .pieces import Piece
from .quoted_kinds import kind_word
from .quoted_titles import _introducers
from .resources import load_table

__all__ = ["vote_named_products"]

_MODEL_VOTE = 3.0  # as sure as a quoted title after a kind word (kg.quoted_kinds)
# words of the noun phrase after the name-noun the kind may lie in ("이름의 새 공유 서비스를")
_REACH = 3
# the particles after the name-noun that lead to the kind: 의 (of) or 으로/로 (as)
_NAMING_PARTICLES = frozenset({"의", "으로", "로"})


@functools.cache
def _naming() -> tuple[frozenset[str], frozenset[str]]:
    table = load_table("launches.toml")
    return frozenset(table["naming_tails"]), frozenset(table["naming_nouns"])


def vote_named_products(ps: list[Piece], mentions: list[Mention]) -> None:
    """Raise to 3 the Model vote of each name written "X(이)라는 이름의 …KIND" where KIND is a
    word for a kind of product within the next few words.

    "타다온이라는 이름의 공유 서비스를" votes 타다온 a product; "타다온이라는 이름의 회사를"
    votes nothing."""
    tails, nouns = _naming()
    ends = {m.end: m for m in mentions if m.kind == "name"}
    for i, p in enumerate(ps[:-2]):
        name, naming = ends.get(p.stem_end), ps[i + 1]
        if name is None or p.tail not in tails:
            continue
        if naming.stem not in nouns or naming.tail not in _NAMING_PARTICLES:
            continue
        if _kind_follows(ps[i + 2 : i + 2 + _REACH]):
            name.votes = {**name.votes, "Model": max(name.votes.get("Model", 0.0), _MODEL_VOTE)}


def _kind_follows(phrase: list[Piece]) -> bool:
    """Is a word of ``phrase`` (up to the head noun, the first with a particle) a kind of
    product?"""
    for p in phrase:
        if p.stem in _introducers() or kind_word(dataclasses.replace(p, tail="")):
            return True
        if p.tail:
            return False
    return False
