"""A time of day answered whole: news writes a clock time as the part of the day, the hour and
the minutes ("오전 11시 15분경", "오후 1시 12분"), and the reader, whose spans end at any word,
often prefers the hour alone ("11시 15분경", "1시") -- which 11 o'clock, and 1 o'clock and what?
An answer with an hour is widened to the part of the day written right before it, the minutes
(and seconds) written right after it, and, when the question asks 언제 rather than 몇 시, the
day written before both ("20일 오후 4시": the day it stopped, not only the hour).  The parts of
the day are data: resources/answer_types.toml [times_of_day] ``parts``.

>>> whole_time("약 54분 뒤인 오전 11시 15분경 위성이 정상 분리됐다.", "11시 15분경")
'오전 11시 15분경'
>>> whole_time("오후 1시 12분 국내 지상국과 첫 교신을 한다.", "1시", with_day=False)
'오후 1시 12분'
>>> whole_time("하루 만인 20일 오후 4시 일시 중단을 결정했다.", "4시")
'20일 오후 4시'
>>> whole_time("장애는 9시간 28분 동안 이어졌다.", "9시간 28분")
'9시간 28분'
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables

__all__ = ["whole_time"]

#: an hour of the clock (never "9시간", a length of time), its minutes and seconds after it
_HOUR = re.compile(r"\d{1,2}\s?시(?!간)")
_MINUTES = re.compile(r"\s?\d{1,2}\s?분(?:\s?\d{1,2}\s?초)?(?:경|께|쯤)?")
#: the day of the month written before a time ("20일 오후 4시", "지난 3일 오전 9시")
_DAY = re.compile(r"(?<![\w.])(?:\d{1,2}\s?월\s?)?\d{1,2}\s?일\s$")


def whole_time(text: str, name: str, with_day: bool = True) -> str:
    """``name`` (a date or time the reader read from ``text``) with the part of the day, the
    minutes and (``with_day``) the day written around its hour; else ``name``."""
    at = text.find(name)
    hour = _HOUR.search(name)
    if at < 0 or hour is None:
        return name
    start, end = at, at + len(name)
    if hour.end() == len(name):  # "1시" of "1시 12분": the minutes after it
        minutes = _MINUTES.match(text, end)
        end = minutes.end() if minutes else end
    if hour.start() == 0:  # "4시" of "오후 4시": the part of the day before it
        before = text[:start].rstrip()
        for part in sorted(answer_type_tables()["times_of_day"]["parts"], key=len, reverse=True):
            if before.endswith(part) and (
                len(before) == len(part) or not before[-len(part) - 1].isalnum()
            ):
                start = len(before) - len(part)
                break
    if with_day and not name[: hour.start()].strip():
        day = _DAY.search(text[:start])
        start = day.start() if day else start
    return text[start:end]
