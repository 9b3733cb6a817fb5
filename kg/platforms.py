"""Platforms a product comes out on: "플레이스테이션과 엑스박스 버전으로 출시된다".  A name
right before a word for a product's build for a platform (works.toml [platforms]) names the
platform, a product or service (Model), whatever the tagger typed it (a console maker's name
read as a company, an unknown word as a place); so do the names listed with it by 와/과 or a
comma.  A name the tagger is sure is a place stays one ("한국과 일본 버전": the editions for two
countries)."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from .model import Mention
from .names import name_key
from .pieces import Piece, continues
from .resources import resources

__all__ = ["vote_platforms"]

_PATH = Path(__file__).with_name("resources") / "works.toml"
_SURE_PLACE = 2.0  # a Place vote the tagger gives only to a word it knows as a place


@functools.cache
def _builds() -> frozenset[str]:
    with open(_PATH, "rb") as f:
        return frozenset(tomllib.load(f)["platforms"]["builds"])


def vote_platforms(text: str, ps: list[Piece], mentions: list[Mention]) -> None:
    """Give a Model vote to each name before a build word ("엑스박스 버전") and to the names
    listed before it ("플레이스테이션과 엑스박스 버전"), in place."""
    names = sorted((m for m in mentions if m.kind == "name"), key=lambda m: m.start)
    ends = {p.stem_end: k for k, p in enumerate(ps)}
    for m in names:
        k = ends.get(m.end)
        if k is None or k + 1 >= len(ps) or ps[k + 1].stem not in _builds():
            continue
        if not continues(ps[k], ps[k + 1]):
            continue
        for listed in _listed_before(text, names, m):
            if not _a_place(listed):
                listed.votes["Model"] = listed.votes.get("Model", 0.0) + 3.0


def _listed_before(text: str, names: list[Mention], last: Mention) -> list[Mention]:
    """``last`` and the names listed right before it ("A, B와 C": A, B, C)."""
    joiners = resources().grammar.particles.get("with", ())
    out = [last]
    before = [m for m in names if m.end <= last.start]
    for a in reversed(before):
        b = out[-1]
        gap = text[a.end : b.start].strip()
        if not (gap in joiners or gap == "," or (a.particle in joiners and gap == a.particle)):
            break
        out.append(a)
    return out


def _a_place(m: Mention) -> bool:
    entry = resources().lexicon_by_key.get(name_key(m.text))
    return (entry is not None and entry.type == "Place") or m.votes.get("Place", 0) >= _SURE_PLACE
