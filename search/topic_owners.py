"""A figure of a sentence about another company: "A사는 ... 20개 수급사업자에 27건을 위탁했다.
B사는 ... 16개 수급사업자에 17건의 공사를 위탁했다" answers "A사가 위탁한 공사는 몇 건?" with
A's 27건, not B's 17건.  News writes one company's facts after another's in sentences that open
with the company as their topic (은/는) and never name the other; when the question names one
company and a figure's sentence opens with another and does not name the asked one, that figure
is the other's, and gives its belief to the figures of sentences that name the asked one (a
real regulator's story of two builders answered one's count with the other's at 0.81).

>>> _topic_of("B사는 16개 수급사업자에 17건을 위탁했다.", [{"id": "b", "start": 0, "end": 2}])
'b'
>>> _topic_of("이에 따라 B사가 17건을 위탁했다.", [{"id": "b", "start": 6, "end": 8}]) is None
True
"""

from __future__ import annotations

import re

from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["topic_owned"]

#: a topic's particle right after the name that opens a sentence ("삼환기업은", "삼환기업㈜는")
_TOPIC = re.compile(r"\S{0,2}?(?:은|는)\s")
#: how far into its sentence the name may start (a bracket or a quote before it)
_OPENS = 2


def _topic_of(text: str, mentions: list[dict]) -> str | None:
    """The entity a sentence opens with as its topic, or None."""
    first = min(mentions, key=lambda m: m["start"], default=None)
    if first is None or first["start"] > _OPENS or not _TOPIC.match(text, first["end"]):
        return None
    return first.get("id")


def topic_owned(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The figures of sentences that name the one company asked, with the belief of those of
    sentences opening with another company (see the module docstring); the others untouched."""
    if q.english or len(ri.named) != 1:
        return cands
    (asked,) = ri.named

    def names_asked(c: Candidate) -> bool:
        return any(m.get("id") == asked for m in ri.passages[c.passage].entities)

    kinds = {
        m.get("type")
        for c in cands
        for m in ri.passages[c.passage].entities
        if m.get("id") == asked
    }
    if not any(is_figure(c) and names_asked(c) for c in cands):
        return cands
    dropped = set()
    for i, c in enumerate(cands):
        p = ri.passages[c.passage]
        if not is_figure(c) or names_asked(c):
            continue
        topic = _topic_of(p.text, p.entities)
        # another of the asked one's kind ("삼환기업은"), never a person who speaks of it
        if topic is not None and any(
            m.get("id") == topic and m.get("type") in kinds for m in p.entities
        ):
            dropped.add(i)
    return believed([c for i, c in enumerate(cands) if i not in dropped], cands)
