"""Position brackets of photo captions read as blank space: "한상우(왼쪽) 코리아스타트업포럼 의장".

News under a photo says where each person stands: "(왼쪽)", "(사진)", "(앞줄 왼쪽 세 번째)".
Such a bracket is neither a name nor part of one, but between a person and the person's
organisation it cuts the name run ("한상우(왼쪽) 코리아스타트업포럼" lost the organisation and
typed the person as one) and, glued before a particle ("A 상무(왼쪽)와 B 대표"), it hides the
particle from the word it belongs to.  The analysis therefore reads each sentence with these
brackets blanked: the same length (every offset stays the text's own), the bracket replaced by
no-break spaces (a character normalised text never holds, so a blanked gap is told from a
comma or a real bracket), and a particle glued after it moved before the blank.  The words are
data: kg/resources/positions.toml.
"""

from __future__ import annotations

import functools
import re

from .resources import load_table

__all__ = ["BLANK", "blank_gap", "without_positions"]

# kg.text.normalize turns every no-break space into a plain space, so in analysed text this
# character marks a blanked position bracket and nothing else
BLANK = "\u00a0"

_BRACKET = re.compile(r"\(([^()]{1,30})\)([가-힣]{0,2})")


@functools.cache
def _table() -> dict:
    return load_table("positions.toml")


def _position(inside: str) -> bool:
    """Is the bracket's content only position words: "왼쪽", "앞줄 왼쪽 세 번째", "사진 우"?"""
    t = _table()
    places, ordinals = set(t["places"]), set(t["ordinals"])
    words = inside.replace(",", " ").split()
    if not words:
        return False
    for w in words:
        bare = w.removesuffix(t["ordinal_word"])
        if w != bare and (not bare or bare in ordinals or bare.isdigit()):
            continue  # "두번째", "3번째", "번째" after "세"
        if w in ordinals:
            continue
        if w in places or any(w.endswith(x) and w[: -len(x)] in places for x in t["suffixes"]):
            continue
        return False
    return True


def without_positions(text: str) -> str:
    """``text`` with its position brackets blanked (the same length).

    >>> without_positions("김하늘(왼쪽) 누리AI 대표와 박준(오른쪽)이 악수했다.").replace(BLANK, "_")
    '김하늘____ 누리AI 대표와 박준이_____ 악수했다.'
    """
    if "(" not in text:
        return text

    def blank(m: re.Match) -> str:
        if not _position(m.group(1)):
            return m.group(0)
        tail = m.group(2)
        width = len(m.group(0)) - len(tail)
        if tail and tail not in _table()["tails"]:
            return BLANK * width + tail  # a word, not a particle: it stays where it is
        glued = m.start() > 0 and not text[m.start() - 1].isspace()
        if tail and glued:
            return tail + BLANK * width
        return BLANK * width + tail

    return _BRACKET.sub(blank, text)


def blank_gap(gap: str) -> bool:
    """Is ``gap`` (the text between two words) a blanked bracket with spaces only, which
    joins the words as one space does ("한상우____ 코리아스타트업포럼")?

    >>> blank_gap(BLANK * 4 + " "), blank_gap(BLANK * 4 + ", "), blank_gap("  ")
    (True, False, False)
    """
    return BLANK in gap and not gap.strip(" " + BLANK)
