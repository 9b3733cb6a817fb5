"""A firm asked by the noun of its kind ("공개매수 사무취급 증권사 어디야?", "법률자문을 맡은
법무법인은?", "자금을 빌려준 은행은?") is answered by a name written with that kind's words
("동행투자증권㈜", "법무법인 광장", "국민은행"), never by the bidder, the client or the seller
beside it in the sentence ("엠버홀딩스는 사무취급 증권사로 동행투자증권㈜을 선정했다").

- when a candidate is a name of the asked kind, those names take the belief of the others;
- when none is, the names of another kind only ("엠버홀딩스", a holding company, for 증권사) are
  dropped and their belief goes with them: the text read may not name the firm asked at all
  ("자금을 빌린 금융사는?" of a story that names no lender), and a name no kind word says
  anything about keeps what it had.

Held-out round 19 answered "사무취급 증권사" with the holding company at 0.97.  The kinds and
their words are data (resources/answer_types.toml [kind_names]).

>>> asked_kind("공개매수 사무취급 증권사 어디야?"), asked_kind("국민은행이 대출한 곳은?")
('증권사', None)
>>> fits("동행투자증권㈜", ["증권"]), fits("엠버홀딩스", ["증권"])
(True, False)
"""

from __future__ import annotations

import re

from kg.names import name_key

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .english_kinds import english_kind_noun
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_kind", "fits", "of_asked_kind"]

#: the kinds of answer a firm gives ("어디" may be read as a place to go, "회계법인은?" a thing)
_FIRM_KINDS = frozenset({"company", "where", "organization", "investor", "thing"})
#: what may follow the kind noun in the question: a particle, the interrogative, the end
_AFTER = r"(?=은|는|이|가|을|를|로|으로|의|도|와|과|\s|\?|$)"
#: what follows a kind noun the question asks by: a particle, then the interrogative or the end
_ASKED = re.compile(r"(?:은|는|이|가|을|를)?\s*(?:어디|어느|무엇|뭐|누구|\?|$)")
#: how far before a name the kind's word may stand ("법무법인 광장": 5 characters)
_BEFORE = 8


def _kinds() -> dict[str, list[str]]:
    return answer_type_tables()["kind_names"]


def asked_kind(text: str) -> str | None:
    """The kind noun the question asks by: a word of its own after 어느 or before the
    interrogative or the question's end ("어느 증권사", "증권사는 어디", "회계법인은?"); the
    last one when there are several; None when it asks by none ("국민은행" is a name, "은행
    앱은 어디서" asks for no bank)."""
    found = [
        (m.start(), kind)
        for kind in _kinds()
        for m in re.finditer(r"(?:^|(?<=\s))" + re.escape(kind) + _AFTER, text)
        if text[: m.start()].endswith("어느 ") or _ASKED.match(text, m.end())
    ]
    return max(found)[1] if found else None


def fits(name: str, words: list[str]) -> bool:
    """The name is written with one of the words, spaces and case aside."""
    key = name_key(name)
    return any(name_key(w) in key for w in words)


def _named(c: Candidate) -> bool:
    """The candidate names a firm: a mention of the graph, or words of one name whose last is
    no kind noun ("사무취급 증권사" is a kind, "법무법인 광장이, 회계자문" two clauses' words;
    "국민은행" and "법무법인 광장" are names)."""
    if c.entity is not None:
        return True
    one = c.span is None or not (c.span.coordination or "," in c.text)
    return one and c.text.split()[-1] not in _kinds()


def _of_kind(c: Candidate, ri: ReaderInput, words: list[str]) -> bool:
    """The candidate is written with the kind's words, or right after them ("법무법인 광장":
    the name 광장 after the kind's word)."""
    if fits(c.text, words):
        return True
    if c.span is None:
        return False
    before = name_key(ri.passages[c.passage].text[max(0, c.span.start - _BEFORE) : c.span.start])
    return any(before.endswith(name_key(w)) for w in words)


def of_asked_kind(
    q: Question, asked: Asked, ri: ReaderInput, cands: list[Candidate]
) -> list[Candidate]:
    """The candidates that may be the firm of the kind the question asks by (see the module's
    docstring); all of them when the question asks by no kind noun of the table."""
    if asked.kind not in _FIRM_KINDS:
        return cands
    # "Which bank ...?" asks by the kind "어느 은행" does (search/english_kinds.py)
    # (any question that starts in English: one may write a Korean word no name links)
    kind = english_kind_noun(q.text) or (None if q.english else asked_kind(q.text))
    if kind is None:
        return cands
    words = _kinds()[kind]
    fit = [c for c in cands if _named(c) and _of_kind(c, ri, words)]
    if fit:
        return believed(fit, cands)
    # the words of the other kinds, not of a kind that shares a word with the asked one (a
    # 증권사 is a 금융사: "하나금융투자" is no other kind's name for 증권사)
    others = sorted({w for ws in _kinds().values() if not set(ws) & set(words) for w in ws})
    return [c for c in cands if not fits(c.text, others)]
