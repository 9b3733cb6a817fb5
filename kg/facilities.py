"""Places named by what stands there or what they are: "정부세종청사", "세종터미널", "세종시청",
"조치원읍", "대구 테크노폴리스".

The tagger types such a word by its look and may take a government complex or a terminal for
a company, a town for a person; its ending (grammar.toml ``[places] facilities``) says it is a
place.  A proper noun with such an ending that no detector took is a place name too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import resources

__all__ = ["facility_names", "vote_facilities"]

_HANGUL = re.compile(r"[가-힣]+")


def _ending(stem: str) -> str:
    """The facility ending of a Hangul word with a name of two syllables or more before it."""
    if not _HANGUL.fullmatch(stem):
        return ""
    ends = (e for e in resources().grammar.facilities if stem.endswith(e))
    return next((e for e in ends if len(stem) - len(e) >= 2), "")


def facility_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """Words no detector took that a proper noun opens and a facility ending closes.

    >>> from kg.kiwi import kiwi
    >>> s = Sentence("d#0", "d", 0, 0, 0, "노선을 조치원읍까지 넓힌다.")
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
    >>> from kg.pieces import pieces
    >>> [(m.text, m.voted_type) for m in facility_names(s, pieces(s.text, toks), toks,
    ...                                                  [False] * len(toks))]
    [('조치원읍', 'Place')]
    """
    out = []
    for p in ps:
        span = range(p.first, p.stem_last + 1)
        if not p.stem or any(taken[k] for k in span) or toks[p.first].tag != "NNP":
            continue
        if not _ending(p.stem):
            continue
        m = Mention(sentence.id, p.start, p.stem_end, p.stem, rule="facility", votes={"Place": 3.0})
        m.particle, m.role = particles_after(toks, p.stem_last, p.stem_end, sentence.text)
        out.append(m)
        for k in span:
            taken[k] = True
    return out


def vote_facilities(
    text: str, ps: list[Piece], toks: list[Tok], mentions: list[Mention]
) -> list[Mention]:
    """A name with a facility ending is a place whatever the tagger voted ("세종터미널" typed a
    company), and a place's name written before a facility word of its own is one place with
    it ("대구 테크노폴리스")."""
    for m in mentions:
        if m.kind == "name" and m.rule != "facility" and _ending(m.text):
            m.votes = {"Place": 3.0}
    words = {e for e in resources().grammar.facilities if len(e) >= 3}
    by_start = {p.start: p for p in ps}
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        p = by_start.get(m.end + 1)
        if m.kind == "name" and m.voted_type == "Place" and not m.particle:
            if p is not None and p.stem in words and p.start not in starts:
                particle, role = particles_after(toks, p.stem_last, p.stem_end, text)
                m = replace(m, end=p.stem_end, text=text[m.start : p.stem_end])
                m.particle, m.role = particle, role
        out.append(m)
    return out
