"""How often, per which period: a question asks a frequency per a period ("청주~다낭 노선
일주일에 몇 번 다녀?", "하루에 몇 편 뜨나?", "한 달에 몇 회 열리나?") and news writes it with a
period word right before the figure ("주 7회 운항", "하루 3편", "월 2회", "매일 4편", "연 2차례").
A figure written per another period answers no such question ("한 달에 몇 번" is no "주 7회");
one written with no period word may still.  The period words are data, grouped by the period
they name: resources/answer_types.toml [frequencies].

>>> period_of("일주일"), period_of("주"), period_of("매일"), period_of("공장")
('week', 'week', 'day', '')
>>> written_period("189석 규모의 항공기를 투입해 주 7회 운항하며", 20)
'week'
>>> written_period("서울~대구 노선은 1일 2회 운항한다", 13), written_period("다낭(주7회)", 4)
('day', 'week')
>>> written_period("항공기를 투입해 7회 운항하며", 9)
''
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token

__all__ = [
    "asked_period",
    "english_period",
    "of_asked_period",
    "per_period",
    "period_of",
    "written_period",
]

#: the particles that make a period noun the period of a frequency ("일주일에", "1년마다")
_PER = frozenset({"에", "마다", "당"})


def period_of(word: str) -> str:
    """The period a word names ("일주일" and "주" a week), "" for none."""
    groups = answer_type_tables()["frequencies"]
    return next((name for name, words in groups.items() if word in words), "")


def per_period(toks: list[Token], i: int) -> bool:
    """The token at ``i`` is the period a frequency is asked per ("일주일에 몇 번", "한 달마다"):
    a period word with 에 or 마다 after it."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        bool(period_of(toks[i].form))
        and nxt is not None
        and nxt.form in _PER
        and nxt.tag.startswith(("J", "XS"))
    )


def asked_period(q: Question) -> str:
    """The period the question asks a frequency per, "" when it asks none; in English by a
    phrase of [frequency_words] english ("build a day?": day)."""
    toks = q.tokens
    found = next((period_of(t.form) for i, t in enumerate(toks) if per_period(toks, i)), "")
    return found or english_period(q.text)


def english_period(text: str) -> str:
    """The period an English question asks per ("How many flights a week?": week), "" for
    none; "a year ago" asks none.

    >>> english_period("How many cars does the plant build a day?"), english_period("a year ago")
    ('day', '')
    """
    text = text.casefold()
    groups = answer_type_tables()["frequency_words"]["english"]
    for period, phrases in groups.items():
        for phrase in phrases:
            if re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])(?!\s+{_NOT_PER})", text):
                return period
    return ""


#: the English words after "a year" that make it a point in time, no period per ("a year ago")
_NOT_PER = "(?:ago|earlier|later|before|after)"

#: the word before a figure: a Hangul word, a number glued before it ("3년간"), the particle
#: of a period aside ("하루에", "주당")
_WORD_BEFORE = re.compile(r"(\d*[가-힣]+?)(?:에|마다|당)?\s*$")
#: how many words of [frequency_words] fillers may stand between a period and its figure
_FILLERS_PASSED = 3


def written_period(text: str, start: int) -> str:
    """The period written right before the figure starting at ``start`` ("주 7회": week; past
    a word such as 평균: "하루 평균 1100대" is day), "length" when a length of time is written
    there instead ("이틀간 약 2200대" is a total over two days), "" when the word before it
    names neither.

    >>> written_period("하루 평균 1100대", 6), written_period("이틀간 약 2200대", 6)
    ('day', 'length')
    >>> written_period("사흘 동안 5만 명", 6), written_period("3년간 1조 원", 4)
    ('length', 'length')
    """
    words = answer_type_tables()["frequency_words"]
    before = text[:start]
    for _ in range(_FILLERS_PASSED + 1):
        m = _WORD_BEFORE.search(before)
        if m is None:
            return ""
        word = m.group(1)
        if word not in words["fillers"]:
            return period_of(word) or ("length" if _a_length(word, words) else "")
        before = before[: m.start()]
    return ""


def _a_length(word: str, words: dict) -> bool:
    """``word`` writes a length of time ("이틀간", "3년간", "동안", "사흘")."""
    marks = tuple(words["length_marks"])
    if word in marks:
        return True  # "사흘 동안 5만 명": 동안 right before the figure
    stem = word[: -len(m)] if (m := next((m for m in marks if word.endswith(m)), "")) else word
    if stem in words["lengths"]:
        return True
    num = re.fullmatch(r"\d+(\D+)", stem)
    return bool(m) and num is not None and num.group(1) in words["length_counters"]


def of_asked_period(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the figures written per another period than the one asked, with their belief;
    none when only such figures are left (the text says how often per another period)."""
    asked = asked_period(q)
    if not asked:
        return cands

    def other(c: Candidate) -> bool:
        if not is_figure(c) or c.span is None:
            return False
        own = period_of(c.text.split()[0]) if " " in c.text else ""
        written = own or written_period(ri.passages[c.passage].text, c.span.start)
        return bool(written) and written != asked

    kept = [c for c in cands if not other(c)]
    return believed(kept, cands) if kept else []
