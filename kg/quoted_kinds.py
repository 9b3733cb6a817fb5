"""Quoted names after a word for a kind of product: "외국인 전용 관광패스 '서울나들이 패스'",
"교통관광카드인 '바람카드'", "자동차보험 '누리 안심주행'을 출시했다".

kg.quoted_titles takes a quoted title after a word that introduces one ("앱 '…'", "게임 '…'");
news also glues the kind to what the product is for ("관광패스", "자동차보험") and writes the
kind as an apposition with the copula ("교통관광카드인 '…'").  A quoted name after a word that
ends in a kind (resources/works.toml [kind_endings]), with or without the copula 인, is the
product's name (Model), whatever the tagger made of it — when a word of it is a name or a
coined word: a quoted word of the dictionary is a catchword, not a product ("차보험 '독창성'").
"""

from __future__ import annotations

import functools

from .kiwi import kiwi
from .model import Mention, Sentence
from .pieces import Piece, Tok
from .quoted_titles import _MAX_WORDS, _QUOTED, _introducers, quoted_titles, taken_as_product

__all__ = ["kind_word", "quoted_kinds"]

# the copula's adnominal form after a kind: "교통관광카드인 '…'" (the card that is '…')
_COPULA = "인"


@functools.cache
def _endings() -> tuple[str, ...]:
    from .quoted_titles import _works

    return tuple(_works().get("kind_endings", {}).get("words", ()))


def kind_word(p: Piece) -> bool:
    """Is ``p`` a word for a kind of product that a quoted name may follow: a word ending in a
    kind ("관광패스", "자동차보험"), bare or with the copula ("교통관광카드인"), or an
    introducer with the copula ("서비스인")?

    >>> from kg.pieces import Piece
    >>> kind_word(Piece(0, 4, 4, "관광패스", "", 0, 1, 1, "", " "))
    True
    >>> kind_word(Piece(0, 6, 7, "교통관광카드", "인", 0, 2, 3, "", " "))
    True
    >>> kind_word(Piece(0, 2, 2, "패스", "", 0, 0, 0, "", " "))
    False
    """
    if p.tail not in ("", _COPULA):
        return False
    if p.tail == _COPULA and p.stem in _introducers():
        return True
    return any(p.stem.endswith(e) and len(p.stem) > len(e) for e in _endings())


# Kiwi scores a common noun of its vocabulary above this (kg.coined_words: -4 to -15; a word it
# never met, read as one noun, below -17)
_KNOWN = -17.0
# a common noun and the suffixes that make one of it ("독창", "성": 독창성)
_COMMON = frozenset({"NNG", "XSN"})


@functools.lru_cache(maxsize=4096)
def _dictionary_word(word: str) -> bool:
    """Is ``word`` one common noun of Kiwi's vocabulary, with the suffixes that derive from it
    ("독창성")?  Not a word holding a proper noun ("서울나들이"), a coined brand, nor two common
    nouns run together, as brands are ("솔바람나들이": 솔바람, 나들이).

    >>> _dictionary_word("독창성"), _dictionary_word("서울나들이"), _dictionary_word("솔바람나들이")
    (True, False, False)
    """
    toks = kiwi().tokenize(word)
    known = all(t.tag in _COMMON and t.score >= _KNOWN for t in toks)
    return bool(toks) and known and sum(t.tag == "NNG" for t in toks) == 1


def quoted_kinds(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """``mentions`` after kg.quoted_titles, with a Model vote for each name quoted after a word
    for a kind of product and a mention for such a name no detector found ("관광패스 '서울나들이
    패스'를": 서울나들이 패스)."""
    out = quoted_titles(sentence, ps, toks, mentions, taken)
    text = sentence.text
    before = {p.end: p for p in ps}
    for q in _QUOTED.finditer(text):
        start, end = q.start(1), q.end(1)
        title = q.group(1)
        intro = before.get(q.start() - 1) or before.get(q.start())
        if intro is None or not kind_word(intro):
            continue
        if title != title.strip() or len(title.split()) > _MAX_WORDS:
            continue
        if all(_dictionary_word(w) for w in title.split()):  # "차보험 '독창성'"
            continue
        out = taken_as_product(sentence, toks, out, taken, (start, end), "quoted-kind", True)
    return out
