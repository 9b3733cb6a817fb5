"""One analysed sentence as the relation rules see it: tokens, mentions, their roles and lists.

A mention's role is its particle's (이/가 subject, 을/를 object, ...), looked at through
coordination: in "Amazon과 Google Cloud가", Amazon's role is that of the group.  Coordinated
names (와/과, commas, 및, a middle dot) form one group; a relative clause's head is the noun or
name after its ETM ending.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .model import Mention
from .pieces import Tok
from .relative_lists import next_clause_end
from .resources import resources

__all__ = [
    "Ending",
    "SentenceView",
    "Voice",
    "args_left",
    "eff_role",
    "group_of",
    "head_after",
    "inside_parens",
    "outside_parens",
    "paren_depths",
    "paren_host",
    "particle_is",
    "token_indices",
    "with_group",
]


_SUBJECT_ROLES = {"JKS", "JX"}


_VERB_TAGS = {"VV", "VA", "XSV", "XSA", "VX"}


class Voice(StrEnum):
    """Who the grammatical subject of a predicate is: the doer (개발했다) or the one done to
    (개발되었다, 투자를 받았다)."""

    ACTIVE = "active"
    PASSIVE = "passive"


class Ending(StrEnum):
    """How a predicate's clause ends: it modifies the noun after it (ETM: 개발한), links to the
    next clause (EC: 개발하고), closes the sentence (EF: 개발했다) or is made a noun (ETN)."""

    RELATIVE = "rel"
    CONNECTIVE = "conn"
    FINAL = "final"
    NOMINAL = "nom"
    NONE = "none"


@dataclass
class SentenceView:
    """One analysed sentence: tokens, the indices of its mentions in the document's list, and
    where each mention sits among the tokens."""

    toks: list[Tok]
    mention_ids: list[int]
    mentions: list[Mention]  # the document's mention list
    first_tok: dict[int, int]  # mention index -> its first token
    next_tok: dict[int, int]  # mention index -> first token after it and its particles
    topic: list[int]  # mention indices the sentence is about (resolved)
    prev_topic: list[int] = field(default_factory=list)  # what the sentences before were about
    about: int | None = None  # the organisation the document is about (its first mention)
    # (token, ending) of the predicates seen so far
    preds: list[tuple[int, Ending]] = field(default_factory=list)

    def expand(self, mids) -> set[int]:
        return {x for m in mids for x in group_of(self, m)}

    def consumed(self, mid: int, k: int) -> bool:
        """Has a predicate between this mention and token k already taken it as subject?"""
        start = self.first_tok[mid]
        return any(
            start < p < k and ending in {Ending.RELATIVE, Ending.CONNECTIVE}
            for p, ending in self.preds
        )

    def at(self, k: int) -> int | None:
        """The mention that starts at token k."""
        for mid in self.mention_ids:
            if self.first_tok[mid] == k:
                return mid
        return None

    def inside(self, k: int) -> bool:
        """Is token k part of a mention (a name of several tokens: 유니온테크/NNG 투자/NNG)?"""
        return any(self.first_tok[m] <= k < self.next_tok[m] for m in self.mention_ids)


def particle_is(mention: Mention, particles) -> bool:
    p = mention.particle
    return any(p == q or p in (q + "의", q + "도", q + "는", q + "만") for q in particles)


def head_after(view: SentenceView, j: int) -> list[int] | str | None:
    """What a relative clause ending at token j modifies: a mention, 'TOPIC' (a descriptive
    noun with a copula, "...개발한 기업입니다"), or None."""
    toks = view.toks
    res = resources()
    k = j + 1
    steps = 0
    while k < len(toks) and steps < 10:
        steps += 1
        mid = view.at(k)
        if mid is not None:
            m = view.mentions[mid]
            if m.role == "JKG" and m.kind != "coref":  # "미국의 ... 스타트업": a modifier
                k = view.next_tok[mid]
                continue
            return [mid]
        t = toks[k]
        if (
            steps == 1
            and t.tag in {"NNG", "NNB"}
            and t.form not in res.cue_nouns
            and k + 1 < len(toks)
            and toks[k + 1].tag not in {"NNG", "SL", "SSO", "XSN"}
        ):
            return None  # "비교할 때", "개발한 것": not a name
        if t.tag in {"NNG", "NNP", "XSN", "SL", "SSO", "SSC", "SN", "NNB", "XPN", "MAG"}:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if t.tag == "NNG" and t.form in res.cue_nouns and nxt is not None:
                if nxt.tag == "VCP":
                    # "연구자였던 아서 멘슈": noun + copula + ETM, then the real head
                    m2 = k + 2
                    while m2 < len(toks) and toks[m2].tag in {"EP"}:
                        m2 += 1
                    if m2 < len(toks) and toks[m2].tag == "ETM":
                        return head_after(view, m2) or "TOPIC"
                    return "TOPIC"
                if nxt.tag == "JKB" and nxt.form in {"으로", "로"}:
                    return "TOPIC"  # "...스타트업으로, ..."
                if nxt.tag in {"JX", "JKS"}:
                    return None  # "개발한 회사는 ..." (a question)
            k += 1
            continue
        if t.tag == "JKG":
            k += 1
            continue
        break
    return None


def best_type(view: SentenceView, mid: int) -> str:
    """The type a mention's own votes favour ('' without votes)."""
    return view.mentions[mid].voted_type


def group_of(view: SentenceView, mid: int) -> list[int]:
    m = view.mentions[mid]
    return list(m.antecedents) if m.kind == "coref" and m.antecedents else [mid]


def args_left(view: SentenceView, k: int, lower: int):
    """Mentions whose tokens lie between token `lower` and predicate token k, nearest first."""
    out = [
        mid
        for mid in view.mention_ids
        if lower <= view.first_tok[mid] < k and view.next_tok[mid] <= k + 1
    ]
    return sorted(out, key=lambda mid: -view.first_tok[mid])


def paren_host(view: SentenceView, k: int) -> list[int]:
    """ "Codex(... GitHub Copilot에 적용)": the name the parenthesis at token k explains."""
    depth = 0
    for j in range(k - 1, -1, -1):
        t = view.toks[j]
        if t.tag == "SSC" and t.form == ")":
            depth += 1
        elif t.tag == "SSO" and t.form == "(":
            if depth == 0:
                host = [
                    m
                    for m in view.mention_ids
                    if view.first_tok[m] < j
                    and view.toks[j - 1].end == view.mentions[m].end
                    and view.mentions[m].kind == "name"
                ]
                return host[:1]
            depth -= 1
    return []


def paren_depths(toks: list[Tok]) -> list[int]:
    out, depth = [], 0
    for t in toks:
        if t.tag == "SSC" and t.form == ")":
            depth = max(0, depth - 1)
        out.append(depth)
        if t.tag == "SSO" and t.form == "(":
            depth += 1
    return [*out, 0]


def outside_parens(toks: list[Tok]) -> list[Tok]:
    """Tokens not inside a parenthesised note ("DALL·E(텍스트를 ... 모델), Whisper")."""
    out, depth = [], 0
    for t in toks:
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


def eff_role(view: SentenceView, mid: int) -> tuple[str, str]:
    """Role of a mention, looking through coordination: in "Amazon과 Google Cloud가", Amazon's
    role is that of the group (JKS '가'); so in "A·B·C와 D가" and "A, B, C 등이" (a list joiner
    or closer after the name)."""
    m = view.mentions[mid]
    g = resources().grammar
    if m.role != "JC" and not (
        m.role == ""
        and view.next_tok[mid] < len(view.toks)
        and (
            view.toks[view.next_tok[mid]].form in g.list_joiners
            or view.toks[view.next_tok[mid]].form in g.list_closers
        )
    ):
        return m.role, m.particle
    toks = view.toks
    cues = resources().cue_nouns
    j = view.next_tok[mid]
    closed = False  # past "등": the words before the particle describe the list
    while j < len(toks):
        t = toks[j]
        if t.tag in _VERB_TAGS or t.tag in {"VCP", "EF", "EC", "ETM"}:
            break
        closed = closed or t.form in g.list_closers
        if (
            t.tag == "NNG"
            and t.form not in cues
            and not view.inside(j)
            and not (j > 0 and toks[j - 1].tag == "JKG")
            and not (closed and _described_list(toks, j, cues))
        ):
            if m.role == "JC" and j == view.next_tok[mid] and not _name_ahead(view, j):
                # "삼성물산과 업무협약을 맺었다": Kiwi may read the comitative 과 as "and"; with a
                # plain noun right after it, it is "with" (JKB), not a list of names
                return "JKB", m.particle
            return "", ""  # "구글 딥마인드와 메타 출신 연구자들이": they modify 출신
        if t.tag in {"JKS", "JKO", "JX", "JKB"}:
            if m.role == "" and next_clause_end(view, mid, j) is not None:
                break  # "공개한 KT, '한결'을 내놓은 SKT": 을 is the next clause's, not KT's
            return t.tag, t.form
        j += 1
    return m.role, m.particle


def _name_ahead(view: SentenceView, j: int) -> bool:
    """Nouns from token j lead to a name: "A와 공공 소프트웨어 기업 B" lists B, described."""
    toks = view.toks
    while j < len(toks) and toks[j].tag in {"NNG", "NNP", "SL", "SN", "NNB", "XSN"}:
        if view.inside(j):
            return True
        j += 1
    return False


def _described_list(toks: list[Tok], j: int, cues) -> bool:
    """After "등", the words from token j on are a description of the list's members that ends in
    a cue noun and its particle ("A, B 등 기존 투자사가", "등 국내 벤처캐피털이"): the members
    take that particle."""
    for k in range(j, min(j + 4, len(toks) - 1)):
        if toks[k].tag not in {"NNG", "XSN", "VA", "ETM"}:
            return False
        if toks[k].form in cues and toks[k + 1].tag in {"JKS", "JX", "JKO", "JKB"}:
            return True
    return False


def with_group(view: SentenceView, mid: int, pool: list[int]) -> list[int]:
    """A mention and the mentions coordinated with it (joined by 와/과, 및 or commas)."""
    members = [mid]
    depth = paren_depths(view.toks)
    ordered = sorted(
        (x for x in view.mention_ids if depth[view.first_tok[x]] == depth[view.first_tok[mid]]),
        key=lambda x: view.first_tok[x],
    )
    pos = ordered.index(mid)
    skipped_genitive = False
    start = _modified_from(view.toks, view.first_tok[mid])
    for other in reversed(ordered[:pos]):
        m = view.mentions[other]
        if (
            m.role == "JKG"
            and not skipped_genitive
            and view.next_tok[other] == view.first_tok[members[-1]]
        ):
            skipped_genitive = True  # "사우디아라비아의 아람코": a modifier, not a member
            continue
        if view.first_tok[other] >= start:
            continue  # inside the member's own modifier ("X 출신인 B"): not a member
        gap = outside_parens(view.toks[view.next_tok[other] : start])
        if (
            (m.role == "JC" and not gap)
            or (
                (m.role in {"JC", ""} or m.particle in resources().grammar.list_joiners)
                and _title_then_joiner(gap)
            )
            or (
                m.role == ""
                and len(gap) == 1
                and gap[0].form in resources().grammar.list_joiners
                and next_clause_end(view, other, view.next_tok[mid]) is None
            )
        ) and m.kind == view.mentions[mid].kind:
            if start != view.first_tok[members[-1]] and best_type(view, other) != best_type(
                view, mid
            ):
                break  # "삼성전자와 LG전자에서 일한 김씨": past a modifier, only a name alike
            members.append(other)
            start = _modified_from(view.toks, view.first_tok[other])
        else:
            break
    return [x for x in members if x in pool or x == mid]


def _modified_from(toks: list[Tok], k: int) -> int:
    """Where the phrase of the name at token k starts: at k, or, when a relative clause
    modifies it right after a 와/과 ("A 대표와 X 출신인 B"), where that clause starts."""
    if k == 0 or toks[k - 1].tag != "ETM":
        return k
    j = k - 2
    while j >= 0 and toks[j].tag not in {"JC", "EF", "EC", "SF", "JX", "JKS", "SP"}:
        j -= 1
    return j + 1 if j >= 0 and toks[j].tag == "JC" else k


def _title_then_joiner(gap: list[Tok]) -> bool:
    """ "한도윤 대표와 엄세라 CTO가", "A CTO, B COO가": a title between a person and the 와/과
    or comma that joins them."""
    g = resources().grammar
    titles = g.titles
    return (
        len(gap) >= 2
        and (gap[-1].tag == "JC" or gap[-1].form in g.list_joiners)
        and any("".join(t.form for t in gap[:-1]).endswith(t) for t in titles)
        and all(t.tag in {"NNG", "NNP", "SL"} for t in gap[:-1])
    )


def inside_parens(toks: list[Tok], k: int) -> bool:
    depth = 0
    for t in toks[:k]:
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
    return depth > 0


def token_indices(toks: list[Tok], mentions: list[Mention], ids: list[int]):
    """Each mention's first token and the token after it and its particles."""
    first_tok, next_tok = {}, {}
    for i in ids:
        first_tok[i], next_tok[i] = _token_index(toks, mentions[i])
    return first_tok, next_tok


def _token_index(toks: list[Tok], m: Mention) -> tuple[int, int]:
    first = next((k for k, t in enumerate(toks) if t.end > m.start), len(toks))
    after = first
    while after < len(toks) and toks[after].start < m.end:
        after += 1
    while (
        after < len(toks)
        and toks[after].tag in {"JKS", "JKO", "JKB", "JKG", "JX", "JC", "JKC", "JKV", "JKQ"}
        and toks[after].start == (toks[after - 1].end if after else 0)
    ):
        after += 1
    return first, after
