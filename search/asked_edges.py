"""The graph's say on a yes/no question between two named things: the edges of the asked
relation between them (예 when no sentence decides), and the asked slot filled by others of
the asked kind only (the investors are Amazon and Google Cloud: 아니오).
"""

from __future__ import annotations

from .question import Question
from .results import Hit

__all__ = ["asked_edges", "slot_filled"]


def asked_edges(q: Question, ex, named: list[str], hit_for) -> tuple[list, list[Hit]]:
    """The graph's edges of the asked relation between the names, and their sentences."""
    edges = []
    if q.relation and len(named) >= 2:
        pair = set(named[:2])
        edges = [r for r in ex.relations if r.type == q.relation and {r.subject, r.object} == pair]
    return edges, [
        h for r in edges for ev in r.evidence if (h := hit_for(ev.sentence_id)) is not None
    ]


def slot_filled(q: Question, ex, named: list[str], hit_for) -> list[Hit]:
    """The evidence that the slot the question asks about is filled, by others of the asked
    kind only (the investors are Amazon and Google Cloud): 아니오.  A company someone worked at
    fills no place asked ("방글라데시 출신인가?" / WORKED_AT Sensoria)."""
    if not q.relation or len(named) < 2:
        return []
    kind = {e: ex.entities[e].type for e in named[:2]}
    others = [
        r
        for r in ex.relations
        if r.type == q.relation
        and (r.subject in named[:2]) != (r.object in named[:2])
        and (
            (r.object == named[1] and ex.entities[r.subject].type == kind[named[0]])
            or (r.subject == named[0] and ex.entities[r.object].type == kind[named[1]])
        )
    ]
    return [h for r in others for e in r.evidence if (h := hit_for(e.sentence_id)) is not None]
