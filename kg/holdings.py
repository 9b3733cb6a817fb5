"""Holding a stake: ``지분은 A가 40%, B가 25%를 갖는다``, ``C는 3.5%를 보유하고 있다``.

News lists who owns a company as its shareholders, each with a percentage, and often leaves the
company unnamed in the sentence: it is the company the sentences before were about (a joint
venture just named, a company going public), or the one whose stake the sentence names
(``A는 B 지분 12%를 보유``).  Each holder is an investor in it (INVESTED_IN), also where the
holders own all of it between them (``A가 51%, B가 49%를 갖는다``): a joint venture's parents put
its capital in (tests/gold/README.md, the joint-venture convention); only a holder of 100% alone,
a subsidiary's parent, is left out.

The words are data: ``[stakes]`` in grammar.toml (``stake``, ``hold``, ``not_stakes``).
"""

from __future__ import annotations

import re

from .clause import SentenceView, paren_depths
from .coordination import eff_role
from .model import RelationCandidate
from .names import name_key
from .resources import resources

__all__ = ["context_owner", "holding_relations"]

_PERCENT = re.compile(r"\d+(?:\.\d+)?")
# tokens that close the clause a holder's percentage belongs to, unless they are the holding verb
_CLAUSE_ENDS = {"VV", "VA", "XSV", "VCP", "VX", "EF", "SF", "ETM", "ETN"}
# types a held company cannot have
_NOT_HELD = {"Person", "Place", "Date", "Model"}


def _percent_after(view: SentenceView, mid: int) -> int | None:
    """The token of the '%' right after a holder ("A가 40%", "A가 지분 40%", "A는 B 지분 12%",
    "A는 B의 지분 12%"), if there is one."""
    toks, stake = view.toks, resources().grammar.stakes["stake"]
    k = view.next_tok[mid]
    held = view.at(k)
    if held is not None and view.mentions[held].particle in {"", "의"}:
        k = view.next_tok[held]
    if k < len(toks) and toks[k].form in stake:
        k += 1
    if k + 1 < len(toks) and toks[k].tag == "SN" and toks[k + 1].form in {"%", "퍼센트"}:
        return k + 1
    return None


def _held_by_verb(view: SentenceView, pct: int) -> bool:
    """Does the percentage at token pct end in a verb of holding ("…를 갖는다", "보유하고")?"""
    toks, hold = view.toks, resources().grammar.stakes["hold"]
    for j in range(pct + 1, len(toks)):
        t = toks[j]
        if t.form in hold and (
            t.tag == "VV" or (t.tag == "NNG" and j + 1 < len(toks) and toks[j + 1].tag == "XSV")
        ):
            return True
        if t.tag in _CLAUSE_ENDS:
            return False
    return False


def _holders(view: SentenceView) -> list[tuple[int, float]]:
    """Each subject or topic written with a percentage its clause says it holds."""
    g = resources().grammar
    marks = set(g.particles["subject"]) | set(g.particles["topic"])
    out = []
    for mid in view.mention_ids:
        if view.mentions[mid].kind != "name":
            continue
        role, particle = eff_role(view, mid)
        pct = _percent_after(view, mid) if role in {"JKS", "JX"} and particle in marks else None
        if pct is None or not _held_by_verb(view, pct):
            continue
        out.append((mid, float(_PERCENT.search(view.toks[pct - 1].form).group())))
    return out


def _named_owner(view: SentenceView, holders: set[int]) -> int | None:
    """The company whose stake the sentence names: "B 지분", "B의 지분"."""
    stake = resources().grammar.stakes["stake"]
    for mid in view.mention_ids:
        m = view.mentions[mid]
        k = view.next_tok[mid]
        if (
            mid not in holders
            and m.kind == "name"
            and m.particle in {"", "의"}
            and k < len(view.toks)
            and view.toks[k].form in stake
        ):
            return mid
    return None


def context_owner(view: SentenceView, holders: set[int]) -> int | None:
    """The last name the sentence writes before its holders ("합작법인의 이름은 'C'로 정해졌으며,
    A가 51%, B가 49%를 출자한다"), else the company the sentences before were about, else the last
    name the sentence before the holders wrote (the joint venture just named), that is none of
    the holders."""
    held_by = {name_key(view.mentions[h].text) for h in view.expand(holders)}

    def fits(mid: int) -> bool:
        m = view.mentions[mid]
        return (
            m.kind == "name" and m.voted_type not in _NOT_HELD and name_key(m.text) not in held_by
        )

    start = min(view.first_tok[h] for h in holders)
    depth = paren_depths(view.toks)
    # a name in parentheses glosses the name before it ("B(North Bridge)"): B's, never the owner
    before = [
        m
        for m in view.mention_ids
        if view.first_tok[m] < start and fits(m) and not depth[view.first_tok[m]]
    ]
    if before:
        return max(before, key=lambda m: view.first_tok[m])
    for mid in view.expand(view.prev_topic or []):
        if fits(mid):
            return mid
    first = min(view.mention_ids, default=len(view.mentions))
    sentence = None
    for mid in range(first - 1, -1, -1):
        if sentence is not None and view.mentions[mid].sentence_id != sentence:
            break
        sentence = view.mentions[mid].sentence_id
        if fits(mid):
            return mid
    return None


def holding_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """INVESTED_IN from each shareholder the sentence lists to the company they hold.

    "지분은 한빛전자가 40%, 누리AI가 25%를 갖는다" after a sentence that named the joint venture
    "바다랩스": 한빛전자 INVESTED_IN 바다랩스, 누리AI INVESTED_IN 바다랩스."""
    t = resources().grammar.stakes
    words = "".join(x.form for x in view.toks)
    if any(w in words for w in t["not_stakes"]):
        return []
    holders = _holders(view)
    if not holders:
        return []
    ids = {h for h, _ in holders}
    owner = _named_owner(view, ids)
    if owner is None:
        owner = context_owner(view, ids)
    if owner is None:
        return []
    return [
        RelationCandidate("INVESTED_IN", h, owner, sentence_id, "stake-held", 0.8)
        for h, share in holders
        if share < 100 and h != owner
    ]
