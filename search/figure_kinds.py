"""The kind of figure a measure asks: a stake ("X 지분") is a percentage, copies sold ("판매
부수") a number of 부, a data centre's capacity ("최종 용량") megawatts, a count of vehicles
("견인 대수") a number of 대 — never an amount of money or a count of something else the same
sentences write ("지분 75%를 870억 원에 인수": the stake is 75%).  Which units each head noun is
written with is data (resources/answer_types.toml [measure_units]).

>>> measure_units("지분"), measure_units("규모")
(['%', '퍼센트'], [])
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .belief import believed
from .figures import counted_in, is_figure, whole_figure
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["measure_units", "not_counts", "of_measured_kind"]


def measure_units(head: str) -> list[str]:
    """The units a figure of the measure ``head`` is written with; none when any may be."""
    return answer_type_tables()["measure_units"].get(head.casefold(), [])


def of_measured_kind(ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The figures written with a unit of the measure asked, with the belief of the others;
    all of the candidates when the head asks no such unit or no figure is written with one."""
    units = measure_units(ri.reading.asked.head)
    if not units:
        return cands
    kept = [c for c in cands if is_figure(c) and any(counted_in(c.text, u) for u in units)]
    return believed(kept, cands) if kept else cands


def not_counts(ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """An amount of money asked: the candidates but the figures written whole as a count
    ("2만3천여" of "2만3천여 대"), with their belief; none when only counts are left."""
    if ri.reading.asked.kind != "money":
        return cands
    counters = answer_type_tables()["units"]["count"]
    kept = [c for c in cands if not (is_figure(c) and _counted(ri, c, counters))]
    return believed(kept, cands) if kept else []


def _counted(ri: ReaderInput, c: Candidate, counters: list[str]) -> bool:
    whole = whole_figure(ri.passages[c.passage].text, c.span.start, c.span.end)
    return any(counted_in(whole, u) for u in counters)
