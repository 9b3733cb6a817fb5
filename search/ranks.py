"""A rank asked: "태성건설 시공능력 순위" or "반도건설은 몇 위에 올랐나?" is answered by the
ordinal written with the asked one ("시공능력평가 52위의 … 태성건설", "반도건설이 … 12위에
올랐다"), not by a figure of money or of a change in the same sentence ("1조원 이상 늘리며"),
not by a bound of a group ("100위 안 건설사", "10위권"), not by another's rank in the same
sentence ("삼성물산은 … 1위를 차지했고 대우건설이 … 2위 자리를 되찾았다"), and not by the rank
it moved from ("지난해 6위에서 … 4위로 올라섰다") unless the question asks the earlier one
("지난해 몇 위였나?").  The words are data: resources/answer_types.toml ``[ranks]``.

>>> text = "A건설은 지난해 6위에서 두 계단 상승한 4위로 올라섰다."
>>> moved_from(text, text.index("6위") + 2), moved_from(text, text.index("4위") + 2)
(True, False)
>>> earlier(text, text.index("6위")), earlier("B건설 15위(지난해 25위)", 14)
(True, True)
>>> bound("100위 안 건설사는 5곳", 4), bound("52위의 건설사", 3)
(True, False)
"""

from __future__ import annotations

import re

from .answer_types import Asked
from .belief import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .resource_tables import resource_table
from .respective_figures import respective_row

__all__ = ["bound", "earlier", "moved_from", "owner", "rank_asked", "ranked"]

#: how far a move's end may stand from its start ("6위에서 두 계단 상승한 4위로": characters)
_MOVE_REACH = 30
#: how far before a rank a word of an earlier year may stand ("지난해 17위": characters)
_BEFORE_REACH = 6


def _table() -> dict:
    return resource_table("answer_types.toml")["ranks"]


def rank_asked(asked: Asked) -> bool:
    """The question asks a rank: "몇 위" (a rank's counter after 몇) or a rank's head noun
    ("시공능력 순위", "점유율 순위는?")."""
    t = _table()
    return asked.kind == "number" and (asked.unit in t["units"] or asked.head in t["heads"])


def _a_rank(text: str) -> bool:
    """``text`` is one ordinal: a number and a rank's counter ("52위", "3등")."""
    units = "|".join(map(re.escape, _table()["units"]))
    return re.fullmatch(rf"\d+\s*(?:{units})", text) is not None


def bound(text: str, end: int) -> bool:
    """The rank ending at ``end`` bounds a group ("100위 안", "10위권", "20위 이내")."""
    words = "|".join(map(re.escape, _table()["bounds"]))
    return (
        re.match(rf"\s*(?:{words})(?:에서|으로|에|의|은|는|을|이)?(?![가-힣])", text[end:])
        is not None
    )


def moved_from(text: str, end: int) -> bool:
    """The rank ending at ``end`` is where a move starts: "에서" after it and another rank
    within reach ("6위에서 두 계단 상승한 4위로")."""
    t = _table()
    units = "|".join(map(re.escape, t["units"]))
    rest = text[end:]
    return any(rest.startswith(p) for p in t["moved_from"]) and (
        re.search(rf"\d+\s*(?:{units})", rest[:_MOVE_REACH]) is not None
    )


def earlier(text: str, start: int) -> bool:
    """The rank at ``start`` is an earlier one: a word of an earlier year right before it
    ("지난해 17위") or a move goes on from it."""
    before = text[max(0, start - _BEFORE_REACH) : start]
    if any(w in before for w in _table()["before"]):
        return True
    m = re.match(r"\d+\s*\S", text[start:])
    return m is not None and moved_from(text, start + m.end())


def owner(text: str, start: int, mentions: list[dict]) -> str | None:
    """The entity whose rank stands at ``start``: the name at its place of a 각각 row
    (respective_figures.py), else the nearest name before it in its sentence that is no
    object nor other party ("A가 B를 밀어내고 3위로" is A's); None when none is."""
    names, place, _ = respective_row(text, mentions, start)
    if names:
        return names[place].get("id")  # "A, B, C가 각각 2위, 5위, 7위에": B's 5위
    skip = tuple(_table()["not_owner"])
    for m in sorted((m for m in mentions if m["end"] <= start), key=lambda m: -m["end"]):
        after = re.sub(r"^\([^)]*\)", "", text[m["end"] : start])  # "대우건설(9조원)을"
        if not after.startswith(skip):
            return m.get("id")
    return None


def ranked(q: Question, asked: Asked, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The ranks that answer a rank asked (see the module docstring), with the belief of the
    other candidates; ``cands`` itself when no rank is asked or none is written."""
    if not rank_asked(asked):
        return cands
    ranks = [
        c
        for c in cands
        if c.span is not None
        and _a_rank(c.text)
        and not bound(ri.passages[c.passage].text, c.span.end)
    ]
    if not ranks:
        return cands
    owned = [
        c
        for c in ranks
        if owner(ri.passages[c.passage].text, c.span.start, ri.passages[c.passage].entities)
        in ri.named
    ]
    ranks = owned or ranks
    past = any(w in q.text for w in _table()["before"])
    timed = [c for c in ranks if earlier(ri.passages[c.passage].text, c.span.start) == past]
    return believed(timed or ranks, cands)
