"""How a date or a count is written, against the part of a date the question asks for: features
of the answer reader (search/reader.py) beside the words around a candidate.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> date_grain(tokens_of(kiwi().tokenize("헤이그가 군대에서 퇴역한 년도는?")))
'year'
"""

from __future__ import annotations

import functools

from .resource_tables import resource_table
from .spans import Token

__all__ = ["date_grain", "quantity_features", "reader_tables"]

_NUMERAL = frozenset({"SN", "NR"})


@functools.lru_cache(maxsize=1)
def reader_tables() -> dict:
    """resources/reader.toml: the date parts a question asks for and a date is written with."""
    return resource_table("reader.toml")


def date_grain(tokens: list[Token]) -> str:
    """The part of a date the question asks with ("퇴역한 년도는?" -> year), not a date it
    names ("2003년에 ... 날짜는?": 년 after a number is part of a date)."""
    grains = reader_tables()["date_grain"]
    found = ""
    for i, t in enumerate(tokens):
        if t.form in grains and t.tag.startswith("NN"):
            if not (i > 0 and tokens[i - 1].tag in _NUMERAL):
                found = grains[t.form]
    return found or "unsaid"


def quantity_features(f: dict[str, float], ctoks, cls: str, grain: str) -> None:
    """How a date or a count is written: a noun before its number ("경우 2년", "해 6월"), words
    after its counter ("14개 나라", "4번정도"), and a date's parts against those asked for."""
    nums = [k for k, t in enumerate(ctoks) if t.tag in _NUMERAL]
    if not nums:
        return
    if ctoks[0].tag not in _NUMERAL and ctoks[0].tag != "MM":
        f[f"{cls}&word_before_number"] = 1.0
    if len(ctoks) - nums[-1] > 2:
        f[f"{cls}&words_after_counter"] = 1.0
    if cls == "date":
        parts = reader_tables()["date_parts"]
        got = "".join(
            parts[t.form]
            for k, t in enumerate(ctoks)
            if k and t.form in parts and ctoks[k - 1].tag in _NUMERAL
        )
        f[f"grain={grain}&date={got or '-'}"] = 1.0
