"""Exact sums over documents: a quantity each document contributes a part of, kept so that neither
the sum nor which document saw it "first" (corpus order) depends on the order documents came in.
Used by ``kg.resolve.Resolution`` to keep its summed facts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

__all__ = [
    "Table",
    "Tally",
    "change",
    "from_exact",
    "index_update",
    "ordered_sum",
    "put",
    "take",
    "to_exact",
]

_ONE = 1 << 1074  # floats as exact integers in units of the smallest subnormal


def to_exact(x: float) -> int:
    n, d = float(x).as_integer_ratio()
    return n * (_ONE // d)


def from_exact(n: int) -> float:
    return n / _ONE  # correctly rounded


class Tally:
    """A quantity summed over documents, and where corpus order first saw it: documents come and
    go, and neither the sum nor "first" depends on the order they came in."""

    __slots__ = ("_first", "docs", "total")

    def __init__(self):
        self.docs: dict[str, tuple[int, tuple]] = {}  # doc id -> (its part, first place in it)
        self.total = 0
        self._first: tuple | None = None

    def add(self, doc_id: str, part: int, where: tuple) -> None:
        self.docs[doc_id] = (part, where)
        self.total += part
        if self._first is not None and (doc_id, *where) < self._first:
            self._first = (doc_id, *where)

    def remove(self, doc_id: str) -> None:
        part, _ = self.docs.pop(doc_id)
        self.total -= part
        if self._first is not None and self._first[0] == doc_id:
            self._first = None

    @property
    def first(self) -> tuple:
        if self._first is None:
            self._first = min((d, *w) for d, (_, w) in self.docs.items())
        return self._first


Table = dict[str, dict[str, Tally]]  # outer key -> inner key -> tally


def put(table: Table, outer: str, inner: str, doc_id: str, part: int, where: tuple) -> None:
    table.setdefault(outer, {}).setdefault(inner, Tally()).add(doc_id, part, where)


def take(table: Table, outer: str, inner: str, doc_id: str) -> bool:
    """Remove a document's part; True when nothing is left of ``inner``."""
    row = table[outer]
    tally = row[inner]
    tally.remove(doc_id)
    if tally.docs:
        return False
    del row[inner]
    if not row:
        del table[outer]
    return True


def change(table: Table, outer, inner, doc, part, where, remove: bool) -> None:
    if remove:
        take(table, outer, inner, doc)
    else:
        put(table, outer, inner, doc, part, where)


def index_update(index: dict[str, set[str]], k: str, key: str, add: bool) -> None:
    if add:
        index.setdefault(k, set()).add(key)
    else:
        index[k].discard(key)
        if not index[k]:
            del index[k]


def ordered_sum(rows: Iterable[Mapping[str, Tally] | None]) -> Counter:
    """Several tally rows (a cluster's keys) summed into a Counter in corpus order, so that a
    tie goes to what was seen first."""
    totals: dict[str, int] = {}
    first: dict[str, tuple] = {}
    for row in rows:
        for k, tally in (row or {}).items():
            totals[k] = totals.get(k, 0) + tally.total
            if k not in first or tally.first < first[k]:
                first[k] = tally.first
    return Counter({k: totals[k] for k in sorted(totals, key=first.__getitem__)})
