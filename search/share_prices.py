"""A share's price is no sum of hundreds of millions: "볼트라인 종가는 얼마였어?" is the
"3만 400원" of its sentence, not the "종가 기준 시가총액은 약 7천 300억 원" written with the
same noun.  The nouns and magnitudes are data (resources/answer_types.toml [share_prices]).

>>> per_share_figure("종가", "3만 400원"), per_share_figure("종가", "약 7천 300억 원")
(True, False)
>>> per_share_figure("매출", "7천 300억 원")
True
"""

from __future__ import annotations

from .answer_types import answer_type_tables

__all__ = ["per_share_figure"]


def per_share_figure(head: str, figure: str) -> bool:
    """``figure`` may answer the price ``head`` asks: any figure when ``head`` is no price of
    one share, else one written with no magnitude of [share_prices] not_with."""
    table = answer_type_tables().get("share_prices", {})
    if head not in table.get("heads", []):
        return True
    return not any(m in figure for m in table.get("not_with", []))
