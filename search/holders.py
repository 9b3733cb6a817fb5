"""Who holds a post at the named company: "마음결 대표는 누구야?" is not answered by "바이오넥서스는
... 홍서연 대표가 세운 회사다" (the head of another company), nor "가람텔레콤 새 대표는?" by the
head of its subsidiary ("자회사 가람AI랩스의 대표에는 탁서윤 ... 상무가").  A person written
after another organisation as its topic, subject or genitive in the same sentence
(search/attributes.owner_of) holds a post there, not at the company asked about."""

from __future__ import annotations

from kg.names import name_key

from .answer_types import Asked
from .attributes import owner_of
from .fits import person_head
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .titles import asked_titles

__all__ = ["at_named"]

_ORGS = frozenset({"Company", "Organization"})


def at_named(q: Question, ex, ri: ReaderInput, asked: Asked, cands: list[Candidate]):
    """Without the people another organisation of their sentence owns, when a person is asked
    by a title of an organisation the question names ("마음결 대표"); those dropped take their
    belief away.  Nothing may be left: the text does not say who it is."""
    titled = person_head(asked.head) or bool(asked_titles(ri.reading.tokens))
    orgs = {eid for eid, _ in q.entities if (e := ex.entities.get(eid)) and e.type in _ORGS}
    if asked.kind != "person" or not titled or not orgs or q.english:
        return cands
    kept = []
    for c in cands:
        owner = owner_of(ri.passages[c.passage], c.span.start) if c.span is not None else None
        if owner is not None and not _named(ex, ri, owner["id"]):
            continue
        kept.append(c)
    return kept


def _named(ex, ri: ReaderInput, eid: str) -> bool:
    ent = ex.entities.get(eid)
    keys = {name_key(a) for a in ent.aliases} if ent is not None else set()
    return eid in ri.named or bool(keys & ri.named_names)
