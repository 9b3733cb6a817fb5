"""What a sentence or a whole document is about when it names nothing else: "회사는",
"이번 투자에는" and a subject left unwritten stand for the sentence's topic (은/는, 이/가) or,
failing one, the organisation the document names most.  kg.analysis carries both from sentence
to sentence so coreference and the relation rules can attach such sentences to a name.
"""

from __future__ import annotations

from .clause import SentenceView, group_of
from .coordination import eff_role, with_group
from .model import Mention
from .names import name_key

__all__ = ["document_topic", "sentence_topic"]


def document_topic(mentions: list[Mention], types) -> int | None:
    """The first mention of the organisation a document names most often (what "회사는",
    "이번 투자에는" are about when a sentence names nothing else)."""
    counts: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.kind == "name" and types.get(i, ("",))[0] in {"Company", "Organization"}:
            counts.setdefault(name_key(m.text), []).append(i)
    if not counts:
        return None
    best = max(counts.values(), key=lambda ids: (len(ids), -ids[0]))
    return best[0] if len(best) >= 2 else None


def sentence_topic(view: SentenceView, ids: list[int]) -> list[int]:
    """The first name the sentence marks as topic or subject (은/는, 이/가)."""

    # a 은/는 topic first; else the first 이/가 subject
    for wanted in ({"은", "는", "도", "은요", "는요"}, {"이", "가"}):
        for i in ids:
            m = view.mentions[i]
            if m.kind == "date":
                continue
            role, particle = eff_role(view, i)
            if role in {"JX", "JKS"} and particle in wanted:
                group = with_group(view, i, ids)
                return [x for g in group for x in group_of(view, g)]
    return []
