"""Names that open with a word of their kind: "법무법인 한올", "회계법인 누리" (grammar.toml
[organisations] openers).  The opening word belongs to the name, and the name is a company's,
whatever the tagger made of the word after it ("한올" alone, a place)."""

from __future__ import annotations

import itertools
from dataclasses import replace

from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok, continues
from .resources import resources
from .roles import is_title

__all__ = ["opened_names"]


def opened_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """``mentions`` with each name after an opening word run back over it, and the names no
    detector found after one ("법무법인 한올의 권서하 변호사": 법무법인 한올)."""
    openers = resources().grammar.name_openers
    typed = resources().grammar.typed_openers
    by_start = {m.start: k for k, m in enumerate(mentions) if m.kind == "name"}
    out = list(mentions)
    for p, nxt in itertools.pairwise(ps):
        if (
            p.stem not in openers | typed
            or not continues(p, nxt)
            or not nxt.stem
            or is_title(nxt.stem)
        ):
            continue
        k = by_start.get(nxt.start)
        if k is not None:
            m = out[k]
            votes = dict(m.votes)
            votes["Company"] = votes.get("Company", 0.0) + 3.0
            text = sentence.text[p.start : m.end]
            out[k] = replace(m, start=p.start, text=text, votes=votes, rule="opener")
        elif p.stem in openers and not any(taken[j] for j in range(nxt.first, nxt.stem_last + 1)):
            end = nxt.stem_end - _swallowed(nxt.stem)
            m = Mention(sentence.id, p.start, end, sentence.text[p.start : end])
            m.rule, m.votes = "opener", {"Company": 3.0}
            m.particle, m.role = particles_after(toks, nxt.stem_last, nxt.stem_end, sentence.text)
            if end < nxt.stem_end:
                m.particle, m.role = nxt.stem[-1], _SWALLOWED[nxt.stem[-1]]
            out.append(m)
            for j in range(p.first, nxt.stem_last + 1):
                taken[j] = True
    return [_typed(m) for m in out]


def _typed(m: Mention) -> Mention:
    """A name the tagger found that opens with a word of a company's kind ("스튜디오 누리별",
    grammar.toml typed_openers) is a company's, whatever else the tagger voted."""
    first, _, rest = m.text.partition(" ")
    if m.kind != "name" or not rest or first not in resources().grammar.typed_openers:
        return m
    return replace(m, votes={**m.votes, "Company": max(m.votes.values(), default=0.0) + 3.0})


# particles Kiwi may swallow into a name it does not know ("세경과" read as one proper noun);
# no firm's name ends in one of them
_SWALLOWED = {"과": "JC", "와": "JC", "을": "JKO", "를": "JKO"}  # particle -> its Kiwi tag


def _swallowed(stem: str) -> int:
    """1 when the word's last syllable is a particle Kiwi read into the name, else 0."""
    return 1 if len(stem) >= 3 and stem[-1] in _SWALLOWED else 0
