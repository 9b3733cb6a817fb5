"""A person's career, read from the verbs news writes it with (resources/careers.toml):

    1975년 누리화재로 옮긴 김 사장은                  moved to: the name marked 로/으로
    한빛화재 대표이사 부사장을 역임했다                held: the name before the title, 을/를
    이후 다온화재에서 영업고문으로 재직 중이었다        serving: the name marked 에서, with 중

Each gives ``person WORKED_AT organisation`` (the title as role for a post held).  The person is
the name the clause modifies ("옮긴 김 사장"), else the clause's subject, else the person the
text is about ("이후 ... 재직 중이었다" has no subject of its own).  Types are checked later,
as for every rule candidate.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from .clause import SentenceView, head_after
from .coordination import eff_role
from .model import RelationCandidate
from .resources import resources
from .roles import is_title

__all__ = ["career_relations"]

_RULE = "career"
_NEAR = 5  # at most this many tokens between the organisation's particle and the verb
# what may stand between them: a role ("영업/NNG 고문/NNG 으로/JKB"), a date, an adverb
_BETWEEN = frozenset({"NNG", "NNP", "SN", "NNB", "JKB", "MAG", "SL"})
# the words a post is written with: its organisation, a note in brackets, the title
_POST_TAGS = frozenset({"NNG", "NNP", "SL", "SN", "SSO", "SSC"})
_TITLE_WORDS = 6  # at most this many words make a title ("빌딩 설비 사업 본부장 부사장")


@functools.cache
def _verbs() -> dict[str, tuple[str, frozenset[str]]]:
    """verb or noun -> (kind, particles that mark its organisation)."""
    with open(Path(__file__).parent / "resources" / "careers.toml", "rb") as f:
        table = tomllib.load(f)
    return {v: (kind, frozenset(t["particles"])) for kind, t in table.items() for v in t["verbs"]}


def career_relations(view: SentenceView, text: str, sentence_id: str) -> list[RelationCandidate]:
    """WORKED_AT candidates of the career verbs of one sentence: "누리화재로 옮긴 김철수
    사장은" gives 김철수 WORKED_AT 누리화재 (rule "career"), "한빛화재 전무를 거쳐" the role 전무."""
    out = []
    for k, t in enumerate(view.toks):
        found = _verbs().get(t.form)
        if found is None or not _is_predicate(view, k):
            continue
        kind, particles = found
        if kind == "held":
            posts = _held(view, text, k, particles)
        else:
            org = _marked(view, k, particles)
            posts = [] if org is None else [(org, "")]
        for org, role in posts:
            for person in _persons(view, k, posts[-1][0]):
                out.append(
                    RelationCandidate("WORKED_AT", person, org, sentence_id, _RULE, 0.85, role)
                )
    return out


def _is_predicate(view: SentenceView, k: int) -> bool:
    """A verb, or a noun with 하다 ("이직했다") or 중 ("재직 중")."""
    toks = view.toks
    if toks[k].tag == "VV":
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return toks[k].tag == "NNG" and nxt is not None and (nxt.tag == "XSV" or nxt.form == "중")


def _marked(view: SentenceView, k: int, particles) -> int | None:
    """The nearest name before token k whose particle is one of ``particles``, with only a role,
    a date or an adverb between ("다온화재에서 영업고문으로 재직")."""
    for mid in sorted(view.mention_ids, key=lambda m: -view.first_tok[m]):
        end = view.next_tok[mid]
        if end > k:
            continue
        m = view.mentions[mid]
        if m.particle in particles and k - end <= _NEAR:
            between = view.toks[end:k]
            return mid if all(t.tag in _BETWEEN for t in between) else None
        if m.kind != "date":
            return None  # another name is nearer: not this verb's
    return None


def _held(view: SentenceView, text: str, k: int, particles) -> list[tuple[int, str]]:
    """ "한빛화재 대표이사 부사장을 역임", "A 상무와 B(현 C) 전무 등을 지냈다": each post of
    the list marked 을/를 before token k, as (organisation, title as written)."""
    toks, g = view.toks, resources().grammar
    if k < 2 or toks[k - 1].tag != "JKO" or toks[k - 1].form not in particles:
        return []
    j = k - 2 - (toks[k - 2].form in g.list_closers)  # "전무 등을"
    out = []
    while j >= 0:
        post = _post_ending_at(view, text, j)
        if post is not None:
            org, role, j = post
            out.append((org, role))
        else:  # a post at no name ("LG산전 본부장" where 산전 was read no name): the one before
            while j >= 0 and toks[j].tag in _POST_TAGS and toks[j].form not in g.list_joiners:
                j -= 1
        if j < 0 or toks[j].form not in g.list_joiners:
            break
        j -= 1  # "상무와", "상무,": the post before
    return out


def _post_ending_at(view: SentenceView, text: str, end: int) -> tuple[int, str, int] | None:
    """The post whose title ends at token ``end``: (organisation, title, the token before the
    organisation), or None."""
    toks = view.toks
    j = end
    while j >= 0 and end - j < _TITLE_WORDS and toks[j].tag in {"NNG", "SL"}:
        if view.inside(j):
            break
        j -= 1
    if j == end or not is_title(toks[end].form):
        return None
    role = text[toks[j + 1].start : toks[end].end]
    if j >= 0 and toks[j].tag == "SSC":  # "금성사(현 누리전자) 상무": the note is the name's
        while j >= 0 and toks[j].tag != "SSO":
            j -= 1
        j -= 1
    if j < 0:
        return None
    # the name ends where the title begins (its particle is the title's: "누리증권 상무를")
    org = next((m for m in view.mention_ids if view.mentions[m].end == toks[j].end), None)
    return None if org is None else (org, role, view.first_tok[org] - 1)


def _persons(view: SentenceView, k: int, org: int) -> list[int]:
    """Who the career is: the name the clause modifies ("옮긴 김 사장"), the clause's subject
    (이/가, 은/는) before the organisation, else the person the sentence is about."""
    end = k + 1
    while end < len(view.toks) and view.toks[end].tag in {"XSV", "EP"}:
        end += 1
    if end < len(view.toks) and view.toks[end].tag == "ETM":
        head = head_after(view, end)
        return _people(view, head) if isinstance(head, list) else []
    before = [
        m
        for m in view.mention_ids
        if view.first_tok[m] < view.first_tok[org] and eff_role(view, m)[0] in {"JX", "JKS"}
    ]
    return _people(view, before[-1:]) or _people(view, view.topic)


def _people(view: SentenceView, mids) -> list[int]:
    return [m for m in mids if view.mentions[m].voted_type == "Person"]
