"""Short Korean company names an English question spells as they sound: "Socar" of 쏘카,
"Kakao" of 카카오, "Toss" of 토스.  Their consonant skeletons (SK, KK, TS) are too short to
link a name by (search/romanized.py: 모토 and "Wemade" share MT), so a short name is matched
by its whole spelling, vowels and all: the Revised Romanization of the Hangul and the Latin
word, each written loosely ([short_names] in resources/romanization.toml: c/k, v/b, f/p, r/l,
eo/o ...), must be nearly the same.

>>> short_alike("Socar", "쏘카"), short_alike("Kakao", "카카오"), short_alike("Kakao", "코코")
(True, True, False)
"""

from __future__ import annotations

import difflib
import functools
import re

from .resource_tables import resource_table

__all__ = ["SHORT_MARK", "short_alike", "short_key", "spelled"]

#: the mark before a short name's spelling among the sound keys of search/romanized.py (a
#: consonant skeleton is upper-case letters: the two never meet)
SHORT_MARK = "~"
_ALIKE = 0.85  # Socar/쏘카 0.89, Hybe/하이브 0.86; Kakao/코코 0.67, Toss/타사 0.57


@functools.lru_cache(maxsize=1)
def _tables() -> dict:
    return resource_table("romanization.toml")


def spelled(latin: str) -> str:
    """The loose spelling of Latin letters: "Socar" -> "sokal", "ssoka" -> "soka"."""
    text = latin.casefold()
    for letters, loose in _tables()["short_names"]["loose"].items():
        text = text.replace(letters, loose)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", text))


def short_key(romanized: str) -> str:
    """The key a short Hangul name is indexed by: its romanization spelled loosely, marked.

    >>> short_key("ssoka")
    '~soka'
    """
    return SHORT_MARK + spelled(romanized)


def short_alike(latin: str, hangul_or_key: str) -> bool:
    """Is the Latin word the short Hangul name (or its ``short_key``) as it sounds?  A final
    silent e is no letter ("Hybe" = 하이브)."""
    if not hangul_or_key.startswith(SHORT_MARK):
        from .romanized import romanize  # a cycle otherwise: romanized.py reads this module

        hangul_or_key = short_key(romanize(hangul_or_key))
    word = latin.casefold()
    word = word[:-1] if len(word) > 3 and word.endswith("e") else word
    target = hangul_or_key[len(SHORT_MARK) :]
    return difflib.SequenceMatcher(None, spelled(word), target).ratio() >= _ALIKE
