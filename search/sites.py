"""A place asked where something is built or held is the site the sentence writes with 에/에서,
with the region written right before it: "착공식은 어디서 열렸나?" over "착공식은 광주
빛가람컨벤션센터(GCC)에서 개최됐다" is "광주 빛가람컨벤션센터", not the city alone; "어디에
구축하나?" over "경남 사천테크노밸리에 위성체공장을 구축" is "경남 사천테크노밸리".  A site
is a word ending as one does (resources/answer_types.toml [where] ``site_suffixes``).

>>> sited("착공식은 광주 빛가람컨벤션센터(GCC)에서 개최됐다.", "광주")
'광주 빛가람컨벤션센터'
>>> sited("누리우주는 경남 사천테크노밸리에 공장을 짓는다.", "사천테크노밸리")
'경남 사천테크노밸리'
>>> sited("광주 시민은 센터를 찾았다.", "광주")
'광주'

A site may be written after a longer run of names, from the widest to the narrowest: every
word of the run that is a proper name is kept ("미국 네바다주 실버록 우주군기지에서"); the run
is the place phrase before 에서/에 of search/place_phrase.py, the one venues read.

>>> sited("위성은 미국 네바다주 실버록 우주군기지에서 발사된다.", "우주군기지")
'미국 네바다주 실버록 우주군기지'
>>> sited("회사는 이달부터 물류센터에서 출고한다.", "물류센터")
'물류센터'
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .place_phrase import locative, named_tail, words_before

__all__ = ["is_site", "sited"]

#: at most this many names written before a site
_RUN_WORDS = 3


def is_site(word: str) -> bool:
    """A word ending as a site's name does ("빛가람컨벤션센터", "우주군기지")."""
    return len(word) >= 3 and word.endswith(tuple(answer_type_tables()["where"]["site_suffixes"]))


def _region_word(word: str) -> bool:
    """A word that names a region: a province or a city written short ("경남", "광주") or one
    ending as a region does ("경상남도", "사천시")."""
    suffixes = tuple(answer_type_tables()["where"]["region_suffixes"])
    return bool(re.fullmatch(r"[가-힣]{2,}", word)) and (len(word) <= 2 or word.endswith(suffixes))


def sited(sentence: str, name: str) -> str:
    """``name`` widened to the site written with 에/에서 right after it, or to the region word
    right before it when it is a site; else ``name``."""
    at = sentence.find(name)
    if at < 0:
        return name
    after = sentence[at + len(name) :]
    word = re.match(r" (\S+)", after)  # the word written right after the name
    site = locative(word.group(1)) if word else None
    if site and is_site(site):
        return f"{name} {site}"
    if not is_site(name):
        return name
    before = words_before(sentence, at, _RUN_WORDS)
    if names := named_tail(before):
        return sentence[names[0].start : at + len(name)]
    if before and _region_word(before[-1].text):
        return f"{before[-1].text} {name}"  # a region Kiwi reads as no name ("경남")
    return name
