"""The names a document knows, found again: a name the tagger was sure of in one sentence is a
name wherever the document writes it again ("국토교통부로부터" after "국토교통부는"), a name of
several words wins over the pieces the tagger cut it into elsewhere, and a person named in full
is referred to by the last word of the name with a title ("피셔 CTO는" after "라이언 피셔").
"""

from __future__ import annotations

from .foreign_persons import japanese_families
from .known_names import known_names
from .materials import without_goods
from .model import Mention, Sentence
from .names import name_key
from .particles import unglue_particles
from .pieces import Piece, Tok, pieces, runs
from .placed_acronyms import without_placed_acronyms
from .resources import resources
from .short_forms import retyped_short_forms, short_form_names
from .titled_persons import title_references

__all__ = ["document_names", "family_names", "repeated_names"]


def document_names(mentions: list[Mention]) -> dict[str, dict[str, float]]:
    """The names the tagger was sure of somewhere in a document, by key, with their type votes;
    an address's last unit too ("서울 서초동" ... "서초동", "경기 시흥시" ... "시흥")."""
    units = resources().grammar.address_units
    known: dict[str, dict[str, float]] = {}
    for m in mentions:
        if m.kind != "name" or len(m.text) < 2 or max(m.votes.values(), default=0) < 1.5:
            continue
        forms = [m.text]
        if " " in m.text and m.voted_type == "Place":
            last = m.text.split()[-1]
            forms += [last, last[:-1]] if len(last) >= 3 and last[-1] in units else [last]
        for form in forms:
            votes = known.setdefault(name_key(form), {})
            for t, v in m.votes.items():
                votes[t] = votes.get(t, 0.0) + v
    # a repeat adds no evidence of its own: it carries the document's votes, worth one vote
    return {
        k: {t: round(v / sum(vs.values()), 3) for t, v in vs.items()} for k, vs in known.items()
    }


def repeated_names(
    sentence: Sentence,
    toks: list[Tok],
    found: list[Mention],
    known: dict[str, dict[str, float]],
    family: frozenset[str] = frozenset(),
) -> list[Mention]:
    """A name found in one sentence is a name wherever its document writes it again
    ("국토교통부로부터" after "국토교통부는"); ``known`` is from ``document_names``.  A name of
    several words the document knows wins over the pieces the tagger cut it into here
    ("이음 독스를" read as two places after "'이음 독스'의" was one product); ``family`` are the
    last words of the document's persons (``family_names``): '피셔 CTO' refers to one."""
    ps = pieces(sentence.text, toks)
    found = _without_cut_names(sentence.text, ps, found, known)
    found = without_placed_acronyms(found, known)  # "페루 OTT": the place the document names
    unglue_particles(found, known)
    # '마이 법인장은' after '응우옌 티 마이': the tagger's name '마이' yields to the reference
    held = [m for m in found if not (m.kind == "name" and m.text in family)]
    taken = [any(m.start <= t.start < m.end for m in held) for t in toks]
    extra = title_references(sentence, ps, toks, taken, family) if family else []
    found = [m for m in found if not any(m.start < x.end and x.start < m.end for x in extra)]
    taken = [any(m.start <= t.start < m.end for m in found + extra) for t in toks]
    extra += known_names(sentence, ps, toks, taken, known.get, "repeat", 3)
    extra += short_form_names(sentence, ps, toks, taken, known)
    extra = without_goods(toks, extra)  # "석도원판을 공급": goods, wherever the tagger named them
    found = retyped_short_forms(found + extra, known)  # "한누원" typed a person: 한국누리원자력
    return sorted(found, key=lambda m: m.start)


def family_names(mentions: list[Mention]) -> frozenset[str]:
    """The last word of every person a document names in two or more words ('라이언 피셔':
    '피셔'): how news refers to them again, with a title ('피셔 CTO는')."""
    out = set()
    for m in mentions:
        words = m.text.split()
        if m.kind == "name" and len(words) >= 2 and m.votes:
            if m.voted_type == "Person" and 2 <= len(words[-1]) <= 4:
                out.add(words[-1])
    return frozenset(out) | japanese_families(mentions)  # '요시다 회장' after '요시다 겐이치로'


def _without_cut_names(text: str, ps: list[Piece], found: list[Mention], known) -> list[Mention]:
    """``found`` less the tagger's names that lie inside a longer run of words the document
    knows as one name."""
    drop: set[int] = set()
    for i in range(len(ps)):
        for n in (3, 2):
            run = runs(ps, i, n)
            if run is None or name_key(text[run[0].start : run[-1].stem_end]) not in known:
                continue
            start, end = run[0].start, run[-1].stem_end
            crossing = [k for k, m in enumerate(found) if m.start < end and m.end > start]
            inside = [k for k in crossing if found[k].kind == "name"]
            inside = [k for k in inside if start <= found[k].start and found[k].end <= end]
            if inside and len(inside) == len(crossing) and found[inside[0]].span != (start, end):
                drop.update(inside)
    return [m for k, m in enumerate(found) if k not in drop]
