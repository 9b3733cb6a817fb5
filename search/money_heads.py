"""A head noun no table names asks an amount when it is written with a word end of money:
"노들1구역 재개발 총 공사비" asks the 1조 1천470억 원 the text writes, not a company; so do
"마케팅비", "수주액", "분담금", "사용료".  The endings are data (resources/answer_types.toml
[money_endings]).

>>> money_ending("공사비"), money_ending("수주액"), money_ending("설비"), money_ending("가성비")
(True, True, False, False)
"""

from __future__ import annotations

from .resource_tables import resource_table

__all__ = ["money_ending"]

#: the shortest noun read by its ending: "설비", "장비", "자금" are words of their own
_SHORTEST = 3


def money_ending(head: str) -> bool:
    """``head`` ends with a word end of money and is no word of [money_endings] not_money."""
    table = resource_table("answer_types.toml").get("money_endings", {})
    return (
        len(head) >= _SHORTEST
        and head not in table.get("not_money", [])
        and head.endswith(tuple(table.get("endings", [])))
    )
