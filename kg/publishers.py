"""A publisher is not a developer: a company the sentence introduces by its publishing role
("게임 퍼블리셔 누리소프트가 개발사 X의 신작 '별빛 항로'의 퍼블리싱 계약을 맺었다") does not develop
the work beside it.  The pair scorer, which reads words around a pair and not the role noun
before the name, guesses DEVELOPED for such a subject; those guesses are dropped.  A rule that
reads a development predicate ("퍼블리셔 X가 직접 개발한 '…'") still states one.  The role words
are [publishers] of resources/works.toml.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from .model import Mention, RelationCandidate

__all__ = ["not_by_publishers", "publisher_before", "written_as_publisher"]

_PATH = Path(__file__).with_name("resources") / "works.toml"


@functools.cache
def _before_name() -> re.Pattern[str]:
    with open(_PATH, "rb") as f:
        words = tomllib.load(f)["publishers"]["words"]
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")\s*$")


def publisher_before(text: str, start: int) -> bool:
    """``text`` writes a publishing role word right before ``start`` ("퍼블리셔 X": X's start).

    >>> publisher_before("배급사 한빛필름이 개봉한다", 4)
    True
    """
    return _before_name().search(text, 0, start) is not None


def written_as_publisher(text: str, m: Mention) -> bool:
    """The mention is written right after a publishing role word of ``text``.

    >>> t = "게임 퍼블리셔 누리소프트가 신작을 낸다"
    >>> written_as_publisher(t, Mention("s", 8, 13, "누리소프트"))
    True
    """
    return publisher_before(text, m.start)


def not_by_publishers(
    candidates: list[RelationCandidate], text: str, mentions: list[Mention]
) -> list[RelationCandidate]:
    """``candidates`` less the learned DEVELOPED pairs whose subject ``text`` writes as a
    publisher or distributor."""
    return [
        c
        for c in candidates
        if not (
            c.type == "DEVELOPED"
            and c.rule == "learned"
            and written_as_publisher(text, mentions[c.subject])
        )
    ]
