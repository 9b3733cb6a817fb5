"""Japanese persons written in Hangul before a title: ``사토 고지 사장``, ``우치다 마코토 사장은``.

Kiwi knows few Japanese names: it reads 사토 고지 as 사/NNG 토/NNG 고지/NNG (no name at all),
takes 우치다 마코토 for one proper noun and the mention for 우치다 alone, or cuts the given
name's last syllable off for a particle (요시다 겐이치/NNP 로/JKB).  Korean news writes such a
person as a family name, a given name of two to five syllables and, right after, a title
("닛산의 우치다 마코토 사장이"); a family name of the table, a whole word after it and a title
make one person, whatever the tagger read.  The names are data: kg/resources/foreign_names.toml.
"""

from __future__ import annotations

import functools
import re

from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import load_table, resources
from .roles import is_title

__all__ = ["japanese_persons"]

_GIVEN = re.compile(r"[가-힣]{2,5}")


@functools.lru_cache(maxsize=1)
def _families() -> frozenset[str]:
    names = load_table("foreign_names.toml").get("japanese")
    if not names:
        raise ValueError("foreign_names.toml needs japanese: a list of family names in Hangul")
    return frozenset(names)


def japanese_persons(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """'사토 고지 사장': a Japanese family name, a given name and a title right after them.

    Only whole words count: the family name and the given name with nothing glued on, the
    title the next word ("사토 고지 사장은": 사토 고지)."""
    g = resources().grammar
    titles = g.titles - g.occupations
    text = sentence.text
    out = []
    for fam, given, title in zip(ps, ps[1:], ps[2:]):
        if fam.stem not in _families() or fam.tail or given.start != fam.end + 1:
            continue
        # the given name ends where its word ends: "겐이치로" even when Kiwi cut 로 off as JKB
        word_end = given.start
        while word_end < len(text) and text[word_end] not in " ,.()'\"·":
            word_end += 1
        if not _GIVEN.fullmatch(text[given.start : word_end]) or title.start != word_end + 1:
            continue
        if not is_title(title.stem, titles):
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
