"""A joint venture named after its parents: ``A·B 합작사 C``, ``A와 B의 합작법인 'C'``.

News often names a joint venture once, as an apposition: the parents as a list before the noun
that says what it is (합작사, 합작법인), the venture's name after it.  Each parent FOUNDED the
venture, as when the text says "A와 B가 합작법인 C를 세웠다" (kg.relations reads that one from
its verb).  The words are data: resources/ventures.toml.
"""

from __future__ import annotations

import functools

from .clause import SentenceView, group_of
from .model import RelationCandidate
from .resources import load_table

__all__ = ["venture_relations"]

# particles a parent may carry inside the list: none ("A·B"), 와/과 ("A와 B의"), 의 on the last
_LIST_PARTICLES = {"", "와", "과", "의"}


@functools.lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    t = load_table("ventures.toml")
    return frozenset(t["nouns"]), frozenset(t["separators"]), frozenset(t["quotes"])


def _venture_noun(view: SentenceView, k: int) -> int:
    """How many tokens from k spell a joint-venture noun (0 when none do)."""
    nouns = _table()[0]
    for n in (1, 2):
        if k + n <= len(view.toks) and "".join(t.form for t in view.toks[k : k + n]) in nouns:
            return n
    return 0


def _parents(view: SentenceView, k: int) -> list[int]:
    """The list of names that ends right before token k ("A·B", "A와 B의"), in text order."""
    seps = _table()[1]
    out: list[int] = []
    end = k
    for mid in sorted(view.mention_ids, key=lambda m: -view.first_tok[m]):
        if view.next_tok[mid] < end - 1 or view.mentions[mid].particle not in _LIST_PARTICLES:
            continue
        gap = view.toks[view.next_tok[mid] : end]
        if view.next_tok[mid] > end or (gap and (len(gap) > 1 or gap[0].form not in seps)):
            break
        if out and view.mentions[mid].particle == "의":
            break  # "A의 B·C 합작사": A owns what follows, it is not a parent
        out.insert(0, mid)
        end = view.first_tok[mid]
    return out if out and view.mentions[out[-1]].particle in {"", "의"} else []


def _venture(view: SentenceView, j: int) -> int | None:
    """The name right after the noun (token j), past an opening quotation mark."""
    if j < len(view.toks) and view.toks[j].form in _table()[2]:
        j += 1
    return view.at(j)


def venture_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ "한빛전자·누리소프트 합작사 새솔에너지는": 한빛전자 and 누리소프트 FOUNDED 새솔에너지."""
    out = []
    for k in range(1, len(view.toks)):
        n = _venture_noun(view, k)
        venture = _venture(view, k + n) if n else None
        if venture is None:
            continue
        for parent in _parents(view, k):
            for s in group_of(view, parent):
                out.append(
                    RelationCandidate("FOUNDED", s, venture, sentence_id, "venture-named", 0.9)
                )
    return out
