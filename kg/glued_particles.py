"""Particles left inside a name: Kiwi sometimes tags a name it does not know together with the
particle after it as one proper noun ("일진머티리얼즈가/NNP", "법무법인 해밀이/NNP"), and the
name then keeps the particle ("일진머티리얼즈가" and "일진머티리얼즈는" become two companies)
and loses its role in the sentence.  Such a token is cut in two where its last syllable is a
particle whose form fits the syllable before it (이 after a final consonant, 가 after a vowel),
the word ends there, and what comes before is no common noun Kiwi knows (a known noun and a
suffix, "삽화가" an illustrator, "전문가" an expert, stay one word).

A name right after a word that opens a firm's name ("법무법인 광장이/NNP") is cut even where
its stem is a known noun: the opener shows a name follows (realext38, real deal news).

A name the document glosses in Hanja, syllable for syllable ("손정의(孫正義)"), is whole
however it ends: its last syllable is no particle anywhere in the document ("손정의 회장은").

The particles are data: kg/resources/glued_particles.toml.
"""

from __future__ import annotations

import functools
import re

from .coined_words import coined
from .pieces import Tok
from .resources import load_table, resources
from .roles import is_title

__all__ = ["glossed_names", "unglued"]

# a name of at least two syllables before the particle
_MIN_STEM = 2
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
# a Hangul word and its Hanja in brackets right after it: "손정의(孫正義·", "장영실(蔣英實)"
_GLOSSED = re.compile(r"(?<![가-힣])([가-힣]{2,5})\(([\u3400-\u9fff]{2,5})[·,)\s]")


def glossed_names(texts) -> frozenset[str]:
    """The Hangul names ``texts`` gloss in Hanja, one Hanja for each syllable.

    >>> sorted(glossed_names(["손정의(孫正義·일본 이름 손 마사요시) 회장"]))
    ['손정의']
    >>> glossed_names(["중국(中華人民共和國)"])
    frozenset()
    """
    return frozenset(
        m.group(1)
        for t in texts
        for m in _GLOSSED.finditer(t)
        if len(m.group(1)) == len(m.group(2))
    )


@functools.lru_cache(maxsize=1)
def _particles() -> dict[str, dict[str, str]]:
    return load_table("glued_particles.toml")["particles"]


@functools.lru_cache(maxsize=1)
def _name_endings() -> frozenset[str]:
    return frozenset(load_table("glued_particles.toml").get("person_names", {}).get("endings", ()))


def _ending(syllable: str) -> str:
    """'consonant' when a Hangul syllable has a final consonant, 'vowel' when not, '' for
    anything else."""
    code = ord(syllable) - _HANGUL_FIRST
    if not 0 <= code <= _HANGUL_LAST - _HANGUL_FIRST:
        return ""
    return "consonant" if code % 28 else "vowel"


def _cut(text: str, tok: Tok, whole: frozenset[str]) -> list[Tok]:
    form = tok.form
    if form in whole:
        return [tok]  # "손정의(孫正義)": the Hanja show 의 is the name's
    rule = _particles().get(form[-1:])
    word_ends = tok.end >= len(text) or not text[tok.end].isalnum()
    if tok.tag != "NNP" or rule is None or not word_ends or len(form) <= _MIN_STEM:
        return [tok]
    before = _ending(form[-2])
    if not before or rule["after"] not in {before, "any"} or text[tok.end - 1] != form[-1]:
        return [tok]
    opened = text[: tok.start].rstrip().endswith(tuple(resources().grammar.name_openers))
    if not coined(form[:-1]) and not opened:
        return [tok]  # "삽화가": a known noun and a suffix (an illustrator), not 삽화 + 가
    return [
        Tok(form[:-1], "NNP", tok.start, tok.end - 1),
        Tok(form[-1], rule["tag"], tok.end - 1, tok.end),
    ]


def unglued(text: str, toks: list[Tok], whole: frozenset[str] = frozenset()) -> list[Tok]:
    """The tokens of a sentence with each particle Kiwi left inside a proper noun cut off, but
    in the names of ``whole`` (``glossed_names``).

    >>> unglued("세진머티리얼즈가 계약했다", [Tok("세진머티리얼즈가", "NNP", 0, 8)])[1]
    Tok(form='가', tag='JKS', start=7, end=8)
    >>> len(unglued("코웨이 제품", [Tok("코웨이", "NNP", 0, 3)]))
    1
    >>> len(unglued("삽화가 정씨", [Tok("삽화가", "NNP", 0, 3)]))
    1
    >>> [t.form for t in unglued("법무법인 광장이,", [Tok("광장이", "NNP", 5, 8)])]
    ['광장', '이']
    >>> len(unglued("손정의 회장", [Tok("손정의", "NNP", 0, 3)], frozenset({"손정의"})))
    1
    """
    return [
        piece
        for i, tok in enumerate(toks)
        for piece in ([tok] if _titled_person(tok, toks[i + 1 : i + 3]) else _cut(text, tok, whole))
    ]


def _titled_person(tok: Tok, after: list[Tok]) -> bool:
    """ "현정은 현대그룹 회장이", "김하은 사장은": three Hangul syllables starting with a family
    name, ending in a syllable a given name ends in ([person_names] endings), right before a
    title or a name and a title, are a person's whole name, no name and a particle."""
    form = tok.form
    if tok.tag != "NNP" or len(form) != 3 or form[-1] not in _name_endings() or not after:
        return False
    if form[0] not in resources().grammar.surnames or not all("가" <= ch <= "힣" for ch in form):
        return False
    if is_title(after[0].form):
        return True
    return len(after) > 1 and after[0].tag in {"NNP", "SL"} and is_title(after[1].form)
