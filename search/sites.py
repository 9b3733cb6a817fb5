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
word of the run that is a proper name is kept ("미국 네바다주 실버록 우주군기지에서").

>>> sited("위성은 미국 네바다주 실버록 우주군기지에서 발사된다.", "우주군기지")
'미국 네바다주 실버록 우주군기지'
>>> sited("회사는 이달부터 물류센터에서 출고한다.", "물류센터")
'물류센터'
"""

from __future__ import annotations

import re

from kg.kiwi import kiwi

from .answer_types import answer_type_tables
from .spans import tokens_of

__all__ = ["is_site", "sited"]

#: a site word written with 에/에서, maybe with a bracketed short name ("센터(GCC)에서")
_SITE = re.compile(r"([가-힣A-Za-z0-9]+?)(?:\([^)\s]*\))?(?:에서|에)(?![가-힣])")
#: a region written right before a site: a word of its own, no particle on it
_REGION = re.compile(r"([가-힣]{2,})\s+$")
#: a word written right before another, a space between
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
#: at most this many names written before a site
_RUN_WORDS = 3


def is_site(word: str) -> bool:
    """A word ending as a site's name does ("빛가람컨벤션센터", "우주군기지")."""
    return len(word) >= 3 and word.endswith(tuple(answer_type_tables()["where"]["site_suffixes"]))


def _region_word(word: str) -> bool:
    """A word that names a region: a province or a city written short ("경남", "광주") or one
    ending as a region does ("경상남도", "사천시")."""
    suffixes = tuple(answer_type_tables()["where"]["region_suffixes"])
    return len(word) <= 2 or word.endswith(suffixes)


def _named_run(sentence: str, at: int) -> int:
    """Where the run of names written right before offset ``at`` starts: words that begin with
    a proper noun and are nouns throughout ("미국 네바다주 실버록 "); ``at`` without."""
    toks = tokens_of(kiwi().tokenize(sentence))
    start = at
    for _ in range(_RUN_WORDS):
        m = _WORD_BEFORE.search(sentence[:start])
        if not m:
            break
        word = [t for t in toks if m.start(1) <= t.start < m.end(1)]
        if not word or word[0].tag != "NNP" or any(t.tag[:2] not in {"NN", "SL"} for t in word):
            break
        start = m.start(1)
    return start


def sited(sentence: str, name: str) -> str:
    """``name`` widened to the site written with 에/에서 right after it, or to the region word
    right before it when it is a site; else ``name``."""
    at = sentence.find(name)
    if at < 0:
        return name
    after = sentence[at + len(name) :]
    m = _SITE.match(after, 1) if after.startswith(" ") else None
    if m and is_site(m.group(1)):
        return f"{name} {m.group(1)}"
    run = _named_run(sentence, at) if is_site(name) else at
    if run < at:
        return sentence[run : at + len(name)]
    before = _REGION.search(sentence[:at])
    if is_site(name) and before and _region_word(before.group(1)):
        return f"{before.group(1)} {name}"
    return name
