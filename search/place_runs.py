"""A place is written from the widest to the narrowest, one name after another ("미국 인디애나주
코코모에", "부산 강서구에"): asked where something is, the answer is the whole run up to the
word with 에/에서, not its first name (a country that holds the city the text means).  The
words of a run are places the graph knows, words ending as a region does ("인디애나주",
"강서구"; resources/answer_types.toml [where] region_suffixes) and the last word, written
with 에 or 에서, read as search/place_phrase.py reads it (a bracketed short name dropped).

>>> from search.reader import Passage
>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> def passage(text):
...     toks = tokens_of(kiwi().tokenize(text))
...     return Passage("s1", text, toks, entities=[{"start": 0, "end": 2, "type": "Place"}])
>>> place_run(passage("미국 인디애나주 코코모에 공장을 세웠다."), "미국")
'미국 인디애나주 코코모'
>>> place_run(passage("미국 시장에 진출한다."), "미국")
'미국'

A place may be written by a better-known one near it (resources/answer_types.toml [where]
``near_words``): the run goes on to the place meant.

>>> place_run(passage("리옹 근교 빌뢰르반에 연구소를 열었다."), "리옹")
'리옹 근교 빌뢰르반'
>>> place_run(passage("리옹 인근에 연구소를 열었다."), "리옹")
'리옹'
>>> place_run(passage("리옹 인근 공장에서 만든다."), "리옹")
'리옹'

The run may end with a site written with 에/에서 (resources/answer_types.toml [where]
``site_suffixes``): "미국 네바다주 실버록 우주군기지에서" is the whole run.

>>> place_run(passage("미국 네바다주 실버록 우주군기지에서 쏘아 올린다."), "미국")
'미국 네바다주 실버록 우주군기지'
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .place_phrase import locative
from .reader import Passage
from .sites import is_site

__all__ = ["place_run", "widened"]

#: how many words a run may add after the name
_MOST = 3


def place_run(p: Passage, name: str) -> str:
    """``name`` with the words of its place run after it in ``p``, or ``name`` when it is no
    place of ``p`` or no run follows it."""
    places = [m for m in p.entities if m.get("type") == "Place"]
    at = next((m for m in places if p.text[m["start"] : m["end"]] == name), None)
    if at is None:
        return name
    known = {p.text[m["start"] : m["end"]] for m in places}
    suffixes = tuple(answer_type_tables()["where"]["region_suffixes"])
    proper = {t.start for t in p.tokens if t.tag in {"NNP", "SL"}}
    near = set(answer_type_tables()["where"]["near_words"])
    run: list[str] = []
    for w in list(re.finditer(r"\S+", p.text[at["end"] :]))[:_MOST]:
        word, start = w.group(), at["end"] + w.start()
        if w.start() == 0:
            break  # a particle written onto the name
        if word in near:
            run.append(word)  # "부다페스트 인근 괴될뢰에": the place meant comes after
            continue
        named = word in known or start in proper
        # the word with 에/에서 that ends the run ("코코모에", "광양2산단에", "센터(GCC)에서")
        if (last := locative(word)) and (named or last.endswith(suffixes) or is_site(last)):
            return " ".join([name, *run, last])
        if not named and not (len(word) >= 2 and word.endswith(suffixes)):
            break
        run.append(word)
    return name


def _region_before(p: Passage, name: str) -> str:
    """``name`` with the place written right before it in ``p`` ("경남 김해"), or ``name``."""
    places = [m for m in p.entities if m.get("type") == "Place"]
    at = next((m for m in places if p.text[m["start"] : m["end"]] == name), None)
    if at is None:
        return name
    before = next((m for m in places if m["end"] + 1 == at["start"]), None)
    if before is None or p.text[before["end"]] != " ":
        return name
    return p.text[before["start"] : at["end"]]


def widened(passages: list[Passage | None], names: list[str]) -> list[str]:
    """A list of places, each with the region written before it ("경기 이천과 경남 김해에" ->
    경기 이천, 경남 김해); a region that only widens another item is no item of its own.

    >>> from search.reader import Passage
    >>> from kg.kiwi import kiwi
    >>> from search.spans import tokens_of
    >>> text = "공장은 충남 아산과 경북 구미에 있다."
    >>> ents = [{"start": s, "end": s + 2, "type": "Place"} for s in (4, 7, 11, 14)]
    >>> p = Passage("s1", text, tokens_of(kiwi().tokenize(text)), entities=ents)
    >>> widened([p, p, p], ["구미", "경북", "아산"])
    ['경북 구미', '충남 아산']
    """
    out = [name if p is None else _region_before(p, name) for p, name in zip(passages, names)]
    kept = [n for n in out if not any(o != n and o.startswith(n + " ") for o in out)]
    return list(dict.fromkeys(kept))
