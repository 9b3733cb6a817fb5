"""An order asked, "몇 번째 해외 공장인가?", is answered by the order as written, in native
numerals: "세 번째 해외 공장을 준공했다" answers "세 번째".  The reader's spans start at a
number and read no determiner, so "세 번째" comes to it as "번째" alone; this rule writes the
numeral back and keeps the orders written.  The numerals are data:
resources/answer_types.toml ``[ordinals]``.

>>> spelled_order("베트남에 세 번째 해외 공장을", 7)
5
>>> spelled_order("3번째 공장", 1), spelled_order("이번째", 1)
(-1, -1)
"""

from __future__ import annotations

import dataclasses
import re

from .answer_types import Asked
from .belief import believed
from .reader import Candidate
from .reader_input import ReaderInput
from .resource_tables import resource_table
from .spans import Token

__all__ = ["order_asked", "ordered", "spelled_order"]


def _table() -> dict:
    return resource_table("answer_types.toml")["ordinals"]


def order_asked(tokens: list[Token], asked: Asked) -> bool:
    """The question asks an order: 몇, the counter 번 and 째 after it ("몇 번째")."""
    t = _table()
    at = asked.head_index
    return (
        asked.wh == "몇"
        and asked.unit == t["counter"]
        and 0 <= at < len(tokens) - 1
        and tokens[at + 1].form == t["suffix"]
    )


def spelled_order(text: str, start: int) -> int:
    """Where the native numeral of the order "번째" at ``start`` begins ("세 번째" -> the 세),
    written as a word of its own right before it; -1 when none is."""
    words = "|".join(map(re.escape, sorted(_table()["numerals"], key=len, reverse=True)))
    m = re.search(rf"(?:^|(?<=[^가-힣]))({words})\s*$", text[:start])
    return m.start(1) if m else -1


def ordered(
    tokens: list[Token], asked: Asked, ri: ReaderInput, raw: list[Candidate], cands: list[Candidate]
) -> list[Candidate]:
    """For an order asked, the orders written ("3번째", "세 번째" with its numeral written
    back), with the belief of all of ``cands``; ``cands`` itself when no order is asked or
    none is written."""
    if not order_asked(tokens, asked):
        return cands
    counter = _table()["counter"] + _table()["suffix"]
    kept = []
    for c in raw:
        if c.span is None or (
            not c.text.startswith(counter) and not re.match(rf"\d+\s*{counter}", c.text)
        ):
            continue
        text = ri.passages[c.passage].text
        if c.text.startswith(counter):
            at = spelled_order(text, c.span.start)
            if at < 0:
                continue
            words = text[at : c.span.end]
            span = dataclasses.replace(c.span, text=words, start=at)
            c = dataclasses.replace(c, text=words, span=span)
        kept.append(c)
    if not kept:
        return cands
    # the belief of every candidate and of the orders the kinds rules had dropped, once each
    pool = [*cands, *(k for k in kept if all(k is not c for c in cands))]
    return believed(kept, pool)
