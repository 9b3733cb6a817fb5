"""A graph edge answers a question that writes a year only when the edge's sentences are of
that year.

"가드레인이 2024년에 인수를 추진했다가 협상이 깨진 회사는?" was answered 패스키온 at 0.93 by the
edge of this year's deal ("가드레인이 ... 패스키온을 인수한다"), while the article's 2024 is
another paragraph's ("이 회사는 2024년 생체인증 업체 노바서트 인수를 추진했지만"): the edge is
of another time.  An edge fits when its evidence sentence or its paragraph writes the year, or
when the article writes the year nowhere (it may say "지난해" of it, which no rule here reads).

>>> from search.passages import sentence_tokens
>>> asked_years(sentence_tokens("가드레인이 2024년에 인수를 추진한 회사는?"))
['2024년']
>>> asked_years(sentence_tokens("2공장은 몇 년에 완공되나?"))
[]
"""

from __future__ import annotations

import itertools
import re

from .asked_items import paragraph_of, written_in
from .spans import Token

__all__ = ["asked_years", "year_fits"]

#: a year as news writes it: four digits
_YEAR = re.compile(r"(?:19|20)\d\d")


def asked_years(tokens: list[Token]) -> list[str]:
    """The years the question writes ("2024년")."""
    return [
        f"{t.form}년"
        for t, nxt in itertools.pairwise(tokens)
        if t.tag == "SN" and _YEAR.fullmatch(t.form) and nxt.form == "년" and nxt.start == t.end
    ]


def year_fits(ex, rel, years: list[str]) -> bool:
    """Some evidence sentence of ``rel`` (or its paragraph) writes every asked year that its
    article writes somewhere."""
    if not years:
        return True
    return any(_dated(ex, ev.sentence_id, ev.text, years) for ev in rel.evidence)


def _dated(ex, sid: str, text: str, years: list[str]) -> bool:
    around: list[str] | None = None
    article: str | None = None
    for year in years:
        if written_in(year, text):
            continue
        around = paragraph_of(ex, sid) if around is None else around
        if any(written_in(year, t) for t in around):
            continue
        article = _article(ex, sid) if article is None else article
        if written_in(year, article):
            return False  # the article's year is another sentence's
    return True


def _article(ex, sid: str) -> str:
    """The text of ``sid``'s document (sentence ids are "doc#n", numbered in order)."""
    doc, _, n = sid.rpartition("#")
    if not n.isdigit():
        return ""
    texts = []
    for step in (-1, 1):
        k = int(n) + (step if step > 0 else 0)
        while (s := ex.sentences.get(f"{doc}#{k}")) is not None:
            texts.append(s.text)
            k += step
    return " ".join(texts)
