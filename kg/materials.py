"""Materials and goods a supply contract trades, which the tagger may take for a company's name
(resources/materials.toml): "누리캔에 석도원판을 공급한다", "유연탄 구매 계약" name goods, no
organisation."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .model import Mention
from .pieces import Tok
from .resources import load_table

__all__ = ["is_traded_goods", "without_goods"]


@dataclass(frozen=True)
class Materials:
    """The tables of resources/materials.toml (see the comments there)."""

    endings: tuple[str, ...]
    trade: frozenset[str]
    object_particles: frozenset[str]


@functools.cache
def tables() -> Materials:
    t = load_table("materials.toml")
    return Materials(tuple(t["endings"]), frozenset(t["trade"]), frozenset(t["object_particles"]))


def is_traded_goods(m: Mention, toks: list[Tok]) -> bool:
    """Is the name ``m`` goods the sentence trades: a word ending as a material's name, the
    object of a trade word ("석도원판을 누리캔에 공급한다") or the noun before one ("유연탄 구매
    계약"); after 의 only when the very next word trades ("석도원판의 장기공급계약")?"""
    t = tables()
    if m.kind != "name" or " " in m.text or not m.text.endswith(t.endings):
        return False
    nouns = _up_to_predicate(m, toks)
    if m.particle == "의":  # the word right after "석도원판의", no later one
        right_after = bool(nouns) and nouns[0].start <= m.end + len(m.particle) + 1
        nouns = nouns[: _word_length(nouns)] if right_after else []
    elif m.particle not in t.object_particles:
        return False
    return any(k.form in t.trade for k in nouns)


def _word_length(nouns: list[Tok]) -> int:
    """How many of ``nouns`` are written together as the first word ("장기공급계약": 3)."""
    n = 1
    while n < len(nouns) and nouns[n].start == nouns[n - 1].end:
        n += 1
    return min(n, len(nouns))


def _up_to_predicate(m: Mention, toks: list[Tok]) -> list[Tok]:
    """The common nouns after the name, up to the clause's first verb or adjective, a comma or
    the sentence's end (amounts do not end it: "유연탄을 연간 10만t 공급한다")."""
    out = []
    for k in toks:
        if k.start < m.end:
            continue
        if k.tag.startswith(("V", "XSV", "XSA", "E", "SF", "SP")):
            break
        if k.tag == "NNG":
            out.append(k)
    return out


def without_goods(toks: list[Tok], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the names of traded goods (``is_traded_goods``)."""
    return [m for m in mentions if not is_traded_goods(m, toks)]
