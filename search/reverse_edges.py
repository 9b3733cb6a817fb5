"""A graph edge that runs the other way answers nothing: asked "누리-5B의 바탕이 된 모델은?" (the
object of BASED_ON with 누리-5B its subject), "누리콜" — built on 누리-5B, BASED_ON(누리콜,
누리-5B) — is the thing standing on it, never what it stands on; asked "X가 투자한 곳은?", an
investor of X is no investee.  Among the reader's candidates, an entity the asked relation joins
to a named one only in the reverse direction is set aside, its belief going to the others; when
none is left, nothing answers.  Only a question whose particle after the name tells the end
asked (search/answer_side.py) is read so: without one ("새벽N3탑재제품") the end is a guess.
Symmetric relations (PARTNER_OF, COMPARED_WITH) have no direction and keep every candidate.
"""

from __future__ import annotations

from kg.resources import resources

from .belief import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["not_reversed"]


def _reversed_ends(q: Question, ex, named: set[str]) -> set[str]:
    """The entities the asked relation joins to a named one only with the ends swapped."""
    wrong, right = set(), set()
    for r in ex.relations:
        if r.type != q.relation:
            continue
        asked_end, named_end = (
            (r.object, r.subject) if q.side == "object" else (r.subject, r.object)
        )
        if named_end in named:
            right.add(asked_end)
        elif asked_end in named:
            wrong.add(named_end)  # the edge runs from the named one the other way
    return wrong - right - named


def not_reversed(q: Question, snap, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates but those joined to the named entity by the asked relation the other way
    round (their belief to the others; none when they were all such)."""
    frame = resources().frame_of.get(q.relation) if q.relation else None
    if frame is None or frame.symmetric or q.side not in {"subject", "object"} or not ri.named:
        return cands
    if not q.entities or not q.entities[0][1]:
        return cands  # "새벽N3탑재제품": no particle tells which end is asked, only a guess
    wrong = _reversed_ends(q, snap.extraction, set(ri.named))
    if not wrong:
        return cands
    kept = [c for c in cands if not (c.entity is not None and c.entity.get("id") in wrong)]
    return believed(kept, cands) if kept else []
