"""The arguments of one predicate's clause: who does what to whom, read from particles, the
clause's ending and the noun a relative clause modifies ("Claude를 개발한 업스테이지": the head
is the doer; "김성훈 대표가 설립한 스타트업": the head is what was founded).  kg.relations
finds the predicates and turns what this module reads into relation candidates."""

from __future__ import annotations

from typing import NamedTuple

from .clause import (
    Ending,
    SentenceView,
    Voice,
    head_after,
    inside_parens,
    paren_host,
    particle_is,
)
from .coordination import eff_role, with_group
from .resources import PredicateFrame, goods_stems, resources

__all__ = ["Predicate", "arguments"]

_SUBJECT_ROLES = {"JKS", "JX"}
# particles that mark where a theme goes and never the theme itself ("X를 Y에 탑재한다")
_TARGET_ONLY = frozenset({"에", "에게", "으로", "로"})


class Predicate(NamedTuple):
    """A predicate of the sentence: its token, voice, whether it is a noun, its ending and the
    token the ending is on."""

    k: int
    voice: Voice
    nominal: bool
    ending: Ending
    end_k: int


class _Clause:
    """One predicate's clause as its arguments are read: the names before it (``names``: in
    this clause; ``names_all``: in the sentence), its subject, and the head noun a relative
    clause modifies."""

    def __init__(self, view: SentenceView, frame: PredicateFrame, p: Predicate, left, left_all):
        self.view, self.frame, self.p = view, frame, p
        mentions = view.mentions
        self.names = [m for m in left if mentions[m].kind != "date"]
        self.names_all = [m for m in left_all if mentions[m].kind != "date"]
        # a 이/가 subject inside an earlier relative clause ("박성현 대표가 설립한 회사") or an
        # earlier clause ("백준호 대표가 창업했으며, ...") is that clause's; 은/는 topics scope over all
        subject_pool = [
            m for m in self.names_all if eff_role(view, m)[0] == "JX" or not view.consumed(m, p.k)
        ]
        self.subj = self.first(subject_pool, lambda m, role, q: role in _SUBJECT_ROLES)
        head = head_after(view, p.end_k) if p.ending is Ending.RELATIVE else None
        self.head_is_topic = head == "TOPIC"
        if self.head_is_topic:
            head = view.topic or None
        self.head = head
        self.host = paren_host(view, p.k) if inside_parens(view.toks, p.k) else []

    def first(self, pool, test) -> list[int]:
        """The first mention of ``pool`` whose role and particle pass ``test``, with its group."""
        for mid in pool:
            role, particle = eff_role(self.view, mid)
            if test(self.view.mentions[mid], role, particle):
                return with_group(self.view, mid, pool)
        return []

    def marked(self, particles) -> list[int]:
        """The first name of the clause marked by one of ``particles`` (or 의/도/는 after it)."""
        return self.first(
            self.names,
            lambda m, role, p: (
                role in {"JKO", "JKB", "JC", "JKS", "JX", ""}
                and any(p == q or p in (q + "의", q + "도", q + "는") for q in particles)
            ),
        )

    @property
    def relative_head(self):
        """The head noun a relative clause modifies, if this clause is one and has it."""
        return self.head if self.p.ending is Ending.RELATIVE and self.head else None


def arguments(view, frame: PredicateFrame, p: Predicate, left, left_all):
    """(subjects, objects, rule) of one frame of a predicate, in the relation's direction."""
    c = _Clause(view, frame, p, left, left_all)
    if frame.symmetric:
        return _symmetric_arguments(c)
    if frame.theme_is_subject:
        return _theme_arguments(c)
    if p.voice is Voice.PASSIVE:
        patient = c.relative_head or c.subj or _linked_head(view, p)
        agent = c.marked(frame.agent_particles) if frame.agent_particles else []
        agent = [a for a in agent if a not in (patient or [])]
        return agent, patient, "passive" if p.ending is not Ending.RELATIVE else "passive-relative"
    return _active_arguments(c)


def _linked_head(view: SentenceView, p: Predicate) -> list[int] | None:
    """ "2019년 설립돼 대전에 본사를 둔 X는": a passive clause linked by -어/-고 to a relative
    clause, with no subject of its own, is about the noun that relative clause modifies."""
    toks = view.toks
    linked = p.ending is Ending.CONNECTIVE or (
        p.ending is Ending.NONE and toks[p.end_k - 1].tag == "EC"
    )
    if not linked:
        return None
    for j in range(p.end_k, min(len(toks), p.end_k + 12)):
        if toks[j].tag in {"EC", "EF"} and j > p.end_k:
            return None  # another clause closes first: not this chain
        if toks[j].tag == "ETM":
            head = head_after(view, j)
            return head if isinstance(head, list) else None
    return None


def _symmetric_arguments(c: _Clause):
    """ "X는 Y와 비교되는", "X와 협력해": one side is the subject or topic, the other 와/과."""
    view, subj = c.view, c.subj
    other = c.marked(c.frame.object_particles)
    base = (
        c.head
        if c.p.ending is Ending.RELATIVE
        and isinstance(c.head, list)
        and c.head
        and not (subj and view.toks[c.p.k].form in goods_stems())
        else (subj or view.topic)
    )
    own = [x for x in base if x not in view.expand(other)]
    if not own and other and subj:
        # "Amazon과 Google Cloud가 ..., 이들과 협력해": the doer is what the text was about
        own = [x for x in (view.prev_topic or []) if x not in view.expand(other)]
    if not other and len(view.expand(own)) >= 2:
        return [], own, "symmetric-group"  # "두 회사는 파트너십을 맺었다"
    if other and not own and (not subj) and len(view.expand(other)) >= 2:
        return [], other, "symmetric-group"
    return own, other, "symmetric" if c.p.voice is Voice.ACTIVE else "symmetric-passive"


def _theme_arguments(c: _Clause):
    """X APPLIED_TO / INTEGRATED_INTO / BASED_ON Y: X is the thing moved, Y the target."""
    target = c.marked(c.frame.object_particles)
    if c.p.voice is Voice.PASSIVE or c.p.nominal:
        theme = c.relative_head or (c.subj or c.host)
    else:
        theme = c.marked(("를", "을")) or c.host
        if not theme and c.relative_head:
            theme = c.head
        if not theme:
            # "삼성 가우스를 선보이고 갤럭시 S24에 적용했다": the object of the clause before
            theme = c.first(c.names_all, lambda m, role, p: p in {"을", "를"})
    theme = [t for t in theme if t not in target]
    target = _own_target(c, theme, target)
    return theme, target, ("passive" if c.p.voice is Voice.PASSIVE else "transitive") + "-theme"


def _own_target(c: _Clause, theme: list[int], target: list[int]) -> list[int]:
    """ "A를 X에, B를 Y에 각각 탑재한다": each object goes to the target written right after it,
    not to the one nearest the verb."""
    view = c.view
    if not theme or not target or theme[0] not in view.first_tok:
        return target
    after = view.first_tok[theme[0]]
    before = view.first_tok.get(target[0], -1)
    nearer = [
        m
        for m in reversed(c.names)  # in text order
        if after < view.first_tok[m] < before
        and particle_is(view.mentions[m], _TARGET_ONLY & set(c.frame.object_particles))
    ]
    return with_group(view, nearer[0], c.names) if nearer else target


def _active_arguments(c: _Clause):
    """An active clause: subject (or topic) does it to the object; a relative clause's head
    is its doer or its object."""
    view, frame, p, subj, head = c.view, c.frame, c.p, c.subj, c.head
    obj = c.marked(frame.object_particles)
    if subj and obj and set(subj) & set(obj):
        subj = [s for s in subj if s not in obj]
    if (
        subj
        and not obj
        and p.ending in {Ending.FINAL, Ending.CONNECTIVE}
        and not p.nominal
        and eff_role(view, subj[0])[1] in {"이", "가"}
    ):
        # "퓨리오사AI는 2017년 백준호 대표가 창업했다": the topic is what was founded (written
        # as a name or as "회사는", which stands for it)
        topic = [
            t
            for t in view.mention_ids
            if view.expand([t]) & set(view.topic)
            and eff_role(view, t)[1] in {"은", "는"}
            and view.first_tok[t] < view.first_tok[subj[0]]
        ]
        if topic and "를" in frame.object_particles:
            return subj, topic, "topic-object"
    if p.ending is Ending.RELATIVE and head:
        return _relative_arguments(c, subj, obj)
    if p.ending is Ending.RELATIVE and obj and _other_party_after(view, p.end_k):
        if not subj or eff_role(view, subj[0])[0] == "JX":
            return [], [], ""  # "X는 Y를 사들인 고객사에는": the customers bought it, not X
    if p.nominal:
        # "Open AI는 Microsoft와의 협업을 통해": noun predicate, partner marked with 와의
        return subj or view.topic, obj, "nominal"
    if not subj and obj:
        if frame.symmetric and len(view.expand(obj)) >= 2:
            return [], obj, "symmetric-group"
        subj = [t for t in view.topic if t not in view.expand(obj)]
        return subj, obj, "transitive-topic"
    if subj and obj and view.expand(subj) & view.expand(obj):
        # "Amazon과 Google Cloud가 ..., 이들과 협력해": the doer is what the text was about
        subj = [t for t in (view.prev_topic or []) if t not in view.expand(obj)]
        return subj, obj, "transitive-topic"
    return subj, obj, "transitive"


def _relative_arguments(c: _Clause, subj, obj):
    """A relative clause and the noun it modifies ("Claude를 개발한 업스테이지")."""
    view, head = c.view, c.head
    if not obj and c.frame.object_particles and not subj:
        return [], [], ""
    if obj and _object_elsewhere(view, c.p.k, obj):
        # "'미르'를 선보인 A, '한결'을 출시한 B": the clause's object ('한결', read as no
        # name) is right before its predicate; 미르 belongs to the clause before
        return [], [], ""
    if not subj or (
        subj and obj and view.first_tok[subj[0]] < view.first_tok[obj[-1]] and _is_topic(view, subj)
    ):
        # "Claude를 개발한 업스테이지": the head is the doer
        return head, obj, "relative"
    if not obj:
        if _plain_object(view, c.p.k) or (c.head_is_topic and set(head) & view.expand(subj)):
            return [], [], ""
        return subj, head, "relative-object"  # "김성훈 대표가 설립한 스타트업"
    return subj, obj, "relative-inner"


def _other_party_after(view: SentenceView, j: int) -> bool:
    """Does the relative clause ending at token j modify a noun for another party ("고객사",
    grammar.toml coreference.others)?"""
    k = j + 1
    others = resources().grammar.other_parties
    return k < len(view.toks) and view.toks[k].tag == "NNG" and view.toks[k].form in others


def _plain_object(view: SentenceView, k: int) -> bool:
    """An object particle on a common noun right before the predicate ("모델(LLM)을 개발하는"):
    the clause has its object, and it is not a name."""
    for t in reversed(view.toks[max(0, k - 4) : k]):
        if t.tag == "JKO":
            return True
    return False


def _object_elsewhere(view: SentenceView, k: int, obj: list[int]) -> bool:
    """Is the object particle right before predicate token k on something other than ``obj``
    (a word read as no name), with a relative clause's head between ``obj`` and it?"""
    toks = view.toks
    for j in range(k - 1, max(-1, k - 5), -1):
        if toks[j].tag == "JKO":
            mine = any(view.first_tok[o] <= j <= view.next_tok[o] for o in obj)
            between = toks[view.next_tok[obj[-1]] : j]
            return not mine and any(t.tag == "ETM" for t in between)
    return False


def _is_topic(view, subj):
    return bool(view.topic) and set(subj) <= set(view.topic)
