"""Whose founding a date is: "해담파워는 언제 설립됐나?" is answered by the date of a sentence
that writes 해담파워 founded ("배수린 대표가 2015년 세운 회사 해담파워는"), not by another
company's founding date that ranks higher ("그린웨이브소재는 2009년 설립된 양극재 기업으로").
A date's sentence is of another's founding when it names no asked company and another company
or body is its subject (은/는/이/가 after the name); such dates are set aside — their belief
goes to the others while some date's sentence names the asked one, and to none when no sentence
does (the article never tells the asked company's founding).  A sentence naming another only elsewhere ("2021년 퀄컴에서 함께
일하던 CTO와 회사를 차렸다") or none ("이 회사는 2015년 세워졌다") is kept: it may tell the
asked company's founding.  A date the asked company founds something else at is set aside the
same way: the company is the subject of an active verb of founding right after the date ("해담
식품이 2024년 세운 현지 법인", "X는 2019년 자회사를 설립했다": the 법인's or the 자회사's
founding; resources/answer_types.toml [founding_owners]), not of a passive one ("X는 2015년
설립됐다")."""

from __future__ import annotations

import functools

from kg.names import name_key

from .answer_types import answer_type_tables
from .belief import believed
from .doers import subject_before, voice_of
from .question import Question
from .reader import Candidate, Passage
from .reader_input import ReaderInput
from .spans import NOMINAL, base_tag

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


@functools.cache
def _founder_verbs() -> frozenset[str]:
    return frozenset(answer_type_tables()["founding_owners"]["founder_verbs"])


def _asked_at(p: Passage, ri: ReaderInput, start: int, end: int) -> bool:
    """The characters ``start:end`` of the sentence hold a mention of the asked company."""
    return any(
        start <= e["start"]
        and e["end"] <= end
        and (e.get("id") in ri.named or name_key(p.text[e["start"] : e["end"]]) in ri.named_names)
        for e in p.entities
    )


#: the most morphemes between a date and its verb ("2020년 미국 보스턴에 현지 법인 솔빛USA를 설립했다")
_REACH = 12


def _founds_other(p: Passage, c: Candidate, ri: ReaderInput) -> bool:
    """The date is of something the asked company founds: the verb after it, past nouns and
    particles only, is an active verb of founding whose subject is the asked company."""
    toks = p.tokens
    after = [i for i, t in enumerate(toks) if t.start >= c.span.end][:_REACH]
    for i in after:
        t = toks[i]
        stem = t.form + (toks[i + 1].form if i + 1 < len(toks) and toks[i + 1].tag == "XSV" else "")
        if stem in _founder_verbs() or base_tag(t.tag) == "VV":
            return (
                stem in _founder_verbs()
                and not voice_of(toks, i)
                and any(_asked_at(p, ri, s, e) for s, e in subject_before(toks, i))
            )
        if t.tag not in NOMINAL and not t.tag.startswith("J"):
            return False
    return False


def founding_owned(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the dates of sentences naming only other companies: the kept take their belief
    when a date's sentence names the asked one, else they keep their own."""
    if q.relation not in _OWNED_EVENTS or not ri.named:
        return cands
    dates = [c for c in cands if c.span is not None and "cand=date" in c.features]
    owners = {
        id(c): False
        if _founds_other(ri.passages[c.passage], c, ri)
        else _names_asked(ri.passages[c.passage], ri)
        for c in dates
    }
    kept = [c for c in cands if owners.get(id(c)) is not False]
    if True not in owners.values():
        # no sentence tells the asked company's founding: another's founding is no answer
        # ("한길운수는 2011년 설립된 버스회사로" for 누리버스, held-out round 22 at 0.92)
        return kept
    return believed(kept, cands)
