"""One answer written as several spans: the reader offers "6월 1천억 원", "1천억 원 규모" and
"1천억 원" for one figure, "2026년 3월" and "3월" for one date, "오하람 최고기술책임자" and
"오하람" for one person, and each of them alone may fall under the no-answer line.  Spans at one
place of a sentence are the same answer when they write the same figure (the same number and
unit, search/figures.py), the same date (no part of it different) or the same name with and
without a title (kg/resources/grammar.toml titles).  Their belief is a calibration signal of
the pick (search/qa.py ``same_spans``) and a list does not repeat the pick written otherwise;
it is neither the pick's probability nor what picks (search/choice.py says why).  Spans of
other sentences are never grouped: the same figure there may measure another thing (the same
words pool anyway, search/choice.py ``key_of``).

>>> figure_value("6월 1천억 원"), figure_value("1천억 원 규모"), figure_value("1,000억원")
('1천억원', '1천억원', '1000억원')
>>> figure_value("3월"), figure_value("2천억 원과 3천억 원")
(None, None)
>>> date_parts("2026년 3월"), date_parts("3월 5일"), date_parts("1천억 원")
({'년': '2026', '월': '3'}, {'월': '3', '일': '5'}, {})
"""

from __future__ import annotations

import functools
import re

from .answer_types import answer_type_tables
from .figures import figure_pattern
from .reader import Candidate
from .titles import folded_titles

__all__ = ["date_parts", "figure_value", "same_answers"]


def _date_parts_written() -> list[str]:
    return answer_type_tables()["dates"]["parts"]


@functools.lru_cache(maxsize=4096)
def figure_value(text: str) -> str | None:
    """The one figure ``text`` writes besides the parts of a date, without spaces nor commas
    ("1천억원"), when it has a unit or a magnitude; None when it writes none or several."""
    parts = tuple(_date_parts_written())
    found = [
        m.group(0)
        for m in figure_pattern().finditer(text)
        if not text[m.end() :].startswith(parts) and not m.group(0).strip().isdigit()
    ]
    return re.sub(r"[\s,]", "", found[0]) if len(found) == 1 else None


@functools.lru_cache(maxsize=4096)
def date_parts(text: str) -> dict[str, str]:
    """The parts of the date ``text`` writes ({"년": "2026", "월": "3"}); empty when none."""
    parts = "|".join(map(re.escape, _date_parts_written()))
    return {unit: n for n, unit in re.findall(rf"(\d+)\s*({parts})(?![가-힣])", text)}


def _overlap(c: Candidate, d: Candidate) -> bool:
    return (
        c.passage == d.passage
        and c.span is not None
        and d.span is not None
        and c.span.start < d.span.end
        and d.span.start < c.span.end
    )


def _same_date(c: Candidate, d: Candidate) -> bool:
    """One date at one place: neither writes a figure, no part of the two differs."""
    a, b = date_parts(c.text), date_parts(d.text)
    if not a or not b or figure_value(c.text) or figure_value(d.text):
        return False
    return all(a[u] == b[u] for u in a.keys() & b.keys())


def _titled(c: Candidate, d: Candidate) -> bool:
    """``d`` writes ``c``'s name and a title after it ("오하람 최고기술책임자")."""
    rest = d.text[len(c.text) :].strip().casefold() if d.text.startswith(c.text + " ") else ""
    return bool(rest) and rest in folded_titles()


def _same(c: Candidate, d: Candidate) -> bool:
    """At one place of a sentence: the same figure, date or name (the same words elsewhere
    already pool, search/choice.py ``key_of``; a figure of another sentence may be another's)."""
    if not _overlap(c, d):
        return False
    if (v := figure_value(c.text)) is not None and v == figure_value(d.text):
        return True
    return _same_date(c, d) or _titled(c, d) or _titled(d, c)


def same_answers(cands: list[Candidate], key_of) -> dict[str, set[str]]:
    """Each answer key (``key_of``) -> the keys that write the same answer, itself included.
    Only spans at one place of a sentence can be the same answer, so each candidate is set
    beside the ones of its sentence that start inside it (sorted by start), not beside every
    other: a question with a thousand candidates compared half a million pairs."""
    keys = [key_of(c) for c in cands]
    group = {k: {k} for k in keys}
    placed: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        if c.span is not None:
            placed.setdefault(c.passage, []).append(i)
    for row in placed.values():
        row.sort(key=lambda i: cands[i].span.start)
        for x, i in enumerate(row):
            for j in row[x + 1 :]:
                if cands[j].span.start >= cands[i].span.end:
                    break  # this one and every later one start after ``i`` ends
                a, b = keys[i], keys[j]
                if group[a] is not group[b] and _same(cands[i], cands[j]):
                    merged = group[a] | group[b]
                    for k in merged:
                        group[k] = merged
    return group
