"""Who takes a post: ``한누리셀 초대 대표에는 표민재 전무가 선임됐다``.

News names a new head by writing the post as the topic (an organisation's name, then a title,
with 은/는 or 에는) and the person as the subject of a verb of taking it (맡다, 선임되다,
내정되다): the person works at that organisation in that post (WORKED_AT, with the title as
role), whatever they did before ("X 출신인 P", "X에서 ... 지낸 P" is kg.careers' reading).

The verbs are data: ``[appointed]`` in grammar.toml; the titles are ``[titles] words``.
"""

from __future__ import annotations

import functools

from .clause import SentenceView
from .coordination import eff_role
from .model import RelationCandidate
from .relations import Ending, ending_of
from .resources import load_table, resources

__all__ = ["appointment_relations", "taking_verbs"]

# tokens a post may be written with between the organisation and its particle: "초대 대표",
# "최고재무책임자(CFO)"
_POST_TAGS = {"NNG", "NNP", "SL", "SSO", "SSC", "XSN"}


@functools.lru_cache(maxsize=1)
def taking_verbs() -> frozenset[str]:
    """The stems of the verbs of taking a post (grammar.toml ``[appointed]``): "선임", "맡"."""
    return frozenset(load_table("grammar.toml")["appointed"]["verbs"])


def _post_after(view: SentenceView, org: int) -> tuple[str, int] | None:
    """The title written right after an organisation, a space between (its particle is the
    title's: "X 대표는"), and the token of the topic particle that closes it ("X 초대 대표에는"
    -> ("대표", the 는)), if any."""
    toks, titles = view.toks, resources().grammar.titles
    j = view.next_tok[org]
    if j >= len(toks) or toks[j].start != view.mentions[org].end + 1:
        return None  # a particle of its own ("X는 대표가"), or no word after it
    role = ""
    while j < len(toks) and toks[j].tag in _POST_TAGS and not view.inside(j):
        role = toks[j].form if toks[j].form in titles else role
        j += 1
    if j < len(toks) and toks[j].tag == "JKB" and toks[j].form == "에":
        j += 1  # "대표에는"
    if role and j < len(toks) and toks[j].tag == "JX" and toks[j].form in {"은", "는"}:
        return role, j
    return None


def _taking_verb(view: SentenceView, lo: int) -> int | None:
    """The first verb of taking a post after token lo, unless it modifies a noun ("맡은 일")."""
    toks = view.toks
    for k in range(lo + 1, len(toks)):
        if toks[k].form in taking_verbs() and toks[k].tag in {"VV", "NNG"}:
            return None if ending_of(toks, k)[0] == Ending.RELATIVE else k
        if toks[k].tag in {"EF", "SF"}:
            return None
    return None


def appointment_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """WORKED_AT from the person a clause gives a post to the organisation of the post.

    "벨라뮤직 대표는 하도진 씨가 맡았다": 하도진 WORKED_AT 벨라뮤직 (대표)."""
    out = []
    for org in view.mention_ids:
        if view.mentions[org].kind != "name":
            continue
        post = _post_after(view, org)
        k = _taking_verb(view, post[1]) if post else None
        if k is None:
            continue
        for p in view.mention_ids:
            if view.mentions[p].kind != "name" or not post[1] < view.first_tok[p] < k:
                continue
            if eff_role(view, p) in {("JKS", "이"), ("JKS", "가")}:
                out.append(
                    RelationCandidate("WORKED_AT", p, org, sentence_id, "appointed", 0.8, post[0])
                )
    return out
