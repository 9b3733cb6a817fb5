"""Who one person is to another, asked by 누구: "한도윤은 한만석 회장의 누구인가?" asks the family
tie a sentence writes between the two ("한만석 회장 차남인 한도윤 부사장"), as "B는 A와 어떤
관계인가?" does (search/kinship.py reads the tie); the reader alone answered with the company
both run.  The question names two people and writes 누구 right after the other's 의 or 에게.

>>> bool(_ASKS.search("한도윤은 한만석 회장의 누구인가?")), bool(_ASKS.search("한 회장은 누구인가?"))
(True, False)
"""

from __future__ import annotations

import re

from .kinship import kinship_answer
from .question import Question
from .question_links import people_named
from .results import Answer, Hit

__all__ = ["kin_answer"]

#: 누구 asked of another person: "A의 누구", "A에게 누구", "A한테 누구"
_ASKS = re.compile(r"(?:의|에게|한테)\s*누구")


def kin_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """The family tie of the two people the question names, when it asks who one is to the
    other; None otherwise or when no sentence writes a tie between them."""
    ex = snap.extraction
    people = people_named(q, ex)
    if len(people) < 2 or not _ASKS.search(q.text):
        return None
    return kinship_answer(q, ex, (people[0], people[1]), hits, hit_for)
