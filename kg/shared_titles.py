"""Names that share one title: "한빛전자의 석도윤, 변지아 전무는" — news lists two or more people
of one rank with commas (or a middle dot: "석도윤·변지아 전무") and writes the title once, after
the last.  Every name of the list is
a person's, though only the last stands before the title (the tagger, seeing a name before a
comma, may take the first for a company's).
"""

from __future__ import annotations

import re

from .model import Mention
from .pieces import Piece
from .resources import resources
from .roles import is_title

__all__ = ["vote_shared_titles"]

_PERSON_VOTE = 3.0  # as sure as a name with its age in brackets (kg.titled_persons)
#: a Korean person's name: a family name and one to three syllables
_HANGUL2_4 = re.compile(r"[가-힣]{2,4}")
#: what separates the names of the list: a comma, or a middle dot (both forms news uses)
_LIST_SEPARATORS = frozenset({",", "·", "ㆍ"})


def vote_shared_titles(ps: list[Piece], mentions: list[Mention]) -> None:
    """Vote Person for each name of a comma (or middle-dot) list ending in a name right before a title.

    Every member must look like a Korean person's name (a family name first, two to four
    syllables, no particle): "석도윤, 변지아 전무는" votes 석도윤 a person; "한빛전자, 변지아
    전무" votes nothing (한 is a family name, but 한빛전자 has five syllables)."""
    g = resources().grammar
    by_start = {m.start: m for m in mentions if m.kind == "name"}
    run: list[Mention] = []
    for i, p in enumerate(ps):
        m = by_start.get(p.start)
        if m is None or m.end != p.stem_end or not _person_shaped(p.stem, g.surnames):
            run = []
            continue
        run.append(m)
        if p.tail or p.after.strip() in _LIST_SEPARATORS:
            if p.tail:
                run = []
            continue
        nxt = ps[i + 1] if i + 1 < len(ps) else None
        if len(run) > 1 and nxt is not None and is_title(nxt.stem, g.titles - g.occupations):
            for member in run[:-1]:
                member.votes = {
                    **member.votes,
                    "Person": member.votes.get("Person", 0) + _PERSON_VOTE,
                }
        run = []


def _person_shaped(stem: str, surnames) -> bool:
    return bool(_HANGUL2_4.fullmatch(stem)) and stem[0] in surnames
