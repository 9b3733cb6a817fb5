"""What a cluster of name keys becomes: its ``Record`` (display name, type by its mentions' votes,
aliases, merges) and the slug its entity id is made from."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from .merge_rules import is_range_version
from .names import is_hangul, is_latin, name_key, slug

__all__ = ["Record", "id_group", "record_of", "unique_id"]


def id_group(base: str) -> str:
    """Slugs whose ids can collide (claude, claude-2, claude-2-2) share a group."""
    return re.sub(r"(-\d+)+$", "", base)


class Record(NamedTuple):
    """An entity as its cluster's mentions give it, before types that depend on others."""

    name: str
    type: str  # by its mentions' votes
    aliases: list[str]
    mentions: int
    merges: list[dict]
    base: str  # slug of the name: its id unless another entity has it
    first: tuple  # corpus position of its first mention
    share: dict[str, float]  # type -> its share of the mentions' votes


def _canonical(counts: Counter, res) -> str:
    """Display name: the lexicon's, else the most used Latin spelling, else the most used one.
    Series forms ('Claude 1~3') never name the family."""
    for text in counts:
        entry = res.lexicon_by_key.get(name_key(text))
        if entry:
            return entry.name
    pool = [t for t in counts if not is_range_version(t)] or list(counts)
    latin = [t for t in pool if is_latin(t) and not is_hangul(t)]
    pool = latin or pool
    return sorted(pool, key=lambda t: (-counts[t], len(t), t))[0]


def _type_of(name: str, votes: Counter) -> str:
    votes = Counter(
        {
            k: v
            for k, v in votes.items()
            if k in {"Company", "Organization", "Person", "Model", "Place", "Investor", "Date"}
        }
    )
    if votes.get("Investor") and not votes.get("Person"):
        votes["Company"] += votes.pop("Investor")
    if votes:
        return votes.most_common(1)[0][0]
    if re.search(r"\d", name) and is_latin(name):
        return "Model"
    return "Concept"


def unique_id(base: str, used: set[str]) -> str:
    eid, n = base, 2
    while eid in used:
        eid, n = f"{base}-{n}", n + 1
    used.add(eid)
    return eid


def record_of(spellings: list[tuple], votes: Counter, merges: list[dict], res) -> Record:
    """The record of a cluster from its spellings (first position, text, count) in corpus order,
    its mentions' type votes and the merges that made it: "업스테이지" twice and "Upstage" once,
    merged by transliteration, is the Company "Upstage" with both aliases."""
    counts = Counter({text: n for _, text, n in spellings})
    name = _canonical(counts, res)
    total = sum(votes.values()) or 1.0
    return Record(
        share={t: v / total for t, v in votes.items()},
        name=name,
        type=_type_of(name, votes),
        aliases=sorted(counts, key=lambda s: (-counts[s], s)),
        mentions=sum(counts.values()),
        merges=merges,
        base=slug(name),
        first=spellings[0][0],
    )
