"""A headline question ending on the noun of leading a funding round ("세미노바 시리즈B 주도",
typed glued as "세미노바시리즈B주도") asks who led it, an investor ([lead_asks] of
resources/answer_types.toml).  No question word says so and 주도 is no kind noun: read as
asking a thing, the reader answered with the round's amount ("800억원").  A round must be
named before it: "정부 주도" asks no investor.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = lambda text: tokens_of(kiwi().tokenize(text))
>>> asks_lead(toks("세미노바시리즈B주도"), ""), asks_lead(toks("누리랩 시드 투자 리드"), "")
(True, True)
>>> asks_lead(toks("정부 주도"), ""), asks_lead(toks("세미노바 시리즈B 주도는?"), "")
(False, False)
"""

from __future__ import annotations

from .measure_nouns import is_terse
from .resource_tables import resource_table

__all__ = ["asks_lead"]


def asks_lead(tokens, wh: str) -> bool:
    """The terse question ``tokens`` ends on a noun of leading with a word of a round before it."""
    if not is_terse(tokens, wh):
        return False
    table = resource_table("answer_types.toml")["lead_asks"]
    nouns = [t.form for t in tokens if t.tag.startswith("NN")]
    return (
        len(nouns) >= 2
        and nouns[-1] in table["leads"]
        and bool(set(nouns[:-1]) & set(table["rounds"]))
    )
