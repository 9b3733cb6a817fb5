"""A city or county written after its province that acts in its clause: "전남 순천시가 …와
손잡고", "경북 포항시는 …와 협약을 맺었다".

An address written as a run of place words is one place ("경기 성남시 분당구에 있는"), but when
its last word is a local government ("시", "군", "도": resources/public.toml) and carries a
particle of an actor (가, 는, 와, …), that government is the body that acts, an organisation
of its own, and the words before it are its province (tests/gold/README.md: "충남 천안시가 …
협약을 맺었다": 천안시 an Organization, LOCATED_IN 충남).  The address splits in two mentions;
the city is LOCATED_IN the province whatever the relation scorer says of the pair (the address
states it).
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from .model import Mention, RelationCandidate, Sentence
from .pieces import Piece, Tok
from .public_bodies import is_government, tables

__all__ = ["acting_governments", "with_government_places"]


def acting_governments(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with each acting "PROVINCE CITY" split into the province (a place) and the
    city (an organisation that keeps the particle)."""
    by_end = {p.stem_end: p for p in ps}
    out: list[Mention] = []
    for m in mentions:
        last = by_end.get(m.end)
        if not _acting_address(m, last, toks):
            out.append(m)
            continue
        head = sentence.text[m.start : last.start].rstrip()
        province = Mention(sentence.id, m.start, m.start + len(head), head, rule="address-head")
        province.votes = {"Place": 3.0}
        city = replace(m, start=last.start, text=last.stem, rule="local-government")
        city.votes = {"Organization": 3.0}
        out.extend([province, city])
    return out


def _acting_address(m: Mention, last: Piece | None, toks: list[Tok]) -> bool:
    """Is ``m`` a place name of several words whose last word, a local government, acts?"""
    return (
        last is not None
        and m.kind == "name"
        and m.voted_type == "Place"
        and last.start > m.start
        and m.particle in tables().actor_particles
        and is_government(last, toks)
    )


def with_government_places(
    candidates: list[RelationCandidate], mentions: list[Mention], sentence_id: str
) -> list[RelationCandidate]:
    """``candidates`` and, for each address split above ("전남 순천시가"), the city LOCATED_IN
    its province."""
    have = {(c.type, c.subject, c.object) for c in candidates}
    out = list(candidates)
    ids = [i for i, m in enumerate(mentions) if m.sentence_id == sentence_id]
    for a, b in itertools.pairwise(ids):
        province, city = mentions[a], mentions[b]
        split = province.rule == "address-head" and city.rule == "local-government"
        if split and city.start == province.end + 1 and ("LOCATED_IN", b, a) not in have:
            out.append(RelationCandidate("LOCATED_IN", b, a, sentence_id, "address-head", 0.9))
    return out
