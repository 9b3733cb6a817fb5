"""A body asked by its kind ("어느 법원", "지정한 기관은?", "어느 대학"): the names the text types
an organisation, or whose name ends on the asked noun ("서울중앙지방법원" for 법원), answer it; a
company of the same sentence ("픽셀리아", the party the court ruled against) does not, however
near the question's words it stands.  Only when the question expects an organisation alone
(not "어디": a company may answer it).  When no such name is among the candidates, nothing moves
(the extractor may have typed the body otherwise).

>>> ends_on("서울중앙지방법원", "법원"), ends_on("픽셀리아", "법원")
(True, False)
"""

from __future__ import annotations

import re

from .answer_types import Asked
from .belief import believed
from .reader import Candidate

__all__ = ["ends_on", "of_asked_body"]

#: how much of the question's words a body's sentence must write, against the sentence of the
#: reader's best candidate, to take the belief of the names of other types
_HALF = 0.5
#: the entity types of a body that is not a company
_BODIES = frozenset({"Organization"})


def ends_on(name: str, head: str) -> bool:
    """``name`` (spaces aside) ends on the asked noun, and is longer than it."""
    flat = re.sub(r"\s+", "", name)
    return len(flat) > len(head) and flat.endswith(head)


def of_asked_body(asked: Asked, expected, cands: list[Candidate]) -> list[Candidate]:
    """The names of bodies of the asked kind, with the belief of the others when a body's
    sentence writes at least half as much of the question as the reader's best one's does
    (the court of "가처분 결정" 0.44 against the plaintiffs' 0.56), when the question
    asks for an organisation by a head noun, and for no company beside it (``expected``: the
    entity types the answer may have; "주관기관은 어디인가?" may be answered by a company, and
    "벤처 투자 조직" is words, no name), and some candidate is one."""
    if asked.kind != "organization" or not asked.head or not expected or expected - _BODIES:
        return cands
    kept = [
        c
        for c in cands
        if c.entity is not None and (c.entity.get("type") in _BODIES or ends_on(c.text, asked.head))
    ]
    if not kept:
        return cands
    top = max(cands, key=lambda c: c.probability)
    if _matched(max(kept, key=_matched)) < _HALF * _matched(top):
        # the reader's best stands in a sentence far nearer the question ("환경부는 ...
        # 지정했다", a body the extractor did not name): a body of a sentence that writes few
        # of its words ("부산지방법원이 기각했다") is no surer for it, and the best, named by
        # no entity, may be the body itself ("매입은 한빛곡물중앙회를 통해"): it stays
        return [top, *kept] if _unnamed_name(top) else kept
    return believed(kept, cands)  # the company the court ruled on gives its belief away


#: the reader's classes of a candidate that may be a body's name (search/candidate_kinds.py)
_NAME_CLASSES = frozenset({"cand=thing", "cand=name", "cand=organization"})


def _unnamed_name(c: Candidate) -> bool:
    """Words the extractor named no entity at, of a class a name may be (no date, no figure)."""
    return c.entity is None and any(k in _NAME_CLASSES for k in c.features)


def _matched(c: Candidate) -> float:
    """How much of the question the candidate's sentence writes (the reader's sent_match)."""
    return c.features.get("sent_match", 0.0)
