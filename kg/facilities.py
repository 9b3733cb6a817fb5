"""Places named by what stands there or what they are: "정부세종청사", "세종터미널", "세종시청",
"조치원읍", "대구 테크노폴리스", "애리조나주".

The tagger types such a word by its look and may take a government complex or a terminal for
a company, a town for a person; its ending (grammar.toml ``[places] facilities``) says it is a
place.  A proper noun with such an ending that no detector took is a place name too.  So is a
state of a federation, which Kiwi reads as a proper noun and the noun 주 ("애리조나/NNP 주/NNG").
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


_PARK = re.compile(r"([가-힣]{2})[0-9]*([가-힣]+)")


def _park(stem: str, toks: list[Tok], p: Piece) -> bool:
    """An industrial estate: a proper noun of two syllables, maybe a number, then the estate
    word (grammar.toml [places] parks): "구미3공단", "청주공단" (not "근로복지공단")."""
    match = _PARK.fullmatch(stem)
    proper = toks[p.first].tag == "NNP"
    return proper and match is not None and match.group(2) in resources().grammar.parks


def _state(p: Piece, toks: list[Tok]) -> bool:
    """A state as Kiwi reads one: a Hangul proper noun of two syllables or more, then the noun
    주 ("오하이오/NNP 주/NNG"; "반도체주", a kind of share, opens with no proper noun)."""
    if p.stem_last != p.first + 1:
        return False
    name, unit = toks[p.first], toks[p.stem_last]
    hangul = len(name.form) >= 2 and _HANGUL.fullmatch(name.form)
    state = unit.tag == "NNG" and unit.form == resources().grammar.state_ending
    return name.tag == "NNP" and bool(hangul) and state


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
    for p, nxt in zip(ps, [*ps[1:], None]):
        span = range(p.first, p.stem_last + 1)
        if not p.stem or any(taken[k] for k in span):
            continue
        if _glued_site(p, toks, nxt):
            out.append(_glued_place(sentence, p))
            for k in span:
                taken[k] = True
            continue
        if toks[p.first].tag != "NNP" or not (
            _ending(p.stem) or _state(p, toks) or _park(p.stem, toks, p)
        ):
            continue
        m = Mention(sentence.id, p.start, p.stem_end, p.stem, rule="facility", votes={"Place": 3.0})
        m.particle, m.role = particles_after(toks, p.stem_last, p.stem_end, sentence.text)
        out.append(m)
        for k in span:
            taken[k] = True
    return out


def _glued_site(p: Piece, toks: list[Tok], nxt: Piece | None) -> bool:
    """A foreign place Kiwi read with its particle as one noun it does not know, before a site
    ("에인트호번에/NNP 본사를 둔"): three syllables or more, then 에, then a site (grammar.toml
    [places] sites, [organisations] head_offices)."""
    g = resources().grammar
    sites = g.place_sites | g.head_offices
    one = p.first == p.stem_last and toks[p.first].tag in {"NNP", "NNG"} and not p.tail
    one = one and len(p.stem) >= 4 and p.stem.endswith("에")
    spaced = nxt is not None and nxt.start == p.end + 1
    return one and spaced and _HANGUL.fullmatch(p.stem) is not None and nxt.stem in sites


def _glued_place(sentence: Sentence, p: Piece) -> Mention:
    m = Mention(sentence.id, p.start, p.stem_end - 1, p.stem[:-1], rule="facility")
    m.votes, m.particle, m.role = {"Place": 3.0}, "에", "JKB"
    return m


def vote_facilities(
    text: str, ps: list[Piece], toks: list[Tok], mentions: list[Mention]
) -> list[Mention]:
    """A name with a facility ending, or a state, is a place whatever the tagger voted
    ("세종터미널", "애리조나주" typed companies), and a place's name written before a facility word of its own is one place with
    it ("대구 테크노폴리스")."""
    by_start = {p.start: p for p in ps}
    for m in mentions:
        p = by_start.get(m.start)
        state = p is not None and p.stem == m.text and (_state(p, toks) or _park(p.stem, toks, p))
        if m.kind == "name" and m.rule != "facility" and (_ending(m.text) or state):
            m.votes = {"Place": 3.0}
    words = {e for e in resources().grammar.facilities if len(e) >= 3}
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
    return _state_cities(text, ps, toks, out)


def _state_cities(text: str, ps: list[Piece], toks: list[Tok], mentions: list[Mention]):
    """A state and the city's name after it are one place ("오하이오주 콜럼버스에": the tagger
    may take the city for a company); a body after a state stays its own ("애리조나주 상무청")."""
    by_start = {p.start: p for p in ps}
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        p = by_start.get(prev.start) if prev else None
        if p is not None and _joins_state(prev, p, toks, m):
            out[-1] = replace(prev, end=m.end, text=text[prev.start : m.end])
            out[-1].particle, out[-1].role = m.particle, m.role
            continue
        out.append(m)
    return out


def _joins_state(state: Mention, p: Piece, toks: list[Tok], city: Mention) -> bool:
    single = p.stem == state.text and not state.particle and _state(p, toks)
    named = city.kind == "name" and city.voted_type != "Organization"
    return single and named and city.start == state.end + 1 and bool(_HANGUL.fullmatch(city.text))
