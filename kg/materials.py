"""Materials and goods a supply contract trades, which the tagger may take for a company's name
(resources/materials.toml): "누리캔에 석도원판을 공급한다", "유연탄 구매 계약" name goods, no
organisation."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .model import Mention
from .pieces import Tok

__all__ = ["is_traded_goods", "without_goods"]

_PATH = Path(__file__).with_name("resources") / "materials.toml"


@dataclass(frozen=True)
class Materials:
    """The tables of resources/materials.toml (see the comments there)."""

    endings: tuple[str, ...]
    trade: frozenset[str]
    object_particles: frozenset[str]


@functools.cache
def tables() -> Materials:
    with open(_PATH, "rb") as f:
        t = tomllib.load(f)
    return Materials(
        tuple(t["endings"]), frozenset(t["trade"]), frozenset(t["object_particles"])
    )


def is_traded_goods(m: Mention, toks: list[Tok]) -> bool:
    """Is the name ``m`` goods the sentence trades: a word ending as a material's name, the
    object of a trade word or the noun right before one ("석도원판을 공급한다", "유연탄 구매
    계약")?"""
    t = tables()
    if m.kind != "name" or " " in m.text or not m.text.endswith(t.endings):
        return False
    if m.particle not in t.object_particles:
        return False
    after = [k for k in toks if k.start >= m.end and k.tag.startswith("N")]
    return bool(after) and after[0].form in t.trade and _next_word(m, after[0], toks)


def _next_word(m: Mention, noun: Tok, toks: list[Tok]) -> bool:
    """Is ``noun`` in the word right after the name's (nothing but particles between)?"""
    between = [k for k in toks if m.end <= k.start < noun.start]
    return all(k.tag.startswith("J") for k in between)


def without_goods(toks: list[Tok], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the names of traded goods (``is_traded_goods``)."""
    return [m for m in mentions if not is_traded_goods(m, toks)]
