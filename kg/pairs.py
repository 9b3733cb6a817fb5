"""Every typed pair of mentions in a sentence, described by the signals the relation rules read.

A relation is a pair (subject, object) and a type.  A sentence offers every ordered pair of its
mentions whose guessed types fit a relation type (the types of each frame in
resources/predicates.toml), looking through coreference ('이 회사' stands for the name it points
to), and the pairs the rules proposed (which may reach the topic of an earlier sentence).  Each
pair is described by named features:

- the types of both ends, their particles and clause roles (through coordination), which comes
  first, how far apart they are and how many names stand between;
- the predicate between them and the one after both: lemma, sense class (the relation types
  whose stems hold it), ending (relative, connective, final), voice, negation, reporting verb;
- the nouns between them and right around each end (``본사``, ``출신``, ``자회사``);
- lists (both ends in one coordinated list), quotes, parentheses, the sentence's topic;
- which rules proposed the pair, in which direction, for which relation type.

Features are conjoined with the relation type (``DEVELOPED|o_p:를``), so the model is one
logistic regression per type with a few features shared by all (``*|agree``).  kg.scorer weighs
them; bench/fit_relations.py fits the weights.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .clause import Ending, SentenceView, Voice, eff_role, group_of, inside_parens
from .model import RelationCandidate
from .nouns import join_verb_after
from .predicates import Predicate, predicates
from .resources import resources

__all__ = ["Pair", "sentence_pairs"]

_QUOTES = frozenset("'\"‘’“”「」『』《》〈〉<>")
_NOUN_TAGS = frozenset({"NNG", "NNB"})


@dataclass
class Pair:
    """A candidate relation ``type`` from mention ``subject`` to mention ``object`` (indices in
    the document's mention list), the features that describe it, and what the rules said."""

    type: str
    subject: int
    object: int
    sentence_id: str
    features: list[str] = field(default_factory=list)
    rule: str = ""  # the rule that proposed it with this type and direction ("" if none)
    rule_confidence: float = 0.0
    role: str = ""  # WORKED_AT: the title, as a rule read it

    def candidate(self, confidence: float) -> RelationCandidate:
        return RelationCandidate(
            self.type,
            self.subject,
            self.object,
            self.sentence_id,
            self.rule or "learned",
            round(confidence, 3),
            self.role,
        )


def _signatures() -> dict[str, tuple[frozenset[str], frozenset[str], bool]]:
    """relation type -> (subject types, object types, symmetric)."""
    return {
        f.relation: (f.subject_types, f.object_types, f.symmetric)
        for f in resources().frames
        if f.subject_types and f.object_types
    }


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def _sense(p: Predicate | None, rel: str) -> str:
    if p is None:
        return "none"
    return "same" if rel in p.senses else ("other" if p.senses else "plain")


@dataclass
class _Sentence:
    """What every pair of one sentence shares."""

    view: SentenceView
    text: str
    sentence_id: str
    preds: list[Predicate]
    types: dict[int, tuple[str, frozenset[str]]]  # mention -> (best type, plausible types)
    groups: list[list[int]]
    rules: dict[tuple[int, int], list[RelationCandidate]]
    implicit: dict[int, str]  # mention outside the sentence -> why it may be meant


def _end_features(sen: _Sentence, mid: int, side: str) -> list[str]:
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
    elif b < len(toks) and toks[b].tag == "VV":
        out.append(f"{side}_verb:{toks[b].form}")  # "X를 통해", "X를 비롯한", "X를 제치고"
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


def _between_features(sen: _Sentence, s: int, o: int, rel: str) -> list[str]:
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
    out.append(f"particles:{ps}>{po}:{_bucket(len(inside))}")
    taken = {k for x in inside for k in range(view.first_tok[x], view.next_tok[x])}
    nouns = [t.form for k, t in enumerate(toks[lo:hi], lo) if t.tag == "NNG" and k not in taken]
    out += [f"noun_between:{n}" for n in nouns[-5:]]
    between = next((p for p in sen.preds if lo <= p.tok < hi), None)
    after = next((p for p in sen.preds if p.tok >= view.next_tok[last]), None)
    for where, p in (("mid", between), ("after", after)):
        out.append(f"{where}_sense:{_sense(p, rel)}")
        if p is not None:
            out += [f"{where}_lemma:{p.lemma}", f"{where}_end:{p.ending}"]
            out.append(f"{where}_voice:{p.voice}")
            if p.noun:
                out.append(f"{where}_noun:{p.noun}")
            if p.negated:
                out.append(f"{where}_negated")
            if p.reporting:
                out.append(f"{where}_reporting")
    if after is not None and after.reporting and eff_role(view, s)[0] in {"JKS", "JX"}:
        out.append("s_reports")  # "... 투자했다고 테크뉴스가 보도했다": a source, not a doer
    if any(s in g and o in g for g in sen.groups):
        out.append("same_list")
    return out


_SUBJECT_PARTICLES = ("이", "가", "은", "는", "께서", "에서", "도")
_OBJECT_PARTICLES = ("을", "를")


def _marked(particle: str, allowed) -> bool:
    return any(
        particle == q or particle in (q + "의", q + "도", q + "는", q + "만") for q in allowed
    )


def _governing(sen: _Sentence, start: int, rel: str) -> tuple[Predicate | None, int]:
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


def _role_fit(sen: _Sentence, s: int, o: int, rel: str, p: Predicate) -> str:
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


def _governing_features(sen: _Sentence, s: int, o: int, rel: str) -> list[str]:
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


def _near_features(sen: _Sentence, near: int, rel: str) -> list[str]:
    """Features of a pair whose other end is not written in the sentence ("회사는 ... '숨노트'를
    내놨다", "이번 투자에는 A와 B가 참여했다"): the predicate after the end that is, whether the
    sentence names a subject of its own, and the words it opens with."""
    view = sen.view
    toks = view.toks
    after = next((p for p in sen.preds if p.tok >= view.next_tok[near]), None)
    out = [f"after_sense:{_sense(after, rel)}"]
    if after is not None:
        out += [f"after_lemma:{after.lemma}", f"after_end:{after.ending}"]
        out.append(f"after_voice:{after.voice}")
        if after.noun:
            out.append(f"after_noun:{after.noun}")
        if after.negated:
            out.append("after_negated")
    subjects = [x for x in view.mention_ids if x != near and eff_role(view, x)[0] in {"JKS", "JX"}]
    out.append("own_subject" if subjects else "no_subject")
    opening = [t for t in toks[: view.first_tok[near]] if t.tag in _NOUN_TAGS][:2]
    out += [f"opens:{t.form}" for t in opening]
    return out


def _rule_features(sen: _Sentence, s_id: int, o_id: int, rel: str) -> tuple[list[str], str]:
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


def _features(sen: _Sentence, s: int, o: int, s_id: int, o_id: int, rel: str) -> list[str]:
    view = sen.view
    ts, to = sen.types[s_id][0], sen.types[o_id][0]
    local = [f"types:{ts}>{to}"]
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


def _fits(sig, ts: frozenset[str], to: frozenset[str]) -> bool:
    subj, obj, _ = sig
    return bool(ts & subj and to & obj)


def sentence_pairs(
    view: SentenceView,
    text: str,
    sentence_id: str,
    rules: list[RelationCandidate],
    guess: dict[int, tuple[str, frozenset[str]]],
    groups: list[list[int]],
    implicit: dict[int, str],
    titles: dict[int, str] | None = None,
) -> list[Pair]:
    """Every candidate relation of one sentence with its features.

    ``rules`` are the rule candidates of the sentence; ``guess`` gives each name mention its
    most likely type and the types it may have; ``groups`` are the sentence's lists;
    ``implicit`` the mentions outside the sentence it may be about without naming them (the
    topic of the sentences before, the organisation the document is about), with why;
    ``titles`` the title written next to each person (the role of a WORKED_AT pair)."""
    preds = predicates(view.toks, _name_tokens(view))
    by_pair: dict[tuple[int, int], list[RelationCandidate]] = {}
    for c in rules:
        by_pair.setdefault((c.subject, c.object), []).append(c)
    sen = _Sentence(view, text, sentence_id, preds, guess, groups, by_pair, implicit)
    sigs = _signatures()
    title_of = titles or {}
    out: dict[tuple[str, int, int], Pair] = {}

    joining = _joining(view, groups)

    def add(rel: str, s: int, o: int, s_id: int, o_id: int) -> None:
        key = (rel, s_id, o_id)
        if key in out or s_id == o_id or s_id not in guess or o_id not in guess:
            return
        if sigs[rel][2] and any(s in g and o in g for g in joining):
            return
        if sigs[rel][2] and (rel, o_id, s_id) in out:
            return  # a symmetric relation once per pair
        pair = Pair(rel, s_id, o_id, sentence_id, _features(sen, s, o, s_id, o_id, rel))
        stated = by_pair.get((s_id, o_id), [])
        if sigs[rel][2]:
            stated = stated + by_pair.get((o_id, s_id), [])
        for c in stated:
            if c.type == rel:
                pair.rule = pair.rule or c.rule
                pair.rule_confidence = max(pair.rule_confidence, c.confidence)
                pair.role = pair.role or c.role
        if rel == "WORKED_AT" and not pair.role:
            pair.role = title_of.get(o) or title_of.get(s, "")  # the organisation's title first
        out[key] = pair

    _written_pairs(view, guess, sigs, add)
    _implicit_pairs(view, guess, sigs, implicit, add)
    # rule candidates the enumeration did not reach (an end outside the sentence)
    for c in rules:
        rel = _rule_type(c, guess, sigs)
        if rel and (rel, c.subject, c.object) not in out:
            add(rel, c.subject, c.object, c.subject, c.object)
    return list(out.values())


def _name_tokens(view: SentenceView) -> frozenset[int]:
    """The tokens inside a mention (never a predicate of the sentence)."""
    return frozenset(
        k
        for x in view.mention_ids
        for k in range(view.first_tok[x], view.next_tok[x])
        if view.toks[k].start < view.mentions[x].end
    )


def _joining(view: SentenceView, groups: list[list[int]]) -> list[set[int]]:
    """ "A, B와 C가 파트너로 참여한다": lists that join as one (partners of what the text is
    about, never of each other)."""
    return [
        set(g) for g in groups if join_verb_after(view.toks, view.next_tok[g[-1]] - 1) is not None
    ]


def _written_pairs(view: SentenceView, guess, sigs, add) -> None:
    """Every ordered pair of names the sentence writes (through coreference) whose types fit."""
    ids = view.mention_ids
    for s in ids:
        for o in ids:
            if s == o:
                continue
            for s_id in group_of(view, s):
                for o_id in group_of(view, o):
                    if s_id not in guess or o_id not in guess:
                        continue
                    for rel, sig in sigs.items():
                        if sig[2] and view.first_tok[s] > view.first_tok[o]:
                            continue  # a symmetric relation once per pair, in text order
                        if _fits(sig, guess[s_id][1], guess[o_id][1]):
                            add(rel, s, o, s_id, o_id)


def _implicit_pairs(view: SentenceView, guess, sigs, implicit, add) -> None:
    """Pairs with an end the sentence does not write: what it is about, when it names no such
    thing ("회사는 ... '숨노트'를 내놨다")."""
    written = {view.mentions[x].text for x in view.mention_ids for x in group_of(view, x)}
    for t in implicit:
        if view.mentions[t].text in written or t not in guess:
            continue
        for x in view.mention_ids:
            for x_id in group_of(view, x):
                if x_id not in guess:
                    continue
                for rel, sig in sigs.items():
                    if _fits(sig, guess[t][1], guess[x_id][1]):
                        add(rel, t, x, t, x_id)
                    elif _fits(sig, guess[x_id][1], guess[t][1]):
                        add(rel, x, t, x_id, t)


def _rule_type(c: RelationCandidate, guess, sigs) -> str:
    """The relation type a rule candidate stands for (GENITIVE waits for types: none here)."""
    return c.type if c.type in sigs else ""
