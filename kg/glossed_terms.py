"""A term glossed in English is no name: "연료전지(Fuel Cell) 사업", "산업용 냉각장치(Cooling
Unit) 공급계약", "고강도 강판(High Strength Plate)".

Korean news writes a technical term with its English name in brackets; the tagger takes the
pair for a name (a person's, from two capitalised Latin words, or a company's).  A term is made
of common nouns Kiwi knows, and its English name is a translation that does not sound like it;
a name is a word Kiwi has never met ("숨넷(BreathNet)", kg.coined_words), a proper noun
("토마스 베버(Thomas Weber)"), or sounds like its Latin spelling ("누리소프트(Nuri Soft)",
"박서윤(Seoyun Park)" given name first).  So a Hangul word of known common nouns followed by a
bracketed Latin gloss in words (not an acronym: "한국전력(KEPCO)" keeps its name) that does not
spell it is a term, and both go — unless either says it is an organisation ("두부랩(Tofu Lab)":
kg.named_organisations), the lexicon knows it, or quotes close it.
"""

from __future__ import annotations

import functools
import re

from .coined_words import coined
from .model import Mention
from .named_organisations import names_organisation
from .names import sound_key, sounds_alike
from .pieces import Tok
from .resources import load_table, resources

__all__ = ["without_glossed_terms"]

# "(Fuel Cell)", "(Retrieval-Augmented Generation)": Latin words, at least one in lower case
_GLOSS = re.compile(r"\(([A-Za-z][A-Za-z .&'-]*[a-z][A-Za-z .&'-]*)\)")
# Kiwi's tags of the words a term is made of: common nouns, and a figure's number and unit
# ("40기가와트시(GWh)": 40/SN 기가/NNB 와트/NNB 시/NNB)
_NOUN_TAGS = frozenset({"NNG", "XSN", "NNB", "SN"})
# closing quotes: a quoted name is a name whatever its spelling in brackets
_QUOTES = {"'", '"', "’", "”", "」", "』", "》", "〉"}
# the Hangul word right before a bracket: "강판" of "고강도 강판(High Strength Plate)"
_WORD_BEFORE = re.compile(r"[가-힣]+$")


@functools.cache
def _loan_terms() -> frozenset[str]:
    """Borrowed common nouns written in Hangul (kg/resources/loan_terms.toml): "팬데믹"."""
    return frozenset(load_table("loan_terms.toml")["terms"])


def _lead(text: str) -> str:
    """The first sound of a name, j and k as one ("Chrono" = 크로노)."""
    key = sound_key(text.split()[0]) if text.split() else ""
    return key[:1].replace("J", "K")


def _korean_name_spelt(hangul: str, latin: str) -> bool:
    """ "박서윤(Seoyun Park)": a Korean name romanised given name first, the surname last (the
    last Latin word sounds like the first syllable, the first word like the second)."""
    words = latin.replace("-", " ").split()
    if len(words) != 2 or not re.fullmatch(r"[가-힣]{2,3}", hangul):
        return False
    if hangul[0] not in resources().grammar.surnames:
        return False
    return _lead(words[-1]) == _lead(hangul[0]) and _lead(words[0]) == _lead(hangul[1])


def _common_nouns(toks: list[Tok], start: int, end: int) -> bool:
    """Is the text from ``start`` to ``end`` made of common nouns Kiwi knows ("연료/NNG
    전지/NNG"), or of a figure and its unit ("40기가와트시")?  A word it has never met ("숨넷", a product's coined name, though Kiwi guesses
    NNG) or a proper noun ("토마스 베르크") is left to the name rules (kg.coined_words)."""
    inside = [t for t in toks if start <= t.start < end]
    return bool(inside) and all(
        t.tag in _NOUN_TAGS and (t.tag != "NNG" or not coined(t.form)) for t in inside
    )


def _term(
    text: str, toks: list[Tok], gloss: re.Match, before: Mention | None, inside: list[Mention]
) -> bool:
    """Is the glossed word a term (not a name)?"""
    if before is not None and (before.rule != "tagger" or names_organisation(before)):
        return False
    if any(names_organisation(g) for g in inside) or text[gloss.end() : gloss.end() + 1] in _QUOTES:
        return False  # "'숨넷(BreathNet)'": a quoted name with its translated spelling
    found = _WORD_BEFORE.search(text, 0, gloss.start())
    start = before.start if before is not None else (found.start() if found else -1)
    if start >= 0 and text[start : gloss.start()] in _loan_terms():
        return True  # "머신러닝(Machine Learning)": a borrowed term sounds like its gloss
    if start < 0 or not _common_nouns(toks, start, gloss.start()):
        return False
    word, latin = text[start : gloss.start()], gloss.group(1)
    spelt = sounds_alike(word, latin) or _lead(word) == _lead(latin)  # "솔빛(Solbit)"
    return not spelt and not _korean_name_spelt(word, latin)


def without_glossed_terms(text: str, toks: list[Tok], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the terms written with their English names, and those names.

    >>> from kg.kiwi import kiwi
    >>> text = "누리에너지는 연료전지(Fuel Cell) 사업에 진출한다."
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(text)]
    >>> ms = [Mention("d#0", 0, 5, "누리에너지", rule="tagger"),
    ...       Mention("d#0", 7, 11, "연료전지", rule="tagger"),
    ...       Mention("d#0", 12, 21, "Fuel Cell", rule="tagger")]
    >>> [m.text for m in without_glossed_terms(text, toks, ms)]
    ['누리에너지']
    """
    names = [k for k, m in enumerate(mentions) if m.kind == "name"]
    dropped: set[int] = set()
    for gloss in _GLOSS.finditer(text):
        before = [k for k in names if mentions[k].end == gloss.start()]
        inside = [k for k in names if gloss.start() < mentions[k].start < gloss.end()]
        m = mentions[before[0]] if before else None
        if inside and _term(text, toks, gloss, m, [mentions[k] for k in inside]):
            dropped.update(before + inside)
    return [m for k, m in enumerate(mentions) if k not in dropped]
