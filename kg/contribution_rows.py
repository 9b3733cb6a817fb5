"""Rows of money several parties put in, each with its own amount: who invested in what.

News tells a joint venture's capital, a fund's backers or a round's investors as a row of parties
and sums: ``한빛화학이 600억 원, 누리에너지가 400억 원을 출자했다``, ``한빛화학(600억 원)과
누리에너지(400억 원)가 참여했다``, ``한빛화학은 600억 원을, 누리에너지는 400억 원을 각각
출자해 합작법인 그린셀을 세운다``, ``한빛화학과 누리에너지가 각각 100억 원씩 그린셀에
투자했다``.  Every party of the row INVESTED_IN what receives the money: the name the verb puts
the money into (``그린셀에``, ``한진 유상증자에``), the company the row founds (``합작법인
그린셀을 세운다``), else the company whose round the text tells (kg.funding's ``Round``), else the
one the sentences before were about.  A row is two parties or more; the words are data:
kg/resources/contributions.toml.
"""

from __future__ import annotations

import functools

from .amounts import amount_end
from .clause import SentenceView
from .coordination import eff_role
from .funding import Round
from .holdings import context_owner
from .model import RelationCandidate
from .relations import negated
from .resources import load_table, resources

__all__ = ["contribution_relations"]

_ORGS = {"Company", "Organization"}
# types that never receive an investment
_NOT_RECEIVERS = {"Person", "Place", "Date", "Model"}
# tags of a predicate's stem: the row's verb is the first after its last amount
_PREDICATE_TAGS = {"VV", "VA", "VCP", "VX"}


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return load_table("contributions.toml")


def _amount_after(view: SentenceView, mid: int) -> int | None:
    """The token after the amount written right after a party — "A가 80억 원,", "A는 각각
    100억 원씩", "A(600억 원)와" — when what follows the amount makes it the party's share."""
    toks, t = view.toks, _table()
    k = view.next_tok[mid]
    bracketed = k < len(toks) and toks[k].form == "("
    k += bracketed
    while k < len(toks) and toks[k].form in t["each"]:
        k += 1
    end = amount_end(toks, k)
    if end is None or (bracketed and (end >= len(toks) or toks[end].form != ")")):
        return None
    if end < len(toks) and toks[end].form not in t["after_amount"]:
        return None  # "A가 300억 원 규모의": a size, no share
    return end


def _listed_before(view: SentenceView, mid: int) -> list[int]:
    """The names listed before a party and joined to it ("A와 B가 각각", "A·B가 각각")."""
    joiners = resources().grammar.list_joiners
    out = []
    starts = {view.first_tok[m]: m for m in view.mention_ids}
    prev = {view.next_tok[m]: m for m in view.mention_ids}
    k = view.first_tok[mid]
    while True:
        before = prev.get(k)
        if before is None and k > 0 and view.toks[k - 1].form in joiners:
            before = prev.get(k - 1)  # "A·B": the joiner is a token of its own
        if before is None or starts.get(k) is None:
            return out
        m = view.mentions[before]
        if m.role != "JC" and view.toks[view.next_tok[before] - 1].form not in joiners:
            return out
        out.append(before)
        k = view.first_tok[before]


def _parties(view: SentenceView) -> tuple[list[int], int]:
    """The parties of the row (mention indices) and the token after its last amount."""
    g = resources().grammar
    marks = set(g.particles["subject"]) | set(g.particles["topic"])
    parties: list[int] = []
    last = -1
    for mid in view.mention_ids:
        if view.mentions[mid].kind == "date" or mid not in view.next_tok:
            continue
        end = _amount_after(view, mid)
        if end is None:
            continue
        role, particle = eff_role(view, mid)
        bracketed = view.toks[view.next_tok[mid]].form == "("
        if not bracketed and not (role in {"JKS", "JX"} and particle in marks):
            continue
        parties += [m for m in _listed_before(view, mid) if m not in parties] + [mid]
        last = max(last, end)
    each = _each_parties(view, marks)
    if each is not None and len(parties) < 2:
        return each
    return parties, last


def _each_parties(view: SentenceView, marks: set[str]) -> tuple[list[int], int] | None:
    """A list of subjects given their amounts after 각각, with the receiver between ("A와 B가
    자회사 C 유상증자에 각각 200억 원, 100억 원을 투입한다"): the list and the token after the
    first amount."""
    toks = view.toks
    for k, t in enumerate(toks):
        end = amount_end(toks, k + 1) if t.form in _table()["each"] else None
        if end is None:
            continue
        subjects = [
            m
            for m in view.mention_ids
            if view.first_tok.get(m, k) < k
            and eff_role(view, m)[0] in {"JKS", "JX"}
            and eff_role(view, m)[1] in marks
            and view.mentions[m].role != "JC"
        ]
        if subjects:
            head = max(subjects, key=lambda m: view.first_tok[m])
            return [*reversed(_listed_before(view, head)), head], end
    return None


def _verb_after(view: SentenceView, k: int) -> int | None:
    """The token of the row's verb: a predicate after token k and before the sentence's end
    that puts money in and is not negated ("나눠 낸다", not "출자하지 않았다")."""
    toks, verbs = view.toks, set(_table()["verbs"])
    for j in range(k, len(toks)):
        t = toks[j]
        if t.tag in {"EF", "SF"}:
            return None
        # "출자했다", "출자키로 했다" (하기로 contracted: 출자/NNG 키/NNG 로/JKB)
        after = toks[j + 1] if j + 1 < len(toks) else None
        noun_verb = (
            t.tag == "NNG" and after is not None and (after.tag == "XSV" or after.form == "키")
        )
        if (t.tag in _PREDICATE_TAGS or noun_verb) and t.form in verbs:
            return None if negated(toks, j) else j
    return None


def _receives(view: SentenceView, mid: int) -> bool:
    m = view.mentions[mid]
    if m.kind == "coref":
        return bool(m.antecedents)
    return m.kind == "name" and m.voted_type not in _NOT_RECEIVERS


def _named_receiver(view: SentenceView, parties: set[int]) -> int | None:
    """What the sentence puts the money into: a name under a target particle ("그린셀에",
    "이 펀드에는"), a company before its capital call ("한진 유상증자에"), or the company the
    row founds ("합작법인 그린셀을 세운다")."""
    g, t = resources().grammar, _table()
    toks = view.toks
    others = [m for m in view.mention_ids if m not in parties and _receives(view, m)]
    for mid in others:
        particle = eff_role(view, mid)[1]
        if any(particle == p or particle == p + "는" for p in g.particles["target"]):
            return mid
    for mid in others:
        particle, k = view.mentions[mid].particle, view.next_tok[mid]
        j = k
        while j < len(toks) and toks[j].tag == "NNG":
            j += 1  # "유상증자" is 유상/NNG 증자/NNG
        call = "".join(x.form for x in toks[k:j])
        if particle in {"", "의"} and call in t["capital_calls"] and toks[j : j + 1]:
            if toks[j].tag == "JKB":
                return mid
    for mid in others:
        particle, k = view.mentions[mid].particle, view.next_tok[mid]
        if particle in {"을", "를"} and toks[k : k + 1] and toks[k].form in t["founding_verbs"]:
            return mid
    return None


def _unnamed_target(view: SentenceView) -> str | None:
    """The noun of a target phrase that names no one ("이 펀드에는" -> 펀드, "이번 투자에는"
    -> 투자), or None."""
    target = resources().grammar.particles["target"]
    for k, t in enumerate(view.toks[1:], 1):
        noun = view.toks[k - 1]
        if t.tag == "JKB" and t.form in target and noun.tag == "NNG" and not view.inside(k - 1):
            return noun.form
    return None


def _named_before(view: SentenceView, noun: str) -> int | None:
    """The last name written before the sentence that ends with the noun of its target phrase:
    "이 펀드에는" after "'새싹벤처펀드'를 결성했다" is 새싹벤처펀드."""
    first = min(view.mention_ids, default=len(view.mentions))
    for mid in range(first - 1, -1, -1):
        m = view.mentions[mid]
        if m.kind == "name" and m.text.endswith(noun) and len(m.text) > len(noun):
            return mid
    return None


def _receivers(view: SentenceView, parties: list[int], state: Round) -> list[int]:
    """What receives the row's money: the name the sentence gives it, else — when the sentence
    puts the money into nothing named, or into a round or a capital call ("이번 투자에는",
    "증자에") — the company whose round is told, else the one the text was about (kg.holdings);
    "이 펀드에는" points at the last name before that ends with 펀드."""
    named = _named_receiver(view, set(parties))
    if named is not None:
        return [named]
    g, t = resources().grammar, _table()
    noun = _unnamed_target(view)
    if noun is not None and noun not in g.round_words | set(t["capital_calls"]):
        before = _named_before(view, noun)
        return [] if before is None else [before]
    if state.recipients:
        return state.recipients[:1]
    owner = context_owner(view, set(parties))
    return [] if owner is None else [owner]


def contribution_relations(
    view: SentenceView, sentence_id: str, state: Round
) -> list[RelationCandidate]:
    """INVESTED_IN from every party of a row of contributions to what receives the money.

    "그린셀에는 한빛화학이 600억 원, 누리에너지가 400억 원을 출자했다": 한빛화학 and
    누리에너지 INVESTED_IN 그린셀."""
    parties, last = _parties(view)
    if len(parties) < 2 or _verb_after(view, last) is None:
        return []
    receivers = [r for r in _receivers(view, parties, state) if r not in parties]
    investors = [x for m in parties for x in view.expand([m])]
    return [
        RelationCandidate("INVESTED_IN", i, r, sentence_id, "contribution", 0.85)
        for i in investors
        if view.mentions[i].voted_type in _ORGS
        for r in receivers
        if r != i
    ]
