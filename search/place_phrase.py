"""The place phrase before 에서/에: news writes a place from the widest to the narrowest, one
word after another, ending on the word with 에서/에 ("3일 서울 영등포구 한빛은행 본점 15층
대회의실에서 … 열었다", "미국 네바다주 실버록 우주군기지에서 발사된다").  One reading of that
run serves where an event was held (search/venues.py) and a site widened to the names before
it (search/sites.py): the last word without its 에서/에 and a bracketed short name
("센터(GCC)에서"), and the words before it up to a date, a time word, or a word that does not
end on a noun (a particle, an ending, punctuation).  The words are in
resources/place_phrase.toml.

>>> text = "두 회사는 3일 서울 영등포구 한빛은행 본점에서 열었다."
>>> phrase = words_before(text, text.find("본점"), 6)
>>> [w.text for w in phrase], [w.named for w in phrase]
(['서울', '영등포구', '한빛은행'], [True, True, True])
>>> locative("빛가람컨벤션센터(GCC)에서")
'빛가람컨벤션센터'
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from kg.kiwi import kiwi

from .resource_tables import resource_table
from .spans import tokens_of

__all__ = ["PlaceWord", "locative", "named_tail", "place_phrase", "words_before"]

#: a word written with 에서/에, maybe with a bracketed short name between ("센터(GCC)에서"),
#: punctuation allowed after it ("코코모에,"), no Hangul ("에서도" is no place)
_LOCATIVE = re.compile(r"(\S+?)(?:\([^()\s]*\))?(?:에서|에)(?![가-힣])")
#: a word written right before offset ``at``, a space between
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


class PlaceWord(NamedTuple):
    """A word of a place phrase: its ``text``, its offset in the sentence, and whether it
    begins with a name (``named``: "실버록", not "신규")."""

    text: str
    start: int
    named: bool


@functools.lru_cache(maxsize=1)
def _tables() -> dict:
    return resource_table("place_phrase.toml")


def locative(word: str) -> str | None:
    """The place a word written with 에서/에 names, its bracketed short name dropped; None
    when the word has no 에서/에 at its end.

    >>> locative("코코모에,"), locative("광양2산단에"), locative("센터에서도")
    ('코코모', '광양2산단', None)
    """
    m = _LOCATIVE.match(word)
    return m.group(1) if m else None


def place_phrase(sentence: str, end: int, most: int) -> list[PlaceWord]:
    """The place phrase whose last word ends at offset ``end`` of ``sentence``, where its
    에서/에 is written, widest first, at most ``most`` words; a bracketed short name right
    before ``end`` is no part of it ("두바이 날리지빌리지(Knowledge Village)에서").

    >>> text = "포럼은 UAE 두바이 날리지빌리지(Knowledge Village)에서 열린다."
    >>> [w.text for w in place_phrase(text, text.find("에서"), 7)]
    ['UAE', '두바이', '날리지빌리지']
    >>> place_phrase("(가온)에서 열린다.", 4, 7)
    []
    """
    if most < 1:
        raise ValueError(f"a place phrase has 1 word or more, not {most}")
    head = sentence[:end]
    if head.endswith(")") and (opened := head.rfind("(")) >= 0:
        head = head[:opened]
    last = re.search(r"\S+$", head)
    if last is None:
        return []
    toks = _tokens(sentence)
    return [*_walk(sentence, toks, last.start(), most - 1), _word(last.group(), last.start(), toks)]


def words_before(sentence: str, at: int, most: int) -> list[PlaceWord]:
    """The words of the place phrase written right before offset ``at`` of ``sentence`` (where
    the phrase's last word begins), widest first, at most ``most`` of them.

    >>> text = "가온바이오는 지난 10일 경기 성남시 강당에서 열었다."
    >>> [w.text for w in words_before(text, text.find("강당"), 6)]
    ['경기', '성남시']
    >>> words_before("센터에서 열었다.", 0, 3)
    []
    """
    if most < 0:
        raise ValueError(f"most must be 0 or more, not {most}")
    return _walk(sentence, _tokens(sentence), at, most)


def _tokens(sentence: str) -> list:
    return tokens_of(kiwi().tokenize(sentence))


def _word(text: str, start: int, toks: list) -> PlaceWord:
    """The word ``text`` at offset ``start``: named when its first token is a name's."""
    first = next((t for t in toks if start <= t.start < start + len(text)), None)
    return PlaceWord(text, start, first is not None and first.tag in _tables()["name_tags"])


def _walk(sentence: str, toks: list, at: int, most: int) -> list[PlaceWord]:
    """The words back from offset ``at`` up to the first that ends the run."""
    place_tags = set(_tables()["place_word_tags"])
    out: list[PlaceWord] = []
    while len(out) < most and (m := _WORD_BEFORE.search(sentence[:at])):
        tags = [t.tag for t in toks if m.start(1) <= t.start < m.end(1)]
        if _ends_run(m.group(1), tags, place_tags):
            break
        out.insert(0, _word(m.group(1), m.start(1), toks))
        at = m.start(1)
    return out


def named_tail(words: list[PlaceWord]) -> list[PlaceWord]:
    """The last words of a place phrase that are all names ("미국 네바다주 실버록" of "신규 미국
    네바다주 실버록"): a site is widened over names only, not over what describes it.

    >>> named_tail([PlaceWord("신규", 0, False), PlaceWord("실버록", 3, True)])
    [PlaceWord(text='실버록', start=3, named=True)]
    """
    tail: list[PlaceWord] = []
    for w in reversed(words):
        if not w.named:
            break
        tail.insert(0, w)
    return tail


def _ends_run(word: str, tags: list[str], place_tags: set[str]) -> bool:
    """Does ``word`` (its Kiwi ``tags``) end the run before it: a date ("3일"), a time word
    ("이날", "오후"), the noun closing a clause ("참석한 가운데"), a word that does not end on
    a noun ("한빛은행은", "만든", "센터,")?"""
    tables = _tables()
    units = "|".join(map(re.escape, tables["date_units"]))
    if word in tables["time_words"] or word in tables["clause_words"]:
        return True
    if re.search(rf"\d(?:{units})$", word):
        return True
    # the word's last token decides: Kiwi may read an unknown name as a verb inside it ("명해은행":
    # 명/하/어/은행), but a particle, an ending or punctuation is what the word ends on
    return not tags or tags[-1] not in place_tags
