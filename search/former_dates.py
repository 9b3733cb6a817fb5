"""The date of an earlier record or value: "종전 최고치는 언제 기록됐나?" asks when the record
that was broken was set, and news writes that date beside the old value, in the clause of the
word that marks it as earlier ("최대 전력수요가 97.1GW로 집계돼 종전 최고치인 지난해 8월의
94.5GW를 넘어섰다": 지난해 8월), never the date of the new one (지난 7일).  The event rules would
look for a verb of recording (기록) the text does not write, and find no date at all.

The words that mark an earlier value are data: resources/answer_types.toml [former_dates].

>>> from search.passages import sentence_tokens
>>> toks = sentence_tokens("종전 최고치는 언제 기록됐나?")
>>> asks_earlier_value(toks), asks_earlier_value(sentence_tokens("최고치는 언제 기록됐나?"))
(True, False)
>>> s = sentence_tokens("수요가 97.1GW로 집계돼 종전 최고치인 지난해 8월의 94.5GW를 넘어섰다.")
>>> [s[i].form for i in former_marks(s)]
['종전']
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .belief import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token

__all__ = ["asks_earlier_value", "former_dated", "former_marks"]

#: how many morphemes from the word that marks an earlier value its date may stand
#: ("종전/최고치/이/ㄴ/지난해 8월", "지난해/8/월/기록/하/ㄴ/종전")
_REACH = 7
#: the endings that close a clause: a date beyond one is of another clause's event
_CLAUSE_ENDS = frozenset({"EC", "EF", "SF"})


def _words() -> frozenset[str]:
    return frozenset(answer_type_tables()["former_dates"]["words"])


def asks_earlier_value(toks: list[Token]) -> bool:
    """The question names an earlier value: a word of [former_dates] before a noun ("종전
    최고치", "기존 기록"), not an adverb of time ("직전에 올린 때")."""
    return bool(former_marks(toks))


def former_marks(toks: list[Token]) -> list[int]:
    """The indexes of the words that mark an earlier value, before a noun; a word Kiwi splits
    in two ("이전" at a question's start: 이/NNP 전/MM) is read as written."""
    words = _words()
    marks = []
    for i, t in enumerate(toks):
        glued = i + 1 < len(toks) and toks[i + 1].start == t.end
        width = 2 if glued and t.form + toks[i + 1].form in words else 1
        if (width == 2 or t.form in words) and i + width < len(toks):
            if toks[i + width].tag.startswith("NN"):
                marks.append(i)
    return marks


def _in_clause(toks: list[Token], a: int, b: int) -> bool:
    """Tokens ``a``..``b`` are no further apart than ``_REACH`` and no clause ends between."""
    lo, hi = min(a, b), max(a, b)
    return hi - lo <= _REACH and not any(t.tag in _CLAUSE_ENDS for t in toks[lo:hi])


def former_dated(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate] | None:
    """The date candidates written in the clause of a word that marks an earlier value, with
    the belief of the others, when the question asks the date of an earlier value; the other
    dates, when it asks none and some are left ("812만 명을 기록한 날은?" is no "기존 최다인
    2019년 12월"); None when no sentence writes such a date (the other date rules decide)."""
    if q.english:
        return None
    dates = [c for c in cands if c.span is not None and "cand=date" in c.features]
    former = [c for c in dates if _of_former(ri.passages[c.passage].tokens, c)]
    if not former:
        return None
    if asks_earlier_value(q.tokens):
        return believed(former, cands)
    others = [c for c in cands if c not in former]
    return believed(others, cands) if any(c in dates for c in others) else None


def _of_former(toks: list[Token], c: Candidate) -> bool:
    """The date is written in the clause of a word that marks an earlier value."""
    marks = former_marks(toks)
    return any(_in_clause(toks, m, c.span.first) or _in_clause(toks, m, c.span.last) for m in marks)
