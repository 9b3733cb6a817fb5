"""An answer a rule reads whole out of one sentence of the hits (a row of items, the part of a
request): that sentence first in the evidence, the other hits after it, and the calibration
signals of the rule's path, its own estimate as the prior."""

from __future__ import annotations

from .question import Question
from .results import Answer, Hit

__all__ = ["said_in"]


def said_in(
    q: Question,
    words: list[str],
    said: list[Hit],
    hits: list[Hit],
    path: str,
    prior: float,
    answer_type: str = "list",
    entities: list | None = None,
) -> tuple[Answer, dict[str, float]]:
    """The answer ``words`` (joined by commas) read from the sentences ``said`` (the first is
    the answer's sentence), with the calibration signals of ``path``."""
    shown = {h.sentence_id for h in said}
    ans = Answer(
        question=q.text,
        answer=", ".join(words),
        answer_entities=[e.summary() for e in entities or []],
        evidence=[*said, *[x for x in hits if x.sentence_id not in shown]][:5],
        method="sentence",
        confidence=prior,
        sentence=" ".join(h.text for h in said),
        analysis=q.to_dict(),
        answer_type=answer_type,
    )
    return ans, {f"path={path}": 1.0, "prior": prior, "items": float(len(words))}
