"""A company's or an agency's name shortened to some of its syllables, as news writes it after
the full name: "누리항공우주" ... "누항", "한국가람진흥원" ... "가진원" (a public prefix such as
한국 dropped, grammar.toml organisations.public_prefixes).

``shortens`` only says the letters fit; ``kg.merge_rules`` merges the two spellings when one
long name of the short one's documents fits and neither is typed a person, a model or a place.
A public body's own abbreviation ("과기정통부") is ``kg.public_bodies.abbreviates``."""

from __future__ import annotations

import re

from .resources import resources

__all__ = ["fitting_starts", "in_order", "shortened_name", "shortens"]

_HANGUL = re.compile(r"[가-힣]+")
# the syllables of a short form: two ("누항") to four; one syllable is no name
_SHORT = range(2, 5)
# syllables the full name has beyond its short form, at least: "누리항공우주" for "누항"
_LONGER_BY = 2


def fitting_starts(full: str) -> list[str]:
    """The spellings of ``full`` a short form may begin with: the name itself, and the name
    without a public prefix ("한국가람진흥원", "가람진흥원").

    >>> fitting_starts("한국가람진흥원"), fitting_starts("누리항공우주")
    (['한국가람진흥원', '가람진흥원'], ['누리항공우주'])
    """
    prefixes = resources().grammar.public_prefixes
    return [full] + [full[len(p) :] for p in prefixes if full.startswith(p) and len(full) > len(p)]


def shortens(short: str, full: str) -> bool:
    """Is ``short`` some of the syllables of ``full`` in order, beginning with its first (after a
    public prefix), more than a cut of its beginning ("누리" of "누리항공우주" is the name cut,
    not shortened)?

    >>> shortens("누항", "누리항공우주"), shortens("가진원", "한국가람진흥원")
    (True, True)
    >>> shortens("누리", "누리항공우주"), shortens("항공", "누리항공우주"), shortens("누주", "누리")
    (False, False, False)
    """
    if len(short) not in _SHORT or not _HANGUL.fullmatch(short) or not _HANGUL.fullmatch(full):
        return False
    return any(
        len(start) >= len(short) + _LONGER_BY
        and start[0] == short[0]
        and not start.startswith(short)
        and in_order(short[1:], start[1:])
        for start in fitting_starts(full)
    )


# the types of a full name whose syllables news shortens into a new word ("한국누리전력" ... "한누전")
_SHORTENED_TYPES = frozenset({"Company", "Organization"})


def shortened_name(short: str, known: dict[str, dict[str, float]]) -> str | None:
    """The one organisation of a document that ``short`` shortens (``known``: the document's
    names by key with their type votes, kg.document_names), else None.

    >>> shortened_name("한누전", {"한국누리전력": {"Company": 1.0}, "누리": {"Place": 1.0}})
    '한국누리전력'
    >>> shortened_name("한누전", {"한국누리전력": {"Person": 1.0}})
    """
    fulls = [
        key
        for key, votes in known.items()
        if votes and max(votes, key=votes.get) in _SHORTENED_TYPES and shortens(short, key)
    ]
    return fulls[0] if len(fulls) == 1 else None


def in_order(part: str, text: str) -> bool:
    """Are the syllables of ``part`` in ``text``, in order (not necessarily together)?"""
    rest = iter(text)
    return all(ch in rest for ch in part)
