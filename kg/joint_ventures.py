"""A joint venture named after its parents: ``A·B 합작사 C``, ``A와 B의 합작법인 'C'``.

News often names a joint venture once, as an apposition: the parents as a list before the noun
that says what it is (합작사, 합작법인), the venture's name after it.  Each parent FOUNDED the
venture, as when the text says "A와 B가 합작법인 C를 세웠다" (kg.relations reads that one from
its verb).  The words are data: resources/ventures.toml.
"""

from __future__ import annotations

import functools

from .clause import SentenceView, group_of, paren_depths
from .model import RelationCandidate
from .resources import load_table

__all__ = ["venture_clause_relations", "venture_relations"]

# particles a parent may carry inside the list: none ("A·B"), 와/과 ("A와 B의"), 의 on the last
_LIST_PARTICLES = {"", "와", "과", "의"}


@functools.lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    t = load_table("ventures.toml")
    return (
        frozenset(t["nouns"]),
        frozenset(t["separators"]),
        frozenset(t["quotes"]),
        frozenset(t["founding_verbs"]),
    )


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


# tokens a parent's description may be made of, between "A와" and the next parent ("A와 캐나다
# 인프라 투자사 B가"): nouns, foreign words, numbers
_DESCRIPTION = {"NNG", "NNP", "SL", "SN"}
# what follows the venture noun when it says what the topic is: "합작사로", "합작사다", "합작사이며"
_IS_WORDS = {"JKB", "VCP"}


def _founding_verb(view: SentenceView, k: int) -> bool:
    """Do the tokens before the venture noun at k end in a founding verb made a modifier ("세운",
    "설립한")?"""
    toks, verbs = view.toks, _table()[3]
    if k < 2 or toks[k - 1].tag != "ETM":
        return False
    if toks[k - 2].tag == "VV":
        return toks[k - 2].form in verbs
    return k >= 3 and toks[k - 2].tag == "XSV" and toks[k - 3].form in verbs


def _clause_parents(view: SentenceView, verb: int) -> list[int]:
    """The subject list of the founding verb: "A와 (described) B가 2021년 세운" -> [A, B]."""
    depth = paren_depths(view.toks)
    before = sorted(
        (m for m in view.mention_ids if view.next_tok[m] <= verb and not depth[view.first_tok[m]]),
        key=lambda m: view.first_tok[m],
    )
    subjects = [m for m in before if view.mentions[m].role == "JKS"]
    if not subjects:
        return []
    last = subjects[-1]
    between = [m for m in before if view.first_tok[m] > view.first_tok[last]]
    if any(view.mentions[m].voted_type != "Date" for m in between):
        return []  # another name between the subject and its verb: not this clause's subject
    out = [last]
    for m in reversed([m for m in before if view.first_tok[m] < view.first_tok[last]]):
        if view.mentions[m].voted_type == "Place" and not view.mentions[m].particle:
            continue  # part of the next parent's description ("캐나다 인프라 투자사 B")
        if view.mentions[m].role != "JC" or view.mentions[m].voted_type not in _ORGS:
            break
        gap = view.toks[view.next_tok[m] : view.first_tok[out[0]]]
        if len(gap) > 5 or any(t.tag not in _DESCRIPTION for t in gap):
            break
        out.insert(0, m)
    return out


_ORGS = {"Company", "Organization"}


def venture_clause_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ "새솔에너지는 한빛전자와 누리소프트가 2020년 세운 합작사로": both FOUNDED 새솔에너지.

    The venture is the sentence's topic; its parents are the subject of the founding verb the
    venture noun is modified by."""
    out = []
    toks = view.toks
    for k in range(2, len(toks)):
        n = _venture_noun(view, k)
        if not n or not _founding_verb(view, k):
            continue
        if k + n < len(toks) and toks[k + n].tag not in _IS_WORDS:
            continue
        parents = _clause_parents(view, k - 1)
        if not parents:
            continue
        first = view.first_tok[parents[0]]
        topics = [
            m
            for m in view.mention_ids
            if view.first_tok[m] < first
            and view.mentions[m].role == "JX"
            and view.mentions[m].voted_type in _ORGS
        ]
        if len(topics) != 1:
            continue
        out += [
            RelationCandidate("FOUNDED", p, topics[0], sentence_id, "venture-clause", 0.85)
            for p in parents
        ]
    return out
