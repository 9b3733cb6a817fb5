"""The two sides of a comparison: "A는 B보다 N% 높다" writes two figures of two things, and a
figure asked of one is never the other's.

- a figure written as the yardstick ("공개매수 가격은 전 거래일 종가(2만 4500원)보다 28.6% 높다",
  "공개매수가는 지난 19일 종가 1410원보다 높은 금액"): the figure right before 보다 (or 대비,
  에 비해), bracketed or not, is the yardstick's (종가's), not the topic's, so it answers only a
  question that writes the yardstick's nouns ("종가는 얼마였나?");
- a figure written after the comparison ("주가는 공개매수 가격보다 높은 3만 2800원까지",
  "영업이익은 컨센서스(272억원)보다 139.3% 높은 651억원"): it is the compared thing's, never
  the yardstick's, so it does not answer a question that writes all the yardstick's nouns
  ("공개매수 가격은?", "영업이익 컨센서스는?").

Held-out round 19 answered "공개매수 가격은?" with the closing price in brackets at 0.94.  The
words that mark a yardstick and say which way are data (resources/answer_types.toml
[yardsticks], and [comparisons] for the ways).  The figures a question is left with take the
belief of the others; when every figure is the other side's, none is left: the text read does
not write the figure asked.

>>> from search.passages import sentence_tokens
>>> text = "공개매수 가격은 전 거래일 종가(2만 4500원)보다 28.6% 높다."
>>> toks = sentence_tokens(text)
>>> at = [i for i, t in enumerate(toks) if t.form == "원"][0]
>>> base_nouns(toks, at)
('거래일', '종가')
>>> text = "주가는 공개매수 가격보다 높은 3만 2800원까지 올랐다."
>>> toks = sentence_tokens(text)
>>> first = [i for i, t in enumerate(toks) if t.form == "3"][0]
>>> compared_nouns(toks, first)
('공개', '매수', '가격')
"""

from __future__ import annotations

from kg.names import name_key

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token

__all__ = ["base_nouns", "compared_nouns", "yardstick_figures"]

#: the tags of the words of a yardstick's phrase ("전 거래일 종가", "지난 19일 종가", "컨센서스")
_RUN = frozenset({"NNG", "NNP", "SL", "SN", "NNB", "NR", "MM", "XPN", "XSN", "SW"})
#: the tags of the words of that phrase a question must write to ask for it ("거래일", "종가")
_NOUNS = frozenset({"NNG", "NNP", "SL"})
#: how many words of a yardstick's phrase are read
_RUN_WORDS = 5
#: the most morphemes between a yardstick's marker and the word that says which way ("보다
#: 139.3% 높은" is 3; "보다 90원(6.4%) 높은" is 7)
_REACH = 8
#: what ends a clause between a yardstick and the way: no comparison reaches past it
_CLAUSE_END = frozenset({"EF", "SF", "EC", "SP"})


def _tables() -> dict:
    return answer_type_tables()["yardsticks"]


def _ways() -> frozenset[str]:
    ways = answer_type_tables()["comparisons"]
    return frozenset(ways["up"]) | frozenset(ways["down"]) | frozenset(_tables()["ways"])


def _marker_at(toks: list[Token], i: int) -> bool:
    """Token ``i`` marks the yardstick before it: 보다, 대비, or 비하 of "에 비해"."""
    if not 0 <= i < len(toks):
        return False
    t = toks[i]
    if (t.form, t.tag) in {tuple(m) for m in _tables()["markers"]}:
        return True
    return t.form == "비하" and i > 0 and toks[i - 1].form == "에"  # "전년에 비해"


def _run_nouns(toks: list[Token], end: int) -> tuple[str, ...]:
    """The nouns of the phrase that ends on token ``end`` (a bracket before it passed over:
    "컨센서스(272억원)" is 컨센서스), in their order."""
    j = end
    if j >= 0 and toks[j].tag == "SSC":
        j = next((k for k in range(j - 1, -1, -1) if toks[k].tag == "SSO"), -1) - 1
    run: list[Token] = []
    while j >= 0 and toks[j].tag in _RUN and len(run) < _RUN_WORDS:
        run.append(toks[j])
        j -= 1
    return tuple(t.form for t in reversed(run) if t.tag in _NOUNS and (len(t.form) >= 2))


def base_nouns(toks: list[Token], last: int) -> tuple[str, ...] | None:
    """The nouns of the yardstick a figure ending on token ``last`` is written for, when it is
    written as one ("종가(2만 4500원)보다": 거래일, 종가); None when it is no yardstick's."""
    k = last + 1
    bracketed = k < len(toks) and toks[k].tag == "SSC"
    if not _marker_at(toks, k + bracketed):
        return None
    if bracketed:  # the phrase the bracket is written after
        opening = next((j for j in range(last, -1, -1) if toks[j].tag == "SSO"), 0)
        return _run_nouns(toks, opening - 1)
    first = last
    while first > 0 and toks[first - 1].tag in {"SN", "NR", "NNB", "SW"}:
        first -= 1  # the figure's own pieces ("2만 4500원")
    return _run_nouns(toks, first - 1)


def compared_nouns(toks: list[Token], first: int) -> tuple[str, ...] | None:
    """The nouns of the yardstick a figure starting at token ``first`` is compared with, when
    it is written right after a comparison's way ("가격보다 높은 3만 2800원": 공개, 매수,
    가격); None when it is not."""
    ways = _ways()
    if first < 2 or toks[first - 1].tag != "ETM" or toks[first - 2].form not in ways:
        return None
    for m in range(first - 3, max(-1, first - 3 - _REACH), -1):
        if _marker_at(toks, m):
            end = m - 2 if toks[m].form == "비하" else m - 1
            return _run_nouns(toks, end)
        if toks[m].tag in _CLAUSE_END and not _marker_at(toks, m - 1):  # "비해"'s 어 goes on
            return None
    return None


def _writes(q: Question, nouns: tuple[str, ...]) -> tuple[bool, bool]:
    """(any, all) of the nouns are written in the question, spaces aside."""
    flat = name_key(q.text)
    written = [name_key(n) in flat for n in nouns]
    return any(written), bool(written) and all(written)


def _other_side(q: Question, c: Candidate, ri: ReaderInput) -> bool:
    """The figure is the other side of a comparison from what the question asks."""
    toks = ri.passages[c.passage].tokens
    first, last = c.span.first, c.span.last
    base = base_nouns(toks, last)
    if base is not None:
        return not _writes(q, base)[0]  # the yardstick's figure, its yardstick not asked
    compared = compared_nouns(toks, first)
    return compared is not None and _writes(q, compared)[1]


def yardstick_figures(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates without the figures of the other side of a comparison, with their
    belief; none when no figure is left (the text read writes no figure of what is asked)."""
    other = [is_figure(c) and _other_side(q, c, ri) for c in cands]
    if not any(other):
        return cands
    kept = [c for c, o in zip(cands, other) if not o]
    if not any(is_figure(c) for c in kept):
        return []
    return believed(kept, cands)
