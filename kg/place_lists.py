"""A local place written once before a list of organisations covers each of them: "전남 나주의
A농협과 B농협이", "구미시 A농협과 B농협 합병".

Regional news names the county or city once and then the bodies there, joined by 와/과 or "·":
both are in that place, not only the first (kg.roles reads "대만 TSMC" for one name).  Only a
domestic address unit counts (a place ending in an address unit, "구미시", "하동군", or opened by a
province's short name, "전남 나주"): a country before a list names the first member's country
alone ("미국 엔비디아와 삼성전자").  The words are data: ``[places]`` in grammar.toml.
"""

from __future__ import annotations

from .clause import SentenceView
from .model import RelationCandidate
from .resources import resources

__all__ = ["place_list_relations"]

_ORGS = {"Company", "Organization"}
# what joins two members of the list: a particle on the member before, or a separator token
_JOINERS = {"와", "과"}
_SEPARATORS = {"·", ","}


def _local(text: str) -> bool:
    """Is the place a domestic address ("구미시", "경남 하동군", "전남 나주"), not a country?"""
    g = resources().grammar
    words = text.split()
    return words[-1][-1:] in g.address_units or words[0] in g.provinces


def _next_member(view: SentenceView, mid: int) -> int | None:
    """The organisation the list goes on with after member mid ("A와 B", "A·B"), if any."""
    k = view.next_tok[mid]
    if view.mentions[mid].particle not in _JOINERS:
        if view.mentions[mid].particle or k >= len(view.toks):
            return None
        if view.toks[k].form not in _SEPARATORS:
            return None
        k += 1
    nxt = view.at(k)
    if nxt is None or view.first_tok[nxt] != k:
        return None
    m = view.mentions[nxt]
    return nxt if m.kind == "name" and m.voted_type in _ORGS else None


def place_list_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """LOCATED_IN from each member of a list of organisations to the local place before it.

    "경남 하동군 가람농협과 누리농협이 합병한다": 가람농협 and 누리농협 LOCATED_IN 경남 하동군."""
    ms = view.mentions
    out = []
    for p in view.mention_ids:
        place = ms[p]
        if place.kind != "name" or place.voted_type != "Place" or place.particle not in {"", "의"}:
            continue
        first = view.at(view.next_tok[p])
        if first is None or view.first_tok[first] != view.next_tok[p] or not _local(place.text):
            continue
        if ms[first].kind != "name" or ms[first].voted_type not in _ORGS:
            continue
        members, nxt = [first], _next_member(view, first)
        while nxt is not None and nxt not in members:
            members.append(nxt)
            nxt = _next_member(view, nxt)
        if len(members) < 2:
            continue  # one organisation: kg.roles' "place-org" reads it
        out += [
            RelationCandidate("LOCATED_IN", o, p, sentence_id, "place-before-list", 0.8)
            for o in members
        ]
    return out
