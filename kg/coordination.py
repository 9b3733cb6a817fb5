"""Names listed together and the role they share: coordinated names (와/과, commas, 및, a
middle dot) form one group, and in "Amazon과 Google Cloud가" Amazon's role is that of the group
(이/가: a subject), also past a description of the next member ("A와 기존 투자사인 B가")."""

from __future__ import annotations

from .clause import NOUN_TAGS, SentenceView, best_type, name_ahead, outside_parens, paren_depths
from .pieces import Tok
from .relative_lists import next_clause_end
from .resources import resources

__all__ = ["eff_role", "with_group"]

_VERB_TAGS = frozenset({"VV", "VA", "XSV", "XSA", "VX"})


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
        member = _described_member(view, j, mid, best_type(view, mid))
        if member is not None:
            j = member  # "A와 기존 투자사인 B가": B, described by its relative clause, is listed
            continue
        if (
            t.tag == "NNG"
            and t.form not in cues
            and not view.inside(j)
            and not (j > 0 and toks[j - 1].tag == "JKG")
            and not (closed and _described_list(toks, j, cues))
        ):
            if m.role == "JC" and j == view.next_tok[mid] and not name_ahead(view, j):
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


def _described_member(view: SentenceView, j: int, first: int, kind: str) -> int | None:
    """The first token of the name of type ``kind`` that the words from token j, right after
    the 와/과 of the name ``first``, describe: a relative clause ("A와 기존 투자사인 B가"), or
    nouns when a relative clause describes A too ("기존 투자사인 A와 신규 투자사 B가"; "A와
    공공 소프트웨어 기업 B가" alone stays a modifier); None when they describe none (not after a
    title: "A 대표와 X 출신인 B CTO가" is with_group's)."""
    toks = view.toks
    if j == 0 or toks[j - 1].tag != "JC" or not view.inside(j - 1):
        return None
    start = view.first_tok[first]
    described = start > 0 and toks[start - 1].tag == "ETM"  # "기존 투자사인 A와"
    after = sorted(view.first_tok[m] for m in view.mention_ids if view.first_tok[m] >= j)
    if not after:
        return None
    # the next name only: a clause with a name of its own ("A와 B로부터 유치한 C는") is no
    # description of a member
    k = after[0]
    mid = view.at(k)
    nouns = described and all(t.tag in NOUN_TAGS for t in toks[j:k])
    if k > j and (nouns or _modified_from(toks, k) == j) and best_type(view, mid) == kind:
        return k
    return None


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
