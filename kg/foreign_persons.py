"""Japanese persons written in Hangul before a title: ``사토 고지 사장``, ``우치다 마코토 사장은``.

Kiwi knows few Japanese names: it reads 사토 고지 as 사/NNG 토/NNG 고지/NNG (no name at all),
takes 우치다 마코토 for one proper noun and the mention for 우치다 alone, or cuts the given
name's last syllable off for a particle (요시다 겐이치/NNP 로/JKB).  Korean news writes such a
person as a family name, a given name of two to five syllables and, right after, a title
("닛산의 우치다 마코토 사장이"); a family name of the table, a whole word after it and a title
make one person, whatever the tagger read.  A rare family name is known by the given name
after it ("도토키 히로키 부사장": 히로키 is a common given name).  The title may follow the
name's Hanja and the country ("기시다 후미오(岸田文雄) 일본 총리"), and be an office of the
state (총리, 장관).  The names are data: kg/resources/foreign_names.toml.
"""

from __future__ import annotations

import functools
import itertools
import re

from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .posted_persons import foreign_countries
from .resources import load_table, resources
from .roles import is_title

__all__ = ["japanese_families", "japanese_persons"]

_GIVEN = re.compile(r"[가-힣]{2,5}")
_FAMILY = re.compile(r"[가-힣]{2,4}")
#: the name's Hanja in brackets right after it: "(岸田文雄)", "(十時裕樹·58)"
_GLOSS = re.compile(r"\([^()]{1,20}\)\s?")


@functools.lru_cache(maxsize=1)
def _families() -> frozenset[str]:
    more = load_table("foreign_names.toml").get("japanese_more", [])
    return _names("japanese", "family names") | frozenset(more)


@functools.lru_cache(maxsize=1)
def _givens() -> frozenset[str]:
    return _names("japanese_given", "given names")


def _names(key: str, what: str) -> frozenset[str]:
    names = load_table("foreign_names.toml").get(key)
    if not names:
        raise ValueError(f"foreign_names.toml needs {key}: a list of Japanese {what} in Hangul")
    return frozenset(names)


def japanese_persons(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """'사토 고지 사장': a Japanese family name, a given name and a title right after them.

    Only whole words count: the family name and the given name with nothing glued on, the
    title the next word ("사토 고지 사장은": 사토 고지), or the word after the name's Hanja
    and a country ("기시다 후미오(岸田文雄) 일본 총리는": 기시다 후미오)."""
    g = resources().grammar
    titles = (g.titles - g.occupations) | g.public_offices
    countries = foreign_countries()
    text = sentence.text
    at = {p.start: p for p in ps}
    out = []
    for fam, given in itertools.pairwise(ps):
        if fam.tail or given.start != fam.end + 1 or not _FAMILY.fullmatch(fam.stem):
            continue
        # the given name ends where its word ends: "겐이치로" even when Kiwi cut 로 off as JKB
        word_end = given.start
        while word_end < len(text) and text[word_end] not in " ,.()'\"·":
            word_end += 1
        name = text[given.start : word_end]
        if not _GIVEN.fullmatch(name) or is_title(given.stem) or given.stem in g.title_modifiers:
            continue  # "도토키 부사장은 사장 취임 후", "요시다 신임 회장": a reference, no name
        if fam.stem not in _families() and name not in _givens():
            continue
        title = _title_after(text, word_end, at, countries)
        if title is None or not is_title(title.stem, titles):
            continue
        covered = [k for k, t in enumerate(toks) if fam.start <= t.start and t.end <= word_end]
        if not covered or any(taken[k] for k in covered):
            continue
        m = Mention(sentence.id, fam.start, word_end, text[fam.start : word_end], rule="japanese")
        m.votes = {"Person": 3.0}
        m.particle, m.role = particles_after(toks, covered[-1], word_end, text)
        out.append(m)
        for k in covered:
            taken[k] = True
    return out


def _title_after(text: str, end: int, at: dict[int, Piece], countries) -> Piece | None:
    """The piece of the title after a name ending at ``end``: the next word, or the word after
    the name's Hanja in brackets and a country ("(岸田文雄) 일본 총리"); None if none is there."""
    gloss = _GLOSS.match(text, end)
    pos = gloss.end() if gloss else end + 1
    if not gloss and (end >= len(text) or text[end] != " "):
        return None
    piece = at.get(pos)
    if piece is not None and piece.stem in countries and not piece.tail:
        piece = at.get(piece.end + 1)
    return piece


def japanese_families(mentions: list[Mention]) -> frozenset[str]:
    """The family names of the Japanese persons a document names ('요시다 겐이치로': 요시다):
    news refers to them again by it and a title ('요시다 회장은'), as kg.titled_persons reads."""
    return frozenset(m.text.split()[0] for m in mentions if m.rule == "japanese")
