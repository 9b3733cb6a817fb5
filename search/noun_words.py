"""The nouns a Korean text writes together as one word: Kiwi reads "대표이사" as 대표 + 이사 and
"누리홀딩스" in pieces, yet a title or a name is the whole word (tokens that touch, all nouns).

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = tokens_of(kiwi().tokenize("신임 대표이사로 선임했다."))
>>> joined(toks, 1), word_in(toks, 1, {"대표"}), word_in(toks, 1, {"사장"})
('대표이사', True, False)
"""

from __future__ import annotations

from .spans import Token

__all__ = ["is_noun", "joined", "word_from", "word_in", "word_to"]


def is_noun(t: Token) -> bool:
    """A common or proper noun, or Latin letters ("CTO")."""
    return t.tag in {"NNG", "NNP", "SL"}


def word_from(toks: list[Token], i: int) -> list[Token]:
    """The nouns written together from token ``i`` on ("대표이사": 대표, 이사)."""
    end = i
    while end + 1 < len(toks) and toks[end + 1].start == toks[end].end and is_noun(toks[end + 1]):
        end += 1
    return toks[i : end + 1]


def word_to(toks: list[Token], j: int) -> list[Token]:
    """The nouns written together up to token ``j``."""
    start = j
    while start > 0 and toks[start - 1].end == toks[start].start and is_noun(toks[start - 1]):
        start -= 1
    return toks[start : j + 1]


def joined(toks: list[Token], i: int) -> str:
    """The nouns written together from token ``i`` as one string ("대표이사")."""
    return "".join(t.form for t in word_from(toks, i))


def word_in(toks: list[Token], i: int, words: set[str]) -> bool:
    """The nouns written together from token ``i`` are one of ``words`` (casefolded), or begin
    with one ("대표이사" for 대표)."""
    return joined(toks, i).casefold() in words or toks[i].form.casefold() in words
