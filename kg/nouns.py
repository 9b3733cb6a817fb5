"""Relations stated by nouns rather than verbs: "메타의 라마 모델" (a genitive), "Y를 기반으로 한 X",
"미국의 AI 스타트업", "X 창업자 Y", "A가 투자자로 참여".
"""

from __future__ import annotations

from .clause import SentenceView, args_left, best_type, head_after
from .coordination import eff_role, with_group
from .model import RelationCandidate
from .resources import resources

__all__ = [
    "basis_relations",
    "genitive_relations",
    "headquarters",
    "join_verb_after",
    "place_of_topic",
    "relational_nouns",
]


def genitive_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ "메타의 라마 모델", "엔비디아의 H100", "업스테이지의 대표 모델인 Claude": a possessor and a
    name it owns.  The relation (DEVELOPED, WORKED_AT, ...) is chosen once types are known."""
    out = []
    res = resources()
    for mid in view.mention_ids:
        m = view.mentions[mid]
        if m.role != "JKG" or m.kind == "date" or m.particle != "의":
            continue
        k = view.next_tok[mid]
        steps = 0
        while k < len(view.toks) and steps < 9:
            other = view.at(k)
            if other is not None:
                if view.mentions[other].kind == "name":
                    out.append(
                        RelationCandidate("GENITIVE", mid, other, sentence_id, "genitive", 0.7)
                    )
                break
            t = view.toks[k]
            if not (
                t.tag in {"NNG", "XSN", "VCP", "ETM", "MAG", "SSO", "SSC", "SS", "SL"}
                or (t.tag == "NNG" and t.form in res.cue_nouns)
            ):
                break
            k += 1
            steps += 1
    return out


_BASIS = {"기반", "바탕", "토대", "베이스"}


def basis_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """BASED_ON from its two usual shapes:
    "X의 (그) 기반이 되는 Y" -> X BASED_ON Y;  "Y를 기반으로 한 X" / "Y 기반의 X" -> X BASED_ON Y."""
    out = []
    toks = view.toks
    for k, t in enumerate(toks):
        if t.form not in _BASIS or t.tag != "NNG":
            continue
        nxt = [x.form for x in toks[k + 1 : k + 4]]
        if nxt[:2] in (["이", "되"], ["가", "되"]) and len(nxt) == 3:
            head = head_after(view, k + 3)
            before = [m for m in args_left(view, k, 0) if view.mentions[m].kind == "name"]
            if isinstance(head, list) and before:
                out += [
                    RelationCandidate("BASED_ON", before[0], h, sentence_id, "basis-become", 0.75)
                    for h in head
                ]
        elif nxt[:1] in (["으로"], ["로"]):
            base = _basis_name(view, k)
            heads = _based_heads(view, k + 2) if base is not None else []
            out += [
                RelationCandidate("BASED_ON", h, base, sentence_id, "basis-made", 0.8)
                for h in heads
                if h != base
            ]
        elif nxt[:1] == ["의"] and k > 0:
            base = view.at(k - 1) if view.at(k - 1) is not None else None
            head = view.at(k + 2)
            if base is not None and head is not None:
                out.append(RelationCandidate("BASED_ON", head, base, sentence_id, "basis-of", 0.75))
    return out


def _basis_name(view: SentenceView, k: int) -> int | None:
    """The name just before the basis noun at token k: "'텔로스 4' 기반", "라마 3를 바탕"."""
    for mid in view.mention_ids:
        j = view.next_tok[mid]
        if j <= k and all(t.tag in {"SSC", "JKO"} for t in view.toks[j:k]):
            if view.mentions[mid].kind == "name" and view.first_tok[mid] < k:
                return mid
    return None


def _based_heads(view: SentenceView, j: int) -> list[int]:
    """What is built on the basis named before token j: the head of the relative clause that
    follows ("...를 바탕으로 만든 X"), else the sentence's topic ("X는 ...를 기반으로 하며")."""
    for k in range(j, min(len(view.toks), j + 6)):
        t = view.toks[k]
        if t.tag == "ETM":
            head = head_after(view, k)
            if isinstance(head, list):
                return head
            break
        if t.tag in {"EC", "EF"} and t.form not in {"어", "아", "지"}:
            break
    return [x for x in view.expand(view.topic) if view.first_tok.get(x, len(view.toks)) < j]


def headquarters(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ "X의 본사는 Y에 있다", "Y에 본사를 둔 X", "X는 본사를 Y로 옮겼다": X LOCATED_IN Y, where
    the noun is one of LOCATED_IN's nouns (resources/predicates.toml)."""
    toks = view.toks
    nouns = resources().frame_of["LOCATED_IN"].nouns
    out = []
    for k, t in enumerate(toks):
        if t.form not in nouns or t.tag != "NNG" or _opening(toks, k):
            continue
        places = _written_before(view, k) + [
            x
            for x in view.mention_ids
            if "Place" in view.mentions[x].votes
            and eff_role(view, x)[1] in {"에", "에서", "로", "으로"}
        ]
        # "한국 지사를": a place before the noun says which branch, not whose
        owner = [
            x
            for x in view.mention_ids
            if view.next_tok[x] == k and x not in places and _organisation_like(view.mentions[x])
        ]
        if not owner:
            verb = next(
                (j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].tag == "ETM"), None
            )
            head = head_after(view, verb) if verb is not None else None
            owner = head if isinstance(head, list) else list(view.expand(view.topic))
        out += [
            RelationCandidate("LOCATED_IN", o, p, sentence_id, "headquarters", 0.8)
            for o in owner
            for p in places[:1]
            if o != p and _organisation_like(view.mentions[o])
        ]
    return out


def _written_before(view: SentenceView, k: int) -> list[int]:
    """ "서울 중구 본점에서 협약을 맺었다": the place written right before a head office
    (grammar.toml organisations.head_offices) where something happens is where it stands."""
    toks = view.toks
    if toks[k].form not in resources().grammar.head_offices or k + 1 >= len(toks):
        return []
    if toks[k + 1].form not in {"에", "에서"}:
        return []
    return [
        x
        for x in view.mention_ids
        if view.next_tok[x] == k and view.mentions[x].voted_type == "Place"
    ]


def _opening(toks, k: int) -> bool:
    """ "도쿄에 현지 법인을 세우고", "호찌민에 법인 '클래스온 베트남'을 설립하고": a branch being
    set up (grammar.toml organisations.openings) is where the new branch will be, not where
    its parent is; a head office is where it is however it came there."""
    g = resources().grammar
    if toks[k].form in g.head_offices:
        return False
    for t in toks[k + 1 : k + 10]:
        if t.tag in {"VV", "NNG"} and t.form in g.openings:
            return True
        if t.tag in {"EF", "EC", "ETM"}:
            return False
    return False


def _organisation_like(m) -> bool:
    """A name whose votes so far say company or organisation (or nothing yet)."""
    return not m.votes or m.voted_type in {"Company", "Organization"}


def place_of_topic(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ "업스테이지는 ... 미국의 AI 스타트업으로/이다": a place in the genitive before the noun that
    says what the topic is.  Kept only when typing finds a Place and a Company."""
    res = resources()
    out = []
    for mid in view.mention_ids:
        m = view.mentions[mid]
        if m.particle not in {"의", ""} or m.kind != "name" or "Place" not in m.votes:
            continue  # "미국의 AI 스타트업", "미국 로봇 기업 피규어 AI"
        k = view.next_tok[mid]
        while (
            k < len(view.toks)
            and view.toks[k].tag in {"NNG", "SL", "SSO", "SSC", "XSN"}
            and view.toks[k].form not in res.cue_nouns
        ):
            k += 1
        if (
            k + 1 < len(view.toks)
            and view.toks[k].form in res.cue_nouns
            and res.cue_nouns[view.toks[k].form] == "Company"
        ):
            named = view.at(k + 1)
            if named is not None and view.mentions[named].kind == "name":
                # "프랑스의 AI 스타트업 미스트랄 AI": the place of the name the noun introduces
                out.append(
                    RelationCandidate("LOCATED_IN", named, mid, sentence_id, "place-of-name", 0.7)
                )
                continue
            if not (view.toks[k + 1].tag == "VCP" or view.toks[k + 1].form in {"으로", "로"}):
                continue
            for t in view.expand(view.topic):
                if t != mid:
                    out.append(
                        RelationCandidate("LOCATED_IN", t, mid, sentence_id, "place-of-topic", 0.7)
                    )
    return out


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
                    (x for x in about if x != after and _organisation_like(view.mentions[x])), None
                )
            if before is None or after is None or view.mentions[before].kind == "date":
                continue
            if frame.relation == "DEVELOPED":
                continue  # "X 개발사 Y" reads both ways; leave it to the clause rules
            out.append(
                RelationCandidate(frame.relation, after, before, sentence_id, "role-noun", 0.8)
            )
    return out


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
