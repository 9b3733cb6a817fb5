"""One analysed sentence as the relation rules see it: tokens, mentions, their roles and lists.

A mention's role is its particle's (이/가 subject, 을/를 object, ...), looked at through
coordination (kg.coordination); a relative clause's head is the noun or name after its ETM
ending.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .model import Mention
from .pieces import Tok
from .resources import resources

__all__ = [
    "NOUN_TAGS",
    "Ending",
    "SentenceView",
    "Voice",
    "args_left",
    "group_of",
    "head_after",
    "inside_parens",
    "name_ahead",
    "outside_parens",
    "paren_depths",
    "paren_host",
    "particle_is",
    "token_indices",
]


NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SN", "NNB", "XSN"})  # words of a noun phrase


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
            if m.role == "JKG" and m.kind != "coref":
                # "미국의 AI 스타트업 X", "X(Y)의", "X 시리즈의 2세대 칩이다": a modifier of the
                # head after it; with none after it ("세운 자회사 X의 대표"), X itself (not a
                # place: "세운 미국의")
                further = head_after(view, view.next_tok[mid] - 1)
                return further if further or best_type(view, mid) == "Place" else [mid]
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


def name_ahead(view: SentenceView, j: int) -> bool:
    """Nouns from token j lead to a name: "A와 공공 소프트웨어 기업 B" lists B, described."""
    toks = view.toks
    while j < len(toks) and toks[j].tag in NOUN_TAGS:
        if view.inside(j):
            return True
        j += 1
    return False


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
