"""Whose figure it is when its sentence names no one: a round-up of disclosures writes each
company in one sentence and its figure in the next ("가람전자는 ... 수주 계약을 체결했다.
계약금액은 412억원에 달한다. 다온소재는 ... 계약을 체결했다. 확정 계약금액은 57억원이다.").
A figure whose sentence names no company nor organisation is carried over from the nearest
sentence before it that names one, up to three back, in the same document (an IPO round-up
writes the price, the range, the amount and the book-building ratio after its company): the
asked company's when that sentence names it, another's when it names companies, none asked,
the first written as its topic or subject ("다온소재는").
Asked for a company's figure, when one figure is carried over from it, those carried over from
another give it their belief.  Figures of a sentence that names its owner are left to
search/figure_owners.py; a story about one company ("회사가 유치한 누적 투자금은 620억원",
after a sentence about its investor) has no figure carried over from it, and is left alone.

>>> _subject("다온소재는 계약을 체결했다.", 0, 4) and not _subject("A의 계약", 0, 1)
True
"""

from __future__ import annotations

import re

from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["carried_figures"]

#: the types of a name that owns a figure (a company's contract, an agency's budget)
_OWNERS = frozenset({"Company", "Organization"})
#: a name written as a sentence's topic or subject, its gloss aside ("다온소재(Daon)는")
_SUBJECT = re.compile(r"(?:\([^()]*\))?(?:은|는|이|가)\s")


#: how many sentences naming no one a figure's sentence may stand after its owner's
_REACH = 3


def _subject(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is written as the topic or the subject."""
    return _SUBJECT.match(text, end) is not None


def _owners(snap, sid: str) -> list[tuple[str, int, int]]:
    """The companies and organisations sentence ``sid`` names, in order: (id, start, end)."""
    ex = snap.extraction
    found = sorted(ex.sentence_entities.get(sid, []), key=lambda m: m[1])
    return [m for m in found if m[0] in ex.entities and ex.entities[m[0]].type in _OWNERS]


def _previous(snap, sid: str) -> str | None:
    """The sentence right before ``sid`` in its document, or None."""
    pos = snap.pos_of_sentence.get(sid)
    if not pos or snap.doc_ids[pos - 1] != snap.doc_ids[pos]:
        return None
    return snap.sentence_ids[pos - 1]


def _carried(snap, sid: str, named: set[str]) -> bool | None:
    """True when the figures of sentence ``sid`` are carried over from a company the question
    names, False when from another, None when they are not carried over or it cannot be told."""
    if _owners(snap, sid):
        return None  # the sentence names its owners: search/figure_owners.py
    prev, carried = _previous(snap, sid), []
    for _ in range(_REACH):
        carried = _owners(snap, prev) if prev is not None else []
        if carried or prev is None:
            break
        prev = _previous(snap, prev)  # "공모액은 96억 원": the sentence before also names no one
    if not carried:
        return None
    if named & {eid for eid, _, _ in carried}:
        return True
    _, start, end = carried[0]
    return False if _subject(snap.texts[snap.pos_of_sentence[prev]], start, end) else None


def carried_figures(q: Question, snap, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates less the figures carried over from a company the question does not
    name, when one is carried over from a company it names; those take their belief."""
    named = {eid for eid, _ in q.entities}
    if not named:
        return cands
    owner = {
        i: _carried(snap, ri.passages[c.passage].sentence_id, named)
        for i, c in enumerate(cands)
        if c.entity is None and is_figure(c)
    }
    if True not in owner.values():
        return cands
    return believed([c for i, c in enumerate(cands) if owner.get(i) is not False], cands)
