"""Quoted speech: what a speaker's own words do not state about the speaker.

News quotes people at length ("오다온 회장은 \"… 누리AI의 활동을 위해 한결은행은 … 지원할
것\"이라고 밝혔다").  A company the quoted words name is what the speaker talks about, not where
the speaker works: a person outside the quotes is never placed at an organisation named only
inside them by a pair the scorer learned (the development gold holds no such WORKED_AT among its
517).  The rules that read a title chain still may ("김 대표는 \"…\"" names no employer).
"""

from __future__ import annotations

import re

from .model import Mention, RelationCandidate

__all__ = ["outside_speech", "speech_spans"]

#: quoted speech: double quotes around at least a few words (a quoted title is shorter and is
#: usually in single quotes: '바다 2')
_SPEECH = re.compile(r"“[^”]{8,}”|\"[^\"]{8,}\"")


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes someone's words.

    >>> speech_spans('김 대표는 "다온과 함께 시장을 넓히겠다"고 말했다.')
    [(6, 23)]
    """
    return [(m.start(), m.end()) for m in _SPEECH.finditer(text)]


def outside_speech(
    candidates: list[RelationCandidate], text: str, mentions: list[Mention]
) -> list[RelationCandidate]:
    """``candidates`` less the learned WORKED_AT pairs of a person outside the quoted speech of
    ``text`` and an organisation inside it."""
    spans = speech_spans(text)
    if not spans:
        return candidates

    def inside(i: int) -> bool:
        return any(a <= mentions[i].start < b for a, b in spans)

    return [
        c
        for c in candidates
        if not (
            c.type == "WORKED_AT"
            and c.rule == "learned"
            and not inside(c.subject)
            and inside(c.object)
        )
    ]
