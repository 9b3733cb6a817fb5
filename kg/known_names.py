"""Names a lookup knows, found in a sentence as runs of up to a few pieces: the lexicon's names
(kg/mentions.py) and the names a document wrote before (kg/document_names.py).

A run is a name when the lookup knows it as written, as a known company with a country glued
before it ("한국IBM": a subsidiary), with a particle Kiwi left glued on ("한결에어텍이"), or,
for a repeat, with a word that says it is a company glued after it ("중월강철사와"); never
when a light verb makes the noun a verb ("인도한": delivered, not India).
"""

from __future__ import annotations

from .model import Mention
from .names import name_key
from .particles import glued_particle, particles_after
from .pieces import Tok, runs
from .resources import resources

__all__ = ["known_names"]


def known_names(sentence, ps, toks, taken, lookup, rule: str, longest: int) -> list[Mention]:
    """Runs of up to ``longest`` pieces whose name ``lookup`` knows (type votes, or None)."""
    stop = resources().stopnames
    out = []
    i = 0
    while i < len(ps):
        for n in range(longest, 0, -1):
            run = runs(ps, i, n, glued=n > 1)
            if run is None or taken[run[0].first]:
                continue
            surface = sentence.text[run[0].start : run[-1].stem_end]
            votes = lookup(name_key(surface)) or _subsidiary(surface, lookup, rule == "lexicon")
            glued = None if votes or n > 1 else glued_particle(surface, _Keys(lookup))
            if glued is not None:  # "설계는 한결에어텍이, ...": the name, then its particle
                surface, votes = glued[0], lookup(name_key(glued[0]))
            if not votes and n == 1 and rule == "repeat":
                surface, votes = _company_word(surface, lookup)
            if not votes or len(surface) < 2 or surface.casefold() in stop:
                continue
            if any(taken[k] for k in range(run[0].first, run[-1].stem_last + 1)):
                continue
            if _made_verb(toks, run[-1].stem_last):
                continue
            start = run[0].start
            m = Mention(
                sentence.id, start, start + len(surface), surface, rule=rule, votes=dict(votes)
            )
            m.particle, m.role = particles_after(
                toks, run[-1].stem_last, run[-1].stem_end, sentence.text
            )
            if glued is not None:
                m.particle, m.role = glued[1], glued[2]
            out.append(m)
            for k in range(run[0].first, run[-1].stem_last + 1):
                taken[k] = True
            i += n - 1
            break
        i += 1
    return out


class _Keys:
    """A lookup function seen as the set of keys it knows (for ``glued_particle``)."""

    def __init__(self, lookup):
        self.lookup = lookup

    def __contains__(self, key: str) -> bool:
        return bool(self.lookup(key))


def _made_verb(toks: list[Tok], last: int) -> bool:
    """A noun made a verb is no name: "서해상선에 인도한" (인도/NNG 하/XSV: delivered, not
    India)."""
    return last + 1 < len(toks) and toks[last + 1].tag in {"XSV", "XSA"}


def _company_word(surface: str, lookup) -> tuple[str, dict[str, float] | None]:
    """A company the document knows, written with a word that says it is one glued on, which
    Kiwi reads as one word ("중월강철사와" where 중월강철 is a company: grammar.toml
    company_words): the name without the word, and its votes; else ``surface`` and None."""
    for word in resources().grammar.company_words:
        name = surface[: len(surface) - len(word)]
        votes = lookup(name_key(name)) if surface.endswith(word) and len(name) >= 2 else None
        if votes and max(votes, key=votes.get) == "Company":
            return name, votes
    return surface, None


def _subsidiary(surface: str, lookup, listed: bool) -> dict[str, float] | None:
    """A known company's name with a country's name glued before it is the company's local
    subsidiary, a company too: "한국IBM" where IBM is known.  A name the document found is
    taken so only in Latin letters ("한국선급" is no subsidiary of a word 선급 the tagger took);
    ``listed``: the lexicon's names are taken in any script ("한국오라클")."""
    for prefix in resources().grammar.subsidiary_prefixes:
        rest = surface[len(prefix) :]
        script = listed or (rest[:1].isascii() and rest[:1].isalpha())
        if surface.startswith(prefix) and len(rest) >= 2 and " " not in surface and script:
            votes = lookup(name_key(rest))
            if votes and max(votes, key=votes.get) == "Company":
                return {"Company": 3.0}
    return None
