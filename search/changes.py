"""One reading of a change, for both rules that need it: whether a question asks the size of a
change ("내수 판매는 얼마나 줄었나?", "감소폭은?", "몇 명 늘렸나?"), and whether a text writes a
figure as the size of a change (the 6.4% of "6.4% 감소한 12만3793대": a verb of change follows
it).  search/change_sizes.py answers a change asked with such a figure; search/change_amounts.py
answers a figure asked that is no change with the figure after one ("10건 줄어든 7건": 7건).

Two readings, written in parallel, once disagreed: one took any "얼마나" or "늘었" for a change
asked ("국비는 얼마나 들어가나?", "몇 건으로 줄었나?" asks the end); the other missed the nouns
of a change ("증가율은?"), "몇 명 줄었나" and the verbs it had no stem of ("얼마나 낮아졌나").
The verbs, interrogatives and nouns are data: resources/changes.toml.

>>> asks_change(Question(text="내수 판매는 얼마나 줄었나?"))
True
>>> asks_change(Question(text="국비는 얼마나 들어가나?"))
False
>>> changed_at("내수 판매는 6.4% 감소한 12만3793대로 집계됐다.", 11)
True
>>> changed_at("내수 판매는 6.4% 감소한 12만3793대로 집계됐다.", 24)
False
>>> change_after("주가는 1600원(14.10%) 급등한 1만2950원이다.", 9)["word"]
'급등한'
"""

from __future__ import annotations

import functools
import re

from .change_ends import asked_end
from .english import asks_english_change
from .question import Question
from .resource_tables import resource_table

__all__ = [
    "asked_rate",
    "asks_change",
    "asks_level",
    "change_after",
    "change_nouns",
    "changed_at",
    "in_points",
]


def _table() -> dict:
    return resource_table("changes.toml")


def _alt(words) -> str:
    """A regex alternation of ``words``, the longest first (a start may be another's prefix)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@functools.cache
def _change_word() -> re.Pattern:
    """What may follow the figure of a change: a gloss in brackets ("1600원(14.10%)"), more
    figures of a row ("각각 3.4%, 80.1%"), a word of about ("가량") and the word of change
    (group ``word``, whole: "줄어든")."""
    table = _table()
    words = _alt([*table["verbs"], *table["text_only"]])
    # the next figure of the row may come with its own topic ("매출은 38.2%, 영업이익은 112.4%
    # 늘었다": the verb is written once, after the last)
    topic = r"(?:[^\d\s,.()][^\s,()]*\s+){0,2}"
    row = rf"(?:\s*,\s*{topic}[\d.,]+\s*(?:%|퍼센트)?(?:포인트|p)?)*"
    about = _alt(table["about"])
    return re.compile(
        rf"\s*(?:\([^()]*\))?(?:포인트|p)?{row}\s*(?:{about})?\s*(?P<word>(?:{words})[가-힣]*)"
    )


def change_after(text: str, end: int) -> re.Match | None:
    """The word of change written right after the figure ending at ``end`` of ``text`` ("6.4%
    감소한" gives "감소한"), or None."""
    return _change_word().match(text, end)


def changed_at(text: str, end: int) -> bool:
    """The figure ending at ``end`` of ``text`` is the size of a change: a word of change
    follows it ("주가는 1600원(14.10%) 급등했다": 1600원)."""
    return change_after(text, end) is not None


def change_nouns() -> frozenset[str]:
    """The words of a change ("증가", "차이"): a question's noun among them says nothing of
    what changed."""
    table = _table()
    return frozenset([*table["verbs"], *table["sizes"]])


def asks_change(q: Question) -> bool:
    """The question asks the size of a change or a difference: a noun of one ("감소폭은?",
    "영업이익 증가율"), or an interrogative of an amount with a verb of change after it ("얼마나
    줄었나", "몇 % 증가했나", "몇 명 줄었나"); not the end of a change ("얼마로 오르나",
    search/change_ends.py) nor a length of time ("몇 개월 연속 증가했나")."""
    if asked_end(q) or asks_level(q):
        return False
    if q.english and asks_english_change(q.text):
        return True  # "By how much did operating profit fall?" (search/english.py)
    table = _table()
    if any(w in re.sub(r"\s+", "", q.text) for w in table["sizes"]):
        return True
    verbs = tuple(table["verbs"])
    return any(w.startswith(verbs) for w in _asked_words(q.text))


def asks_level(q: Question) -> bool:
    """The question asks a rank, a level, however it moved: 몇 with a rank's counter ("몇 위에
    올랐나") or a rank's noun ("순위는 얼마나 올랐나"), spaces aside.

    >>> asks_level(Question(text="시공능력 순위는 몇 위에 올랐나?"))
    True
    >>> asks_level(Question(text="직원은 몇 명 늘었나?"))
    False
    """
    table = _table()
    counter, _ = _counted(q.text)
    if counter.startswith(tuple(table["rank_counters"])):
        return True
    return any(w in re.sub(r"\s+", "", q.text) for w in table["rank_nouns"])


def _asked_words(text: str) -> list[str]:
    """The question's words that may be its verb of change: every word after an interrogative
    of an amount or after 몇 and a unit of a rate; after 몇 and another counter, only the
    counter's next word, past words of about; none after a counter written with a particle of
    an end ("몇 대로")."""
    table = _table()
    m = re.search(_alt(table["interrogatives"]), text)
    if m:
        return _words(text[m.end() :])
    counter, rest = _counted(text)
    if counter.endswith(tuple(table["end_particles"])):
        return []  # "몇 대로 늘어나나": the end it grows to
    if counter.startswith(tuple(table["rate_units"])):
        return rest
    rest = [w for w in rest if w not in table["about"]]
    return rest[:1]


def _counted(text: str) -> tuple[str, list[str]]:
    """The counter written after the question's 몇 ("명이나", "%포인트") and the words after
    it; ("", []) when the question has no 몇."""
    m = re.search(_alt(_table()["counting"]), text)
    if not m:
        return "", []
    counter, *rest = _words(text[m.end() :]) or [""]
    return counter, rest


def asked_rate(q: Question) -> str:
    """The unit of a rate the question asks its change in: "points" ("몇 %포인트 올랐나"),
    "percent" ("몇 % 늘었나"), or "" (no unit of a rate after 몇: "얼마나 늘었나")."""
    table = _table()
    counter, _ = _counted(q.text)
    if counter.startswith(tuple(table["points"])):
        return "points"
    return "percent" if counter.startswith(tuple(table["percent_units"])) else ""


def in_points(figure: str) -> bool:
    """Is ``figure`` a change of a rate written in points ("3.2%포인트", "0.5%p")?"""
    return any(p in figure for p in _table()["points"])


def _words(text: str) -> list[str]:
    """The words of ``text``, without punctuation."""
    return re.findall(r"[^\s?!.,]+", text)
