"""Names listed before a count of what they are: "솔비·도담·라임 등 3개사가", "가온, 누리, 해솔
등 벤처캐피털 3개사" (grammar.toml [lists.counted]: 개사 companies, 개국 countries), or before a
noun for companies: "솔비, 도담, 라임 등의 스타트업" (kg/resources/company_kinds.toml after_list).

Start-ups are named with plain words ("솔비", "도담", "모래") that the tagger takes for common
nouns, or for places; the count or the noun after the list says each item is a name of its kind.
Each item is one word joined to the next by a middle dot, a comma or 와/과, the last closed by
등; an item no detector found becomes a name, one found with another type takes the listed type
unless the lexicon knows it.
"""

from __future__ import annotations

import functools
import re

from .listed_names import plain_word
from .model import Mention, Sentence
from .names import name_key
from .particles import claimed_name
from .pieces import Piece, Tok
from .resources import load_table, resources

__all__ = ["counted_list_names"]


@functools.lru_cache(maxsize=1)
def _company_nouns() -> frozenset[str]:
    return frozenset(load_table("company_kinds.toml")["after_list"])


def _count(ps: list[Piece], k: int) -> tuple[int, str] | None:
    """The number and the counted type of the count right after the closer at piece k ("등
    3개사", "등 벤처캐피털 3개사"); a noun for companies counts any number ("등의 스타트업")."""
    counted = resources().grammar.list_counted
    for j in (k + 1, k + 2):
        if j >= len(ps):
            return None
        m = re.fullmatch(r"(\d+)\s?(\S+)", ps[j].stem)
        if m and m.group(2) in counted:
            return int(m.group(1)), counted[m.group(2)]
        # the noun ends the phrase ("등의 스타트업이"), not one describing another ("등 기업 고객")
        ended = ps[j].tail or j + 1 == len(ps) or ps[j + 1].stem[:1].isdigit()
        if ps[j].stem in _company_nouns() and ended:
            return len(ps), "Company"
        if ps[j].tail:
            return None
    return None


def _items(ps: list[Piece], k: int) -> list[Piece]:
    """The words listed before the closer at piece k, last first."""
    joiners = resources().grammar.particles.get("with", ())
    if k == 0 or ps[k - 1].tail or ps[k - 1].after != " ":
        return []
    out = [ps[k - 1]]
    for p in reversed(ps[: k - 1]):
        dotted = not p.tail and p.after in {"·", ","}
        if not (dotted or (p.tail in joiners and p.after == " ")):
            break
        out.append(p)
    return out


def counted_list_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """``mentions`` with the listed type for every word listed before a count: a new name where
    no detector took the word, the type's vote where one found it with another."""
    closers = resources().grammar.list_closers
    out = list(mentions)
    for k, p in enumerate(ps):
        count = _count(ps, k) if p.stem in closers and p.tail in ("", "의") else None
        items = _items(ps, k) if count else []
        if len(items) < 2 or count[0] < len(items):
            continue
        for item in items:
            _retype(item, count[1], mentions)
            if plain_word(item, toks):
                span = (item.first, item.stem_last, item.start, item.stem_end)
                if m := claimed_name(sentence, toks, taken, span, "counted-list", {count[1]: 3.0}):
                    out.append(m)
    return out


def _retype(item: Piece, kind: str, mentions: list[Mention]) -> None:
    """The listed type for the name found over ``item`` with another, unless the lexicon
    knows it ("포티파이 등의 스타트업": the tagger's place is a company)."""
    for m in mentions:
        known = name_key(m.text) in resources().lexicon_by_key
        if m.kind == "name" and m.span == item.span and m.voted_type != kind and not known:
            m.votes = {kind: max(m.votes.values(), default=0.0) + 3.0}
