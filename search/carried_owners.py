"""Whose figure it is when its sentence names no one: news writes the company in one sentence
and its figure in the next ("가람전자는 ... 수주 계약을 체결했다. 계약금액은 412억원에 달한다.
다온소재는 ... 계약을 체결했다. 확정 계약금액은 57억원이다."), so a figure whose sentence
names no company nor organisation belongs to the one the sentence before it (in the same
document) names first.  Asked for a company's figure, the figures carried over from another
company give their belief to those of the company asked, when any is read."""

from __future__ import annotations

from .figures import is_figure
from .fits import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["carried_figures"]

#: the types of a name that owns a figure (a company's contract, an agency's budget)
_OWNERS = frozenset({"Company", "Organization"})


def _owners(ex, sid: str) -> list[str]:
    """The ids of the companies and organisations sentence ``sid`` names, in order."""
    found = sorted(ex.sentence_entities.get(sid, []), key=lambda m: m[1])
    return [eid for eid, _, _ in found if eid in ex.entities and ex.entities[eid].type in _OWNERS]


def _previous(snap, sid: str) -> str | None:
    """The sentence right before ``sid`` in its document, or None."""
    pos = snap.pos_of_sentence.get(sid)
    if not pos or snap.doc_ids[pos - 1] != snap.doc_ids[pos]:
        return None
    return snap.sentence_ids[pos - 1]


def _owner(snap, sid: str, named: set[str]) -> bool | None:
    """True when the figures of sentence ``sid`` are a company the question names, False when
    another's, None when it cannot be told: the sentence's own names, else the first of the
    sentence before it."""
    ex = snap.extraction
    own = _owners(ex, sid)
    if own:
        return True if named & set(own) else None  # its own names: search/figure_owners.py
    prev = _previous(snap, sid)
    carried = _owners(ex, prev) if prev is not None else []
    return (carried[0] in named) if carried else None


def carried_figures(q: Question, snap, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates less the figures carried over from a company the question does not
    name, when a figure of one it names is among them; those take their belief."""
    named = {eid for eid, _ in q.entities}
    if not named:
        return cands
    owner = {
        i: _owner(snap, ri.passages[c.passage].sentence_id, named)
        for i, c in enumerate(cands)
        if c.entity is None and is_figure(c)
    }
    if True not in owner.values():
        return cands
    return believed([c for i, c in enumerate(cands) if owner.get(i) is not False], cands)
