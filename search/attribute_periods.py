"""The period of an attribute's figure: a question asking for one of a period ("그립웍스의
지난해 매출은?", "2분기 영업이익은?") is answered only by a figure written with that period, or
with none of its kind, before it.  "3분기 매출 84억원" is no whole year's revenue, "올해 매출
60억원을 목표로" no 지난해's, and a year the sentences never write has no figure at all.  The
words are data (resources/answer_types.toml [attribute_reach] years and relative_years).

>>> written_periods("2025년 3분기 매출")
[{'2025'}, {'3'}, set(), set()]
>>> same_period("지난해 매출은?", written_periods("지난해 매출은?"), "올해 매출 60억원", 6)
False
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["article_year", "of_unwritten_year", "same_period", "written_periods"]

#: how a period is written: a year, a quarter, a half (each compared only with its own kind)
_PERIODS = (
    re.compile(r"(\d{4})\s*년"),
    re.compile(r"([1-4])\s*분기"),
    re.compile(r"(상반기|하반기)"),
)
#: how far before a figure the period written for it may stand (characters)
_PERIOD_REACH = 40
#: a full date ("2026년 11월 18일"): the first an article writes is the day it reports
_FULL_DATE = re.compile(r"(\d{4})\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일")


def written_periods(text: str) -> list[set[str]]:
    """The periods ``text`` names, by kind: years, quarters, halves, and years named from the
    article's own ("지난해" -> last, "올해" -> this; [attribute_reach.relative_years])."""
    relative = answer_type_tables()["attribute_reach"]["relative_years"]
    return [set(p.findall(text)) for p in _PERIODS] + [
        {v for w, v in relative.items() if w in text}
    ]


def same_period(
    question: str, q_periods: list[set[str]], text: str, figure: int, year: int | None = None
) -> bool:
    """Each kind of period the question names (a year, a quarter, a half, a year named from
    the article's: "지난해") is the one written before the figure at ``text[figure]``, when one
    of that kind is written there; a year asked for whole ("지난해 매출") is no quarter's or
    half's figure; a year asked by its number is no figure written with a year named from the
    article's (``year``: "지난해 매출은 214억원" of an article of 2026 is no 2027 target)."""
    written = written_periods(text[max(0, figure - _PERIOD_REACH) : figure])
    whole_year = bool(q_periods[0]) or any(w in question for w in _years_said())
    if whole_year and not any(q_periods[1:3]) and any(written[1:3]):
        return False
    if year is not None and q_periods[0] and not written[0] and written[3]:
        shift = {"last": -1, "this": 0, "next": 1}
        if not {str(year + shift[r]) for r in written[3]} & q_periods[0]:
            return False
    return all(not a or not w or bool(a & w) for a, w in zip(q_periods, written))


def of_unwritten_year(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """None of the figures when the question asks one of a year the sentences never write
    ("이 사업에 2028년 투입되는 예산" where the text gives 2027's and the five years' total):
    no figure of the text is that year's.  A year in a name the question gives ("2028 로드맵")
    is no period."""
    years = {
        m.group(1)
        for m in _PERIODS[0].finditer(q.text)
        if not any(s <= m.start() < e for s, e in q.spans)
    }
    if not years:
        return cands
    written = set().union(*(_PERIODS[0].findall(p.text) for p in ri.passages))
    return cands if years & written else []


def _years_said() -> list[str]:
    return answer_type_tables()["attribute_reach"]["years"]


def article_year(snap, sid: str) -> int | None:
    """The year of the article of ``sid``: that of the first full date its sentences write
    (the lede's "... 밝혔다" date), or None when none is written."""
    ex = snap.extraction
    pos = snap.pos_of_sentence.get(sid)
    if pos is None:
        return None
    doc = snap.doc_ids[pos]
    while pos > 0 and snap.doc_ids[pos - 1] == doc:
        pos -= 1
    while pos < len(snap.doc_ids) and snap.doc_ids[pos] == doc:
        s = ex.sentences.get(snap.sentence_ids[pos])
        if s is not None and (m := _FULL_DATE.search(s.text)):
            return int(m.group(1))
        pos += 1
    return None
