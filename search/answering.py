"""Searching and asking one snapshot: the glue between the question reader, the hybrid ranker
and the answerers, turning positions into ``Hit``, ``Answer`` and ``EntityView`` objects.

Every function takes the snapshot it reads, so a call never mixes two revisions.
"""

from __future__ import annotations

import numpy as np

from .answer_types import read_asked
from .embedders import Embedder
from .hybrid import FusionWeights, answer_scores, candidate_scores, features, rerank
from .lexical import terms
from .measure_nouns import plan_as_moment
from .qa import answer
from .question import Question, analyze_question
from .question_repair import repair_question
from .results import Answer, EntityView, Hit
from .snapshot import Snapshot

__all__ = ["ask", "entity_view", "hit_at", "search"]

#: how many hits an answer is looked for in
ANSWER_POOL = 10


def read_question(snap: Snapshot, text: str) -> Question:
    """What a question (or query) asks, linked to this snapshot's entities; a name glued to
    the next word or misspelt by one letter is repaired first (search/question_repair.py), and
    a headline asking a planned moment is read as asking its time."""
    fixed = repair_question(text, snap.extraction, snap.names)
    fixed = plan_as_moment(fixed)  # "가야선착공목표": when the work starts (measure_nouns.py)
    return analyze_question(fixed, snap.extraction, snap.partial_names)


def search(
    snap: Snapshot,
    embedder: Embedder,
    query: str,
    k: int,
    q: Question | None = None,
    weights: FusionWeights | None = None,
) -> list[Hit]:
    """The ``k`` best sentences for a checked query, best first, each with its features."""
    w = weights or FusionWeights()
    if not snap.sentence_count:
        return []
    q = q if q is not None else read_question(snap, query)
    qv = embedder.embed_query(f"{q.text} {q.gloss}" if q.gloss else q.text)
    asked = {eid for eid, _ in q.entities}
    qterms = q.index_terms or terms(query)
    f = features(snap, qv, qterms, asked, q.relation, w)
    scores = candidate_scores(snap, f, qterms, read_asked(q.tokens).kind, q.text, w, q.tokens)
    order = np.lexsort((f.positions, -scores))
    answer = None
    if w.answer and w.depth and len(order):
        from .passages import sentence_tokens
        from .reader import question_reading

        top = f.positions[order[: w.depth]].tolist()
        reading = question_reading(q.tokens, snap.bm25.idf, read_asked(q.tokens))
        answer = answer_scores(
            reading, [(snap.texts[p], sentence_tokens(snap.texts[p])) for p in top]
        )
        order, scores = rerank(order, scores, answer, w)
    order = order[:k]
    hits = []
    for i in order.tolist():
        explain = {
            "dense": round(float(f.dense[i]), 4),
            "bm25": round(float(f.lexical[i]), 4),
            "doc_bm25": round(float(f.doc_lexical[i]), 4),
        }
        if f.entity[i]:
            explain["entities"] = float(f.entity[i])
        if f.relation[i]:
            explain["relation"] = True
        hits.append(hit_at(snap, int(f.positions[i]), float(scores[i]), explain))
    return hits


def hit_at(snap: Snapshot, pos: int, score: float, explain: dict) -> Hit:
    """The sentence at a position as a Hit, with the entities it mentions and where."""
    sid = snap.sentence_ids[pos]
    ents = []
    for eid, start, end in snap.extraction.sentence_entities.get(sid, []):
        e = snap.extraction.entities.get(eid)
        if e is not None:
            ents.append({"id": e.id, "name": e.name, "type": e.type, "start": start, "end": end})
    return Hit(
        sentence_id=sid,
        doc_id=snap.doc_ids[pos],
        text=snap.texts[pos],
        score=score,
        entities=ents,
        explain=explain,
    )


def ask(snap: Snapshot, embedder: Embedder, question: str) -> Answer:
    """An answer from the graph when an edge answers, else from the best sentences."""
    q = read_question(snap, question)
    hits = search(snap, embedder, question, ANSWER_POOL, q)

    def hit_for(sentence_id: str) -> Hit | None:
        pos = snap.pos_of_sentence.get(sentence_id)
        if pos is None:
            return None
        for h in hits:
            if h.sentence_id == sentence_id:
                return h
        return hit_at(snap, pos, 1.0, {"graph": True})

    ans = answer(q, snap, hits, hit_for)
    ans.question = question  # as asked, not as repaired
    return ans


def entity_view(snap: Snapshot, name: str) -> EntityView | None:
    """An entity by id or any alias, with its relations and their evidence."""
    ex = snap.extraction
    e = ex.entity_by_name(name.strip()) if name and name.strip() else None
    if e is None:
        return None
    relations = []
    for rel in ex.relations:
        if e.id not in (rel.subject, rel.object):
            continue
        other = ex.entities[rel.object if rel.subject == e.id else rel.subject]
        relations.append(
            {
                "type": rel.type,
                "direction": "out" if rel.subject == e.id else "in",
                "other": other.summary(),
                "confidence": rel.confidence,
                "evidence": [
                    {"sentence_id": ev.sentence_id, "text": ev.text} for ev in rel.evidence
                ],
            }
        )
    relations.sort(key=lambda r: (r["type"], r["direction"], r["other"]["id"]))
    return EntityView(
        id=e.id,
        name=e.name,
        type=e.type,
        aliases=list(e.aliases),
        mentions=e.mentions,
        relations=relations,
        roles=list(e.roles),
        merges=list(e.merges),
    )
