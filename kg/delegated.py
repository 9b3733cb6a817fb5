"""Work handed to a partner: ``정밀지도는 지도 전문기업 맵시티가 맡았다``.

News tells who else works on a company's project by naming the task as the topic (a common
noun with 은/는) and the partner as the subject of a verb of taking on the work (맡다, 담당하다,
공급하다), leaving the company the work is done for unnamed: it is the one the task is written
with ("라온텍의 법률 자문은 A가 맡았다"), else the organisation the sentences before were
about, else the one the document is about.  Each doer is that company's partner (PARTNER_OF);
whether both ends are organisations is decided later, when every mention is typed.

The verbs are data: ``[delegated]`` in grammar.toml.
"""

from __future__ import annotations

import functools

from .clause import SentenceView
from .coordination import eff_role
from .model import RelationCandidate
from .names import name_key
from .relations import Ending, ending_of
from .resources import load_table

__all__ = ["delegated_relations"]

# tokens that close the clause a task topic belongs to
_CLAUSE_ENDS = {"EF", "EC", "ETM", "SF"}
# types the company a task is done for cannot have
_NOT_OWNER = {"Person", "Place", "Date", "Model"}


@functools.lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(load_table("grammar.toml")["delegated"]["verbs"])


def _verb_at(view: SentenceView, k: int) -> bool:
    """Token k a verb of taking on work: 맡/VV, or 담당/NNG 하/XSV."""
    toks, t = view.toks, view.toks[k]
    if t.form not in _verbs():
        return False
    return t.tag == "VV" or (t.tag == "NNG" and k + 1 < len(toks) and toks[k + 1].tag == "XSV")


def _clause_start(view: SentenceView, k: int) -> int:
    j = k - 1
    while j >= 0 and view.toks[j].tag not in _CLAUSE_ENDS:
        j -= 1
    return j + 1


def _task_topic(view: SentenceView, lo: int, hi: int) -> int | None:
    """The first 은/는 of the clause on a common noun outside any name: the task."""
    toks = view.toks
    for j in range(lo + 1, hi):
        if toks[j].tag == "JX" and toks[j].form in {"은", "는"} and toks[j - 1].tag == "NNG":
            return None if view.inside(j - 1) else j
    return None


def _doers(view: SentenceView, lo: int, hi: int) -> list[int]:
    """The names marked 이/가 between the task and the verb (each with its list)."""
    out = []
    for mid in view.mention_ids:
        if view.mentions[mid].kind != "name" or not lo < view.first_tok[mid] < hi:
            continue
        role, particle = eff_role(view, mid)
        if role == "JKS" and particle in {"이", "가"}:
            out.append(mid)
    return out


def _owner(view: SentenceView, lo: int, task: int, before: list[int], doers: list[int]):
    """The company the work is for: a name with 의 in the task phrase, else the organisation
    the document is about when the sentences before were about it too (either alone is as
    often the client, the seller or a parent as the company the work is for)."""
    for mid in view.mention_ids:
        if lo <= view.first_tok[mid] < task and view.mentions[mid].particle == "의":
            return mid
    if view.about is None:
        return None
    doc = view.mentions[view.about]
    taken = {name_key(view.mentions[d].text) for d in view.expand(doers)}
    recent = {name_key(view.mentions[b].text) for b in view.expand(before)}
    if doc.voted_type in _NOT_OWNER or name_key(doc.text) in taken:
        return None
    return view.about if name_key(doc.text) in recent else None


def delegated_relations(
    view: SentenceView, sentence_id: str, before: list[int]
) -> list[RelationCandidate]:
    """PARTNER_OF from each organisation a clause gives a task to the company it is for;
    ``before`` is what the sentences before were about.

    "암호 키 관리는 보안 기업 라이트온이 맡는다" after sentences about 누리클라우드:
    라이트온 PARTNER_OF 누리클라우드."""
    out = []
    for k in range(len(view.toks)):
        if not _verb_at(view, k) or ending_of(view.toks, k)[0] == Ending.RELATIVE:
            continue
        lo = _clause_start(view, k)
        task = _task_topic(view, lo, k)
        doers = _doers(view, task, k) if task is not None else []
        owner = _owner(view, lo, task, before, doers) if doers else None
        if owner is None:
            continue
        for d in doers:
            out.append(RelationCandidate("PARTNER_OF", d, owner, sentence_id, "delegated", 0.75))
    return out
