"""The words that close a row of items and are never an item themselves: "A와 B 등 3개 도시",
"A, B 등등", "A·B 따위".  One list (resources/coordinated_items.toml ``list_tails``) read by
search/whole_rows.py (the word before a row's count) and search/contents.py (dropped from a
held item's end).

>>> sorted(list_tails())
['등', '등등', '따위']
"""

from __future__ import annotations

from .resource_tables import resource_table

__all__ = ["list_tails"]


def list_tails() -> frozenset[str]:
    """The words that close a row of items ("등", "등등", "따위")."""
    return frozenset(resource_table("coordinated_items.toml")["list_tails"])
