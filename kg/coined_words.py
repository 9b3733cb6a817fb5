"""Words Kiwi does not know as common nouns: brands, coined names, proper nouns.

Alone, Kiwi reads a word it has never met as one noun scored far below the nouns of its
vocabulary, or cuts it into grammar ("바삭칩": 바삭/MAG 하/XSA ...); a proper noun of its
dictionary it tags NNP.  Either way the word is a name where the text's grammar allows one
(kg.new_products, kg.routes); a known common noun ("출시", "오전") is not.

>>> coined("테라벨린"), coined("오사카"), coined("출시")
(True, True, False)
"""

from __future__ import annotations

import functools

from .kiwi import kiwi

__all__ = ["NOUN_TAGS", "coined"]

NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SN"})
# Kiwi's score of a noun it has in its vocabulary is about -4 to -15; a word it has never met,
# read as one noun, scores below -17 ("테라벨린" -28.0, "보라미" -19.6; "라인업" -14.3)
_UNKNOWN = -17.0


@functools.lru_cache(maxsize=4096)
def coined(word: str) -> bool:
    """Kiwi does not know ``word`` as a common noun: alone it reads it as a noun it scores
    below its vocabulary's, as a proper noun, or as grammar."""
    toks = kiwi().tokenize(word)
    return any(t.tag not in NOUN_TAGS or t.tag == "NNP" or t.score < _UNKNOWN for t in toks)
