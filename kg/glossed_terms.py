"""A term glossed in English is no name: "연료전지(Fuel Cell) 사업", "산업용 이송대차(Transfer
Cart) 공급계약", "거대언어모델(Large Language Model)을 활용한".

Korean news writes a technical term with its English name in brackets; the tagger takes the
pair for a name (a person's, from two capitalised Latin words, or a company's).  A name written
with its own Latin spelling sounds like it ("누리소프트(Nuri Soft)", "택트스킨(TactSkin)"); a
term's English name is a translation and shares no sound with it.  So a Hangul name followed by
a bracketed Latin gloss in words (not an acronym: "한국전력(KEPCO)" keeps its name) whose sound
begins differently is a term, and both go — unless either says it is an organisation
("두부랩(Tofu Lab)": kg.named_organisations) or the lexicon knows it.
"""

from __future__ import annotations

import re

from .model import Mention
from .named_organisations import names_organisation
from .names import sound_key

__all__ = ["without_glossed_terms"]

# "(Fuel Cell)", "(Retrieval-Augmented Generation)": Latin words, at least one in lower case
_GLOSS = re.compile(r"\(([A-Za-z][A-Za-z .&'-]*[a-z][A-Za-z .&'-]*)\)")
# how many leading sounds of a name and its own spelling are compared: the first sound of one
# is among the first two of the other ("아르곤" r-g-n / "Argon" g-n, whose r goes unsaid)
_LEAD = 2


# closing quotes: a quoted name is a name whatever its spelling in brackets
_QUOTES = {"'", '"', "’", "”", "」", "』", "》", "〉"}
# the Hangul word right before a bracket: "강판" of "고강도 강판(High Strength Plate)"
_WORD_BEFORE = re.compile(r"[가-힣]+$")


def _keys(text: str) -> set[str]:
    """The sound keys of the first word, a Latin one with a hard and a soft g ("Gemini" =
    제미나이); j and k count as one sound at the start ("Chrono" = 크로노)."""
    words = text.replace("-", " ").split()
    keys = {sound_key(words[0]), sound_key(words[0], soft_g=True)} if words else set()
    return {k.replace("J", "K") for k in keys if k}


def _sounds_apart(hangul: str, latin: str) -> bool:
    """The first words share no sound among their first two (and both have sounds: "IEUM Data"
    and "Y Combinator" begin with letters said one by one)."""
    ha, la = _keys(hangul), _keys(latin)
    return bool(ha and la) and not any(
        a[0] in b[:_LEAD] or b[0] in a[:_LEAD] for a in ha for b in la
    )


def _lead(text: str) -> str:
    key = sound_key(text)
    return key[:1].replace("J", "K")


def _korean_name_spelt(hangul: str, latin: str) -> bool:
    """ "박서윤(Seoyun Park)": a Korean name romanised given name first, the surname last (the
    last Latin word sounds like the first syllable, the first word like the second)."""
    words = latin.replace("-", " ").split()
    if len(words) != 2 or not re.fullmatch(r"[가-힣]{2,4}", hangul):
        return False
    return _lead(words[-1]) == _lead(hangul[0]) and _lead(words[0]) == _lead(hangul[1])


def _term(text: str, gloss: re.Match, before: Mention | None, inside: list[Mention]) -> bool:
    """Is the glossed word a term (not a name)?"""
    if before is not None and (before.rule != "tagger" or names_organisation(before)):
        return False
    if any(names_organisation(g) for g in inside) or text[gloss.end() : gloss.end() + 1] in _QUOTES:
        return False  # "'숨넷(BreathNet)'": a quoted name with its translated spelling
    word = before.text if before is not None else _WORD_BEFORE.search(text, 0, gloss.start())
    if word is None:
        return False
    word = word if isinstance(word, str) else word.group()
    return _sounds_apart(word, gloss.group(1)) and not _korean_name_spelt(word, gloss.group(1))


def without_glossed_terms(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the terms written with their English names, and those names.

    >>> text = "누리에너지는 연료전지(Fuel Cell) 사업에 진출한다."
    >>> ms = [Mention("d#0", 0, 5, "누리에너지", rule="tagger"),
    ...       Mention("d#0", 7, 11, "연료전지", rule="tagger"),
    ...       Mention("d#0", 12, 21, "Fuel Cell", rule="tagger")]
    >>> [m.text for m in without_glossed_terms(text, ms)]
    ['누리에너지']
    """
    names = [k for k, m in enumerate(mentions) if m.kind == "name"]
    dropped: set[int] = set()
    for gloss in _GLOSS.finditer(text):
        before = [k for k in names if mentions[k].end == gloss.start()]
        inside = [k for k in names if gloss.start() < mentions[k].start < gloss.end()]
        m = mentions[before[0]] if before else None
        if inside and _term(text, gloss, m, [mentions[k] for k in inside]):
            dropped.update(before + inside)
    return [m for k, m in enumerate(mentions) if k not in dropped]
