"""A rate asked by its noun, listed or not: Korean writes a rate as a noun with the suffix 률 or
율 ("찬성률", "손해율", "투표율", "가동률"), which Kiwi splits (찬성/NNG 률/XSN).  Headline-style
questions name them bare ("영산농협 합병 찬성률"), so no table of rates can hold them all: a noun
of three syllables or more ending on one is a rate, unless [rates] not_rates says it is a word
of its own ("비효율").

>>> rate_noun("찬성률"), rate_noun("손해율"), rate_noun("점유율"), rate_noun("법률"), rate_noun("비효율")
(True, True, True, False, False)
"""

from __future__ import annotations

from .resource_tables import resource_table

__all__ = ["rate_noun"]

#: the shortest rate read by its suffix: "법률", "자율", "규율" are words of two syllables
_SHORTEST = 3


def rate_noun(head: str) -> bool:
    """``head`` is a rate: one of [rates] heads, or written with a rate suffix ([rates] suffixes)."""
    rates = resource_table("answer_types.toml")["rates"]
    if head in rates["heads"]:
        return True
    return (
        len(head) >= _SHORTEST
        and head.endswith(tuple(rates["suffixes"]))
        and head not in rates["not_rates"]
    )
