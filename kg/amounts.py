"""Sums of money in a sentence's tokens: "80억 원" (80/SN 억/NR 원/NNB), "1조2000억 원",
"300만 달러" — where a row of investors (kg.contribution_rows) or a price list (kg.price_lists)
writes each party's or each product's amount.  The currencies are data:
kg/resources/amounts.toml."""

from __future__ import annotations

import functools

from .pieces import Tok
from .resources import load_table

__all__ = ["amount_end"]

# the tags of a number and its units ("1/SN 조/NR 2000/SN 억/NR")
_NUMBER_TAGS = {"SN", "NR"}


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return load_table("amounts.toml")


def amount_end(toks: list[Tok], k: int) -> int | None:
    """The token after the sum of money that starts at token ``k``, or None when none starts
    there; a sum in 억 or 조 needs no currency after it ("B 270억") unless a counter follows
    ("3억 명").

    >>> from kg.kiwi import kiwi
    >>> toks = [Tok.of(t) for t in kiwi().tokenize("A가 1조2000억 원을 냈다")]
    >>> [t.form for t in toks[2:6]], amount_end(toks, 2), amount_end(toks, 0)
    (['1', '조', '2000', '억'], 7, None)
    """
    if k >= len(toks) or toks[k].tag != "SN":
        return None
    j = k
    while j < len(toks) and toks[j].tag in _NUMBER_TAGS:
        j += 1
    t = _table()
    if j < len(toks) and toks[j].form in t["currencies"]:
        return j + 1
    counted = j < len(toks) and toks[j].tag in {"NNB", "NNG"}
    if toks[j - 1].form in t["bare_units"] and not counted:
        return j
    return None
