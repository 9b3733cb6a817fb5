"""Answers from the best sentences without the reader: a named entity of the expected type that
the top sentences hold, or, for a question that asks for a description ("어떤 회사야?"), the
sentence that best says what is asked."""

from __future__ import annotations

import re

from kg.resolve import Extraction

from .appositions import Apposition, appositions, predicated
from .caused import event_words
from .motives import asks_motive, explained_another_act, motive_answer, phrase_answer
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .shown_names import shown_name
from .stated_reasons import restates_event

__all__ = [
    "NO_ANSWER_THRESHOLD",
    "asks_what_named_is",
    "called_answer",
    "no_answer",
    "passage_answer",
]

# below this fused score the best sentence does not answer anything
NO_ANSWER_THRESHOLD = 0.55


def _defines(text: str, names: list[str]) -> int:
    """1 when the sentence is about one of the names as a definition does it: the name opens the
    sentence as its topic ("오픈웨이트 형태는 ..."), or a gloss in parentheses follows it
    ("DALL·E(텍스트를 기반으로 이미지를 생성하는 모델)")."""
    for n in names:
        if re.match(re.escape(n) + r"[^\s]{0,3}\s*(은|는|이란|란|이라는|\s\S+[은는])", text):
            return 1
        if re.search(re.escape(n) + r"\([^)]{8,}\)", text):
            return 1
    return 0


def _shares(terms: list[str], text: str) -> bool:
    """A term written in the text, or one of its morphemes ("다루" in "다룰 수 있는")."""
    low = text.casefold()
    if any(t in low for t in terms):
        return True
    forms = {t.form.casefold() for t in sentence_tokens(text)}
    return any(t in forms for t in terms)


def _typed_entity(q: Question, ex: Extraction, hits: list[Hit], asked: set[str]) -> Answer | None:
    """The entity of the expected type that the best sentences naming the asked entities hold,
    each sentence counting by its score and rank; only candidates whose sentence also says what
    the question asks about."""
    scores: dict[str, float] = {}
    for rank, h in enumerate(hits[:5]):
        if not (asked & {e["id"] for e in h.entities}) and asked:
            continue
        for e in h.entities:
            if e["id"] in asked:
                continue
            ent = ex.entities.get(e["id"])
            if ent is None or ent.type != q.expected_type:
                continue
            scores[ent.id] = scores.get(ent.id, 0.0) + h.score / (1 + rank)
    for words in (q.terms, q.relation_terms):
        if scores and words:
            # keep candidates whose sentence also says what the question asks about
            ok = {e["id"] for h in hits[:5] if _shares(words, h.text) for e in h.entities}
            scores = {k: v for k, v in scores.items() if k in ok}
    if not scores:
        return None
    best = max(scores, key=lambda k: (scores[k], k))
    ent = ex.entities[best]
    total = sum(scores.values())
    conf = 0.35 + 0.4 * scores[best] / total * min(1.0, hits[0].score)
    name = shown_name(ent, q, None, ex, [(h.sentence_id, h.text) for h in hits[:5]])
    return Answer(
        question=q.text,
        answer=name,
        answer_entities=[ent.summary()],
        evidence=hits[:5],
        method="passage",
        confidence=round(conf, 3),
        sentence=f"{name} (근거 문장에서 찾은 답)",
        analysis=q.to_dict(),
    )


def _describing(q: Question, ex: Extraction, hits: list[Hit], asked: set[str]) -> Hit:
    """The best of the first sentences that shares the most of what is asked, preferring one
    that defines the thing asked about; the top hit when none shares anything."""
    from .question import question_tables

    alike = question_tables()["descriptive"].get("alike", {})
    focus = [a.casefold() for w in q.focus for a in [w, *alike.get(w, [])]]
    wanted = [w.casefold() for w in q.terms] + focus
    names = [a for eid in asked if eid in ex.entities for a in ex.entities[eid].aliases]
    if not names and q.terms:
        names = q.terms[:1]  # "오픈웨이트 형태란?": the thing to define is no entity
    if not (wanted or names):
        return hits[0]
    overlap = [
        (
            sum(w in h.text.casefold() for w in wanted)
            + sum(w in h.text.casefold() for w in focus)  # what is asked counts twice
            + (1 if asked and h.explain.get("entities") else 0)
            + _defines(h.text, names),
            -i,
        )
        for i, h in enumerate(hits[:5])
    ]
    best = max(range(len(overlap)), key=lambda i: overlap[i])
    return hits[best] if overlap[best][0] > 0 else hits[0]


def _article_sentences(ex: Extraction, hits: list[Hit]) -> list[str]:
    """The hits' sentences, then every sentence of the first hits' articles, in order."""
    sids = [h.sentence_id for h in hits]
    for doc in dict.fromkeys(h.doc_id for h in hits[:3]):
        n = 0
        while f"{doc}#{n}" in ex.sentences:
            sids.append(f"{doc}#{n}")
            n += 1
    return list(dict.fromkeys(sids))


def _called(q: Question, ex: Extraction, hits: list[Hit], asked: set[str]) -> Answer | None:
    """What the text calls the thing asked about (search/appositions.py), a sentence that says
    what it is first, else the best-ranked: the phrase is the answer, its sentence the
    evidence."""
    names = [a for eid in asked if eid in ex.entities for a in ex.entities[eid].aliases]
    best = None
    for rank, sid in enumerate(_article_sentences(ex, hits) if names else []):
        s = ex.sentences.get(sid)
        if s is None:
            continue
        others = [(a, b) for eid, a, b in ex.sentence_entities.get(sid, []) if eid not in asked]
        for found in _with_predicate(s.text, names, others):
            if best is None or (found.defines, -rank) > (best[0].defines, -best[1]):
                best = (found, rank, s)
    if best is None:
        return _said_is(q, ex, hits, asked, names)
    found, _, s = best
    return phrase_answer(q, found.phrase, s, hits)


def _with_predicate(text: str, names: list[str], others) -> list[Apposition]:
    """The sentence's appositions; where it also says what the name it opens with is, that
    first, as what defines it ("물결의 주력 제품 '파도눈'은 … 촬영하는 수중 드론이다": the
    drone, not 주력 제품)."""
    found = list(appositions(text, names, others))
    if found and (said := predicated(text, names, others)):
        return [Apposition(said[0], True, ""), *found]
    return found


def _said_is(q: Question, ex: Extraction, hits: list[Hit], asked: set[str], names) -> Answer | None:
    """No noun phrase before the name anywhere: what a sentence with the name as its topic says
    it is ("'택트스킨(TactSkin)'은 … 로봇용 전자 피부다"), the best-ranked such sentence."""
    for sid in _article_sentences(ex, hits) if names else []:
        s = ex.sentences.get(sid)
        if s is None:
            continue
        others = [(a, b) for eid, a, b in ex.sentence_entities.get(sid, []) if eid not in asked]
        if said := predicated(s.text, names, others):
            return phrase_answer(q, said[0], s, hits)
    return None


def asks_what_named_is(q: Question, wh_index: int) -> bool:
    """ "큐비스 폴드는 무엇인가?", "X가 뭐야?": a name, its topic or subject particle, then the
    interrogative and the copula; the question asks what the text calls the named thing
    ("… 결합한 신약 후보물질 발굴 플랫폼 '큐비스 폴드'").  Not "X의 두 버전은 무엇인가?",
    whose topic is another noun."""
    toks = q.tokens
    if not 1 <= wh_index < len(toks) - 1:
        return False
    topic = toks[wh_index - 1]
    return (
        topic.tag in {"JX", "JKS"}
        and toks[wh_index + 1].tag == "VCP"
        and any(e == topic.start for _, e in q.spans)
    )


def called_answer(q: Question, ex: Extraction, hits: list[Hit]) -> Answer | None:
    """The phrase the text calls the question's named thing by, or None."""
    return _called(q, ex, hits, {eid for eid, _ in q.entities})


def no_answer(q: Question, hits: list[Hit], answer_type: str = "") -> Answer:
    """No answer: "none", with the nearest sentences as what there is to read."""
    return Answer(
        question=q.text,
        answer=None,
        evidence=hits[:5],
        method="none",
        confidence=0.0,
        analysis=q.to_dict(),
        answer_type=answer_type,
    )


def passage_answer(
    q: Question, ex: Extraction, hits: list[Hit], describe: bool = False, called: bool = False
) -> Answer:
    """An entity of the expected type from the best sentences; for descriptive questions (and
    with ``describe``: the question asks why, how or what a thing is, not for a name) the
    best sentence itself, or with ``called`` (it asks what a thing is: "어떤 서비스야?") the
    phrase the text calls the thing by; nothing when the sentences do not support an answer."""
    none = no_answer(q, hits)
    if not hits:
        return none
    if q.unknown_names and not q.entities:
        return none  # the question is about something this knowledge base never saw
    asked = {eid for eid, _ in q.entities}
    support = hits[0].score
    if support < NO_ANSWER_THRESHOLD and not q.entities:
        return none
    if q.terms and not any(_shares(q.terms, h.text) for h in hits[:3]):
        # nothing near the top says what the question asks about ("업스테이지의 직원 수는?")
        return none
    if q.expected_type and not (q.descriptive or describe):
        found = _typed_entity(q, ex, hits, asked)
        if found is not None:
            return found
        if q.unknown_names or not q.descriptive:
            return none  # a name of that type was asked for, and no sentence gives one
    if support < NO_ANSWER_THRESHOLD:
        return none
    if called:
        found = _called(q, ex, hits, asked)  # "말벗콜은 어떤 서비스야?" -> what the text calls it
        if found is not None:
            return found
    top = _describing(q, ex, hits, asked)
    if asks_motive(q):
        found = motive_answer(q, ex, hits, top)  # "창업한 계기는?" -> the clause of reason
        if found is not None:
            return found
        if restates_event(ex, top, event_words(q)):
            return none  # the headline or the lead only restates what happened: no reason
        if explained_another_act(q, ex, top):
            return none  # the article explains the best sentence's act, not the asked one
    return Answer(
        question=q.text,
        answer=top.text,
        answer_entities=[],
        evidence=hits[:5],
        method="passage",
        confidence=round(min(0.8, 0.3 + 0.4 * support), 3),
        sentence=top.text,
        analysis=q.to_dict(),
    )
