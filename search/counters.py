"""The counters a count may be written with besides the one asked: "병원은 몇 곳인가?" is
answered by "국내 5개 병원" as by "5곳".  Which counters stand for which is data:
resources/answer_types.toml ``[counted_as]``.

>>> counters_for("곳")
['곳', '개', '군데', '개소']
>>> counters_for("명")
['명']
>>> counted_as("5개 병원", "곳"), counted_as("3개월", "곳"), counted_as("12곳", "곳")
(True, False, True)
>>> counted_as("100B", "b"), counted_as("2차", "b")
(True, False)
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .figures import counted_in

__all__ = ["counted_as", "counters_for"]


def counters_for(unit: str) -> list[str]:
    """The counter asked and those the text may count the same things with."""
    return [unit, *answer_type_tables().get("counted_as", {}).get(unit, [])]


def counted_as(figure: str, unit: str) -> bool:
    """``figure`` (from its first digit on) is counted by ``unit`` or, as a whole counter, by
    one standing for it ("5개 병원" for 곳; "3개월" is no 개)."""
    # a Latin unit is asked lower-cased ("몇 B" -> "b") and written as it is spelt ("100B")
    latin = unit.isascii() and unit.casefold() in figure.casefold()
    return unit in figure or latin or any(counted_in(figure, u) for u in counters_for(unit)[1:])
