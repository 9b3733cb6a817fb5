"""Whose founding a date is: "해담파워는 언제 설립됐나?" is answered by the date of a sentence
that writes 해담파워 founded ("배수린 대표가 2015년 세운 회사 해담파워는"), not by another
company's founding date that ranks higher ("그린웨이브소재는 2009년 설립된 양극재 기업으로").
A date's sentence is of another's founding when it names no asked company and another company
or body is its subject (은/는/이/가 after the name); such dates are set aside — their belief
goes to the others while some date's sentence names the asked one, and to none when no sentence
does (the article never tells the asked company's founding).  A sentence naming another only elsewhere ("2021년 퀄컴에서 함께
일하던 CTO와 회사를 차렸다") or none ("이 회사는 2015년 세워졌다") is kept: it may tell the
asked company's founding."""

from __future__ import annotations

from kg.names import name_key

from .belief import believed
from .question import Question
from .reader import Candidate, Passage
from .reader_input import ReaderInput

__all__ = ["founding_owned"]

#: the date relations whose event has an owner named in its sentence (the founded thing)
_OWNED_EVENTS = frozenset({"FOUNDED_IN"})
#: the entity types a founded thing has
_FOUNDED_TYPES = frozenset({"Company", "Organization"})
#: the particles a subject or topic is written with
_SUBJECT = ("은", "는", "이", "가")


def _names_asked(p: Passage, ri: ReaderInput) -> bool | None:
    """True when the sentence names the asked company, False when another company or body is
    its subject, None otherwise."""
    bodies = [e for e in p.entities if e.get("type") in _FOUNDED_TYPES]
    if any(
        e.get("id") in ri.named or name_key(p.text[e["start"] : e["end"]]) in ri.named_names
        for e in bodies
    ):
        return True
    return False if any(p.text[e["end"] :].startswith(_SUBJECT) for e in bodies) else None


def founding_owned(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the dates of sentences naming only other companies: the kept take their belief
    when a date's sentence names the asked one, else they keep their own."""
    if q.relation not in _OWNED_EVENTS or not ri.named:
        return cands
    dates = [c for c in cands if c.span is not None and "cand=date" in c.features]
    owners = {id(c): _names_asked(ri.passages[c.passage], ri) for c in dates}
    kept = [c for c in cands if owners.get(id(c)) is not False]
    if True not in owners.values():
        # no sentence tells the asked company's founding: another's founding is no answer
        # ("한길운수는 2011년 설립된 버스회사로" for 누리버스, held-out round 22 at 0.92)
        return kept
    return believed(kept, cands)
