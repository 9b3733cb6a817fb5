"""Universities by the ending of their names: organisations wherever news writes them.

The tagger types a name by its look and its neighbours and takes a university listed beside
companies for one ("스타트업 스마트엑스, 한빛대와 함께"); its ending (grammar.toml
``[organisations] schools``) says it is a school, an Organization.
"""

from __future__ import annotations

import re

from .model import Mention
from .resources import resources

__all__ = ["is_school", "vote_schools"]

_HANGUL = re.compile(r"[가-힣]+")


def is_school(name: str) -> bool:
    """A Hangul name of a school by its ending, two syllables or more before it.

    >>> is_school("한빛대"), is_school("한빛대학교"), is_school("차세대"), is_school("현대")
    (True, True, False, False)
    """
    g = resources().grammar
    if not _HANGUL.fullmatch(name) or name.endswith(g.not_schools):
        return False
    return any(name.endswith(e) and len(name) - len(e) >= 2 for e in g.schools)


def vote_schools(mentions: list[Mention]) -> None:
    """A name with a school's ending is an Organization, whatever the tagger voted."""
    for m in mentions:
        if m.kind == "name" and is_school(m.text):
            m.votes = {"Organization": 3.0}
