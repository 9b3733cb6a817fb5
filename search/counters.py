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

from .answer_types import answer_type_tables, read_asked
from .figures import counted_in

__all__ = ["counted_as", "counted_by_kind", "counters_for"]


def counters_for(unit: str) -> list[str]:
    """The counter asked and those the text may count the same things with."""
    return [unit, *answer_type_tables().get("counted_as", {}).get(unit, [])]


def counted_as(figure: str, unit: str) -> bool:
    """``figure`` (from its first digit on) is counted by ``unit`` or, as a whole counter, by
    one standing for it ("5개 병원" for 곳; "3개월" is no 개)."""
    # a Latin unit is asked lower-cased ("몇 B" -> "b") and written as it is spelt ("100B")
    latin = unit.isascii() and unit.casefold() in figure.casefold()
    return unit in figure or latin or any(counted_in(figure, u) for u in counters_for(unit)[1:])


def counted_by_kind(tokens) -> bool:
    """The question counts by a counter that names the kind of thing counted ("차량은 몇 대",
    "선박 몇 척", "모두 몇 가구"): the text writes the figure with that counter and the thing's
    own name ("전기차 1만4200대", "LNG 운반선 4척", "아파트 1104가구"), seldom the class noun
    asked ([unwritten_asks] kind_counters).

    >>> from kg.kiwi import kiwi
    >>> from search.spans import tokens_of
    >>> counted_by_kind(tokens_of(kiwi().tokenize("리콜 차량은 몇 대인가?")))
    True
    >>> counted_by_kind(tokens_of(kiwi().tokenize("참여 기업은 몇 곳인가?")))
    False
    """
    unit = read_asked(tokens).unit
    return unit in answer_type_tables()["unwritten_asks"]["kind_counters"]
