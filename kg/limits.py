"""What a sentence's own words rule out, whatever the relation scorer would say.

kg.pairs offers every typed pair of a sentence's names; some pairs the sentence itself denies:
a base model was not made by the maker of what was built on it, a person titled at one
organisation does not work at the others the sentence names, names joined in one list are not
partners of each other, a rival's model in a comparison ("메타의 '라마'를 앞섰다") was not made
by the company the sentence is about, a model applied to a service was not made by the service.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from .clause import Ending, SentenceView, group_of, inside_parens, paren_host
from .coordination import eff_role
from .makers import not_the_maker
from .model import RelationCandidate
from .names import name_key
from .predicates import joined_act
from .relative_lists import clause_of_another, relative_objects
from .resources import resources
from .role_nouns import join_verb_after
from .work_limits import (
    may_work_at,
    modifier_origins,
    own_rule,
    owned,
    studied_at,
    titled,
)

__all__ = ["Limits"]

# rules that read a company's own noun phrase, before any genitive it takes ("미국 휴대폰 업체
# 노바폰의 스마트폰"): the genitive that ties the name to what follows does not bar them (a
# bare place before a name, "베트남 하노이의", may be an address: the genitive still bars it)
_OWN_PHRASE = frozenset({"place-kind-org"})


@dataclass(frozen=True)
class Limits:
    """What a sentence's own words rule out, whatever the scorer would say."""

    view: SentenceView
    preds: list
    by_pair: dict
    joining: list[set[int]]  # lists that join as one: never partners of each other
    placed: dict[int, set[int]]  # person -> organisations its title chains name
    owned: dict[int, set[int]]  # organisation -> persons whose chain holds it ("A 누리AI 대표")
    background: dict[int, set[int]]  # organisation -> persons who come from it ("X 출신인 A")
    owner_of: dict[int, set[int]]  # genitive name -> the names it modifies
    bases: set[int]  # what a model was made from ("Y를 바탕으로 만든")
    owners: dict[int, set[int]]  # a name -> the makers written in the genitive before it
    compared: set[int]  # names a comparison sets side by side ("X는 Y를 앞섰다")
    applied: set[frozenset[int]]  # a model and what it is applied to ("X에는 Y가 적용됐다")
    makers: set[int]  # the names typed as what makes things (companies, bodies, persons)
    persons: set[int]  # the names typed as persons
    clauses: dict  # (relation, object) -> heads of relative clauses stating it

    @classmethod
    def of(cls, view, preds, rules, groups, by_pair, guess) -> Limits:
        placed, background = titled(rules, set(view.expand(view.topic or [])))
        # "이 회사 강주원 대표는": a chain through a coreference places the person at what it
        # stands for
        placed = {
            p: {x for o in orgs for x in (o, *group_of(view, o))} for p, orgs in placed.items()
        }
        for org, persons in modifier_origins(view, guess).items():
            background.setdefault(org, set()).update(persons)
        owner_of = _genitive_heads(rules, groups)
        return cls(
            view,
            preds,
            by_pair,
            _joining(view, groups),
            placed,
            owned(rules),
            background,
            owner_of,
            _bases(view, rules),
            _owners(view, rules, guess),
            {x for c in rules if c.type == "COMPARED_WITH" for x in (c.subject, c.object)},
            {frozenset((c.subject, c.object)) for c in rules if c.type in _PUT_INTO},
            {x for x in view.mention_ids if x in guess and guess[x][0] in _MAKERS},
            {x for x, (kind, _) in guess.items() if kind == "Person"},
            relative_objects(rules),
        )

    def excludes(self, rel: str, s: int, o: int, s_id: int, o_id: int, symmetric: bool) -> bool:
        owner_of = self.owner_of
        stated = any(c.type == rel for c in self.by_pair.get((s_id, o_id), ()))
        own_phrase = any(c.rule in _OWN_PHRASE for c in self.by_pair.get((s_id, o_id), ()))
        if not own_phrase and (o not in owner_of.get(s, (o,)) or s not in owner_of.get(o, (s,))):
            return True  # "메타의 라마 3를 바탕으로 만든 Y": Meta goes with 라마 3, not with Y
        if rel in _AGENTIVE and not stated and _not_agent(self.view, s):
            return True
        if rel == "DEVELOPED" and not stated and self._not_maker(s, o, s_id, o_id):
            return True
        if rel == "DEVELOPED" and not_the_maker(
            self.view, self.preds, s, o, bool({s, s_id} & self.persons), stated
        ):
            return True
        if rel == "DEVELOPED" and not stated and self._inner_subject(s, o):
            return True
        if not stated and clause_of_another(self.clauses, rel, s, o):
            return True  # "'미르'를 공개한 KT, '한결'을 내놓은 SKT": 한결 is SKT's alone
        if rel == "DEVELOPED" and o in self.bases:
            # the base a model was made from was not made by its maker
            return not _said_between(self.view, self.preds, s, o, owner_of)
        if rel == "FOUNDED" and _product_named(self.view, o):
            return True  # "구독 서비스 '한빛플러스'를 출범시켰다": a service launched, no company
        if rel == "WORKED_AT" and studied_at(self.view, o):
            return True  # "디지스트 박사 과정 출신인 양서윤": studied at the school
        if rel == "WORKED_AT" and not may_work_at(
            s_id, o_id, (self.placed, self.background), self.by_pair
        ):
            return True
        if rel == "WORKED_AT":
            return s_id not in self.owned.get(o_id, {s_id}) and not own_rule(
                s_id, o_id, self.by_pair
            )
        if rel == "LOCATED_IN" and not stated and _market(self.view, o):
            return True
        if rel in _PUT_IN and not stated and _target_of_another(self.view, s, o):
            return True  # "A를 X에, B는 Y에 각각 탑재한다": Y is B's, not A's
        if not symmetric and not stated and _co_members(self.view, s, o):
            return True
        return symmetric and any(s in g and o in g for g in self.joining)

    def _not_maker(self, s: int, o: int, s_id: int, o_id: int) -> bool:
        """A model the sentence gives a maker in the genitive ("메타의 '라마'") is not made by
        another; a rival's model in a comparison ("X는 Y를 앞섰다") is not made by the company
        the sentence is about, unless the text calls it the maker's own earlier one ("전작
        'Y'보다"); a service a model is applied to did not make it."""
        makers = self.owners.get(o_id, set()) | self.owners.get(o, set())
        if makers:
            return not _same_name(self.view, makers) & {s, s_id}
        if (o in self.compared or o_id in self.compared) and not _predecessor(self.view, o):
            return True
        return bool({frozenset((s, o)), frozenset((s_id, o_id))} & self.applied)

    def _inner_subject(self, s: int, o: int) -> bool:
        """ "툰마루와 작가들은 픽셀리아가 모델 '그림새 3'를 학습시키면서": another maker marked
        as subject (이/가) between the subject and the model is the doer of the model's clause
        (unless a predicate before the model took it: "신 대표가 창업한 회사로, 로봇 X를")."""
        view = self.view
        if o not in view.first_tok:
            return False
        lo, hi = view.first_tok.get(s, -1), view.first_tok[o]
        mine = group_of(view, s) if s in view.first_tok else set()
        # "박 전무는 MS에서 ... 설계했으며, 한울정보시스템에서는 '한울 AI 스튜디오' 개발을":
        # a nearer place of work (에서) is where the model is made
        marks = {"이", "가"} | (_WHERE if _particle(view, s) in _WHERE else set())
        return any(
            lo < view.first_tok[y] < hi
            and y not in mine
            and (_particle(view, y) in marks or self._next_topic(lo, y))
            and not view.consumed(y, hi)
            for y in self.makers
        )

    def _next_topic(self, lo: int, y: int) -> bool:
        """ "비스타모빌이 버스를 개조해 공급하고, 세로랩은 '세로드라이브'를 얹는다": a maker
        marked as topic (은/는) after a clause that closed with a connective ending begins a
        clause of its own, with its own doer."""
        return (
            lo >= 0
            and _particle(self.view, y) in _TOPIC
            and any(
                lo < p.tok < self.view.first_tok[y] and p.ending == Ending.CONNECTIVE
                for p in self.preds
            )
        )


def _target_of_another(view: SentenceView, s: int, o: int) -> bool:
    """ "A를 X에, 배터리 B는 Y에 각각 탑재한다": after the thing put in (``s``), a target (에)
    and then another thing put in (을/를, 은/는) before ``o``: ``o`` is the other's target."""
    if s not in view.first_tok or o not in view.first_tok or view.first_tok[s] > view.first_tok[o]:
        return False
    lo, hi = view.first_tok[s], view.first_tok[o]
    targeted = False
    for x in sorted(view.mention_ids, key=view.first_tok.get):
        if not lo < view.first_tok[x] < hi:
            continue
        p = _particle(view, x)
        if p.startswith("에") and not p.startswith(("에서", "에게")):
            targeted = True
        elif targeted and p in _THEMES:
            return True
    return False


def _product_named(view: SentenceView, o: int) -> bool:
    """The name ``o`` is introduced by a noun of a product (cues.toml's Model nouns: 서비스, 앱,
    플랫폼, 모델), maybe across an opening quote: "구독 서비스 '한빛플러스'"."""
    at = view.first_tok.get(o)
    if at is None:
        return False
    before = [t for t in view.toks[:at] if t.tag not in {"SS", "SSO"}]
    return bool(before) and resources().cue_nouns.get(before[-1].form) == "Model"


def _particle(view: SentenceView, x: int) -> str:
    return (eff_role(view, x)[1] or "") if x in view.first_tok else ""


# particles of the organisation where someone works or something is made
_WHERE = frozenset({"에서", "에서는", "에서도"})
# particles of the topic a clause is about
_TOPIC = frozenset({"은", "는"})


def _same_name(view: SentenceView, mids: set[int]) -> set[int]:
    """The mentions and what they stand for: a pronoun's antecedents ("이 회사의"), the name a
    bracket explains and the bracket ("일레븐랩스(ElevenLabs)의")."""
    out = set(mids)
    for x in mids:
        out.update(group_of(view, x))
    for y in view.mention_ids:
        if inside_parens(view.toks, view.first_tok[y]):
            host = set(paren_host(view, view.first_tok[y]))
            out.update(host if y in mids else {y} if host & mids else ())
    return out


def _predecessor(view: SentenceView, o: int) -> bool:
    """ "전작 '소담 2'보다", "1세대 '아라 X1'": the compared model is the maker's own earlier one
    (grammar.toml models.predecessors, in the three words before it)."""
    if o not in view.first_tok:
        return False
    words = resources().grammar.predecessors
    a = view.first_tok[o]
    return any(t.form in words for t in view.toks[max(0, a - 3) : a])


# relations whose subject is the doer of an active predicate
_AGENTIVE = frozenset({"DEVELOPED", "FOUNDED", "INVESTED_IN"})
# relations from a thing put in (the subject) to where it goes (the object, marked 에)
_PUT_IN = frozenset({"INTEGRATED_INTO", "APPLIED_TO"})
# particles of a thing put in, as object or as topic ("A를 X에, B는 Y에")
_THEMES = frozenset({"을", "를", "은", "는"})
# rules that put a model into something: its host did not make it
_PUT_INTO = frozenset({"APPLIED_TO", "INTEGRATED_INTO", "BASED_ON"})
_MAKERS = frozenset({"Company", "Organization", "Person"})
_QUOTES = frozenset({"SS", "SSO", "SSC"})


def _owners(view: SentenceView, rules: list[RelationCandidate], guess) -> dict[int, set[int]]:
    """Each name written after a maker in the genitive ("메타의 '라마 4'") or right after it
    with no particle ("구글 '제미나이 코드 어시스트'", "일레븐랩스(ElevenLabs)의 '멀티링구얼'"),
    and those makers."""
    out: dict[int, set[int]] = {}
    for c in rules:
        if c.type == "GENITIVE" and c.subject in guess and guess[c.subject][0] in _MAKERS:
            out.setdefault(c.object, set()).add(c.subject)
    for a, b in itertools.pairwise(sorted(view.mention_ids, key=view.first_tok.get)):
        m = view.mentions[a]
        k = next((j for j, t in enumerate(view.toks) if t.start >= m.end), len(view.toks))
        between = view.toks[k : view.first_tok[b]]
        if m.kind == "name" and all(t.tag in _QUOTES or t.form == "의" for t in between):
            if a in guess and guess[a][0] in _MAKERS:
                out.setdefault(b, set()).add(a)
    return out


def _not_agent(view: SentenceView, s: int) -> bool:
    """ "말벗콜에는 회사가 개발한 모델이 적용됐다": a name marked by 에 (not 에서, not "에 의해")
    is where something goes, never who does it."""
    if s not in view.first_tok:
        return False
    particle = eff_role(view, s)[1] or ""
    if not particle.startswith("에") or particle.startswith("에서") or particle.startswith("에게"):
        return False
    k = view.next_tok[s]
    return not (k < len(view.toks) and view.toks[k].form == "의하")


def _co_members(view: SentenceView, s: int, o: int) -> bool:
    """ "두 회사는 ... 투자하며, 해담파워가 9200억원, 그린웨이브소재가 2300억원을 맡는다":
    a name and a plural reference that includes it ("두 회사", "양사", "이들") are members of
    one group acting together, not one acting on the other."""
    for member, group in ((s, o), (o, s)):
        stands_for = group_of(view, group)
        if len(stands_for) >= 2:
            keys = {name_key(view.mentions[y].text) for x in stands_for for y in _glossed(view, x)}
            if name_key(view.mentions[member].text) in keys:
                return True
    return False


def _glossed(view: SentenceView, x: int) -> list[int]:
    """A mention and, when it is a bracket right after a name ("해담파워(Haedam Power)"), that
    name (in any sentence of the document)."""
    ms = view.mentions
    host = x - 1
    if host >= 0 and ms[host].sentence_id == ms[x].sentence_id and ms[x].start - ms[host].end == 1:
        return [x, host]
    return [x]


def _market(view: SentenceView, o: int) -> bool:
    """ "동남아시아 시장 공략에 나선다": a place written as a market or a target
    (grammar.toml places.markets) is not where the organisation is."""
    k = view.next_tok.get(o)
    toks = view.toks
    markets = resources().grammar.place_markets
    return k is not None and k < len(toks) and toks[k].tag == "NNG" and toks[k].form in markets


def _bases(view: SentenceView, rules: list[RelationCandidate]) -> set[int]:
    """ "X가 Y(Y')를 바탕으로 만든 Z": Y and Y' are what Z was made from, not what X made."""
    out = set()
    for c in rules:
        if c.type == "BASED_ON" and c.rule == "basis-made" and c.object in view.first_tok:
            out.add(c.object)
            if inside_parens(view.toks, view.first_tok[c.object]):
                out.update(paren_host(view, view.first_tok[c.object]))
    return out


def _said_between(view: SentenceView, preds, s: int, o: int, owner_of) -> bool:
    """Is the base ``o`` tied to ``s`` by its own words: ``s``'s genitive ("메타의 라마 3") or a
    predicate between them ("노을랩스가 2024년 내놓은 '벼리 2'를 기반으로")?"""
    if o in owner_of.get(s, ()):
        return True
    if s not in view.first_tok or o not in view.first_tok:
        return False
    lo, hi = sorted((view.first_tok[s], view.first_tok[o]))
    return any(lo < p.tok < hi for p in preds)


def _genitive_heads(rules: list[RelationCandidate], groups: list[list[int]]) -> dict[int, set]:
    """A name in the genitive and the name it modifies, with that name's list mates ("엔비디아의
    H100과 H200"): the genitive name belongs to its head, not to the clause around it."""
    out: dict[int, set[int]] = {}
    for c in rules:
        if c.type == "GENITIVE":
            heads = {c.object} | {x for g in groups if c.object in g for x in g}
            out.setdefault(c.subject, set()).update(heads)
    return out


def _joins_other(view: SentenceView, k: int) -> bool:
    """A join verb follows token k and what is joined is no partnership: "A와 B가 투자에
    참여했다" join a third party's round, "A와 B가 기술개발 협력에 나섰다" partner each other."""
    verb = join_verb_after(view.toks, k)
    return verb is not None and not joined_act(view.toks, verb)


def _joining(view: SentenceView, groups: list[list[int]]) -> list[set[int]]:
    """ "A, B와 C가 파트너로 참여한다": lists that join as one (partners of what the text is
    about, never of each other); a name in brackets after a member is that member ("C(KISTI)")."""
    joined = [set(g) for g in groups if _joins_other(view, view.next_tok[g[-1]] - 1)]
    for x in view.mention_ids:
        k = view.first_tok[x]
        if joined and inside_parens(view.toks, k):
            host = paren_host(view, k)
            for g in joined:
                if host and host[0] in g:
                    g.add(x)
    return joined
