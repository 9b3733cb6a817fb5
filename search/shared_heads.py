"""A row of names whose last item carries the noun they all share: reporters write "미국과 일본
시장을 키운다" for the markets of both, "페루와 칠레산 대왕오징어" for squid from both, so the
row (search/head_lists.py rows_of) reads as "미국" and "일본 시장", "페루" and "칠레산 대왕오징어
수입 물량".  When every item before the last is a bare name and the last begins with a name of
their kind, the last item is that name and the words after it are the row's shared head:
a question of the names (search/asked_rows.py) takes "칠레", a question of the things
(search/whole_rows.py) takes "미국 시장" beside "일본 시장".

>>> from search.results import Hit
>>> text = "미로코스메틱은 대신 미국과 일본 시장을 키운다."
>>> ents = [{"id": n, "name": n, "type": "Place", "start": a, "end": a + 2}
...         for n, a in (("미국", 11), ("일본", 15))]
>>> h = Hit(sentence_id="s", doc_id="d", text=text, score=0.0, entities=ents)
>>> found = shared_head(h, [(8, 13), (15, 20)])
>>> [text[a:b] for a, b in found.names], found.kind, found.head
(['미국', '일본'], 'Place', ' 시장')
>>> shared_names(h, [(8, 13), (15, 20)])
['미국 시장', '일본 시장']
"""

from __future__ import annotations

from typing import NamedTuple

from .passages import sentence_tokens
from .results import Hit

__all__ = ["SharedHead", "shared_head", "shared_names"]

#: the tags a shared head begins with: a common noun ("시장") or a suffix glued to the name
#: ("칠레산", "일본계")
_HEAD_START = frozenset({"NNG", "XSN"})


class SharedHead(NamedTuple):
    """The last item of a row read as a name and the head the row's items share."""

    names: list[tuple[int, int]]  # the row's names (spans of the sentence), the last one's too
    kind: str  # their entity type
    head: str  # the words after it, as written ("산 대왕오징어", " 시장")


def _bare_name(h: Hit, toks, a: int, b: int) -> tuple[tuple[int, int], str] | None:
    """The name an item ends with and its entity type: an entity ending where the item ends
    (the nearest: "대신 미국" is 미국), or a lone proper noun no entity holds (type "");
    None when the item ends with no name."""
    ends = [e for e in h.entities if e["end"] == b and a <= e["start"] < b]
    if ends:
        e = min(ends, key=lambda e: b - e["start"])
        return (e["start"], b), e.get("type", "")
    last = [t for t in toks if t.end == b]
    if last and last[0].start >= a and _lone_proper_noun(h, last[0]):
        return (last[0].start, b), ""
    return None


def _lone_proper_noun(h: Hit, t) -> bool:
    """A proper noun of two syllables or more that no entity holds ("칠레산": 칠레; not the
    surname-like "송" of "송객")."""
    held = any(e["start"] < t.end and t.start < e["end"] for e in h.entities)
    return t.tag == "NNP" and len(t.form) >= 2 and not held


def _leading_name(h: Hit, toks, a: int, b: int) -> tuple[tuple[int, int], str] | None:
    """The name an item begins with, when words of a head follow it inside the item: an
    entity starting where the item starts, or a lone proper noun no entity holds."""
    starts = [e for e in h.entities if e["start"] == a and e["end"] < b]
    if starts:
        e = max(starts, key=lambda e: e["end"])
        return (a, e["end"]), e.get("type", "")
    first = next((t for t in toks if t.start == a), None)
    if first is not None and first.end < b and _lone_proper_noun(h, first):
        return (a, first.end), ""
    return None


def shared_head(h: Hit, row: list[tuple[int, int]]) -> SharedHead | None:
    """The last item of ``row`` (spans of ``h.text``) as its leading name and the head after
    it, when every other item is a bare name and all the names are of one entity type, which
    the other items give (a proper noun no entity holds takes it); None otherwise ("국내
    기업과 일본 시장": no names; "삼성전자와 일본 시장": names of two kinds; "로드스톤랩스와
    광주창조경제혁신센터": a noun glued to the name makes one word with it, no head)."""
    if len(row) < 2 or any(e["end"] == row[-1][1] for e in h.entities):
        return None  # the last item ends with a name: it is one, as written
    toks = sentence_tokens(h.text)
    named = [_bare_name(h, toks, a, b) for a, b in row[:-1]]
    leading = _leading_name(h, toks, *row[-1])
    if leading is None or any(n is None for n in named):
        return None
    kinds = {kind for _, kind in named if kind}
    if len(kinds) != 1 or leading[1] not in {"", *kinds}:
        return None
    nb, b = leading[0][1], row[-1][1]
    after = next((t for t in toks if t.start >= nb), None)
    if after is None or after.end > b or after.tag not in _HEAD_START:
        return None
    if after.tag == "NNG" and after.start == nb:
        return None  # "광주창조경제혁신센터": one word, not 광주 and a head
    return SharedHead([n for n, _ in named] + [leading[0]], kinds.pop(), h.text[nb:b])


def shared_names(h: Hit, row: list[tuple[int, int]]) -> list[str] | None:
    """The row's items each written with the shared head ("미국 시장", "일본 시장"), when it
    has one (``shared_head``); else None."""
    found = shared_head(h, row)
    if found is None:
        return None
    return [h.text[a:b] + found.head for a, b in found.names]
