"""Buying a stake: ``A는 B 지분 62%를 350억원에 인수한다``.

News writes an acquisition as the purchase of the company's shares: the object of the verb is
the word for a stake (``지분``), and the company whose stake it is stands before it, bare or with
``의``.  A majority (more than half), the whole (100%) or control (``경영권``) makes A the buyer of B
(ACQUIRED); a minority stake is an investment in B (INVESTED_IN); a stake of no stated size
says neither, and is left to the relation scorer.  The buyer is the clause's subject or topic
before B.

The words are data: ``[stakes]`` in grammar.toml.
"""

from __future__ import annotations

import re

from .clause import SentenceView
from .coordination import eff_role
from .model import RelationCandidate
from .resources import resources

__all__ = ["stake_relations"]

_PERCENT = re.compile(r"(\d+(?:\s*\.\s*\d+)?)\s*(?:%|퍼센트)")
# tokens that end the clause the purchase is told in
_CLAUSE_ENDS = {"EF", "SF"}
# how far the verb of buying may follow the stake word, in tokens ("지분 62%를 350억원에 인수")
_REACH = 12


def _owner(view: SentenceView, k: int) -> int | None:
    """The company written right before the stake word at token k ("B 지분", "B의 지분")."""
    for mid in view.mention_ids:
        m = view.mentions[mid]
        if view.next_tok[mid] == k and m.kind == "name" and m.particle in {"", "의"}:
            return mid
    return None


def _bought_at(view: SentenceView, k: int) -> int | None:
    """The token of the verb that buys the stake at token k, within its clause."""
    t = resources().grammar.stakes
    toks = view.toks
    for j in range(k + 1, min(len(toks), k + _REACH)):
        if toks[j].tag in _CLAUSE_ENDS:
            return None
        if toks[j].form in t["buy"]:
            return j
    return None


def _buyer(view: SentenceView, owner: int) -> int | None:
    """The nearest name before the owner that is its clause's subject or topic."""
    g = resources().grammar
    marks = set(g.particles["subject"]) | set(g.particles["topic"])
    before = [m for m in view.mention_ids if view.first_tok[m] < view.first_tok[owner]]
    for mid in reversed(before):
        role, particle = eff_role(view, mid)
        if view.mentions[mid].kind == "name" and role in {"JKS", "JX"} and particle in marks:
            return mid
    return None


def _kind(view: SentenceView, k: int, verb: int) -> str | None:
    """ACQUIRED for control, INVESTED_IN for a minority stake, None when the size is not said
    (the size: a percentage between the stake word at k and the verb)."""
    t = resources().grammar.stakes
    words = "".join(x.form for x in view.toks)
    if any(w in words for w in t["control"]):
        return "ACQUIRED"
    m = _PERCENT.search(" ".join(x.form for x in view.toks[k:verb]))
    if m is None:
        return None
    return "ACQUIRED" if float(m.group(1)) > 50 else "INVESTED_IN"


def stake_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ACQUIRED or INVESTED_IN for each stake the sentence's subject buys of a named company."""
    t = resources().grammar.stakes
    out = []
    for k, tok in enumerate(view.toks):
        if tok.form not in t["stake"]:
            continue
        owner, verb = _owner(view, k), _bought_at(view, k)
        if owner is None or verb is None:
            continue
        buyer = _buyer(view, owner)
        kind = _kind(view, k, verb)
        if buyer is not None and kind is not None:
            out.append(RelationCandidate(kind, buyer, owner, sentence_id, "stake", 0.85))
    return out
