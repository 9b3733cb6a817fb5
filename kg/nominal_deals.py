"""Deals written as a noun phrase: ``한빛전자의 누리랩 인수``, ``누리랩과 알파소프트의 합병``.

Korean news names a deal by its noun, without a verb of buying, in headlines ("A의 B 인수
마무리"), in league tables ("A의 B 인수 자문을 맡았다") and in background ("A의 B 인수
이후"): the buyer takes 의 and the company bought stands bare right before the noun.  A merger
is written so too, with both parties listed before 의 ("A와 B의 합병"), or listed bare before
the noun or a word for between ("A·B 합병법인", "A와 B 간 합병", "A와 B 사이의 합병").  A word right
after the noun that says the deal fell through or is only weighed ("인수 무산", "인수 검토",
"인수설") states no deal.  Whether both ends are organisations is decided when every mention is
typed.  The words are data: ``[nominal_deals]`` in grammar.toml.
"""

from __future__ import annotations

import functools

from .clause import SentenceView
from .coordination import with_group
from .model import RelationCandidate
from .resources import load_table, resources

__all__ = ["nominal_deal_relations"]


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    t = load_table("grammar.toml").get("nominal_deals", {})
    if not t.get("nouns"):
        raise ValueError("grammar.toml [nominal_deals] needs nouns: a table of Kiwi form -> type")
    return {
        "nouns": dict(t["nouns"]),
        **{key: frozenset(t.get(key, [])) for key in ("not_done", "noun_openers", "between")},
    }


def _name_before(view: SentenceView, k: int, particles: set[str]) -> int | None:
    """The name whose words and particle end right before token k, marked by one of
    ``particles`` ('' for a bare name)."""
    for mid in view.mention_ids:
        m = view.mentions[mid]
        if view.next_tok[mid] == k and m.kind == "name" and m.particle in particles:
            return mid
    return None


def _before_between(view: SentenceView, k: int) -> int:
    """Where the parties of a merger noun at token k end: before a word for between ("A와 B
    간 합병", "A와 B 사이의 합병"), else k."""
    toks, between = view.toks, _table()["between"]
    j = k - 1 if k >= 2 and toks[k - 1].form == "의" else k
    if j >= 1 and toks[j - 1].form in between and view.at(j - 1) is None:
        return j - 1
    return k


def _joined(view: SentenceView, first: int) -> bool:
    """The first party is joined to the second by 와/과 or a middle dot ("A와 B 합병", "A·B
    합병"), not by a comma, which in a headline closes a topic ("공정위, A-B 합병 승인")."""
    joiner = view.toks[view.next_tok[first]].form
    return view.mentions[first].role == "JC" or (
        joiner in resources().grammar.list_joiners and joiner != ","
    )


def _parties(view: SentenceView, k: int, kind: str) -> tuple[int, int] | None:
    """(buyer or first party, company bought or second party) of the deal noun at token k:
    "A의 B 인수" or, for a merger, "A와 B의 합병", "A·B 합병", "A와 B 간 합병" ("A와 B의
    인수" says no more than that both are in the deal)."""
    if kind == "MERGED_WITH":
        k = _before_between(view, k)
    target = _name_before(view, k, {""})
    if target is not None:
        owner = _name_before(view, view.first_tok[target], {"의"})
        if owner is not None:
            return owner, target
        group = with_group(view, target, view.mention_ids) if kind == "MERGED_WITH" else []
        return (group[1], target) if len(group) == 2 and _joined(view, group[1]) else None
    second = _name_before(view, k, {"의"})
    if second is None or kind != "MERGED_WITH":
        return None
    first = _name_before(view, view.first_tok[second], {"와", "과"})
    return None if first is None else (first, second)


def nominal_deal_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ACQUIRED or MERGED_WITH from each deal the sentence names by its noun.

    "한빛전자의 누리랩 인수는 지난달 마무리됐다": 한빛전자 ACQUIRED 누리랩;
    "누리랩과 알파소프트의 합병 법인": 누리랩 MERGED_WITH 알파소프트."""
    table = _table()
    nouns, not_done, openers = table["nouns"], table["not_done"], table["noun_openers"]
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
