"""Members of a consortium: ``X 컨소시엄에는 A와 B가 참여했다``, ``컨소시엄에는 X 외에 A와 B가
참여했다``, ``X 컨소시엄에는 ▲A ▲B 등 9개 기관이 이름을 올렸다``.

News names a consortium by its lead (the name written right before the word, or the one the
sentence names beside the others: ``X 외에``, ``X를 비롯해``) and lists who joined it (the
consortium under 에/에는, a verb of joining after the members).  The lead is each member's
partner (PARTNER_OF); whether both ends are organisations is decided later, when every mention
is typed.

The words are data: ``[consortia]`` in grammar.toml.
"""

from __future__ import annotations

import functools

from .clause import SentenceView
from .model import RelationCandidate
from .resources import load_table

__all__ = ["consortium_relations"]

# types a consortium's lead or member cannot have
_NOT_MEMBER = {"Person", "Place", "Date", "Model"}


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    t = load_table("grammar.toml")["consortia"]
    return {key: frozenset(t[key]) for key in ("group", "besides", "join")}


def _joined_at(view: SentenceView, k: int) -> int | None:
    """The token of the verb of joining after the group word at k, if the group word is where
    members join (``컨소시엄에는``) and no other predicate comes first."""
    toks = view.toks
    if k + 1 >= len(toks) or toks[k + 1].form != "에":
        return None
    for j in range(k + 2, len(toks)):
        t = toks[j]
        verb = t.tag == "VV" or (t.tag == "NNG" and j + 1 < len(toks) and toks[j + 1].tag == "XSV")
        if verb:
            return j if t.form in _words()["join"] else None
        if t.tag in {"EF", "EC", "ETM", "SF"}:
            return None
    return None


def _lead(view: SentenceView, k: int, verb: int) -> int | None:
    """The name right before the group word ("X 컨소시엄에는"), else the one named beside the
    members between it and the verb ("X 외에", "X를 비롯해")."""
    besides = _words()["besides"]
    for mid in view.mention_ids:
        m = view.mentions[mid]
        nxt = view.next_tok[mid]
        if m.kind != "name":
            continue
        if nxt == k and m.particle == "":
            return mid
        if k < view.first_tok[mid] < verb:
            after = [t.form for t in view.toks[nxt : nxt + 2]]
            if after[:1] and (after[0] in besides or after[-1] in besides):
                return mid
    return None


def consortium_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """PARTNER_OF from a consortium's lead to each member the sentence says joined it.

    "한빛정밀 컨소시엄에는 로봇 업체 다온로보틱스와 가람대학교가 참여했다": 한빛정밀 PARTNER_OF
    다온로보틱스, 한빛정밀 PARTNER_OF 가람대학교."""
    out = []
    for k, tok in enumerate(view.toks):
        if tok.form not in _words()["group"]:
            continue
        verb = _joined_at(view, k)
        lead = None if verb is None else _lead(view, k, verb)
        if lead is None:
            continue
        for mid in view.mention_ids:
            m = view.mentions[mid]
            if (
                mid != lead
                and m.kind == "name"
                and k < view.first_tok[mid] < verb
                and m.voted_type not in _NOT_MEMBER
            ):
                out.append(
                    RelationCandidate("PARTNER_OF", lead, mid, sentence_id, "consortium", 0.8)
                )
    return out
