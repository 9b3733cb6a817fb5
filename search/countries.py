"""A question asking a country ("알토스벤처스는 어느 나라 회사인가?", "Which country is X from?") is
answered by a country: the city or region written with it ("미국 실리콘밸리 기반의 벤처캐피털")
is no answer, nor a country written far from the asked name ("누리카는 ... 미국 벤처캐피털 X로부터":
the country is X's); when no candidate is left the text does not say which (no answer).  The head nouns and the countries are [countries] of resources/answer_types.toml.

>>> is_country("미국"), is_country("실리콘밸리"), is_country("Saudi Arabia")
(True, False, True)
"""

from __future__ import annotations

import functools
import itertools

from kg.names import name_key

from .answer_types import Asked, answer_type_tables
from .hanja_names import spelled_out
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asks_country", "countries_only", "is_country", "no_country_for_city"]


@functools.lru_cache(maxsize=1)
def _city_heads() -> frozenset[str]:
    return frozenset(h.casefold() for h in answer_type_tables()["countries"]["city_heads"])


def no_country_for_city(asked: Asked, cands: list[Candidate]) -> list[Candidate]:
    """A city asked ("어느 도시에 들어서나?") is no country: the country written before the
    city ("인도네시아 수라바야", "美 켄터키주 보울링그린") is dropped, its belief with it; none
    is left when the text names only the country."""
    if asked.kind not in {"place", "where"} or asked.head.casefold() not in _city_heads():
        return cands
    # no belief moves: a city of another sentence would take the country's ("콜럼버스에
    # 합작공장을 … 베트남에도 소재 공장을": the materials plant is in no city the text names)
    return [c for c in cands if not is_country(spelled_out([c.text])[0])]  # "美" too


@functools.lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str]]:
    t = answer_type_tables()["countries"]
    return frozenset(h.casefold() for h in t["heads"]), frozenset(name_key(n) for n in t["names"])


def is_country(text: str) -> bool:
    """The text names a country (any spacing, case or particle-free form of its name)."""
    return name_key(text) in _table()[1]


def asks_country(asked: Asked) -> bool:
    """The question's head noun asks a country ("어느 나라", "어느 국가", "which country")."""
    return asked.kind in {"place", "where"} and asked.head.casefold() in _table()[0]


#: how far after the asked name (in characters of its sentence) its country may be written
#: ("앤스로픽은 2021년 설립된 미국의 AI 스타트업"), and how far before it ("미국 실리콘밸리 기반의
#: 벤처캐피털 X")
_AFTER, _BEFORE = 40, 30
#: a country this close before another organisation's name is that one's ("X는 미국 Y와 계약")
_OWNED = 12
_ORGS = frozenset({"Company", "Organization", "Investor"})


def countries_only(
    q: Question, ex, ri: ReaderInput, asked: Asked, cands: list[Candidate]
) -> list[Candidate]:
    """The candidates that are countries written near the name the question asks about, when a
    country is asked; all of them otherwise."""
    if not asks_country(asked):
        return cands
    names = [
        a
        for eid, _ in q.entities
        if (e := ex.entities.get(eid)) is not None
        for a in (e.name, *e.aliases)
        if len(a) >= 2
    ]
    countries = [c for c in cands if is_country(c.text)]
    near = [c for c in countries if _near(c, ri, names)]
    if near or not _where_done(q):
        return near
    # "레일-1 첫 상업 발사는 어느 나라에서 하나?" over "첫 상업 발사는 … 호주 남부 해안의
    # 발사장에서 한다": the country of an act is written with the act, not with the name
    return [c for c in countries if _tells_act(q, ri.passages[c.passage])]


#: the particles after the asked country that make it the place of an act ("어느 나라에서")
_AT = frozenset({"에서", "에"})


def _where_done(q: Question) -> bool:
    """Does the question ask the country where something is done ("어느 나라에서 하나?"),
    not whose country a name is ("어느 나라 회사인가?")?"""
    heads = _table()[0]
    toks = list(q.tokens)
    return not q.english and any(
        a.form.casefold() in heads and b.tag == "JKB" and b.form in _AT
        for a, b in itertools.pairwise(toks)
    )


def _tells_act(q: Question, passage) -> bool:
    """The passage writes the question's act: two nouns of two syllables or more the question
    writes besides its country head, and most of them ("첫 상업 발사"; a name Kiwi reads as a
    common noun, "레일-1"'s 레일, need not be in the act's sentence)."""
    heads = _table()[0]
    nouns = {t.form for t in q.tokens if t.tag == "NNG" and len(t.form) >= 2} - heads
    shared = nouns & {t.form for t in passage.tokens}
    return len(shared) >= 2 and 2 * len(shared) > len(nouns)


def _near(c: Candidate, ri: ReaderInput, names: list[str]) -> bool:
    """The country is written in the sentence of one of ``names``, before it or after it, with
    no other organisation's name between them nor right after the country (True when the
    question names nothing to be near)."""
    if not names or c.span is None:
        return True
    p = ri.passages[c.passage]
    ours = {n for n in names}
    others = [
        (e["start"], e["end"])
        for e in p.entities
        if e.get("type") in _ORGS and e.get("name") not in ours and "start" in e
    ]
    at = c.span.start
    for n in names:
        i = p.text.find(n)
        while i >= 0:
            lo, hi = (i + len(n), at) if at >= i else (at, i)
            between = any(lo <= s < hi for s, _ in others)
            owned = any(c.span.end <= s <= c.span.end + _OWNED for s, _ in others)
            if not between and not owned and -_BEFORE <= at - i <= len(n) + _AFTER:
                return True
            i = p.text.find(n, i + 1)
    return False
