"""What the reader reads for one question: the passages (the best hits, their neighbours, the
evidence of graph edges that answer, the sentences that state the asked relation), the
question's reading, and what the graph and the question's names say about the candidates."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.names import name_key

from .answer_types import Asked
from .business_asks import asks_business
from .byline_spans import asks_byline, outside_bylines
from .english_reading import english_reading
from .graph_answers import graph_edges
from .passages import passage_at, passages_from_hits
from .question import Question
from .question_forms import question_form
from .reader import Candidate, Passage, QuestionReading, question_reading, read
from .results import Hit
from .stated import off_round, rounds_in, stating_passages

__all__ = ["ReaderInput", "reader_input", "relation_kind"]


@dataclass
class ReaderInput:
    """What the reader reads for one question: the passages, the question's reading, and
    what the graph and the question's names say about the candidates."""

    reading: QuestionReading
    passages: list[Passage]
    support: dict[str, float]  # entity id -> confidence of a graph edge giving it as answer
    named: set[str]  # entity ids the question names
    named_names: frozenset[str]  # name keys of their aliases
    expected: frozenset[str]  # entity types the answer may have
    edges: tuple | None  # graph_edges(...)
    bylines: bool = False  # the question asks who wrote the story (search/byline_spans.py)

    def candidates(self, model=None) -> list[Candidate]:
        cands = read(
            self.reading,
            self.passages,
            model,
            self.support,
            self.named,
            self.expected,
            self.named_names,
        )
        return cands if self.bylines else outside_bylines(cands, self.passages)


#: the kinds of answer a name of an entity gives (not a date, an amount or a description)
_NAME_KINDS = frozenset({"person", "organization", "company", "investor", "model", "where"})


def _parts_of_named(ex, passages: list[Passage], named: set[str]) -> set[str]:
    """The entities of the passages whose name is the start of a name the question uses, the
    rest a version ("카노" or "KANO" to "카노 2는 어떤 칩과 비교됐나?"): never its answer, unless
    the question asks what it is a version of."""
    names = [a.casefold() for eid in named if eid in ex.entities for a in ex.entities[eid].aliases]
    out = set()
    for p in passages:
        for m in p.entities:
            e = ex.entities.get(m["id"])
            if e is None or m["id"] in named:
                continue
            for alias in (a.casefold() for a in e.aliases):
                if len(alias) >= 2 and any(_version_of(n, alias) for n in names):
                    out.add(m["id"])
    return out


def _version_of(name: str, family: str) -> bool:
    """``name`` is ``family`` and a version after it ("카노 2", "claude-3", "GPT4"), or a
    subtitle after a colon, as games and films name a new title of a series ("배틀그라운드:뉴
    스테이트", "리니지2: 레볼루션"): the series is no answer about its new title."""
    rest = name[len(family) :] if name.startswith(family) else ""
    return bool(rest) and bool(_VERSION.match(rest))


#: what follows a family's name in a version's: a number, or a colon and a subtitle
_VERSION = re.compile(r"[\s\-]?(?:v|ver\.?\s?)?\d|\s?[:：]\s?\w")


#: the entity types an asked kind is answered by, when neither the question's words nor the
#: asked relation say ("Who is the CTO of 온새미로봇?" mixes two languages)
_KIND_TYPES = {"person": {"Person"}, "model": {"Model"}}


def _graph_answers(q: Question, snap):
    """The graph's edges that answer (graph_answers.graph_edges), those of another funding
    round left out when the question names one, and the support they give each entity."""
    edges = graph_edges(q, snap.extraction, snap.entity_graph)
    rounds = rounds_in(q.text)
    if edges is not None and rounds:  # a question about one round: not the others' investors
        kept = [f for f in edges[1] if not off_round(rounds, [ev.text for ev in f[1].evidence])]
        edges = (edges[0], kept) if kept else None
    support: dict[str, float] = {}
    if edges is not None:
        for ent, _, conf in edges[1]:
            support[ent.id] = max(support.get(ent.id, 0.0), conf)
    return edges, support


def _expected(q: Question, asked: Asked) -> set[str]:
    """The entity types the answer may have: the question's, the asked relation's side's, or
    the asked kind's."""
    from kg.resources import resources

    if q.expected_type:
        # a kind of business asked ("식품업체는?") is no public body (business_asks.py)
        bodies = q.expected_type == "Company" and not asks_business(q.tokens)
        return {q.expected_type} | ({"Organization"} if bodies else set())
    frame = resources().frame_of.get(q.relation) if q.relation and q.side else None
    kind_types = set(_KIND_TYPES.get(asked.kind, set()))
    if frame is not None:
        side = set(frame.subject_types if q.side == "subject" else frame.object_types)
        # the asked noun beats the verb's guess: "영상 만들어주는 거 이름" asks a model's name,
        # not who founded (만들다) the company
        return side if side & kind_types or not kind_types else kind_types
    return kind_types


def reader_input(q: Question, snap, hits: list[Hit], asked: Asked) -> ReaderInput:
    """Gather the passages (best hits, their neighbours, evidence of graph edges that answer,
    sentences that state the asked relation) and the graph's and the question's hints for
    the reader."""
    ex = snap.extraction
    edges, support = _graph_answers(q, snap)
    passages = passages_from_hits(snap, hits)
    known = {p.sentence_id: p for p in passages}
    graph_sids = [
        ev.sentence_id for _, rel, _ in (edges[1] if edges else []) for ev in rel.evidence
    ]
    for sid in graph_sids:
        if sid in known:
            known[sid].graph_evidence = True
        elif sid in snap.pos_of_sentence:
            p = passage_at(snap, sid, rank=0, score=hits[0].score if hits else 0.0)
            p.graph_evidence = True
            known[sid] = p
            passages.append(p)
    named = {eid for eid, _ in q.entities}
    names = frozenset(
        name_key(a) for eid in named if eid in ex.entities for a in ex.entities[eid].aliases
    )
    if q.relation != "VERSION_OF":
        named |= _parts_of_named(ex, passages, named)
    expected = _expected(q, asked)
    if asked.kind in _NAME_KINDS | {"thing"}:
        for p in stating_passages(snap, q, hits, expected, named):
            if p.sentence_id in known:
                known[p.sentence_id].states = True
            else:
                known[p.sentence_id] = p
                passages.append(p)
    form = question_form(q.tokens, q.text, len(q.entities), asked)
    reading = question_reading(q.tokens, snap.bm25.idf, asked, form)
    if q.english:  # read with the Korean words of its words (search/english_reading.py)
        reading = english_reading(reading, q, snap.bm25)
    return ReaderInput(
        reading, passages, support, named, names, frozenset(expected), edges, asks_byline(q.text)
    )


def relation_kind(q: Question, asked: Asked) -> Asked:
    """ "투자한 곳은?", "어디서 일했어?": 곳 and 어디 ask for a company or an organisation when
    the asked relation never links a place on the answer's side."""
    from kg.resources import resources

    frame = resources().frame_of.get(q.relation) if q.relation and q.side else None
    if asked.kind != "where" or frame is None:
        return asked
    types = set(frame.subject_types if q.side == "subject" else frame.object_types)
    if "Place" in types or not types & {"Company", "Organization"}:
        return asked
    return replace(asked, kind="company")
