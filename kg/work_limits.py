"""Where a person works, as far as a sentence's own words tell: the organisation a title chain
places the person at ("김하늘 누리AI 대표"), the one the person comes from ("쿠팡 출신인 한도윤"),
and the school where the person studied rather than worked ("디지스트 박사 과정 출신").

kg.limits asks these before it lets a WORKED_AT pair through.
"""

from __future__ import annotations

from .clause import SentenceView, group_of, head_after
from .coordination import eff_role
from .model import RelationCandidate
from .schools import study_follows

__all__ = [
    "TITLE_CHAINS",
    "may_work_at",
    "modifier_origins",
    "own_rule",
    "owned",
    "studied_at",
    "titled",
]

_ORGS = frozenset({"Company", "Organization"})

# rules that read a person's organisation off the title written next to it ("김하늘 누리AI 대표",
# "누리AI 김하늘 대표", "누리AI 대표 김하늘"): in that sentence, that is where the person works
TITLE_CHAINS = frozenset({"person-org-title", "org-person-title", "org-title-person"})
# rules that state a WORKED_AT of their own, beside a title chain ("X 출신", "X에서 일했다",
# "X로 옮겼다", "X 상무를 거쳐": kg.careers; "X 대표에는 P Y 전무가 선임됐다": kg.appointments)
_OWN_WORKED_AT = frozenset(
    {"former", "transitive", "relative", "relative-inner", "title", "career", "appointed", "hired"}
)
# rules that tie a person to an organisation in the person's own modifier ("X에서 일한 A",
# "X 출신인 A"): that organisation is A's, not the other persons' of the sentence
_BACKGROUND = frozenset({"relative"})


def titled(
    rules: list[RelationCandidate], topic: set[int]
) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Each person a title chain of the sentence places, and the organisations it names; each
    organisation a person comes from ("쿠팡 출신인 한도윤", "카카오에서 일한 윤서진"; not what
    the sentence is about), and those persons."""
    placed: dict[int, set[int]] = {}
    background: dict[int, set[int]] = {}
    for c in rules:
        if c.type == "WORKED_AT" and c.rule in TITLE_CHAINS:
            placed.setdefault(c.subject, set()).add(c.object)
        elif c.type == "WORKED_AT" and (
            c.rule == "former" or (c.rule in _BACKGROUND and c.object not in topic)
        ):
            background.setdefault(c.object, set()).add(c.subject)
    return placed, background


def modifier_origins(view: SentenceView, guess) -> dict[int, set[int]]:
    """ "채 대표와, 네이버클라우드에서 검색 모델을 연구한 문가람 CTO가": an organisation marked
    에서 in the relative clause that modifies a person is that person's, whatever the verb (no
    other name and no closed clause in between)."""
    out: dict[int, set[int]] = {}
    toks = view.toks
    for o in view.mention_ids:
        if eff_role(view, o)[1] != "에서" or guess.get(o, ("",))[0] not in _ORGS:
            continue
        for k in range(view.next_tok[o], len(toks)):
            if toks[k].tag == "EC" or (view.inside(k) and view.at(k) not in (None, o)):
                break
            if toks[k].tag == "ETM":
                head = head_after(view, k)
                if isinstance(head, list) and guess.get(head[0], ("",))[0] == "Person":
                    out.setdefault(o, set()).update(group_of(view, head[0]))
                break
    return out


def studied_at(view: SentenceView, o: int) -> bool:
    """ "디지스트 박사 과정 출신", "카이스트 박사 출신", "서울대 학부 졸업", "한빛대 상학과를
    졸업": words of study right after the organisation (or its department) say the person
    studied there (kg.schools.study_follows)."""
    return o in view.next_tok and study_follows(view.toks[view.next_tok[o] :])


def owned(rules: list[RelationCandidate]) -> dict[int, set[int]]:
    """ "김한준 퓨리오사AI CTO, 조강원 모레 CEO, ...": an organisation written between a person and
    a title is that person's; the other persons of the list work elsewhere (even where their own
    organisation is a word the tagger did not take for a name)."""
    out: dict[int, set[int]] = {}
    for c in rules:
        if c.type == "WORKED_AT" and c.rule == "person-org-title":
            out.setdefault(c.object, set()).add(c.subject)
    return out


def own_rule(person: int, org: int, by_pair) -> bool:
    return any(
        c.type == "WORKED_AT" and c.rule in _OWN_WORKED_AT for c in by_pair.get((person, org), [])
    )


def may_work_at(person: int, org: int, titled, by_pair) -> bool:
    """'편동훈 부산항만공사 사장과 윤태림 HD현대 AI센터장이 참석했다': a person written with an
    organisation and a title works there, not at the other organisations of the sentence; 'X
    출신인 A와 ... B가': X is A's background, not B's — unless a rule of the pair's own says so
    ('X 출신', 'X에서 일했다')."""
    placed, background = titled
    if (person not in placed or org in placed[person]) and person in background.get(org, {person}):
        return True
    return own_rule(person, org, by_pair)
