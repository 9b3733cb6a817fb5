"""Every typed pair of mentions in a sentence: the candidates the relation scorer weighs.

A relation is a pair (subject, object) and a type.  A sentence offers every ordered pair of its
mentions whose guessed types fit a relation type (the types of each frame in
resources/predicates.toml), looking through coreference ('이 회사' stands for the name it points
to), and the pairs the rules proposed (which may reach the topic of an earlier sentence).  Each
pair is described by named features (kg.pair_features); kg.scorer weighs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .clause import SentenceView, group_of
from .limits import Limits
from .model import RelationCandidate
from .pair_features import PairContext, pair_features
from .predicates import predicates
from .resources import resources

__all__ = ["MARKED_CLAUSES", "Pair", "framed_types", "sentence_pairs"]

# clause rules whose two arguments carry their own case particles in one clause
MARKED_CLAUSES = frozenset(
    {"transitive", "relative", "relative-object", "passive", "passive-relative"}
)


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
    several_employers: bool = False,
) -> list[Pair]:
    """Every candidate relation of one sentence with its features.

    ``rules`` are the rule candidates of the sentence; ``guess`` each name mention's likely
    type and the types it may have (which the rules' frames may change: ``framed_types``);
    ``groups`` the sentence's lists; ``implicit`` the mentions outside the sentence it may be
    about without naming them (the topic of the sentences before, the organisation the
    document is about), with why; ``titles`` the title written next to each person;
    ``several_employers`` that the document has placed people at several organisations by
    their titles, so a person named by a bare title need not work where the document is about."""
    guess = framed_types(rules, guess)
    preds = predicates(view.toks, _name_tokens(view))
    by_pair: dict[tuple[int, int], list[RelationCandidate]] = {}
    for c in rules:
        by_pair.setdefault((c.subject, c.object), []).append(c)
        # "X 출신인 권 대표는": a rule read through a coreference states the pair of what it
        # stands for (the pairs below are enumerated that way)
        for s_id in group_of(view, c.subject):
            for o_id in group_of(view, c.object):
                if (s_id, o_id) != (c.subject, c.object):
                    by_pair.setdefault((s_id, o_id), []).append(c)
    sen = PairContext(view, text, sentence_id, preds, guess, groups, by_pair, implicit)
    sigs = _signatures()
    title_of = titles or {}
    out: dict[tuple[str, int, int], Pair] = {}

    limits = Limits.of(view, preds, rules, groups, by_pair, guess)

    def add(rel: str, s: int, o: int, s_id: int, o_id: int) -> None:
        key = (rel, s_id, o_id)
        if key in out or s_id == o_id or s_id not in guess or o_id not in guess:
            return
        if limits.excludes(rel, s, o, s_id, o_id, sigs[rel][2]):
            return
        if sigs[rel][2] and (rel, o_id, s_id) in out:
            return  # a symmetric relation once per pair
        pair = Pair(rel, s_id, o_id, sentence_id, pair_features(sen, s, o, s_id, o_id, rel))
        stated = by_pair.get((s_id, o_id), [])
        if sigs[rel][2]:
            stated = stated + by_pair.get((o_id, s_id), [])
        for c in stated:
            if c.type == rel:
                pair.rule = pair.rule or c.rule
                pair.rule_confidence = max(pair.rule_confidence, c.confidence)
                pair.role = pair.role or c.role
        if rel == "WORKED_AT" and not pair.role:
            # the organisation's title first; a person's own title is not the one they held
            # where they come from ("네이버 출신 박정우 CTO": not CTO of Naver)
            past = s_id in limits.background.get(o_id, ())
            pair.role = title_of.get(o) or ("" if past else title_of.get(s, ""))
        if rel == "WORKED_AT" and not pair.rule and _public_office_at_company(pair.role, o_id):
            return  # "윤석열 대통령은 ... SK실트론과 경상북도의 협약식에 참석": no job there
        out[key] = pair

    def _public_office_at_company(role: str, o_id: int) -> bool:
        """A public office (대통령, 장관, 도지사: grammar.toml public_offices) held at a company:
        the sentence places an official beside a company, not in it."""
        return role in resources().grammar.public_offices and guess[o_id][0] == "Company"

    _written_pairs(view, guess, sigs, add)
    _implicit_pairs(view, guess, sigs, implicit, add, several_employers)
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


def _implicit_pairs(view: SentenceView, guess, sigs, implicit, add, several_employers) -> None:
    """Pairs with an end the sentence does not write: what it is about, when it names no such
    thing ("회사는 ... '숨노트'를 내놨다"); no one works at the document's organisation by default
    when the document has named several employers ("김한준 퓨리오사AI CTO, 이주형 마크비전
    총괄이 ... 이주형 총괄은")."""
    written = {view.mentions[x].text for x in view.mention_ids for x in group_of(view, x)}
    for t in implicit:
        if view.mentions[t].text in written or t not in guess:
            continue
        for x in view.mention_ids:
            for x_id in group_of(view, x):
                if x_id not in guess:
                    continue
                for rel, sig in sigs.items():
                    if rel == "WORKED_AT" and several_employers and implicit[t] == "document":
                        continue
                    if _fits(sig, guess[t][1], guess[x_id][1]):
                        add(rel, t, x, t, x_id)
                    elif _fits(sig, guess[x_id][1], guess[t][1]):
                        add(rel, x, t, x_id, t)


# the kinds of names a clause's frame may retype into each other
_TRADED = frozenset({"Model", "Company", "Organization"})


def framed_types(rules: list[RelationCandidate], guess: dict) -> dict:
    """The guessed types with each end of a marked clause that fits its frame nowhere typed
    by the frame, when the other end fits: in "Upstage는 Solar를 개발했다" both names look
    like models, but who develops a model is an organisation (or a person), so Upstage is
    taken for the frame's first subject type; "X에 투자했다" makes X a company alike.
    One type must fit already: a clause does not retype both of its ends, and only the kinds
    the tagger confuses trade places (a model and an organisation; "미국에 투자했다" keeps
    its place).

    >>> from kg.model import RelationCandidate as C
    >>> M = ("Model", frozenset({"Model"}))
    >>> best, may = framed_types([C("DEVELOPED", 0, 1, "s", "transitive", 0.9)], {0: M, 1: M})[0]
    >>> best, sorted(may)
    ('Company', ['Company', 'Model'])
    """
    out = dict(guess)
    frames = resources().frame_of
    for c in rules:
        frame = frames.get(c.type)
        if c.rule not in MARKED_CLAUSES or frame is None or frame.symmetric:
            continue
        if c.subject not in out or c.object not in out:
            continue
        ends = ((c.subject, frame.subject_types_ordered), (c.object, frame.object_types_ordered))
        fit = [out[m][0] in set(types) for m, types in ends]
        if fit.count(True) != 1 or not all(types for _, types in ends):
            continue
        m, types = ends[fit.index(False)]
        best, may = out[m]
        want = next((t for t in types if t in may), types[0])
        if best in _TRADED and want in _TRADED:
            out[m] = (want, may | {want})
    return out


def _rule_type(c: RelationCandidate, guess, sigs) -> str:
    """The relation type a rule candidate stands for (GENITIVE waits for types: none here),
    when the guessed types of its ends fit it: "미국에 투자했다" names a place, not an
    investee (a clause's frame has already retyped what it may, ``framed_types``)."""
    if c.type not in sigs or c.subject not in guess or c.object not in guess:
        return ""
    return c.type if _fits(sigs[c.type], guess[c.subject][1], guess[c.object][1]) else ""
