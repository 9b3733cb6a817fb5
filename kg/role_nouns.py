"""Nouns of a role that state a relation on their own: "X 창업자 Y", "X의 창업자는 Y다",
"Y는 X의 창업자다", "A가 투자자로 참여", "X 대표를 맡은 Y".  (Split out of kg.nouns.)
"""

from __future__ import annotations

from .clause import SentenceView, args_left, best_type
from .coordination import eff_role, with_group
from .model import RelationCandidate
from .nouns import organisation_like
from .resources import resources

__all__ = ["join_verb_after", "relational_nouns"]


_NOUN_RELATIONS = frozenset({"INVESTED_IN", "FOUNDED", "WORKED_AT", "DEVELOPED", "PARTNER_OF"})
_JOINED = frozenset({"INVESTED_IN", "PARTNER_OF"})  # "투자자로 참여", "파트너로 참여"
_JOIN_ONLY = frozenset({"PARTNER_OF"})  # "X 파트너 Y" reads both ways: only the join shape


def _is_org(view: SentenceView, mid: int) -> bool:
    return best_type(view, mid) in {"Company", "Organization"}


def join_verb_after(toks, k: int) -> int | None:
    """The token of the first predicate after token k when it is a verb of taking part
    ("파트너로는 A, B와 C가 참여한다"); None for any other predicate or none."""
    for j in range(k + 1, len(toks)):
        t = toks[j]
        verb = t.tag == "VV" or (
            t.tag in {"NNG", "XR"} and j + 1 < len(toks) and toks[j + 1].tag == "XSV"
        )
        if verb:
            return j if t.form in resources().grammar.join_verbs else None
        if t.tag in {"EF", "EC", "ETM"}:
            return None
    return None


def _joined_as(view: SentenceView, k: int, relation: str, sentence_id: str):
    """ "A가 투자자로 참여했다", "파트너로는 A, B와 C가 참여한다", "이번 투자에는 A가 참여했다": the
    doers (a list) take the role noun at token k towards what the sentence or the one before is
    about.  None when no join verb follows."""
    toks = view.toks
    verb = join_verb_after(toks, k)
    if verb is None or relation not in _JOINED:
        return None
    doers = [
        m
        for m in args_left(view, verb, 0)
        if eff_role(view, m)[1] in {"이", "가", "은", "는"} and view.mentions[m].kind != "date"
    ]
    if not doers:
        return []
    group = view.expand(with_group(view, doers[0], view.mention_ids))
    # the doers of this sentence's other clauses join with them, not as what they join ("A가
    # 주도했으며 B와 C가 투자자로 참여했다")
    doing = view.expand(
        x
        for x in view.mention_ids
        if eff_role(view, x)[1] in resources().grammar.particles["subject"]
    )
    # an organisation takes partners and investors: the topic, the one before, else what the
    # document is about ("이음 독스는 ... 베타 테스트에는 A와 B가 파트너로 참여한다": the
    # product's maker, not the product)
    about = [] if view.about is None else [view.about]
    target = next(
        (
            orgs
            for topic in (view.topic, view.prev_topic or [], about)
            if (
                orgs := [
                    x
                    for x in view.expand(topic)
                    if x not in group and x not in doing and _is_org(view, x)
                ]
            )
        ),
        [],
    )
    return [
        RelationCandidate(relation, s, o, sentence_id, "role-noun", 0.75)
        for s in group
        for o in target
    ]


def _title_taken(view: SentenceView, k: int, sentence_id: str) -> list[RelationCandidate]:
    """ "아서 멘슈가 CEO를 맡고 있다" (the title at token k): the person works at what the
    sentence is about."""
    people = [
        m
        for m in args_left(view, k, 0)
        if eff_role(view, m)[1] in {"이", "가"} and view.mentions[m].kind == "name"
    ]
    orgs = [x for x in view.expand(view.topic) if x not in people]
    out = []
    for p in people[:1]:
        view.mentions[p].votes["Person"] = view.mentions[p].votes.get("Person", 0) + 1.0
        out += [RelationCandidate("WORKED_AT", p, o, sentence_id, "title", 0.8) for o in orgs]
    return out


def relational_nouns(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """Nouns that state a relation on their own: "Amazon과 Google Cloud가 투자자로 참여",
    "Upstage 창업자 아서 멘슈", "업스테이지의 창업자는 아서 멘슈다"."""
    res = resources()
    out = []
    toks = view.toks
    for k, t in enumerate(toks):
        if (
            t.form in resources().grammar.titles
            and k + 2 < len(toks)
            and toks[k + 1].tag == "JKO"
            and toks[k + 2].form == "맡"
        ):
            out += _title_taken(view, k, sentence_id)
            continue
        frames = res.frames_by_noun.get(t.form)
        if not frames or t.tag not in {"NNG", "NNP"}:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        for frame in frames:
            if frame.relation not in _NOUN_RELATIONS:
                continue
            if nxt is not None and nxt.form in {"로", "으로", "에"}:
                joined = _joined_as(view, k, frame.relation, sentence_id)
                if joined is not None:
                    out += joined
                    continue
            if frame.relation in _JOIN_ONLY:
                continue
            before, after = _role_noun_ends(view, k)
            if before is None and after is not None and nxt is not None and nxt.tag == "VCP":
                # "창업자인 남궁준 대표는": the founder of what the text is about
                about = [*view.expand(view.topic), *view.expand(view.prev_topic or [])]
                before = next(
                    (x for x in about if x != after and organisation_like(view.mentions[x])), None
                )
            if after is None and before is not None and _says_what(nxt):
                after = _topic_before(view, before)  # "Y는 X의 창업자로/창업자다"
            if before is None or after is None or view.mentions[before].kind == "date":
                continue
            if frame.relation == "DEVELOPED":
                continue  # "X 개발사 Y" reads both ways; leave it to the clause rules
            out.append(
                RelationCandidate(frame.relation, after, before, sentence_id, "role-noun", 0.8)
            )
    return out


def _says_what(nxt) -> bool:
    """Does the token after a role noun make it what the clause's topic is: "창업자다",
    "창업자이며", "창업자로, ..."?"""
    return nxt is not None and (nxt.tag == "VCP" or nxt.form in {"로", "으로"})


def _topic_before(view: SentenceView, org: int) -> int | None:
    """The person the clause is about, written as its topic or subject before the
    organisation of a role noun: "채 대표는 지도 업체 X의 창업자로" -> 채 대표."""
    marks = set(resources().grammar.particles["subject"]) | set(
        resources().grammar.particles["topic"]
    )
    before = [m for m in view.mention_ids if view.first_tok[m] < view.first_tok[org]]
    for mid in reversed(before):
        m = view.mentions[mid]
        role, particle = eff_role(view, mid)
        if role in {"JX", "JKS"} and particle in marks:
            person = m.kind == "coref" or m.voted_type == "Person"
            return mid if person else None
    return None


def _role_noun_ends(view: SentenceView, k: int) -> tuple[int | None, int | None]:
    """ "X 창업자 Y" / "X의 창업자(인|는) Y": X (the organisation) and Y (the person) of the
    relational noun at token k."""
    toks = view.toks
    before = view.at(k - 1) if k > 0 else None
    if before is None and k > 1 and toks[k - 1].tag == "JKG":
        before = view.at(k - 2)
    if before is None:
        # "X의 공동 창업자"
        cand = [
            m for m in args_left(view, k, max(0, k - 4)) if view.mentions[m].role in {"JKG", ""}
        ]
        before = cand[0] if cand else None
    after = None
    j = k + 1
    while (
        j < len(toks)
        and toks[j].tag in {"JX", "JKS", "VCP", "ETM", "EP", "SP", "NNG"}
        and j - k <= 4
    ):
        j += 1
        after = view.at(j)
        if after is not None:
            break
    if after is None:
        after = view.at(k + 1)
    return before, after
