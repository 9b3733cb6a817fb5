"""Spacing a question typed without spaces ("분할뒤스텔라하우스주식1주당액면가") the way it would
be typed with them: cut at the names the knowledge base knows, wherever they stand in the word
and written as the knowledge base writes them ("전주시공공자전거" -> "전주시 공공자전거"), and
elsewhere at the boundaries of nouns, keeping whole a compound the question is read by
("연간생산능력" -> "연간 생산능력").  search/question_repair.py cuts at names inside only a word
that no known name opens (after an opening name the rest is spaced at nouns alone: cutting it at
names too cost a validation answer); the question as typed stays what the user sees.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from kg.kiwi import kiwi
from kg.names import name_key

from .answer_tables import answer_type_tables
from .question_heads import asks_as_compound
from .resource_tables import resource_table
from .spans import base_tag
from .titles import folded_titles

if TYPE_CHECKING:
    from .question_repair import NameIndex

__all__ = ["new_word_at", "spaced_nouns", "spaced_words"]

#: a known name found inside a glued word has this many characters at least (a name of two,
#: "한주", is too often a piece of an ordinary word)
MIN_INSIDE = 3
#: Kiwi tags a new word may start with after a glued name
_WORD_STARTS = {"NNG", "NNP", "NP", "MAG", "VV", "SL", "SN", "NR", "MM"}
_NOUN_TAGS = {"NNG", "NNP", "SL", "SH"}
_PARTICLE = re.compile(r"(와|과|의|은|는|이|가|을|를|에|에서|로|으로)")


@functools.lru_cache(maxsize=4096)
def _morphemes(word: str) -> tuple:
    """Kiwi's morphemes of a glued word, read once however many places in it are asked about."""
    return tuple(kiwi().tokenize(word))


def new_word_at(word: str, i: int) -> bool:
    """Whether Kiwi agrees that a new word starts at ``word[i]``: at a morpheme boundary before
    a content morpheme (앤스로픽/설립자), or inside a morpheme it did not know (케이스브릿지언제)."""
    at = next((t for t in _morphemes(word) if t.start <= i < t.start + t.len), None)
    if at is None:
        return False
    if at.start == i:
        return base_tag(at.tag) in _WORD_STARTS
    return bool(getattr(at, "oov", False))


def _names_inside(word: str, names: NameIndex) -> list[tuple[int, int, str]]:
    """(start, end, key) of the known names in ``word``, longest first from the left, each
    where Kiwi agrees a word starts (and ends, unless the word ends there)."""
    keyed = [(i, name_key(c)) for i, c in enumerate(word)]
    keyed = [(i, k) for i, k in keyed if k]
    key = "".join(k for _, k in keyed)
    found, at = [], 0
    while at < len(key) - MIN_INSIDE + 1:
        best = max(
            (k for k in names.by_start.get(key[at : at + 2], ()) if key.startswith(k, at)),
            key=len,
            default="",
        )
        end = at + len(best)
        if len(best) >= MIN_INSIDE and ((start := keyed[at][0]) == 0 or new_word_at(word, start)):
            stop = keyed[end - 1][0] + 1
            if stop == len(word) or new_word_at(word, stop):
                found.append((start, stop, best))
                at = end
                continue
        at += 1
    return found


def spaced_words(word: str, names: NameIndex) -> str | None:
    """The glued ``word`` cut at the known names inside it, each written as the knowledge base
    writes it, a particle left on the word before it and the other pieces spaced at nouns;
    None when no known name stands inside.

    >>> from kg import analyze_document, resolve
    >>> from search.question_repair import NameIndex
    >>> ex = resolve([analyze_document("d", "누리전자와 바람모빌리티는 9월 합병한다.")])
    >>> spaced_words("누리전자와바람모빌리티합병기일", NameIndex.build(ex))
    '누리전자와 바람모빌리티 합병 기일'
    """
    spans = _names_inside(word, names)
    if not spans:
        return None
    pieces, last = [], 0
    for start, stop, key in spans:
        pieces.append(spaced_nouns(word[last:start]) if start > last else "")
        pieces.append(names.aliases[key])
        last = stop
    pieces.append(word[last:])
    rest = pieces.pop()
    if rest and not _PARTICLE.fullmatch(rest):
        rest = " " + spaced_nouns(rest)
    out = ""
    for piece in pieces:
        if piece:
            # "누리전자와": a particle stays on the name before it
            out += piece if _PARTICLE.fullmatch(piece) or not out else f" {piece}"
    return out + rest


def _word_boundary(prev: str, tag: str, length: int) -> bool:
    """Whether a space goes between morphemes tagged ``prev`` and ``tag``: a noun of two
    characters or more after a noun, a counter or a suffix ("1인당임대료"), and a number after a
    noun ("여객1인당")."""
    if tag in _NOUN_TAGS and length >= 2:
        return prev in _NOUN_TAGS or prev in {"NNB", "XSN"}
    return tag == "SN" and prev in {"NNG", "NNP"}


@functools.cache
def _compound_openers() -> dict[str, tuple[str, ...]]:
    """The words of a figure's qualifier and the nouns that make one noun of them when written
    after it (resources/figure_qualifiers.toml [kinds] values and not_before: 최대 and 주주 are
    최대주주, the largest shareholder, no statistic)."""
    out: dict[str, tuple[str, ...]] = {}
    for spec in resource_table("figure_qualifiers.toml")["kinds"].values():
        for words in spec["values"].values():
            for w in words:
                out[w] = out.get(w, ()) + tuple(spec["not_before"])
    return out


def _qualifier_compound(first: str, second: str) -> bool:
    """``first`` is a qualifier's word and ``second`` a noun it makes one noun with ("최대" +
    "주주", "최저" + "임금"): a glued question keeps them whole."""
    return second.startswith(_compound_openers().get(first, ()))


def spaced_nouns(rest: str) -> str:
    """A headline-style run of nouns, spaced as the question would be typed with spaces:
    "신임CFO" -> "신임 CFO", "4분기매출전망" -> "4분기 매출 전망" (a space where a noun of two
    characters or more follows a noun; a number keeps its counter, a prefix its noun:
    "최연소임원" -> "최연소 임원"; a title stays whole: "신임최고기술책임자" -> "신임
    최고기술책임자", and so does a head noun the question is read by: "연간생산능력" -> "연간
    생산능력").

    >>> spaced_nouns("환불대상은"), spaced_nouns("연간생산능력"), spaced_nouns("여객1인당임대료")
    ('환불 대상은', '연간 생산능력', '여객 1인당 임대료')
    """
    titles = [
        m.span() for t in folded_titles() for m in re.finditer(re.escape(t), rest) if len(t) > 2
    ]
    toks = kiwi().tokenize(rest)
    cuts = [
        t.start
        for prev, t in itertools.pairwise(toks)
        if prev.start + prev.len == t.start
        and _word_boundary(base_tag(prev.tag), base_tag(t.tag), t.len)
        and not any(start < t.start < end for start, end in titles)
        and not (
            base_tag(prev.tag) in _NOUN_TAGS
            and asks_as_compound(prev.form + t.form, answer_type_tables())
        )
        and not _qualifier_compound(prev.form, t.form)
    ]
    for at in reversed(cuts):
        rest = f"{rest[:at]} {rest[at:]}"
    return rest
