"""A word for a kind of organisation, alone, is no name: "보안 분야의 스타트업이 참여한다".

The tagger may take such a word (cues.toml nouns: 스타트업, 기업, 업체, ...) for a company's name
where nothing names the company; the word is a cue next to a name ("스타트업 업스테이지"), never
the name itself, so an entity made of it would gather every startup of the story.
"""

from __future__ import annotations

from .model import Mention
from .resources import resources

__all__ = ["without_kind_words"]


def without_kind_words(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the tagger's names that are a cue noun and nothing else.

    >>> without_kind_words([Mention("d#0", 6, 10, "스타트업", rule="tagger")])
    []
    """
    cues = resources().cue_nouns
    return [m for m in mentions if not (m.rule == "tagger" and m.text in cues)]
