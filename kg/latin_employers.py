"""A company written in Latin words right before a person and a title: "NC AI 이연수 대표이사",
"DX Labs 정하윤 대표" name the company (Company) and the person who heads it (Person).

News writes a Latin name of two or three words with no particle there; the tagger took one of
its words alone ("KT" of "KT AI"), the whole for a person's ("MK Bio"), or nothing, and Kiwi may
cut the person's name ("이/MM 연수").  A run stops before a title written in Latin ("Google CEO
순다르 피차이": the company is Google alone, and one word is left to the tagger).
"""

from __future__ import annotations

import re

from .model import Mention, Sentence
from .particles import claimed_name
from .pieces import Piece, Tok
from .resources import resources
from .roles import is_title

__all__ = ["latin_employers"]

_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*")
_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")


def _latin(p: Piece) -> bool:
    return bool(_LATIN.fullmatch(p.stem)) and not p.tail and not is_title(p.stem)


def _person(p: Piece) -> bool:
    """A person's name of two to four syllables beginning with a surname, nothing glued on."""
    surnames = resources().grammar.surnames
    name = p.stem
    full = _HANGUL_NAME.fullmatch(name) and not p.tail and p.after == " "
    return bool(full) and (name[:1] in surnames or name[:2] in surnames)


def latin_employers(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """The Latin company and the person of every "Latin words + name + title" in the sentence."""
    out: list[Mention] = []
    i = 0
    while i < len(ps):
        j = i
        while j < len(ps) and _latin(ps[j]) and (j == i or ps[j - 1].after == " "):
            j += 1
        if j - i < 2 or j + 1 >= len(ps) or ps[j - 1].after != " " or (i and _latin(ps[i - 1])):
            i = max(j, i + 1)
            continue
        person, title = ps[j], ps[j + 1]
        if _person(person) and is_title(title.stem):
            first, last = ps[i], ps[j - 1]
            company = (first.first, last.stem_last, first.start, last.stem_end)
            named = (person.first, person.stem_last, person.start, person.stem_end)
            for span, kind in ((company, "Company"), (named, "Person")):
                if m := claimed_name(sentence, toks, taken, span, "latin-employer", {kind: 3.0}):
                    out.append(m)
        i = j
    return out
