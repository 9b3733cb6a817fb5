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
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables

__all__ = ["sited"]

#: a site word written with 에/에서, maybe with a bracketed short name ("센터(GCC)에서")
_SITE = re.compile(r"([가-힣A-Za-z0-9]+?)(?:\([^)\s]*\))?(?:에서|에)(?![가-힣])")
#: a region written right before a site: a word of its own, no particle on it
_REGION = re.compile(r"([가-힣]{2,})\s+$")


def _is_site(word: str) -> bool:
    return len(word) >= 3 and word.endswith(tuple(answer_type_tables()["where"]["site_suffixes"]))


def _region_word(word: str) -> bool:
    """A word that names a region: a province or a city written short ("경남", "광주") or one
    ending as a region does ("경상남도", "사천시")."""
    suffixes = tuple(answer_type_tables()["where"]["region_suffixes"])
    return len(word) <= 2 or word.endswith(suffixes)


def sited(sentence: str, name: str) -> str:
    """``name`` widened to the site written with 에/에서 right after it, or to the region word
    right before it when it is a site; else ``name``."""
    at = sentence.find(name)
    if at < 0:
        return name
    after = sentence[at + len(name) :]
    m = _SITE.match(after, 1) if after.startswith(" ") else None
    if m and _is_site(m.group(1)):
        return f"{name} {m.group(1)}"
    before = _REGION.search(sentence[:at])
    if _is_site(name) and before and _region_word(before.group(1)):
        return f"{before.group(1)} {name}"
    return name
