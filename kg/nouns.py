"""Relations stated by nouns rather than verbs: "메타의 라마 모델" (a genitive), "Y를 기반으로 한 X",
"미국의 AI 스타트업", "서울에 본사를 둔 X".  Nouns of a role ("X 창업자 Y", "A가 투자자로 참여")
are kg.role_nouns.
"""

from __future__ import annotations

from .clause import SentenceView, args_left, head_after
from .coordination import eff_role
from .model import RelationCandidate
from .resources import resources

__all__ = [
    "basis_relations",
    "genitive_relations",
    "headquarters",
    "organisation_like",
    "place_of_topic",
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
            if view.next_tok[x] == k and x not in places and organisation_like(view.mentions[x])
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
            if o != p and organisation_like(view.mentions[o])
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


def organisation_like(m) -> bool:
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
