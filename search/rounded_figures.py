"""A headline rounds the figure its body writes exactly: "대우조선 9천억원 규모 컨테이너선
수주" and "컨테이너선 5척을 총 9천266억원에 수주했다" write one quantity, and the exact figure
is the answer to "수주 금액은?".  A figure is the rounding of another of the same unit when it
has fewer significant digits and lies within 5% of it (10억원 and 15억원 are two quantities).

>>> amount("9천266억원"), amount("9천억원"), amount("4억725만달러")
((926600000000, '원'), (900000000000, '원'), (407250000, '달러'))
>>> rounds("9천억원", "9천266억원"), rounds("10억원", "15억원"), rounds("9천266억원", "9천억원")
(True, False, False)
"""

from __future__ import annotations

import re

from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .resource_tables import resource_table
from .same_answer import figure_value

__all__ = ["amount", "fits_bound", "rounded_figures", "rounds"]

_MAGNITUDES = {"조": 10**12, "억": 10**8, "만": 10**4}
_SMALL = {"천": 1000, "백": 100, "십": 10}
#: how near a rounding lies to the exact figure (a fraction of it)
_NEAR = 0.05


def _group(text: str) -> int | None:
    """A number under 만 written with digits and 천/백/십 ("9천266" -> 9266)."""
    total, rest = 0, text
    for word, size in _SMALL.items():
        head, sep, tail = rest.partition(word)
        if sep:
            if head and not head.isdigit():
                return None
            total += (int(head) if head else 1) * size
            rest = tail
    if rest and not rest.isdigit():
        return None
    return total + (int(rest) if rest else 0)


def amount(figure: str) -> tuple[int, str] | None:
    """The whole-number value and unit of a written figure ("9천266억원" -> (926600000000,
    "원")); None for one with a decimal point, a range or no number."""
    text = re.sub(r"[\s,]", "", figure)
    m = re.fullmatch(r"(?:약|총)?([\d조억만천백십]+?)([^\d조억만천백십]+)", text)
    if not m or not m.group(1)[0].isdigit():
        return None
    value = 0
    for part in re.findall(r"([\d천백십]*)([조억만]?)", m.group(1)):
        if not part[0] and not part[1]:
            continue
        n = _group(part[0])
        if n is None:
            return None
        value += n * _MAGNITUDES.get(part[1], 1)
    return value, m.group(2)


def _amount_of(text: str) -> tuple[int, str] | None:
    """The amount of the one figure a candidate writes ("9천억원 규모" -> 9천억원's)."""
    figure = figure_value(text)
    return amount(figure) if figure else None


def _significant(value: int) -> int:
    return len(str(value).rstrip("0"))


def rounds(rough: str, exact: str) -> bool:
    """Is ``rough`` the rounding of ``exact``: the same unit, fewer significant digits, within
    5% of it ("9천억원" of "9천266억원")?"""
    a, b = _amount_of(rough), _amount_of(exact)
    if a is None or b is None or a[1] != b[1] or not a[0] or not b[0]:
        return False
    if _significant(a[0]) >= _significant(b[0]):
        return False
    return abs(a[0] - b[0]) <= _NEAR * b[0]


def bound_at(text: str, end: int) -> bool:
    """Is the figure ending at ``end`` of ``text`` written as a bound ("200조 원을 넘었다",
    "1조원 돌파"), not as a rounding?

    >>> bound_at("200조 원을 넘었다", 6), bound_at("9천억원 규모 수주", 4)
    (True, False)
    """
    return _bound_word(text, end) is not None


def _bound_word(text: str, end: int) -> str | None:
    """The word of the bound written right after the figure ending at ``end`` ("넘"), if any."""
    bounds = "|".join(map(re.escape, resource_table("changes.toml")["rounded"]["bounds"]))
    m = re.compile(rf"\s*(?:을|를)?\s*({bounds})").match(text, end)
    return m.group(1) if m else None


def fits_bound(rough: str, word: str, exact: str) -> bool:
    """Does the exact figure lie on the side of the bound its word says ("3천억원을 넘어" of
    "3천120억원"; "1조원에 육박" of "9천870억원")?

    >>> fits_bound("3천억원", "넘", "3천120억원"), fits_bound("200조원", "넘", "195조원")
    (True, False)
    """
    a, b = _amount_of(rough), _amount_of(exact)
    if a is None or b is None:
        return False
    over = word in resource_table("changes.toml")["rounded"]["over"]
    return b[0] >= a[0] if over else b[0] <= a[0]


def rounded_figures(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the figures that round another candidate figure, with their belief; a round
    figure written as a bound ("200조 원을 넘었다") stays, unless the exact figure it rounds
    lies on the bound's side and is written with the bound's measure ("피해액이 3천억원을 넘어"
    and "피해액이 3천120억원": one quantity).

    >>> rounded_figures(Question(text="수주 금액은?"), None, [])
    []
    """
    figures = [c for c in cands if is_figure(c)]

    def rounding(c: Candidate) -> bool:
        exact = [d for d in figures if d is not c and rounds(c.text, d.text)]
        if not exact:
            return False
        text = ri.passages[c.passage].text
        word = _bound_word(text, c.span.end)
        if word is None:
            return True
        # the bound's measure ("피해액이 3천억원을 넘어") written with the exact figure too: no
        # other quantity's ("예산이 7천억원을 넘었다" beside "7천134억원에 수주했다")
        measure = re.search(r"([가-힣A-Za-z]+?)(?:이|가|은|는)\s+$", text[: c.span.start])
        return measure is not None and any(
            measure.group(1) in ri.passages[d.passage].text and fits_bound(c.text, word, d.text)
            for d in exact
        )

    kept = [c for c in cands if not rounding(c)]
    return believed(kept, cands) if kept else cands
