"""Every typed pair of mentions in a sentence: the candidates the relation scorer weighs.

A relation is a pair (subject, object) and a type.  A sentence offers every ordered pair of its
mentions whose guessed types fit a relation type (the types of each frame in
resources/predicates.toml), looking through coreference ('이 회사' stands for the name it points
to), and the pairs the rules proposed (which may reach the topic of an earlier sentence).  Each
pair is described by named features (kg.pair_features); kg.scorer weighs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .clause import SentenceView, group_of, inside_parens, paren_host
from .model import RelationCandidate
from .nouns import join_verb_after
from .pair_features import PairContext, pair_features
from .predicates import predicates
from .resources import resources

__all__ = ["Pair", "sentence_pairs"]


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
    sen = PairContext(view, text, sentence_id, preds, guess, groups, by_pair, implicit)
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
    about, never of each other); a name in brackets after a member is that member ("C(KISTI)")."""
    joined = [
        set(g) for g in groups if join_verb_after(view.toks, view.next_tok[g[-1]] - 1) is not None
    ]
    for x in view.mention_ids:
        k = view.first_tok[x]
        if joined and inside_parens(view.toks, k):
            host = paren_host(view, k)
            for g in joined:
                if host and host[0] in g:
                    g.add(x)
    return joined


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
