"""Cooperatives, unions and state banks are organisations, though news names them like
companies: "광천농협과 직산농협이 협약을 맺었다", "주채권은행인 한국산업은행은".

A name ending in 농협, 수협, 신협, 협동조합, 노동조합 or 산업은행 (resources/public.toml
[member_bodies]) belongs to a body its members or the state own; the tagger, which learned that
a name ending in 은행 or glued to a business word is a company, votes Company.  Such a body is an
Organization (tests/gold/README.md: bodies that are not companies), so the name gets a strong
Organization vote wherever a detector found it.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from .model import Mention

__all__ = ["is_member_body", "vote_member_bodies"]

_PATH = Path(__file__).with_name("resources") / "public.toml"
# as strong as a public body's vote (kg.public_bodies): an ending no company name has
_VOTE = 3.0


@functools.cache
def _table() -> tuple[tuple[str, ...], frozenset[str]]:
    with open(_PATH, "rb") as f:
        t = tomllib.load(f).get("member_bodies", {})
    return tuple(t.get("endings", ())), frozenset(t.get("not_names", ()))


def is_member_body(name: str) -> bool:
    """Does ``name`` end like a cooperative, a union or a state bank: "광천농협",
    "광천농업협동조합", "한국산업은행" (not "한빛은행", nor a name that only begins so)?

    >>> is_member_body("광천농협"), is_member_body("KDB산업은행"), is_member_body("한빛은행")
    (True, True, False)
    """
    endings, not_names = _table()
    stem = name.replace(" ", "")
    return bool(stem) and stem not in not_names and stem.endswith(endings)


def vote_member_bodies(mentions: list[Mention]) -> None:
    """An Organization vote for each name of a cooperative, a union or a state bank ("직산농협이",
    "동해방송 노동조합은"), against the tagger's Company."""
    for m in mentions:
        if m.kind == "name" and is_member_body(m.text):
            m.votes["Organization"] = m.votes.get("Organization", 0.0) + _VOTE
