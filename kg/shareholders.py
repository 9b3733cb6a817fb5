"""Ranked shareholders: ``X의 최대주주는 B다``, ``B는 X 최대주주에 올랐다``, ``X의 최대주주가
A에서 B로 변경됐다``, ``X의 최대주주인 B 회장``, ``2대 주주인 C는 …``.

Disclosure news tells who owns a company by the holder's rank among its shareholders rather
than by a percentage (kg.holdings reads those).  The company is the name right before the rank
word (``X의``, bare ``X``), else the company the sentences before were about; the holder is the
name the rank word describes (``최대주주인 B``, ``최대주주 B 대표``), the one it is said to be or
become (``최대주주는 B다``, ``…에서 B로``), or the subject that rose to the rank (``B는 X
최대주주에 올랐다``).  Each holder is an investor in the company (INVESTED_IN); a company, a fund
or a person alike.  Holders are often given with their stake in brackets: the bracket is looked
past (``최대주주는 B(35.2%)이며``), and names listed after such a holder, each with its own
bracket, hold stakes too (``최대주주 B(44.0%), C(9.5%) 등이``).  A later rank word of the same
sentence with no company of its own is about the same company (``X의 최대주주는 B이며, 2대
주주는 C다``).

The words are data: kg/resources/shareholders.toml.
"""

from __future__ import annotations

import functools

from .clause import SentenceView, paren_depths
from .coordination import eff_role, with_group
from .model import RelationCandidate
from .names import name_key
from .resources import load_table, resources

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
    return {key: frozenset(t[key]) for key in ("nouns", "become", "hold")}


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


def _past_bracket(view: SentenceView, k: int) -> int:
    """The token after a bracketed note that opens at token k ("B(35.2%)이며"), else k."""
    toks = view.toks
    if k >= len(toks) or toks[k].form != "(":
        return k
    depth = paren_depths(toks)  # a token's depth: ")" is back at the depth of its "("
    return next((j + 1 for j in range(k + 1, len(toks)) if depth[j] == depth[k]), k)


def _companies(
    view: SentenceView, start: int, end: int, holding: bool, earlier: list[int]
) -> list[int]:
    """The company (or companies, "A와 B는 최대주주가 각각 …") whose shareholder the rank
    word names: the name right before it; with the rank word as subject, or its holders the
    subject of holding ("X는 최대주주 B(44.0%) 등이 지분을 갖고 있다"), the sentence's topic;
    else the company of an earlier rank word of the sentence ("X의 최대주주는 A이며, 2대 주주는
    B다"); else the organisation the sentences before were about, unless this sentence names it
    (then it is an actor here: "X는 … 1대주주 B의 지분을 인수했다")."""
    named = _named(view, start)
    if named is not None:
        return [named] if _fits(view, named, _NOT_ORG) else []
    toks = view.toks
    if holding or (end < len(toks) and toks[end].tag in {"JX", "JKS"}):
        topics = [
            mid
            for mid in view.mention_ids
            if view.first_tok[mid] < start and eff_role(view, mid)[0] == "JX"
        ]
        if topics:
            group = sorted(with_group(view, topics[-1], view.mention_ids), key=view.first_tok.get)
            return [mid for mid in group if _fits(view, mid, _NOT_ORG)]
    if earlier:
        return earlier
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
            view.mentions[mid].role == "VCP"
            or view.mentions[mid].particle in {"로", "으로"}
            or _bracket_then_copula(view, mid)
        ):
            return sorted(with_group(view, mid, view.mention_ids), key=view.first_tok.get)
        if toks[k].tag in _CLAUSE_ENDS:
            return []
    return []


def _bracket_then_copula(view: SentenceView, mid: int) -> bool:
    """ "B(35.2%)이며", "B(11.2%)다", "B(35.2%)로": the holder's stake in brackets, then the
    copula or 로."""
    after = _past_bracket(view, view.next_tok[mid])
    return (
        after != view.next_tok[mid]
        and after < len(view.toks)
        and (view.toks[after].tag == "VCP" or view.toks[after].form in {"로", "으로"})
    )


def _listed_after(view: SentenceView, holder: int) -> list[int]:
    """The holder and the names listed after it, when each carries its stake in brackets:
    "최대주주 B(44.0%), C(9.5%) 등이" gives B and C."""
    if _past_bracket(view, view.next_tok[holder]) == view.next_tok[holder]:
        return [holder]
    best = [holder]
    for mid in view.mention_ids:
        if view.first_tok[mid] <= view.first_tok[holder]:
            continue
        group = with_group(view, mid, view.mention_ids)
        if holder in group and all(
            _past_bracket(view, view.next_tok[x]) != view.next_tok[x] for x in group
        ):
            best = group if len(group) > len(best) else best
    return sorted(best, key=view.first_tok.get)


def _holding(view: SentenceView, holders: list[int]) -> bool:
    """The holders are the subject of a verb of holding: "최대주주 B(44.0%), C(9.5%) 등이 지분을
    나눠 갖고 있다"."""
    if not holders:
        return False
    toks, k = view.toks, _past_bracket(view, view.next_tok[holders[-1]])
    k += k < len(toks) and toks[k].form in resources().grammar.list_closers  # "… 등이"
    if k >= len(toks) or toks[k].tag not in {"JKS", "JX"}:
        return False
    return any(t.form in _words()["hold"] for t in toks[k:])


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
    out, last_companies = [], []
    for start, end in _ranks(view):
        described = _described(view, end)
        holders = (
            _listed_after(view, described) if described is not None else _said_to_be(view, end)
        )
        holders = [h for h in holders or _risen(view, start, end) if _fits(view, h, _NOT_ORG)]
        companies = _companies(view, start, end, _holding(view, holders), last_companies)
        last_companies = companies
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
