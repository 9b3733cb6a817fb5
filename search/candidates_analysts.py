"""Analysts asked about a company they do not work for: "라온베이퍼 목표주가를 올린 애널리스트는
누구?" names 라온베이퍼, and the rule that a person asked by a title is the named company's own
(search/holders.py ``at_named``) drops "가람투자증권 도재훈 연구원" as another company's.  An
analyst speaks about a company from outside it: the people written with an analyst's title
after their name ("도재훈 연구원은", "양승윤 유진투자증권 연구원은") come back, with the belief
they had.  A 연구원 asked is an analyst only beside a brokerage's name ("…증권") or asked by what
only an analyst does ("목표주가를 올린 연구원"): a company's own researcher stays under the
company's rules.

Words: resources/answer_types.toml [candidates_analysts].
"""

from __future__ import annotations

import functools
import re

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["analysts_back", "asked_analyst"]

#: how far after a name its title and firm may be written ("양승윤 유진투자증권 연구원")
_REACH = 24


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return answer_type_tables()["candidates_analysts"]


def asked_analyst(q: Question, asked: Asked) -> str:
    """The analyst's word a person question asks by ("애널리스트", "연구원"), or "".

    "목표주가를 올린 애널리스트는 누구?" -> "애널리스트"; Kiwi reads "연구원" as 연구 + 원, so
    the word is read whole from the question's text.
    """
    if asked.kind != "person" or asked.head_index < 0:
        return ""
    end = q.tokens[asked.head_index].end
    word = re.findall(r"[가-힣A-Za-z]+$", q.text[:end])
    return word[0] if word and word[0] in _table()["heads"] else ""


def _written_as_analyst(text: str, start: int, end: int, plain: bool) -> bool:
    """After the name, within its phrase, an analyst's title; a brokerage's name beside it
    (before the name or between it and the title) unless the question's word says analyst
    alone (``plain``)."""
    table = _table()
    after = re.split(r"[,.;:!?\"“”'’]", text[end : end + _REACH])[0]
    titles = "|".join(map(re.escape, sorted(table["titles"], key=len, reverse=True)))
    title = re.search(rf"(?:^|\s)(?:\S+\s)?({titles})", after)  # "연구원은"
    if title is None:
        return False
    if plain:
        return True
    brokers = "|".join(map(re.escape, table["brokers"]))
    before = text[max(0, start - _REACH) : start].split(",")[-1]
    return (
        re.search(rf"[가-힣A-Za-z]({brokers})(?![가-힣])", before + after[: title.start(1)])
        is not None
    )


def analysts_back(
    q: Question,
    asked: Asked,
    before: list[Candidate],
    after: list[Candidate],
    ri: ReaderInput,
) -> list[Candidate]:
    """``after`` (what the rule of the named company's posts kept) with the people of ``before``
    it dropped that are written as analysts, when an analyst is asked; the analysts take the
    belief of the rest (nothing changes when no candidate is written as one).

    "라온베이퍼 목표주가 올린 애널리스트 누구야?" over "가람투자증권 도재훈 연구원은 … 목표주가를
    … 높였다": 도재훈 comes back.
    """
    word = asked_analyst(q, asked)
    if not word:
        return after
    plain = word in _table()["plain"] or _rating_asked(q)
    analysts = [c for c in before if _an_analyst(c, ri, plain)]
    kept = {id(c) for c in after} | {id(c) for c in analysts}
    # the analysts also take the belief of what is left: the figures and phrases the reader
    # read around a rating ("8만 4000원", "ALD 장비의 수익성") are no one's name
    return believed(analysts, [c for c in before if id(c) in kept])


def _rating_asked(q: Question) -> bool:
    """The question writes what only an analyst does ("목표주가를 올린", "투자의견을 낮춘")."""
    flat = re.sub(r"\s+", "", q.text)
    return any(act in flat for act in _table()["acts"])


def _an_analyst(c: Candidate, ri: ReaderInput, plain: bool) -> bool:
    """A person of the graph written with an analyst's title after the name."""
    if c.span is None or c.entity is None or c.entity.get("type") != "Person":
        return False
    return _written_as_analyst(ri.passages[c.passage].text, c.span.start, c.span.end, plain)
