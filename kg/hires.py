"""Who an organisation names to a post: ``한빛일보는 김하늘 누리그룹 고문을 새 대표이사로
영입한다``, ``누리전자는 박서준 사장 후임에 김하늘 부사장을 내정했다``.

News tells a hire with the organisation as topic or subject, the person as object and the post
after it as "(새/신임) TITLE(으)로" — or "후임에"/"후임으로" after the one replaced — before a
verb of naming (``[hired]`` verbs in grammar.toml).  The person works at the organisation in
that post (WORKED_AT, the post as role), whatever organisation the title written with their name
belongs to ("누리그룹 고문": kg.roles reads that one).
"""

from __future__ import annotations

import functools

from .clause import SentenceView
from .coordination import eff_role
from .model import RelationCandidate
from .relations import Ending, ending_of
from .resources import load_table, resources

__all__ = ["hire_relations"]

_ORGS = {"Company", "Organization"}


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return load_table("grammar.toml")["hired"]


def _naming_verb(view: SentenceView) -> int | None:
    """The token of the sentence's last verb of naming someone to a post, unless it modifies a
    noun ("영입한 인물")."""
    toks = view.toks
    found = None
    for k, t in enumerate(toks):
        if t.form in _table()["verbs"] and t.tag in {"VV", "NNG"}:
            found = None if ending_of(toks, k)[0] == Ending.RELATIVE else k
    return found


def _title_at(view: SentenceView, k: int) -> str:
    """The post whose last token is k, written as one word or a run of them: the first word of
    the run that is a title ("새 대표이사 사장으로" -> 대표이사; Kiwi cuts 대표/이사)."""
    toks, titles = view.toks, resources().grammar.titles
    lo = k
    while lo > 0 and toks[lo - 1].tag in {"NNG", "SL"}:
        lo -= 1
    run = "".join(
        (" " if j > lo and toks[j].start > toks[j - 1].end else "") + toks[j].form
        for j in range(lo, k + 1)
    )
    words = run.split()
    return next((w for w in words if w in titles), toks[k].form)


def _post_before(view: SentenceView, lo: int, verb: int) -> str:
    """The post written between token lo and the verb: "TITLE(으)로" (a bracketed gloss between:
    "최고재무책임자(CFO)로"), or the replaced one's title before "후임"; '' when none."""
    toks, titles = view.toks, resources().grammar.titles
    post = ""
    for k in range(lo, verb):
        if toks[k].form in {"로", "으로"} and k > lo:
            j = k - 1
            if toks[j].form == ")":
                j = next((i for i in range(j, lo, -1) if toks[i].form == "("), j + 1) - 1
            title = _title_at(view, j)
            post = title if title in titles else post
        elif (
            toks[k].form in titles
            and post == ""
            and any(x.form in _table()["successor"] for x in toks[k + 1 : verb])
        ):
            post = _title_at(view, k)
    return post


def _object(view: SentenceView, p: int, verb: int) -> bool:
    """The name at p is the verb's object: the first particle after it, over the organisation
    and title written with it ("김하늘 누리그룹 고문을"), is 을/를."""
    toks = view.toks
    for k in range(view.next_tok[p], verb):
        if toks[k].tag.startswith(("J", "E", "V")):
            return toks[k].tag == "JKO"
    return False


def hire_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """WORKED_AT from the person an organisation names to a post to the organisation."""
    verb = _naming_verb(view)
    if verb is None:
        return []
    names = [i for i in view.mention_ids if view.mentions[i].kind == "name"]
    org = next(
        (
            i
            for i in names
            if view.first_tok[i] < verb
            and view.mentions[i].voted_type in _ORGS
            and eff_role(view, i)[1] in {"은", "는", "이", "가"}
        ),
        None,
    )
    if org is None:
        return []
    out = []
    for p in names:
        if view.mentions[p].voted_type != "Person" or not view.first_tok[org] < view.first_tok[p]:
            continue
        if view.first_tok[p] > verb or not _object(view, p, verb):
            continue
        post = _post_before(view, view.first_tok[org], verb)
        if post:
            out.append(RelationCandidate("WORKED_AT", p, org, sentence_id, "hired", 0.8, post))
    return out
