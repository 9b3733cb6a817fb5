"""Deals written as a noun phrase: ``한빛전자의 누리랩 인수``, ``누리랩과 알파소프트의 합병``.

Korean news names a deal by its noun, without a verb of buying, in headlines ("A의 B 인수
마무리"), in league tables ("A의 B 인수 자문을 맡았다") and in background ("A의 B 인수
이후"): the buyer takes 의 and the company bought stands bare right before the noun.  A merger
is written so too, or with both parties listed before 의 ("A와 B의 합병").  A word right
after the noun that says the deal fell through or is only weighed ("인수 무산", "인수 검토",
"인수설") states no deal.  Whether both ends are organisations is decided when every mention is
typed.  The words are data: ``[nominal_deals]`` in grammar.toml.
"""

from __future__ import annotations

import functools

from .clause import SentenceView
from .model import RelationCandidate
from .resources import load_table

__all__ = ["nominal_deal_relations"]


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    t = load_table("grammar.toml").get("nominal_deals", {})
    if not t.get("nouns"):
        raise ValueError("grammar.toml [nominal_deals] needs nouns: a table of Kiwi form -> type")
    return dict(t["nouns"]), frozenset(t.get("not_done", [])), frozenset(t.get("noun_openers", []))


def _name_before(view: SentenceView, k: int, particles: set[str]) -> int | None:
    """The name whose words and particle end right before token k, marked by one of
    ``particles`` ('' for a bare name)."""
    for mid in view.mention_ids:
        m = view.mentions[mid]
        if view.next_tok[mid] == k and m.kind == "name" and m.particle in particles:
            return mid
    return None


def _parties(view: SentenceView, k: int, kind: str) -> tuple[int, int] | None:
    """(buyer or first party, company bought or second party) of the deal noun at token k:
    "A의 B 인수" or, for a merger, "A와 B의 합병" ("A와 B의 인수" says no more than that
    both are in the deal)."""
    target = _name_before(view, k, {""})
    if target is not None:
        owner = _name_before(view, view.first_tok[target], {"의"})
        return None if owner is None else (owner, target)
    second = _name_before(view, k, {"의"})
    if second is None or kind != "MERGED_WITH":
        return None
    first = _name_before(view, view.first_tok[second], {"와", "과"})
    return None if first is None else (first, second)


def nominal_deal_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ACQUIRED or MERGED_WITH from each deal the sentence names by its noun.

    "한빛전자의 누리랩 인수는 지난달 마무리됐다": 한빛전자 ACQUIRED 누리랩;
    "누리랩과 알파소프트의 합병 법인": 누리랩 MERGED_WITH 알파소프트."""
    nouns, not_done, openers = _table()
    toks = view.toks
    out = []
    for k, t in enumerate(toks):
        kind = nouns.get(t.form)
        if t.tag != "NNG" or kind is None or view.inside(k):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and (nxt.tag == "XSV" or nxt.form in not_done):
            continue  # "인수했다" is the verb's (kg.relations); "인수 무산": no deal
        start = k - 1 if k > 0 and toks[k - 1].form in openers else k  # "흡수/NNG 합병/NNG"
        parties = _parties(view, start, kind)
        if parties is None:
            continue
        a, b = parties
        out.append(RelationCandidate(kind, a, b, sentence_id, "nominal-deal", 0.8))
    return out
