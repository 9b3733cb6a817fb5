"""A sum claimed is no sum owed: "픽셀로어가 원고들에게 배상해야 하는 금액" is the "3억 2000만
원" a court ordered paid, not the "15억 원" of "원고들이 청구한 금액은 15억 원이었다"; "법원이
인정한 손해배상액" is not "120억원의 손해배상을 청구하는 소송" either.  A figure written as
claimed (a claim word shortly before it, or one of claiming right after it) answers only a
question that asks about the claim or the suit.  The words are data
(resources/answer_types.toml [claims]).

>>> text = "원고들이 청구한 금액은 15억 원이었다"
>>> _claimed(text, text.index("15"), text.index("원이"))
True
>>> text = "주주는 1주당 1만2400원에 주식매수청구권을 행사할 수 있다"
>>> _claimed(text, text.index("1만"), text.index("원에") + 1)
False
"""

from __future__ import annotations

from dataclasses import replace

from .answer_types import answer_type_tables
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["not_claimed"]

#: how far before a figure its claim words may stand, and how far after (characters: the
#: span may end before its unit, "12억| 원의 손해배상을 청구하는")
_CLAIM_REACH = 12
_CLAIMING_REACH = 16


def _claimed(text: str, start: int, end: int) -> bool:
    """The figure ``text[start:end]`` is written as a sum claimed."""
    table = answer_type_tables()["claims"]
    before = text[max(0, start - _CLAIM_REACH) : start]
    after = text[
        start : end + _CLAIMING_REACH
    ]  # with the span's own words ("12억 원 손해배상 소송")
    return any(w in before for w in table["before"]) or any(w in after for w in table["after"])


def not_claimed(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates but the figures written as claimed, when the question asks nothing of
    a claim; none left: the text does not say it."""
    flat = q.text.replace(" ", "")
    if any(w in flat for w in answer_type_tables()["claims"]["asked"]):
        return cands
    claimed = {
        id(c)
        for c in cands
        if is_figure(c) and _claimed(ri.passages[c.passage].text, c.span.start, c.span.end)
    }
    # their belief goes to the amounts of money left, no other figure: a sum claimed makes
    # no date more likely the sum awarded (moved to all, "법원이 인정한 배상액" became "3일")
    lost = sum(c.probability for c in cands if id(c) in claimed)
    kept = [c for c in cands if id(c) not in claimed]
    money = [c for c in kept if _money(c.text)]
    held = sum(c.probability for c in money)
    if not money or held <= 0:
        return kept
    scale = (held + lost) / held
    return [replace(c, probability=c.probability * scale) if _money(c.text) else c for c in kept]


def _money(text: str) -> bool:
    """A figure written with a unit of money ("3억 2000만 원")."""
    units = answer_type_tables()["units"]["money"]
    return any(ch.isdigit() for ch in text) and any(u in text for u in units)
