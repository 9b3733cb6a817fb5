"""A figure is answered as its sentence writes it whole: a range ("4조 6000억~4조 8000억 원",
not "6000억"), an approximation ("약 3만 8000장", "3억여 원"), a number of several magnitudes
("4조 2300억 원") with its unit.  The reader's span may hold one piece of it; the answer is
the whole written figure around that piece.  The words are data (resources/answer_types.toml
[figures], [units], [rates]).

>>> whole_figure("매출 전망치는 4조 6000억~4조 8000억 원으로 제시했다.", 10, 15)
'4조 6000억~4조 8000억 원'
>>> whole_figure("삽화 약 3만 8000장을 내려받았다.", 8, 13)
'약 3만 8000장'
>>> whole_figure("펀드는 1천억 원 규모로 결성된다.", 4, 7)
'1천억 원'
>>> whole_figure("서비스는 9시간 28분 동안 멈췄다.", 5, 8)
'9시간 28분'
"""

from __future__ import annotations

import functools
import re

from .answer_types import answer_type_tables

__all__ = [
    "HANGUL_NUMERAL",
    "counted_in",
    "figure_ending",
    "figure_pattern",
    "is_figure",
    "numeral_at",
    "whole_figure",
]


#: a number in Hangul words, two syllables or more with a magnitude ("삼천억", "이백오십",
#: "일조"; no "이사" nor "오일")
HANGUL_NUMERAL = "(?=[가-힣]{2})[일이삼사오육칠팔구]?(?:[십백천만억조][일이삼사오육칠팔구]?)+"


#: the groups before the last one of a number in Hangul words ("일조 이천억 원")
_SPELT_GROUPS = "(?:[일이삼사오육칠팔구십백천]*[조억만]\\s+)*"


@functools.lru_cache(maxsize=1)
def figure_pattern() -> re.Pattern:
    """A written figure: an approximation word, numbers of several magnitudes ("1천억": one
    magnitude may follow another), 여, a unit, and another such number after a range mark."""
    tables = answer_type_tables()
    fig = tables["figures"]

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    units = [*tables["units"]["money"], *tables["units"]["count"], *tables["rates"]["units"]]
    units += fig["counters"] + tables["areas"]["units"]  # "30만7천평" (search/areas.py)
    magnitude = rf"(?:(?:{alt(fig['magnitudes'])})+)"
    number = rf"(?<![\d,.])\d[\d,.]*(?:\s*{magnitude})?(?:\s*\d[\d,.]*(?:\s*{magnitude})?)*"
    # a unit ends its word or a particle follows it ("원을", "장으로"), no noun ("3 원고")
    ends = rf"(?![가-힣])|(?=(?:{alt(fig['particles'])})(?![가-힣]))"
    parts = rf"(?:\s*\d+\s*(?:{alt(fig['time_parts'])})(?:{ends}))*"  # "9시간 28분"
    one = rf"{number}(?:{alt(fig['after'])})?(?:\s*(?:{alt(units)})(?:{ends}){parts})?"
    # numbers in Hangul words ("삼천억 원", "이천이백 가구"): only with their unit, a word of
    # their own ("이사", "구조" are no numbers)
    spelt = rf"(?<![가-힣]){_SPELT_GROUPS}{HANGUL_NUMERAL}(?:{alt(fig['after'])})?\s*(?:{alt(units)})(?:{ends})"
    one = rf"(?:{one}|{spelt})"
    # a word of its own: "신약 47개", "계약 45억 원" write no 약 (about) before the figure
    before = rf"(?:(?<![가-힣])(?:{alt(fig['before'])})\s*)?"
    return re.compile(rf"{before}{one}(?:\s*[{fig['range_marks']}]\s*{one})?")


def whole_figure(sentence: str, start: int, end: int) -> str:
    """The written figure of ``sentence`` that holds ``sentence[start:end]`` (but for a
    particle after it), or that text unchanged when no figure holds it."""
    particles = answer_type_tables()["figures"]["particles"]
    for m in figure_pattern().finditer(sentence):
        if m.start() <= start and end <= m.end():
            return m.group(0).strip()
        if m.start() <= start < m.end() < end and sentence[m.end() : end] in particles:
            return m.group(0).strip()  # "60%를": the figure without its particle
    return sentence[start:end]


def figure_ending(text: str) -> str | None:
    """The figure ``text`` ends on, when only words stand before it ("전체 매출의 57%" ->
    "57%"); None when it ends on no figure, is one, or holds another number.

    >>> figure_ending("전체 매출의 57%"), figure_ending("57%"), figure_ending("58개 기업")
    ('57%', None, None)
    >>> figure_ending("5대 1"), figure_ending("지분 62%를 350억원"), figure_ending("제89조")
    (None, None, None)
    """
    last = None
    for m in figure_pattern().finditer(text):
        last = m
    if last is None or last.start() == 0 or last.end() != len(text.rstrip()):
        return None
    if not text[last.start() - 1].isspace():
        return None  # "제89조": the figure is one word with what is written onto it
    # words only before it: "5대 1" is a ratio, "62%를 350억원" holds two figures
    return None if re.search(r"\d", text[: last.start()]) else last.group(0).strip()


def counted_in(text: str, counter: str) -> bool:
    """``text`` writes a figure counted by ``counter`` ("약 3만 8000장" by 장), the counter a
    word's end or before a particle ("24개동" is no count of 개).

    >>> counted_in("약 3만 8000장", "장"), counted_in("24개동", "개"), counted_in("1단지", "개")
    (True, False, False)
    """
    return any(m.group(0).rstrip().endswith(counter) for m in figure_pattern().finditer(text))


def is_figure(c) -> bool:
    """A reader's candidate (search/reader.Candidate) with a span that writes a number: a
    digit, or a number in Hangul words with its unit ("이백오십억 원씩")."""
    return c.span is not None and numeral_at(c.text) >= 0


def numeral_at(text: str) -> int:
    """Where ``text``'s first number starts: a digit, or a number in Hangul words written with
    its unit or alone ("삼천억" before "원"); -1 when it writes none.

    >>> numeral_at("약 3만 원"), numeral_at("약 삼천억 원"), numeral_at("삼천억"), numeral_at("이사회")
    (2, 2, 0, -1)
    >>> numeral_at("오일 회사"), numeral_at("일조 이천억 원")
    (-1, 0)
    >>> numeral_at("이천"), numeral_at("오만"), numeral_at("구조"), numeral_at("이천 가구")
    (-1, -1, -1, 0)
    """
    digit = re.search(r"\d", text)
    if digit:
        return digit.start()
    if len(text.strip()) >= 3 and re.fullmatch(HANGUL_NUMERAL, text.strip()):
        return len(text) - len(text.lstrip())  # alone, three syllables: no "이천", "오만", "구조"
    spelt = next((m for m in figure_pattern().finditer(text) if not re.search(r"\d", m[0])), None)
    return -1 if spelt is None else spelt.start() + re.search(HANGUL_NUMERAL, spelt[0]).start()
