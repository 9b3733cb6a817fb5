"""Short forms Kiwi cuts apart: news shortens an organisation's name to some of its syllables
("한국누리전력" ... "한누전"), a word Kiwi does not know and reads as common words ("한/MM
누전/NNG"), so the tagger never offers it as a name.  A word of only such pieces that shortens
one organisation the document names (kg.abbreviations.shortened_name) is a name with that
organisation's votes; kg.merge_rules then merges the two spellings.

A short form Kiwi does know as a proper noun may be typed a person by the tagger ("한누원 측은",
"한누원 오정민 사장": three syllables like a Korean name), or a place ("한누원과", a name ending
in 원 like a garden's); ``retyped_short_forms`` gives it its organisation's votes when its
syllables begin the organisation name's parts."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from .abbreviations import fitting_starts, shortened_name
from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import resources

__all__ = ["retyped_short_forms", "short_form_names"]

# the tags of the pieces Kiwi cuts an unknown short form into: a determiner or a prefix before a
# common noun ("한/MM 누전/NNG", "대/XPN 가공/NNG"), or a proper noun it guessed whole
_CUT_TAGS = frozenset({"MM", "XPN", "NNG", "NNP", "XSN"})
# syllables of such a short form: three ("한누전") or four; two-syllable ones are common words
_SYLLABLES = range(3, 5)


def short_form_names(
    sentence: Sentence,
    ps: list[Piece],
    toks: list[Tok],
    taken: list[bool],
    known: dict[str, dict[str, float]],
) -> list[Mention]:
    """The words of ``sentence`` that shorten one organisation of ``known`` (the document's
    names by key, kg.document_names): "한누전은" after "한국누리전력은"."""
    out = []
    for p in ps:
        stem = range(p.first, p.stem_last + 1)
        if not _cut_word(p, toks) or any(taken[k] for k in stem):
            continue
        full = shortened_name(p.stem, known)
        if full is None:
            continue
        m = Mention(
            sentence.id, p.start, p.stem_end, p.stem, rule="short-form", votes=dict(known[full])
        )
        m.particle, m.role = particles_after(toks, p.stem_last, p.stem_end, sentence.text)
        out.append(m)
        for k in stem:
            taken[k] = True
    return out


def _cut_word(p: Piece, toks: list[Tok]) -> bool:
    """Is the piece's stem a word Kiwi did not know: two or more pieces of ``_CUT_TAGS``, or one
    proper noun, three or four syllables, no public prefix kept whole?"""
    stem = toks[p.first : p.stem_last + 1]
    # a word that keeps a public prefix whole is the prefix and a word ("한국어", "국민연금"),
    # not its syllables picked (grammar.toml organisations.public_prefixes)
    if p.stem.startswith(tuple(resources().grammar.public_prefixes)):
        return False
    if len(p.stem) not in _SYLLABLES or not stem or any(t.tag not in _CUT_TAGS for t in stem):
        return False
    return len(stem) >= 2 or stem[0].tag == "NNP"


def retyped_short_forms(
    mentions: list[Mention], known: dict[str, dict[str, float]]
) -> list[Mention]:
    """``mentions`` with each name voted a person or a place (``_RETYPED``) that shortens one organisation of ``known``
    (kg.abbreviations.shortened_name) by the first syllables of its parts (``_part_initials``)
    carrying that organisation's votes: "한누원" after "한국누리원자력".

    >>> m = Mention("s", 0, 3, "한누원", rule="tagger", votes={"Person": 2.0})
    >>> known = {"한국누리원자력": {"Company": 1.0}, "한누원": {"Person": 1.0}}
    >>> p = Mention("s", 0, 3, "한누원", rule="tagger", votes={"Place": 1.2, "Organization": 1.0})
    >>> [x.voted_type for x in retyped_short_forms([m, p], known)]
    ['Company', 'Company']
    """
    return [_retyped(m, known) or m for m in mentions]


# the types the tagger gives a short form it knows as a proper noun: a Korean person's name of
# three syllables ("한누원 측은"), a place ending like one ("한누원과": 원 as in a garden's name)
_RETYPED = frozenset({"Person", "Place"})


def _retyped(m: Mention, known: dict[str, dict[str, float]]) -> Mention | None:
    if m.kind != "name" or m.voted_type not in _RETYPED or len(m.text) not in _SYLLABLES:
        return None
    full = shortened_name(m.text, known)
    if full is None or not _part_initials(m.text, full):
        return None
    return replace(m, votes=dict(known[full]))


def _part_initials(short: str, full: str) -> bool:
    """Are the syllables of ``short`` each the first of a part of ``full`` (after a public
    prefix): never two neighbours, nor the name's last syllable?  "한누원" picks 한(국)누(리)
    원(자력); a person's name that only happens to fit picks a word whole ("한가람" of
    "한국가람전력") or the name's end ("한지원" of "한국지능정보원").

    >>> _part_initials("한누원", "한국누리원자력"), _part_initials("에관공", "에너지관리공단")
    (True, True)
    >>> _part_initials("한가람", "한국가람전력"), _part_initials("한지원", "한국지능정보원")
    (False, False)
    """
    for start in fitting_starts(full):
        if not start.startswith(short[0]):
            continue
        at, rest = [0], iter(range(1, len(start)))
        for ch in short[1:]:
            at.append(next((k for k in rest if start[k] == ch), -1))
        apart = all(b - a > 1 for a, b in pairwise(at))
        if -1 not in at and at[-1] < len(start) - 1 and apart:
            return True
    return False
