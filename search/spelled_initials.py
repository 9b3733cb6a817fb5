"""Initialisms Korean news spells in Hangul letters: "JR Energy Solution" is written
제이알에너지솔루션, "HD Hyundai" 에이치디현대, "SK" 에스케이 -- each Latin letter by its
Korean name ([letters] in resources/romanization.toml).  An English question writes the
letters; search/romanized.py reads the name as the Hangul of its letters and the sound of the
rest.

>>> hangul_letters("JR"), hangul_letters("HD"), hangul_letters("Jr")
('제이알', '에이치디', '')
"""

from __future__ import annotations

import functools

from .resource_tables import resource_table

__all__ = ["hangul_letters"]


@functools.lru_cache(maxsize=1)
def _letters() -> dict[str, str]:
    return resource_table("romanization.toml")["letters"]


def hangul_letters(word: str) -> str:
    """The Hangul names of the letters of an initialism of two to four capitals ("" for any
    other word: "Jr", "A", "KOREA")."""
    if not (2 <= len(word) <= 4 and word.isalpha() and word.isupper()):
        return ""
    return "".join(_letters()[c] for c in word)
