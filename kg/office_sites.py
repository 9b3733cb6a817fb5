"""Where an organisation stands, read from its premises written after it: "서울 강남구 메이아이
본사에서", "독일 튀비겐 사이버밸리 본사", "경기 성남시 SK텔레콤 판교 사옥에서".

News names the place of a meeting or a signing as an address, the host and the host's own
premises (kg/resources/sites.toml) in one run: the address is where the host is.  A place
between the host and its premises ("SK텔레콤 판교 사옥") is where it is too.  Candidates of the
rule ``place-org-site`` stand without the scorer (kg/resources/unscored_rules.toml).
"""

from __future__ import annotations

import functools

from .clause import SentenceView
from .model import RelationCandidate
from .resources import load_table

__all__ = ["office_sites"]

_ORGS = {"Company", "Organization"}


@functools.lru_cache(maxsize=1)
def _premises() -> frozenset[str]:
    return frozenset(load_table("sites.toml")["premises"])


def office_sites(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """LOCATED_IN from "PLACE ORG [PLACE] PREMISES": the organisation is where its premises are.

    >>> from kg import analyze_document, resolve
    >>> ex = resolve([analyze_document("d", "박 대표는 서울 강남구 누리랩 본사에서 간담회를 열었다.")])
    >>> sorted((ex.entities[r.subject].name, r.type, ex.entities[r.object].name)
    ...        for r in ex.relations)
    [('누리랩', 'LOCATED_IN', '서울 강남구')]
    """
    ms, toks = view.mentions, view.toks
    out = []
    for o in view.mention_ids:
        org = ms[o]
        if org.kind != "name" or org.voted_type not in _ORGS:
            continue
        places = _places_between(view, o)
        k = view.next_tok[places[-1]] if places else view.next_tok[o]
        if k >= len(toks) or toks[k].tag != "NNG" or toks[k].form not in _premises():
            continue
        if toks[k - 1].tag.startswith("J"):
            continue  # "누리랩은 본사를 ...": the premises of another clause
        before = _place_before(view, o)
        out += [
            RelationCandidate("LOCATED_IN", o, p, sentence_id, "place-org-site", 0.85)
            for p in [*before, *places]
        ]
    return out


def _is_place(view: SentenceView, x: int) -> bool:
    m = view.mentions[x]
    return m.kind == "name" and m.voted_type == "Place"


def _place_before(view: SentenceView, o: int) -> list[int]:
    """The place written right before the organisation, a space between ("서울 강남구 누리랩")."""
    org = view.mentions[o]
    return [
        x
        for x in view.mention_ids
        if _is_place(view, x)
        and view.next_tok[x] == view.first_tok[o]
        and org.start - view.mentions[x].end == 1
        and not view.toks[view.first_tok[o] - 1].tag.startswith("J")
    ]


def _places_between(view: SentenceView, o: int) -> list[int]:
    """The place written right after the organisation, before its premises ("SK텔레콤 판교
    사옥"): none or one."""
    k = view.next_tok[o]
    after = view.at(k)
    if after is None or not _is_place(view, after) or view.toks[k - 1].tag.startswith("J"):
        return []
    return [after]
