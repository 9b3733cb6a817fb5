"""A figure of a counted group or a total is no one member's.

Earnings round-ups open with the group's figure: "상위 20개 증권사의 지난 3분기 연결기준 총
영업이익은 7728억원으로" and only then give each company's ("미래에셋증권은 ... 902억원의 영업이익을
기록했다").  With no company written as the figure's owner, "미래에셋증권의 3분기 영업이익은?" was
answered with the group's 7728억원 at 0.84-0.91 on a real story.  A figure whose sentence writes,
before it, a counted group of organisations ("20개 증권사", "5개사", "6대 증권사", "10곳") or a
word of total ("총", "합계", "합산") belongs to the group when no organisation owns it.  The words
are data: resources/answer_types.toml [group_totals].

>>> from search.passages import sentence_tokens
>>> text = "상위 20개 증권사의 3분기 총 영업이익은 7728억원이다."
>>> group_figure(text, sentence_tokens(text), text.find("7728"))
True
>>> text = "3분기 영업이익은 902억원이다."
>>> group_figure(text, sentence_tokens(text), text.find("902"))
False
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .spans import Token

__all__ = ["group_figure"]


def _table() -> dict:
    return answer_type_tables()["group_totals"]


def group_figure(text: str, toks: tuple[Token, ...] | list[Token], at: int) -> bool:
    """The sentence writes, before character ``at`` (the figure), a counted group of
    organisations ("20개 증권사의", "5개사의", "6대 증권사는", "10곳") or a word of total
    ("총 영업이익", "순이익 합계는")."""
    t = _table()
    before = text[:at]
    end = r"(?:의|는|은|이|가|도)?(?![가-힣])"  # the group's noun and its particle end a word
    counters = "|".join(map(re.escape, t["counters"]))
    nouns = "|".join(map(re.escape, t["group_nouns"]))
    if re.search(rf"\d+\s*(?:{counters})\s*[가-힣]*(?:{nouns}){end}", before):
        return True
    if re.search(rf"\d+\s*(?:{'|'.join(map(re.escape, t['place_counters']))}){end}", before):
        return True
    return any(tok.end <= at and tok.form in t["total_words"] for tok in toks)
