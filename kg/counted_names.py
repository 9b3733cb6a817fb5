"""Names listed before a count of what they are: "솔비·도담·라임 등 3개사가", "가온, 누리, 해솔
등 벤처캐피털 3개사" (grammar.toml [lists.counted]: 개사 companies, 개국 countries).

Start-ups are named with plain words ("솔비", "도담", "모래") that the tagger takes for common
nouns; the count after the list says each item is a name of its kind.  Each item is one word
joined to the next by a middle dot, a comma or 와/과, the last closed by 등; kg.followers then
gives every item of the list, found here or before, the counted type.
"""

from __future__ import annotations

import re

from .model import Mention, Sentence
from .particles import claimed_name
from .pieces import Piece, Tok
from .resources import resources

__all__ = ["counted_list_names"]

_ITEM_TAGS = {"NNG", "NNP", "SL", "SN", "SH", "NR"}


def _count(ps: list[Piece], k: int) -> tuple[int, str] | None:
    """The number and the counted type of the count right after the closer at piece k
    ("등 3개사", "등 벤처캐피털 3개사")."""
    counted = resources().grammar.list_counted
    for j in (k + 1, k + 2):
        if j >= len(ps):
            return None
        m = re.fullmatch(r"(\d+)\s?(\S+)", ps[j].stem)
        if m and m.group(2) in counted:
            return int(m.group(1)), counted[m.group(2)]
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
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """A name for every listed word before a count that no detector before took."""
    closers = resources().grammar.list_closers
    stop = resources().stopnames
    out = []
    for k, p in enumerate(ps):
        count = _count(ps, k) if p.stem in closers and not p.tail else None
        items = _items(ps, k) if count else []
        if len(items) < 2 or count[0] < len(items):
            continue
        for item in items:
            if len(item.stem) < 2 or item.stem.isdigit() or item.stem.casefold() in stop:
                continue
            if not all(t.tag in _ITEM_TAGS for t in toks[item.first : item.stem_last + 1]):
                continue
            span = (item.first, item.stem_last, item.start, item.stem_end)
            if m := claimed_name(sentence, toks, taken, span, "counted-list", {count[1]: 3.0}):
                out.append(m)
    return out
