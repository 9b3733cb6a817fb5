"""Which relation a question asks about: the relation noun it asks for, else a relation noun or a
predicate whose frame fits the names it links (search/question.py reads the rest)."""

from __future__ import annotations

from kg.resolve import Extraction

from .spans import base_tag

__all__ = ["asked_relation", "relation_terms"]


def asked_relation(q, toks, found, ex: Extraction, tables, res) -> None:
    """The asked relation: the relation noun the question asks for ("시리즈C를 이끈 투자사는?":
    the verb before it only describes it), else the first relation noun, or a predicate stem
    whose frame fits the names (and, when a date is asked, the frame's date relation)."""
    head = _asked_noun(toks)
    if head is not None and tables["relation_nouns"].get(head.form):
        q.relation = tables["relation_nouns"][head.form]
        return
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        glued = nxt is not None and nxt.start == t.start + t.len and nxt.tag.startswith("NN")
        # a compound Kiwi splits (출시/일 -> 출시일) names the relation as a whole
        rel = (glued and tables["relation_nouns"].get(t.form + nxt.form)) or tables[
            "relation_nouns"
        ].get(t.form)
        if rel:
            q.relation = rel
            if glued and tables["answer_types"].get(t.form + nxt.form):
                q.expected_type = tables["answer_types"][t.form + nxt.form]
            return
        frames = res.frames_by_stem.get(t.form)
        if frames and base_tag(t.tag) in {"NNG", "VV", "NNP"}:
            q.relation = _pick_frame(frames, found, ex, q.expected_type).relation
            passive = k + 1 < len(toks) and toks[k + 1].form in {"되", "받"}
            if (
                q.expected_type == "Date"
                and _pick_frame(frames, found, ex, q.expected_type).date_relation
            ):
                q.relation = _pick_frame(frames, found, ex, q.expected_type).date_relation
            q.passive = passive
            return


def _asked_noun(toks):
    """The noun a question ends on, after a verb that modifies it ("…를 이끈 투자사는?",
    "…에 투자한 곳은?"), or None."""
    k = len(toks) - 1
    while k >= 0 and base_tag(toks[k].tag) in {"SF", "JX", "JKS", "VCP", "EF", "XSN"}:
        k -= 1
    if k < 1 or base_tag(toks[k].tag) != "NNG" or base_tag(toks[k - 1].tag) != "ETM":
        return None
    return toks[k]


def relation_terms(relation: str, toks, tables, res) -> list[str]:
    """The words that state the asked relation: its nouns and verb stems."""
    frame = res.frame_of.get(relation)
    words = {
        t.form
        for t in toks
        if tables["relation_nouns"].get(t.form) == relation or t.form in getattr(frame, "stems", ())
    }
    if frame is not None:
        words |= set(frame.stems) | set(frame.nouns)
    return sorted(words)


def _pick_frame(frames, found, ex, expected):
    """Among predicates sharing a stem (만들다: DEVELOPED or FOUNDED), the one whose argument
    types fit the named entity and the expected answer."""
    types = [ex.entities[eid].type for eid, *_ in found if eid in ex.entities]
    best, best_score = frames[0], -1
    for f in frames:
        score = 0
        for t in types:
            score += (t in f.object_types) + 0.5 * (t in f.subject_types)
        if expected:
            score += (expected in f.subject_types) + (expected in f.object_types)
        if score > best_score:
            best, best_score = f, score
    return best
