"""A country a headline writes as one hanja letter (日, 美, 中) is answered by its name: "코랄게임즈,
'X' 日·대만 판권 확보" answers "판권을 확보한 지역은?" with 일본, 대만 — a reader asked in Korean
expects the name, not the abbreviation.  The letters are kg's ``places.hanja_countries``
(kg/resources/grammar.toml).

>>> spelled_out(["동남아", "대만", "日"])
['동남아', '대만', '일본']
"""

from __future__ import annotations

from kg.resources import resources

__all__ = ["spelled_out"]


def spelled_out(names: list[str]) -> list[str]:
    """``names`` with each one-letter hanja country written as its Korean name."""
    table = resources().grammar.hanja_countries
    return [table.get(n.strip(), n) for n in names]
