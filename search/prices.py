"""A price asked is the figure a sentence writes as what a thing was bought or sold for:
"딥포레스트 인수 금액" is the "350억원" of "지분 62%를 350억원에 인수하는", not the "140억원"
of "신주 인수 140억원으로"; "큐비스바이오 인수 금액" is the "1240억 원" of "지분 68%를 1240억
원에 취득하기로".  A question that writes a verb of buying or selling and asks an amount is
answered by a figure followed by 에 and such a verb.  The verbs are data
(resources/answer_types.toml [prices]).

>>> text = "지분 62%를 350억원에 인수하는 계약"
>>> _paid(text, text.index("억원") + 2, ("인수",))
True
>>> text = "신주 인수 140억원으로 구성된다"
>>> _paid(text, text.index("억원") + 2, ("인수",))
False
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["paid", "priced", "writes_dealing_verb"]

#: how far after "N에" the verb of buying may stand (characters): "350억원에 사들였다"
_VERB_REACH = 8


def _paid(text: str, end: int, verbs: tuple[str, ...]) -> bool:
    """The figure ending at ``end`` is followed by 에 and, shortly after, a verb of ``verbs``."""
    after = text[end : end + 1 + _VERB_REACH]
    return after.startswith("에") and any(v in after[1:] for v in verbs)


def writes_dealing_verb(tokens) -> bool:
    """The question's morphemes write a verb of buying or selling ([prices] verbs) anywhere:
    an amount it asks is a price ("인수 금액은?"; an interrogative of price is price_asks.py's)."""
    verbs = answer_type_tables()["prices"]["verbs"]
    return any(t.form in verbs and t.tag in {"NNG", "VV", "XR"} for t in tokens)


def paid(ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates written as paid ("N에 인수")."""
    verbs = tuple(answer_type_tables()["prices"]["verbs"])
    return [
        c for c in cands if is_figure(c) and _paid(ri.passages[c.passage].text, c.span.end, verbs)
    ]


def priced(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """A price asked (an amount and a verb of buying or selling in the question): the figures
    written as paid, with the belief of the others; all of them when none is."""
    if not writes_dealing_verb(q.tokens):
        return cands
    kept = paid(ri, cands)
    return believed(kept, cands) if kept else cands
