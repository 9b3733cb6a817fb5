"""What one document contributes to corpus-wide resolution (``kg.resolve``): its name keys with
their spellings and type votes, appositions, relation candidates and coordinations, keyed the way
``Resolution`` sums them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .analysis import DocumentAnalysis
from .model import Evidence, Sentence
from .names import name_key, split_version
from .pairs import MARKED_CLAUSES
from .tally import to_exact

__all__ = ["CandRef", "Candidate", "Facts", "Ref", "Touched", "facts_of"]

Ref = str  # what a mention resolves through: "n:" + its name key, or "d:" + its date value
CandRef = tuple[str, int]  # (doc_id, index in that document's candidate list)


class Candidate(NamedTuple):
    index: int
    type: str
    subject: Ref
    object: Ref
    confidence: float
    evidence: Evidence
    role: str  # WORKED_AT: the person's title as written


@dataclass
class Facts:
    """What one document contributes to resolution, keyed the way it is summed.  Each entry is
    (part, place of its first occurrence in the document)."""

    doc_id: str
    sentences: dict[str, Sentence]
    surfaces: dict[tuple[str, str], tuple[int, tuple]] = field(default_factory=dict)
    votes: dict[tuple[str, str], tuple[int, tuple]] = field(default_factory=dict)  # exact parts
    dates: dict[tuple[str, str], tuple[int, tuple]] = field(default_factory=dict)
    appositions: dict[tuple[str, str, str], tuple[int, tuple]] = field(default_factory=dict)
    roles: dict[tuple[Ref, str], tuple[int, tuple]] = field(default_factory=dict)  # exact
    # the types each role a clause gives a mention allows, and how many such roles come from
    # clauses that mark both ends themselves
    fits: dict[tuple[Ref, frozenset], tuple[int, tuple]] = field(default_factory=dict)
    sure: dict[tuple[Ref, str], tuple[int, tuple]] = field(default_factory=dict)
    peers: dict[tuple[str, Ref], tuple[int, tuple]] = field(default_factory=dict)
    candidates: dict[int, Candidate] = field(default_factory=dict)  # by index in the analysis
    # name mentions by index: (key, sentence id, start, end) -- version evidence
    names: dict[int, tuple[str, str, int, int]] = field(default_factory=dict)
    # sentence id -> [(ref, start, end)] in mention order -- sentence_entities
    spans: dict[str, list[tuple[Ref, int, int]]] = field(default_factory=dict)
    # (key of a one-word name, key of an address in the same document ending with it): the
    # address-part rule, before types are known
    addresses: dict[tuple[str, str], tuple[int, tuple]] = field(default_factory=dict)


def _count(table: dict, key, part: int, where: tuple) -> None:
    old = table.get(key)
    table[key] = (part, where) if old is None else (old[0] + part, min(old[1], where))


def facts_of(a: DocumentAnalysis, res) -> Facts:
    facts = Facts(a.doc_id, {s.id: s for s in a.sentences})
    refs: list[Ref | None] = []
    for i, m in enumerate(a.mentions):
        if m.kind == "name":
            key = name_key(m.text)
            refs.append("n:" + key)
            _count(facts.surfaces, (key, m.text), 1, (i,))
            for j, (vtype, weight) in enumerate(m.votes.items()):
                _count(facts.votes, (key, vtype), to_exact(weight), (i, j))
            facts.names[i] = (key, m.sentence_id, m.start, m.end)
        elif m.kind == "date":
            refs.append("d:" + m.date)
            _count(facts.dates, (m.date, m.text), 1, (i,))
        else:
            refs.append(None)
            continue
        facts.spans.setdefault(m.sentence_id, []).append((refs[-1], m.start, m.end))
    _address_pairs(facts, {m.text for m in a.mentions if m.kind == "name"}, res)
    # apposition: "업스테이지(Upstage)"; a version in parentheses ("GPT(GPT-4)") is not an alias
    for n, (i, j) in enumerate(a.appositions):
        ta, tb = a.mentions[i].text, a.mentions[j].text
        va, vb = split_version(ta), split_version(tb)
        if (va and name_key(va[0]) == name_key(tb)) or (vb and name_key(vb[0]) == name_key(ta)):
            continue
        _count(facts.appositions, (name_key(ta), name_key(tb), f"{ta}({tb})"), 1, (n,))
    for n, c in enumerate(a.candidates):
        s_ref, o_ref = refs[c.subject], refs[c.object]
        if s_ref is None or o_ref is None:
            continue
        # a frame that allows several types votes for its first (most usual) one, weakly
        frame = res.frame_of.get(c.type)
        if frame is not None:
            for side, (ref, types) in enumerate(
                ((o_ref, frame.object_types_ordered), (s_ref, frame.subject_types_ordered))
            ):
                if types:
                    _count(facts.roles, (ref, types[0]), to_exact(1.0 / len(types)), (n, side))
                    _count(facts.fits, (ref, frozenset(types)), 1, (n, side))
                    _count(facts.sure, (ref, ""), int(c.rule in MARKED_CLAUSES), (n, side))
        sm, om = a.mentions[c.subject], a.mentions[c.object]
        ev = Evidence(
            c.sentence_id,
            facts.sentences[c.sentence_id].text,
            c.rule,
            (sm.start, sm.end) if sm.sentence_id == c.sentence_id else None,
            (om.start, om.end) if om.sentence_id == c.sentence_id else None,
        )
        facts.candidates[n] = Candidate(n, c.type, s_ref, o_ref, c.confidence, ev, c.role)
    for g, group in enumerate(a.coordinations):
        group_refs = [refs[i] for i in group]
        for i, r in enumerate(group_refs):
            if r is None or not r.startswith("n:"):
                continue  # only names are ever typed by their peers
            for j, other in enumerate(group_refs):
                if other is not None:
                    _count(facts.peers, (r[2:], other), 1, (g, i, j))
    return facts


def _address_pairs(facts: Facts, texts: set[str], res) -> None:
    """A one-word name and an address of the same document that ends with it ('유성구' and
    '대전 유성구'; '시흥' and '경기 시흥시'); the rule merges them when both are places and the
    short name ends one address only in the whole corpus (``Resolution._address_target``)."""
    suffixes = res.grammar.place_suffixes
    ending: dict[str, list[str]] = {}  # last word -> the multi-word names that end with it
    for chain in sorted(t for t in texts if " " in t):
        ending.setdefault(chain.split()[-1], []).append(chain)
    for t in sorted(texts):
        if " " in t:
            continue
        lasts = [t] + ([t + s for s in sorted(suffixes) if len(s) == 1] if len(t) >= 2 else [])
        for chain in sorted(c for last in lasts for c in ending.get(last, ())):
            _count(facts.addresses, (name_key(t), name_key(chain)), 1, ())


@dataclass
class Touched:
    """What the documents added or removed in one update contributed to."""

    docs: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    role_refs: set[Ref] = field(default_factory=set)
    peer_keys: set[str] = field(default_factory=set)
    cands: set[CandRef] = field(default_factory=set)
