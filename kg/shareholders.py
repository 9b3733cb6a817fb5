"""Ranked shareholders: ``X의 최대주주는 B다``, ``B는 X 최대주주에 올랐다``, ``X의 최대주주가
A에서 B로 변경됐다``, ``X의 최대주주인 B 회장``, ``2대 주주인 C는 …``.

Disclosure news tells who owns a company by the holder's rank among its shareholders rather
than by a percentage (kg.holdings reads those).  The company is the name right before the rank
word (``X의``, bare ``X``), else the company the sentences before were about; the holder is the
name the rank word describes (``최대주주인 B``, ``최대주주 B 대표``), the one it is said to be or
become (``최대주주는 B다``, ``…에서 B로``), or the subject that rose to the rank (``B는 X
최대주주에 올랐다``).  Each holder is an investor in the company (INVESTED_IN); a company, a fund
or a person alike.

The words are data: kg/resources/shareholders.toml.
"""

from __future__ import annotations

import functools

from .clause import SentenceView
from .coordination import eff_role, with_group
from .model import RelationCandidate
from .names import name_key
from .resources import load_table

__all__ = ["shareholder_relations"]

# types a held company or a holder cannot have: a person who holds a company (its founder, its
# chairman) is told as founder or executive; the gold marks no INVESTED_IN for a founder who
# stays the largest shareholder (round 12)
_NOT_ORG = {"Person", "Place", "Date", "Model"}
# tags that close the clause the rank word is told in
_CLAUSE_ENDS = {"VV", "VA", "EF", "SF", "EC"}
# how far the verb of becoming may follow the rank word, in tokens ("최대주주에 이름을 올렸다")
_REACH = 4
# how many kind nouns may stand between the rank word and its holder ("최대주주인 벤처캐피털 B")
_KINDS = 2
# "A와 B는 최대주주가 각각 C와 D로": the holders in the order of the companies
_EACH = {"각각"}


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    t = load_table("shareholders.toml")
    return {key: frozenset(t[key]) for key in ("nouns", "become")}


def _ranks(view: SentenceView) -> list[tuple[int, int]]:
    """(first token, token after) of each rank word, longest match first ("2대 주주")."""
    toks, nouns, out, k = view.toks, _words()["nouns"], [], 0
    while k < len(toks):
        end = next(
            (
                e
                for e in range(min(k + 3, len(toks)), k, -1)
                if "".join(t.form for t in toks[k:e]) in nouns
            ),
            None,
        )
        if end is not None:
            out.append((k, end))
        k = end or k + 1
    return out


def _fits(view: SentenceView, mid: int, banned: set[str]) -> bool:
    m = view.mentions[mid]
    return m.kind in {"name", "coref"} and m.voted_type not in banned


def _named(view: SentenceView, start: int) -> int | None:
    """The name right before the rank word: "X의 최대주주", "X 최대주주", "X의 새 최대주주"."""
    for mid in view.mention_ids:
        m, k = view.mentions[mid], view.next_tok[mid]
        if k < start and view.toks[k].tag == "MM":
            k += 1
        if k == start and m.kind == "name" and m.particle in {"", "의"}:
            return mid
    return None


def _companies(view: SentenceView, start: int, end: int) -> list[int]:
    """The company (or companies, "A와 B는 최대주주가 각각 …") whose shareholder the rank
    word names: the name right before it; with the rank word as subject, the sentence's topic
    ("X는 최대주주가 …"); else the organisation the sentences before were about, unless this
    sentence names it (then it is an actor here: "X는 … 1대주주 B의 지분을 인수했다")."""
    named = _named(view, start)
    if named is not None:
        return [named] if _fits(view, named, _NOT_ORG) else []
    toks = view.toks
    if end < len(toks) and toks[end].tag in {"JX", "JKS"}:
        topics = [
            mid
            for mid in view.mention_ids
            if view.first_tok[mid] < start and eff_role(view, mid)[0] == "JX"
        ]
        if topics:
            group = sorted(with_group(view, topics[-1], view.mention_ids), key=view.first_tok.get)
            return [mid for mid in group if _fits(view, mid, _NOT_ORG)]
    here = {name_key(view.mentions[mid].text) for mid in view.mention_ids}
    context = ([view.about] if view.about is not None else []) + list(view.prev_topic)
    for mid in context:
        m = view.mentions[mid]
        if _fits(view, mid, _NOT_ORG) and m.kind == "name" and name_key(m.text) not in here:
            return [mid]
    return []


def _described(view: SentenceView, end: int) -> int | None:
    """The holder the rank word describes: "최대주주 B 대표", "최대주주인 (벤처캐피털) B"."""
    toks = view.toks
    if end + 1 < len(toks) and toks[end].tag == "VCP" and toks[end + 1].tag == "ETM":
        end += 2
    for k in range(end, min(end + _KINDS + 1, len(toks))):
        if view.at(k) is not None:
            return view.at(k)
        if toks[k].tag not in {"NNG", "NNP"}:
            return None  # "최대주주인 벤처캐피털 B": kind nouns may stand before the holder
    return None


def _said_to_be(view: SentenceView, end: int) -> list[int]:
    """The holder the rank word is said to be or become: "최대주주는 B다", "…가 A에서 B로"."""
    toks = view.toks
    if end >= len(toks) or toks[end].tag not in {"JX", "JKS"}:
        return []
    for k in range(end + 1, len(toks)):
        mid = view.at(k)
        if mid is not None and (
            view.mentions[mid].role == "VCP" or view.mentions[mid].particle in {"로", "으로"}
        ):
            return sorted(with_group(view, mid, view.mention_ids), key=view.first_tok.get)
        if toks[k].tag in _CLAUSE_ENDS:
            return []
    return []


def _risen(view: SentenceView, start: int, end: int) -> list[int]:
    """The subject that rose to the rank: "B는 X 최대주주에 올랐다", "B가 X의 최대주주가 됐다"."""
    toks, become = view.toks, _words()["become"]
    if end >= len(toks) or toks[end].form not in {"에", "로", "으로", "가", "이"}:
        return []
    if not any(t.form in become for t in toks[end + 1 : end + 1 + _REACH]):
        return []
    subjects = [
        mid
        for mid in view.mention_ids
        if view.first_tok[mid] < start and eff_role(view, mid)[0] in {"JKS", "JX"}
    ]
    return sorted(view.expand(subjects[-1:])) if subjects else []


def shareholder_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """INVESTED_IN from each ranked shareholder the sentence names to the company it holds.

    "한결소재의 최대주주가 다온캐피탈에서 누리홀딩스로 변경됐다": 누리홀딩스 INVESTED_IN
    한결소재."""
    out = []
    for start, end in _ranks(view):
        companies = _companies(view, start, end)
        described = _described(view, end)
        holders = [described] if described is not None else _said_to_be(view, end)
        holders = [h for h in holders or _risen(view, start, end) if _fits(view, h, _NOT_ORG)]
        out.extend(
            RelationCandidate("INVESTED_IN", h, c, sentence_id, "shareholder", 0.8)
            for h, c in _paired(view, holders, companies)
            if h != c
        )
    return out


def _paired(view: SentenceView, holders: list[int], companies: list[int]) -> list[tuple]:
    """Each holder with its company: one company holds them all; several companies take the
    holders in order when the sentence says so ("각각")."""
    if len(companies) == 1:
        return [(h, companies[0]) for h in holders]
    if len(companies) == len(holders) > 1 and any(t.form in _EACH for t in view.toks):
        return list(zip(holders, companies))
    return []
