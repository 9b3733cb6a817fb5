"""What a candidate relation looks like to the relation scorer: named features of one pair.

- the types of both ends, their particles and clause roles (through coordination), which comes
  first, how far apart they are and how many names stand between;
- the predicate between them and the one after both: lemma, sense class (the relation types
  whose stems hold it), ending (relative, connective, final), voice, negation, reporting verb;
- the nouns between them and right around each end (``본사``, ``출신``, ``자회사``);
- lists (both ends in one coordinated list), quotes, parentheses, the sentence's topic;
- which rules proposed the pair, in which direction, for which relation type;
- families rather than words, which carry to text the model never saw (kg.pair_families): the
  relation types of the predicates and relational nouns around the pair, and whether the
  sentence is the article's lede.

Features are conjoined with the relation type (``DEVELOPED|o_p:를``), so the model is one
logistic regression per type with a few features shared by all (``*|agree``).  kg.pairs builds
the pairs; kg.scorer weighs them; bench/fit_relations.py fits the weights.
"""

from __future__ import annotations

from dataclasses import dataclass

from .clause import Ending, SentenceView, Voice, inside_parens
from .coordination import eff_role
from .model import RelationCandidate
from .pair_families import noun_families, position, predicate_families
from .predicates import Predicate
from .resources import resources

__all__ = ["PairContext", "pair_features"]

_QUOTES = frozenset("'\"‘’“”「」『』《》〈〉<>`")
_NOUN_TAGS = frozenset({"NNG", "NNB"})


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def _sense(p: Predicate | None, rel: str) -> str:
    if p is None:
        return "none"
    return "same" if rel in p.senses else ("other" if p.senses else "plain")


def _predicate(where: str, p: Predicate | None, rel: str) -> list[str]:
    """The features of the predicate at ``where`` ("mid", "after"): its sense for ``rel``, and
    when there is one its lemma, ending, voice, the noun it takes and its negation."""
    out = [f"{where}_sense:{_sense(p, rel)}"]
    if p is not None:
        out += [f"{where}_lemma:{p.lemma}", f"{where}_end:{p.ending}", f"{where}_voice:{p.voice}"]
        if p.noun:
            out.append(f"{where}_noun:{p.noun}")
        if p.negated:
            out.append(f"{where}_negated")
        out += predicate_families(where, p)
    return out


@dataclass
class PairContext:
    """What every pair of one sentence shares."""

    view: SentenceView
    text: str
    sentence_id: str
    preds: list[Predicate]
    types: dict[int, tuple[str, frozenset[str]]]  # mention -> (best type, plausible types)
    groups: list[list[int]]
    rules: dict[tuple[int, int], list[RelationCandidate]]
    implicit: dict[int, str]  # mention outside the sentence -> why it may be meant


def _end_features(sen: PairContext, mid: int, side: str) -> list[str]:
    """Features of one end of a pair: particle, clause role, what is written around it."""
    view = sen.view
    m = view.mentions[mid]
    if mid not in view.first_tok:
        return [f"{side}_far:{sen.implicit.get(mid, 'rule')}"]
    role, particle = eff_role(view, mid)
    out = [f"{side}_p:{particle or '-'}", f"{side}_r:{role or '-'}", f"{side}_k:{m.kind}"]
    toks = view.toks
    a, b = view.first_tok[mid], view.next_tok[mid]
    if b < len(toks) and toks[b].tag in _NOUN_TAGS and toks[b].start <= m.end + 1:
        out.append(f"{side}_next:{toks[b].form}")  # "X 출신", "X 본사", "X 대표"
        out += noun_families(f"{side}_next", [toks[b].form])
    elif b < len(toks) and toks[b].tag == "VV":
        out.append(f"{side}_verb:{toks[b].form}")  # "X를 통해", "X를 비롯한", "X를 제치고"
    if b < len(toks) and toks[b].tag in _NOUN_TAGS and toks[b].start > m.end + 1:
        # "Y에 본사를 둔 X", "Y에 공장을 짓는다": the noun after the end's particle
        out += noun_families(f"{side}_then", [toks[b].form])
    for j in range(a - 1, max(-1, a - 4), -1):
        if toks[j].tag in _NOUN_TAGS:
            out.append(f"{side}_prev:{toks[j].form}")  # "스타트업 X", "자회사인 X"
            break
    if m.start > 0 and sen.text[m.start - 1] in _QUOTES:
        out.append(f"{side}_quoted")
    if inside_parens(toks, a):
        out.append(f"{side}_paren")
    if mid in view.topic:
        out.append(f"{side}_topic")
    if any(mid in g for g in sen.groups):
        out.append(f"{side}_list")
    return out


def _between_features(sen: PairContext, s: int, o: int, rel: str) -> list[str]:
    """Features of the span between two ends in one sentence and of the predicates around it."""
    view = sen.view
    toks = view.toks
    (first, last) = (s, o) if view.first_tok[s] <= view.first_tok[o] else (o, s)
    lo, hi = view.next_tok[first], view.first_tok[last]
    out = ["order:so" if first == s else "order:os", f"dist:{_bucket(max(0, hi - lo))}"]
    ps, po = eff_role(view, s)[1] or "-", eff_role(view, o)[1] or "-"
    out.append(f"particles:{ps}>{po}")  # "X의 'Y'", "X는 ... Y를", "X보다 ... Y가"
    inside = [x for x in view.mention_ids if lo <= view.first_tok[x] < hi]
    out.append(f"names_between:{_bucket(len(inside))}")
    if first == s and any(_another_subject(sen, s, x) for x in inside):
        out.append("subject_between")  # "A는 ..., B는 'X'를 공급한다": B's clause, not A's
    out.append(f"particles:{ps}>{po}:{_bucket(len(inside))}")
    taken = {k for x in inside for k in range(view.first_tok[x], view.next_tok[x])}
    nouns = [t.form for k, t in enumerate(toks[lo:hi], lo) if t.tag == "NNG" and k not in taken]
    out += [f"noun_between:{n}" for n in nouns[-5:]]
    out += noun_families("between", nouns)
    between = next((p for p in sen.preds if lo <= p.tok < hi), None)
    after = next((p for p in sen.preds if p.tok >= view.next_tok[last]), None)
    for where, p in (("mid", between), ("after", after)):
        out += _predicate(where, p, rel)
        if p is not None and p.reporting:
            out.append(f"{where}_reporting")
    if after is not None and after.voice == Voice.PASSIVE:
        # "딥마인드는 구글에 인수되었다": in a passive clause what is acted on comes first; the
        # order means another thing than in an active one
        out.append(f"*|{out[0]}:passive")
    if after is not None and after.reporting and eff_role(view, s)[0] in {"JKS", "JX"}:
        out.append("s_reports")  # "... 투자했다고 테크뉴스가 보도했다": a source, not a doer
    if any(s in g and o in g for g in sen.groups):
        out.append("same_list")
    return out


def _another_subject(sen: PairContext, s: int, x: int) -> bool:
    """Is ``x`` a subject or topic of its own, not listed with ``s``?"""
    if eff_role(sen.view, x)[0] not in {"JKS", "JX"}:
        return False
    return not any(s in g and x in g for g in sen.groups)


_SUBJECT_PARTICLES = ("이", "가", "은", "는", "께서", "에서", "도")
_OBJECT_PARTICLES = ("을", "를")


def _marked(particle: str, allowed) -> bool:
    return any(
        particle == q or particle in (q + "의", q + "도", q + "는", q + "만") for q in allowed
    )


def _governing(sen: PairContext, start: int, rel: str) -> tuple[Predicate | None, int]:
    """The first predicate of sense ``rel`` after token ``start``, up to the end of the first
    closed clause; and how many predicates were passed on the way."""
    passed = 0
    for p in sen.preds:
        if p.tok < start:
            continue
        if rel in p.senses:
            return p, passed
        passed += 1
        if p.ending is Ending.FINAL:
            break
    return None, passed


def _role_fit(sen: PairContext, s: int, o: int, rel: str, p: Predicate) -> str:
    """Do the two ends carry the particles the frame of ``rel`` gives its subject and object
    under this predicate's voice?  '+' yes, '-' no, 'h' the end is the head the predicate's
    relative clause modifies, 'f' the end is not in the sentence."""
    view = sen.view
    frame = resources().frame_of[rel]
    if frame.theme_is_subject:
        want_s = _SUBJECT_PARTICLES if p.voice is Voice.PASSIVE else _OBJECT_PARTICLES
        want_o = frame.object_particles
    elif p.voice is Voice.PASSIVE:
        want_s, want_o = frame.agent_particles, _SUBJECT_PARTICLES
    else:
        want_s, want_o = _SUBJECT_PARTICLES, frame.object_particles
    if frame.symmetric:
        want_s = want_o = (*_SUBJECT_PARTICLES, *frame.object_particles)
    out = ""
    for mid, want in ((s, want_s), (o, want_o)):
        if mid not in view.first_tok:
            out += "f"
        elif p.ending is Ending.RELATIVE and view.first_tok[mid] > p.tok:
            out += "h"
        else:
            out += "+" if _marked(eff_role(view, mid)[1], want) else "-"
    return out


def _governing_features(sen: PairContext, s: int, o: int, rel: str) -> list[str]:
    """The predicate of this sense that governs the pair, and whether the ends fit its frame
    (shared by every relation type: what the rules of predicates.toml say, as evidence)."""
    view = sen.view
    near = [x for x in (s, o) if x in view.first_tok]
    start = min(view.next_tok[x] for x in near) if near else 0
    p, passed = _governing(sen, start, rel)
    if p is None:
        return ["gov:none"]
    last = max(view.first_tok[x] for x in near) if near else 0
    where = "between" if p.tok < last else "after"
    fit = _role_fit(sen, s, o, rel, p)
    out = [f"gov:{where}", f"gov_lemma:{p.lemma}", f"gov_passed:{_bucket(passed)}"]
    out += [f"*|gov_fit:{fit}", f"*|gov_fit:{fit}:{where}:{p.ending}", f"*|gov:{p.voice}"]
    if p.noun:
        out.append(f"gov_noun:{p.noun}")
    if p.negated:
        out.append("*|gov_negated")
    return out


def _near_features(sen: PairContext, near: int, rel: str) -> list[str]:
    """Features of a pair whose other end is not written in the sentence ("회사는 ... '숨노트'를
    내놨다", "이번 투자에는 A와 B가 참여했다"): the predicate after the end that is, whether the
    sentence names a subject of its own, and the words it opens with."""
    view = sen.view
    toks = view.toks
    after = next((p for p in sen.preds if p.tok >= view.next_tok[near]), None)
    out = _predicate("after", after, rel)
    # a subject of its own: not the end itself nor a name listed with it ("A, B와 C가 참여한다")
    mates = {x for g in sen.groups if near in g for x in g} | {near}
    subjects = [
        x for x in view.mention_ids if x not in mates and eff_role(view, x)[0] in {"JKS", "JX"}
    ]
    out.append("own_subject" if subjects else "no_subject")
    opening = [t for t in toks[: view.first_tok[near]] if t.tag in _NOUN_TAGS][:2]
    out += [f"opens:{t.form}" for t in opening]
    return out


def _rule_features(sen: PairContext, s_id: int, o_id: int, rel: str) -> tuple[list[str], str]:
    """Which rules proposed this pair; and the rule that proposed it as it stands."""
    out, agreeing = [], ""
    for c in sen.rules.get((s_id, o_id), []):
        out.append(f"rule:{c.type}:{c.rule}")
        if c.type == rel:
            agreeing = agreeing or c.rule
            out.append(f"*|agree:{c.rule}")
    for c in sen.rules.get((o_id, s_id), []):
        if c.type == rel and _symmetric(rel):
            # "A와 B가 협력한다" is "B와 A가 협력한다": a rule's pair either way agrees
            agreeing = agreeing or c.rule
            out += [f"rule:{c.type}:{c.rule}", f"*|agree:{c.rule}"]
            continue
        out.append(f"rev:{c.type}:{c.rule}")
    if agreeing:
        out.append("*|agree")
    return out, agreeing


def pair_features(sen: PairContext, s: int, o: int, s_id: int, o_id: int, rel: str) -> list[str]:
    view = sen.view
    ts, to = sen.types[s_id][0], sen.types[o_id][0]
    local = [f"types:{ts}>{to}", *position(sen.sentence_id)]
    local += _end_features(sen, s, "s") + _end_features(sen, o, "o")
    local += _governing_features(sen, s, o, rel)
    if s in view.first_tok and o in view.first_tok:
        local += _between_features(sen, s, o, rel)
    elif s in view.first_tok or o in view.first_tok:
        local += _near_features(sen, s if s in view.first_tok else o, rel)
    rules, _ = _rule_features(sen, s_id, o_id, rel)
    shared = [f for f in local + rules if f.startswith("*|")]
    return ["bias", *[f"{rel}|{f}" for f in local + rules if not f.startswith("*|")], *shared]


def _symmetric(rel: str) -> bool:
    frame = resources().frame_of.get(rel)
    return frame is not None and frame.symmetric
