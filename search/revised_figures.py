"""A figure revised in one sentence: regulator and court news writes the first figure and the
one it was settled at together, "A는 앞서 과태료 22억원을 부과받았으나 과태료 5억원으로 최종
확정됐다" (a fine cut on review, a claim reduced on appeal, a target revised).  The figures
before the contrast ending (…으나, …지만) are the original ones, those after it the final ones.
A question that asks the original ("원래", "당초") is answered from before the contrast, never by
the final figure another sentence restates; one that asks the final ("최종", "확정된") from
after it, never by the original.  The words are data: resources/answer_types.toml
``[revised_figures]``.

>>> text = "A사는 앞서 과태료 22억원을 부과받았으나 과태료 5억원으로 최종 확정됐다."
>>> text[revision_point(text):].startswith("았으나")
True
>>> revision_point("A사는 과태료 5억원을 부과받았다.")
-1
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_stage", "revised_figures", "revision_point"]


def _table() -> dict:
    return answer_type_tables()["revised_figures"]


def revision_point(text: str) -> int:
    """Where the contrast ending of a revised figure's sentence is ("…받았으나 … 최종 확정됐다"):
    the first contrast ending written after a verb, with a word of settling after it; -1."""
    table = _table()
    ends = "|".join(map(re.escape, table["contrasts"]))
    for m in re.finditer(rf"[가-힣]({ends})(?=[\s,])", text):
        if any(w in text[m.end() :] for w in table["settled"]):
            return m.start(1)
    return -1


def asked_stage(q: Question) -> str:
    """The stage asked: "original" for the first figure ("원래 과태료"), "final" for
    the settled one ("최종 과징금"), "" for neither."""
    flat = re.sub(r"\s+", "", q.text)
    table = _table()
    if any(w in flat for w in table["original_asks"]):
        return "original"
    if any(w in flat for w in table["final_asks"]):
        return "final"
    return ""


def revised_figures(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The figures of the asked stage of a revised figure, with the belief of the others: the
    original asked, the figures before a revision's contrast only (another sentence restates
    the final one); the final asked, without those figures.  All candidates when the question
    asks no stage or no sentence revises a figure."""
    stage = asked_stage(q)
    if q.english or not stage:
        return cands
    points = {c.passage: revision_point(ri.passages[c.passage].text) for c in cands}
    if not any(p >= 0 for p in points.values()):
        return cands

    def original(c: Candidate) -> bool:
        return 0 <= c.span.start < points[c.passage]

    figures = [c for c in cands if is_figure(c) and c.span is not None]
    if stage == "original":
        kept = [c for c in figures if original(c)]
    else:
        kept = [c for c in cands if c not in figures or not original(c)]
    return believed(kept, cands) if kept else cands
