"""A place of another organisation: "대원에너지 본사는 어디에 있나?" is not answered by "경기 성남시
판교에 본사를 둔 … 세진머티리얼즈가" (s20-trust42: 판교 at 0.72), a sentence that never names
the organisation asked and names another as a party of its own clause, with a particle ("…가",
"…는").  News writes one company's facts in sentences that name it, or in sentences naming no
other company after one that does; a place read from a sentence about another company is that
company's.  None of the belief moves (the asked one's place may be written nowhere), and when
every place is another's the text does not say.
"""

from __future__ import annotations

from .answer_types import Asked
from .located_things import stands_alone
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["not_others_places"]

#: the types of an organisation whose place a question asks
_ORGS = frozenset({"Company", "Organization"})


def not_others_places(
    q: Question, snap, ri: ReaderInput, asked: Asked, cands: list[Candidate]
) -> list[Candidate]:
    """Without the place candidates of sentences about another organisation than the one
    the question names (see the module docstring)."""
    if asked.kind != "place" or q.english or not cands:
        return cands
    ex = snap.extraction
    named = {eid for eid in ri.named if (e := ex.entities.get(eid)) and e.type in _ORGS}
    if len(named) != 1:
        return cands
    return [c for c in cands if not _about_other(ri.passages[c.passage], named)]


def _about_other(p, named: set[str]) -> bool:
    """The sentence names none of ``named`` and another organisation with a particle of its
    own ("세진머티리얼즈가")."""
    ids = {m.get("id") for m in p.entities}
    if ids & named:
        return False
    return any(
        m.get("type") in _ORGS and stands_alone(p.text, m["end"])
        for m in p.entities
        if m.get("id") not in named
    )
