"""A ceremony is no name: "계약식은 리야드에서 열렸다", "개점식에는 행장이 참석했다".

News names the ceremony of a deal, an opening or a launch by the act and 식 (계약식, 서명식,
개점식, 진수식, 명명식, 준공식, 비전선포식 ...).  Kiwi often reads such a word as a proper
noun and the tagger then takes it for a company; the word names an event, never an entity.
The act is a verbal noun (it takes 하다: 계약하다, 개점하다), which tells these words from a
person's name ending in 식 (김영식) and needs no list of ceremonies.
"""

from __future__ import annotations

import functools

from .kiwi import kiwi
from .model import Mention

__all__ = ["is_ceremony", "without_ceremonies"]

_CEREMONY = "식"


@functools.lru_cache(maxsize=4096)
def is_ceremony(word: str) -> bool:
    """Is ``word`` an act of two syllables or more and 식, a ceremony?

    >>> is_ceremony("계약식"), is_ceremony("협정서명식"), is_ceremony("김영식"), is_ceremony("방식")
    (True, True, False, False)
    """
    act = word.removesuffix(_CEREMONY)
    if act == word or len(act) < 2 or not act.isalpha():
        return False
    toks = kiwi().tokenize(act + "하다")
    # the act as nouns alone, then the suffix that makes a verb of a noun
    return (
        len(toks) >= 3
        and all(t.tag == "NNG" for t in toks[:-2])
        and toks[-2].tag == "XSV"
        and toks[-3].start + toks[-3].len == len(act)
    )


def without_ceremonies(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the names that are a ceremony.

    >>> [m.text for m in without_ceremonies([Mention("d#0", 0, 3, "개점식"),
    ...                                      Mention("d#0", 5, 9, "한결은행")])]
    ['한결은행']
    """
    return [m for m in mentions if not (m.kind == "name" and is_ceremony(m.text))]
