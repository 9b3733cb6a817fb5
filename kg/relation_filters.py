"""The checks every sentence's scored relations pass after the relation scorer, in order: no
relation from inside a quote or a byline, none across bulleted items or parallel clauses, a
publisher is no developer, "B의 C" and "'C(B)'" name C's maker, a city that acts is its
government.  Each reads the sentence as written, which the scorer's features do not, so they run
after it (kg.analysis).
"""

from __future__ import annotations

from .acting_governments import with_government_places
from .bracket_makers import without_other_makers
from .bullet_items import within_items
from .bylines import outside_bylines
from .genitive_makers import genitive_makers
from .model import Mention, RelationCandidate
from .parallel_clauses import within_clauses
from .publishers import not_by_publishers
from .speech import outside_speech

__all__ = ["filtered"]


def filtered(
    scored: list[RelationCandidate], text: str, mentions: list[Mention], sentence_id: str
) -> list[RelationCandidate]:
    """A sentence's scored relations with what its written text rules out dropped or mended:
    in "▲A사 사장 P ▲B사 …" P works at A사 alone; in "전남 순천시가 …" the acting body is the
    city's government."""
    scored = outside_speech(scored, text, mentions)
    scored = within_items(scored, text, mentions)  # "▲A사 사장 P ▲B사 …"
    scored = within_clauses(scored, text, mentions)  # "A사는 P를, B사는 Q를 …"
    scored = not_by_publishers(scored, text, mentions)
    scored = genitive_makers(scored, text, mentions)  # "B의 C": B made C
    scored = without_other_makers(scored)  # "'바삭칩(다온제과)'": 다온제과 made it
    scored = with_government_places(scored, mentions, sentence_id)  # "전남 순천시가"
    return outside_bylines(scored, mentions)
