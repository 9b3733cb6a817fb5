"""A length of time asked ("계약 기간은 몇 년인가?", "몇 개월 동안", "설립된 지 몇 년"): a count
of years, months or days, answered by a figure of that unit ("3년간", "18개월"), never by a
calendar date ("6월 17일", "2026년 3월") nor a year ("2019년").

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = tokens_of(kiwi().tokenize("공급 계약 기간은 몇 년인가?"))
>>> asks_duration(toks, 3, "년")
True
>>> asks_duration(tokens_of(kiwi().tokenize("몇 년에 설립됐나?")), 0, "년")
False
>>> asks_duration(tokens_of(kiwi().tokenize("그는 구글에서 몇 년 일했나?")), 4, "년")
True
>>> asks_duration(tokens_of(kiwi().tokenize("파업은 며칠간 이어졌나?")), 2, "")
True
>>> asks_duration(tokens_of(kiwi().tokenize("며칠에 열리나?")), 0, "")
False
>>> a_duration("3년간", "년"), a_duration("2019년", "년"), a_duration("2026년 3월", "년")
(True, False, False)
>>> a_duration("3년간 다온전력", "년"), a_duration("약 18개월 동안", "개월")
(False, True)
>>> a_duration("9시간 28분", "시간"), a_duration("9시간 넘게", "시간")
(True, True)
>>> a_duration("7년", ""), a_duration("12만t", "")
(True, False)
>>> a_duration("2025년 12월 31일", ""), a_duration("6월 17일", "일"), a_duration("3시 30분", "")
(False, False, False)
>>> a_duration("16일", "", before="2025년 9월 "), a_duration("22일", ""), a_duration("30일간", "")
(False, False, True)
>>> a_duration("60일", ""), a_duration("7일 이내", "일")
(True, False)
>>> a_duration("4분", "", behind="의 1을 넘어선"), a_duration("40분", "", behind=" 동안")
(False, True)
"""

from __future__ import annotations

import re

from .resource_tables import resource_table
from .spans import Token

__all__ = ["a_duration", "asks_duration", "bounded"]

#: the interrogative of a count of days, "몇 일" in one word ("며칠간 이어졌나?")
_DAYS = "며칠"
#: ... and 간 after it, which Kiwi may keep in one noun ("며칠간 운행하나?")
_DAYS_LONG = "며칠간"


def asks_duration(toks: list[Token], wh_i: int, unit: str) -> bool:
    """몇 and a counter of time ask a length of time when a duration word follows the counter
    ("몇 년간", "몇 년 동안"), a verb follows it with no particle between ("몇 년 일했나?",
    "몇 년 걸렸나?": a year is asked "몇 년에"), stands right before 몇 ("설립된 지 몇 년") or
    heads the question before it ("계약 기간은 몇 년인가?"); [units] duration_* in
    resources/answer_types.toml.  며칠 is 몇 with its counter of days ("며칠 동안", "며칠간")."""
    units = resource_table("answer_types.toml")["units"]
    if wh_i >= 0 and toks[wh_i].form == _DAYS_LONG:
        return True
    days = wh_i >= 0 and toks[wh_i].form == _DAYS  # "며칠 동안": the counter is in the word
    if wh_i < 0 or (unit not in units["duration"] and not days):
        return False
    at = wh_i + 1 if days else wh_i + 2
    after = toks[at] if at < len(toks) else None
    # a verb after 며칠 asks a day as often ("며칠 출시되나?"): only 간, 동안 make it a length
    if after is not None and (
        after.form in units["duration_after"] or (not days and _verb_at(toks, at))
    ):
        return True
    if wh_i > 0 and toks[wh_i - 1].form in units["duration_before"]:
        return True
    heads = units["duration_heads"]
    return any(t.form in heads or t.form.endswith("기간") for t in toks[:wh_i])


def _verb_at(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a verb, or a noun 하다/되다 makes one ("일하", "근무+하")."""
    if toks[i].tag == "VV":
        return True
    return toks[i].tag == "NNG" and i + 1 < len(toks) and toks[i + 1].tag in {"XSV", "XSA"}


def a_duration(text: str, unit: str, before: str = "", behind: str = "") -> bool:
    """``text`` ends on a number counted by ``unit`` ("3년간", "18개월 동안"; any counter of time
    when ``unit`` is "") that is no calendar date ("2026년 3월", "6월 17일", nor "17일" after
    ``before``, the sentence's text ahead of it, ends on "6월") nor, for years, a year of four
    digits ("2019년"); a bare day of a month ("22일", no 간 or 동안 after it) is a date too, and
    "4분" followed (``behind``) by "의 1" a fraction."""
    units = resource_table("answer_types.toml")["units"]
    if not unit:
        return any(a_duration(text, u, before, behind) for u in units["duration"])
    after = "|".join(map(re.escape, units["duration_after"] + units["duration_bounds"]))
    smaller = "|".join(map(re.escape, units["duration"]))  # "9시간 28분"
    m = re.search(
        r"(\d+(?:[.,]\d+)?)\s*" + re.escape(unit) + rf"(\s*\d+\s*(?:{smaller}))?\s*({after})?\s*$",
        text,
    )
    # the figure ends the candidate ("3년간 다온전력" holds a name); a year is no length of time
    if m is None or (unit == "년" and len(m.group(1)) == 4):
        return False
    rest = (text[m.start(1) :] + behind).replace(" ", "")
    if any(rest.startswith(m.group(1) + w) for w in units["duration_not_after"]):
        return False  # "4분의 1" is a fraction
    # "2025년 12월 31일" ends on a figure of days, but the month before it makes it a date
    points = "|".join(map(re.escape, units["duration_points"]))
    if re.search(rf"\d\s*(?:{points})\s*$", before + text[: m.start(1)]):
        return False
    # news dates its events by the day alone ("22일 밝혔다"): a length of days up to a month is
    # written with its mark ("30일간", "7일 동안")
    bare_day = unit == "일" and not m.group(2) and not m.group(3)
    return not (bare_day and m.group(1).isdigit() and int(m.group(1)) <= 31)


def bounded(sentence: str, figure: str, near: int) -> str:
    """A length of time with the bound written right after it in ``sentence`` ("6시간 넘게
    멈춰", "1시간가량 걸린다", "3년여 만에"; [units] duration_bounds): the length the text
    gives is bounded, and the answer says so.  ``near``: where the figure's number is read.

    >>> bounded("결제가 6시간 넘게 멈춰", "6시간", 4), bounded("6시간 42분 동안", "6시간 42분", 0)
    ('6시간 넘게', '6시간 42분')
    >>> bounded("매출 30억원 이상", "30억원", 3)
    '30억원'
    """
    at = sentence.find(figure, max(0, near - len(figure)))
    if at < 0 or not a_duration(figure, ""):
        return figure
    bounds = "|".join(
        map(re.escape, resource_table("answer_types.toml")["units"]["duration_bounds"])
    )
    m = re.compile(rf"\s?(?:{bounds})(?=[\s.,)]|$)").match(sentence, at + len(figure))
    return figure + m.group(0) if m else figure
