"""Answers that are not one name: how two named things relate ("오픈AI 마이크로소프트 관계" ->
the relation and its sentence), and where someone was before ("세우기 전에 어디 있었어?").
Yes/no questions are read in search/yes_no.py (re-exported here).
"""

from __future__ import annotations

import re

from kg.names import name_key

from .answer_types import answer_type_tables
from .destinations import is_destination
from .graph_answers import answer_templates
from .hit_mentions import mentions
from .kinship import kinship_answer
from .passages import sentence_tokens
from .past import founded_before
from .polarity import polarity
from .question import Question
from .results import Answer, Hit
from .shown_names import shown_name
from .time_words import time_forms
from .yes_no import yes_no_answer

__all__ = [
    "before_answer",
    "free_names",
    "polarity",
    "relation_answer",
    "studied_at",
    "yes_no_answer",
]


def free_names(q: Question, ex, texts: list[str]) -> list[str]:
    """Words of the question that name something the knowledge base has no entity for but
    the given texts spell out ("바람솔루션 한빛물류 관계": 한빛물류, written in the article
    though the extractor made no entity of it).  Relation nouns and linked names are left out."""
    rel_nouns = set(answer_type_tables()["forms"]["relation_nouns"])
    linked = {
        name_key(a) for eid, _ in q.entities if eid in ex.entities for a in ex.entities[eid].aliases
    }
    body = name_key(" ".join(texts))
    out = []
    for m in re.finditer(r"\S+", q.text):
        toks = [t for t in q.tokens if m.start() <= t.start < m.end()]
        nominal = [t for t in toks if t.tag in {"NNG", "NNP", "SL", "SN", "SH"}]
        if not nominal or all(t.form in rel_nouns for t in nominal):
            continue
        word = q.text[m.start() : max(t.end for t in nominal)]
        key = name_key(word)
        if len(key) < 2 or key in linked or any(k and (k in key or key in k) for k in linked):
            continue
        if key in body:
            out.append(word)
    return out


def _sentence_relation(q: Question, ex, hits: list[Hit], named: list[str], other: str):
    """The best sentence naming a linked entity and a free name (see free_names)."""
    aliases = list(ex.entities[named[0]].aliases)
    both = [
        h for h in hits if mentions(h, named[0], aliases) and name_key(other) in name_key(h.text)
    ]
    if not both:
        return None
    rest = [h for h in hits if h.sentence_id != both[0].sentence_id]
    return Answer(
        question=q.text,
        answer=both[0].text,
        answer_entities=[ex.entities[named[0]].summary()],
        evidence=[both[0], *rest][:5],
        method="sentence",
        confidence=0.5,
        sentence=both[0].text,
        analysis=q.to_dict(),
        answer_type="relation",
    ), {"path=relation": 1.0, "relation=sentence": 1.0, "prior": 0.5}


def _edge_relation(q: Question, ex, pair, edges, hits, hit_for) -> tuple[Answer, dict]:
    """The graph's edges between two named things (``pair``, as the question names them), the
    most confident first, with the sentences that state them."""
    labels = answer_templates()["labels"]
    best = edges[0]
    ev = [h for r in edges for e in r.evidence if (h := hit_for(e.sentence_id)) is not None]
    kinds = []
    for r in edges:
        label = f"{labels.get(r.type, r.type)} ({r.type})"
        if label not in kinds:
            kinds.append(label)
    said = ev[0].text if ev else ""
    said_in = [(e.sentence_id, e.text) for e in best.evidence]
    subject, obj = (
        shown_name(ex.entities[i], q, None, ex, said_in) for i in (best.subject, best.object)
    )
    rest = [h for h in hits if all(h.sentence_id != e.sentence_id for e in ev)]
    conf = min(0.95, best.confidence)
    signals = {"path=relation": 1.0, "relation=edge": 1.0, "prior": conf}
    return Answer(
        question=q.text,
        answer=", ".join(kinds) + (f": {said}" if said else ""),
        answer_entities=[ex.entities[pair[0]].summary(), ex.entities[pair[1]].summary()],
        evidence=(ev + rest)[:5],
        method="graph",
        confidence=round(conf, 3),
        sentence=f"{subject} {best.type} {obj}" + (f" — {said}" if said else ""),
        analysis=q.to_dict(),
        answer_type="relation",
    ), signals


def _path_relation(q: Question, snap, a: str, b: str, hits, hit_for):
    """A path of edges between two named things, each step with its first sentence."""
    from networkx import NetworkXNoPath

    from kg.queries import shortest_path

    ex = snap.extraction
    try:
        path = shortest_path(snap.entity_graph, a, b)
    except (NetworkXNoPath, KeyError):  # no path, or an id the graph view lacks
        path = []
    if not path:
        return None

    def name(eid: str, h: dict) -> str:
        said = [(e["sentence_id"], e.get("text", "")) for e in h["evidence"]]
        return shown_name(ex.entities[eid], q, None, ex, said)

    steps = [f"{name(h['from'], h)} -{h['type']}- {name(h['to'], h)}" for h in path]
    ev = [
        hh for h in path for e in h["evidence"][:1] if (hh := hit_for(e["sentence_id"])) is not None
    ]
    return Answer(
        question=q.text,
        answer=" / ".join(steps),
        answer_entities=[ex.entities[a].summary(), ex.entities[b].summary()],
        evidence=(ev + hits)[:5],
        method="graph",
        confidence=0.4,
        sentence="; ".join(steps),
        analysis=q.to_dict(),
        answer_type="relation",
    ), {"path=relation": 1.0, "relation=path": 1.0, "prior": 0.4}


def relation_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """How two named things relate: a family tie a sentence writes between two people (see
    search/kinship.py), else the graph's edges between them, else the best sentence naming
    both, else a path of edges; None when nothing connects them."""
    ex = snap.extraction
    named = [eid for eid, _ in q.entities if eid in ex.entities][:2]
    if len(named) == 1:
        other = free_names(q, ex, [h.text for h in hits])
        return _sentence_relation(q, ex, hits, named, other[0]) if other else None
    if len(named) < 2:
        return None
    a, b = named
    if (found := kinship_answer(q, ex, (a, b), hits, hit_for)) is not None:
        return found  # "차 회장의 장남인 차승혁": the family tie beats a path or a shared employer
    edges = sorted(
        (r for r in ex.relations if {r.subject, r.object} == {a, b}),
        key=lambda r: (-r.confidence, r.type),
    )
    if edges:
        return _edge_relation(q, ex, (a, b), edges, hits, hit_for)
    aliases = {eid: list(ex.entities[eid].aliases) for eid in named}
    both = [h for h in hits if all(mentions(h, eid, aliases[eid]) for eid in named)]
    if both:
        rest = [h for h in hits if h.sentence_id != both[0].sentence_id]
        return Answer(
            question=q.text,
            answer=both[0].text,
            answer_entities=[ex.entities[a].summary(), ex.entities[b].summary()],
            evidence=[both[0], *rest][:5],
            method="sentence",
            confidence=0.6,
            sentence=both[0].text,
            analysis=q.to_dict(),
            answer_type="relation",
        ), {"path=relation": 1.0, "relation=sentence": 1.0, "prior": 0.6}
    return _path_relation(q, snap, a, b, hits, hit_for)


def studied_at(ex, r) -> bool:
    """Does every sentence of relation ``r`` (a WORKED_AT) write a noun of study after its
    organisation, in the same clause ("KAIST 기계공학과에서 박사 학위를 받고": a school)?"""
    study = set(answer_type_tables()["forms"]["study_words"])
    said = [
        (sentence_tokens(ex.sentences[e.sentence_id].text), end)
        for e in r.evidence
        if e.sentence_id in ex.sentences
        for eid, _, end in ex.sentence_entities.get(e.sentence_id, [])
        if eid == r.object
    ]
    return bool(said) and all(set(_clause_after(toks, end)) & study for toks, end in said)


def _clause_after(toks, end: int) -> list[str]:
    """The morphemes after character ``end`` up to the end of their clause."""
    out = []
    for t in toks:
        if t.start < end:
            continue
        if t.tag in {"EC", "EF", "SF"}:
            break
        out.append(t.form)
    return out


def _present_post_only(worked) -> bool:
    """The one workplace known is written with a title held now ("하은결 해림대 교수"), no mark of
    former (전, 전임): of someone who founded nothing, it is where they are, none before."""
    former = set(answer_type_tables()["roles"]["former_mark"])
    return len({r.object for r in worked}) == 1 and all(
        r.role and r.role.split()[0] not in former for r in worked
    )


def before_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """Where someone was before founding a company ("앤스로픽 창업자는 회사 세우기 전에 어디
    있었어?"): the person's WORKED_AT edges, leaving out what they founded.  The person is named,
    or is the founder of the named company.  None when the question is not of this form or the
    graph does not know."""
    forms = answer_type_tables()["forms"]
    words = time_forms(q.tokens)  # no "이전받은": a transfer is no "before"
    if not any(w in forms["before_words"] for w in words):
        return None
    ex = snap.extraction
    named = [eid for eid, _ in q.entities if eid in ex.entities]
    people = [eid for eid in named if ex.entities[eid].type == "Person"]
    if not people and any(w in forms["founder_nouns"] for w in words):
        people = sorted(
            {r.subject for r in ex.relations if r.type == "FOUNDED" and r.object in named}
        )
    if not people:
        return None
    founded = founded_before(q, ex, people)  # and headed, asked what came before a founding
    asks_company = any(w in forms["company_nouns"] for w in words)
    worked = [
        r
        for r in ex.relations
        if r.type == "WORKED_AT"
        and r.subject in people
        and r.object not in founded
        and r.object not in named
        and not is_destination(ex, r)  # "…로 자리를 옮긴다": where they go, not where they were
        and not (asks_company and studied_at(ex, r))  # "KAIST에서 박사 학위를 받고": a school
    ]
    if not worked or (not founded and _present_post_only(worked)):
        return None
    worked.sort(key=lambda r: (-r.confidence, r.object))
    places = list(dict.fromkeys(r.object for r in worked))
    ev = [h for r in worked for e in r.evidence if (h := hit_for(e.sentence_id)) is not None]
    rest = [h for h in hits if all(h.sentence_id != e.sentence_id for e in ev)]
    said = [(e.sentence_id, e.text) for r in worked for e in r.evidence]
    person = shown_name(ex.entities[people[0]], q, None, ex, said)
    names = [shown_name(ex.entities[p], q, None, ex, said) for p in places]
    conf = min(0.95, worked[0].confidence)
    return Answer(
        question=q.text,
        answer=", ".join(names),
        answer_entities=[ex.entities[p].summary() for p in places],
        evidence=(ev + rest)[:5],
        method="graph",
        confidence=round(conf, 3),
        sentence=f"{person}의 이전 소속은 {', '.join(names)}입니다.",
        analysis=q.to_dict(),
        answer_type="company",
    ), {"path=before": 1.0, "path=worked_at": 1.0, "prior": conf}
