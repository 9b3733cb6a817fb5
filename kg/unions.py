"""Labour unions named by their company and the word for union written apart: "누리모빌리티
노동조합은 성명을 냈다", "한빛전자 노조는 파업을 예고했다".

Company news names a union so, as the company's name and then the word; the two words are one
organisation's name, not the company acting (the union speaks, strikes, signs its own
agreements).  A union word glued to the name ("누리전자노조") is already one word with an
organisation's ending (grammar.toml [organisations]).  The words are data: ``[unions]`` in
resources/public.toml.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import replace

from .closers import name_at
from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok, continues
from .resources import load_table

__all__ = ["union_names"]

# as strong as a member body's vote (kg.member_bodies): the word says what the body is
_VOTE = 3.0
# a name of these types before the word is no company's ("경기 노조": a region's unions)
_NOT_EMPLOYERS = {"Person", "Place", "Date"}


@functools.cache
def _words() -> frozenset[str]:
    return frozenset(load_table("public.toml").get("unions", {}).get("words", ()))


def union_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with each company name followed by a union word, apart, grown into the
    union's name, an Organization.

    "누리모빌리티 노동조합은": the name 누리모빌리티 노동조합, particle 은."""
    out = list(mentions)
    for p, word in itertools.pairwise(ps):
        if word.stem not in _words() or not continues(p, word):
            continue
        employer = name_at(out, lambda m, p=p: m.end == p.stem_end)
        if employer is None or out[employer].voted_type in _NOT_EMPLOYERS:
            continue
        base = out[employer]
        votes = {**base.votes, "Organization": base.votes.get("Organization", 0.0) + _VOTE}
        union = replace(
            base,
            end=word.stem_end,
            text=sentence.text[base.start : word.stem_end],
            votes=votes,
            rule="union",
        )
        union.particle, union.role = particles_after(
            toks, word.stem_last, word.stem_end, sentence.text
        )
        out[employer] = union
        out = [m for m in out if not (m.kind == "name" and m.start == word.start)]
    return out
