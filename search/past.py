"""Where someone worked before: the earlier employer read from the sentences that say it
(their past cues, search/past_cues.py), for the people the question asks about; a question
about the founders of a named company ("마루 창업자들은 전에 어디서 일했나?") reads the cues of
the sentences that say who founded it.
"""

from __future__ import annotations

from kg.extraction import doc_of
from kg.names import name_key

from .answer_types import answer_type_tables
from .descriptions import no_answer
from .passages import sentence_tokens
from .past_cues import past_affiliations, past_table, topic_at
from .past_people import (
    ORG_TYPES,
    article_sentences,
    asked_people,
    other_refs,
    person_refs,
    post_holders,
    ref_spans,
    written_people,
)
from .question import Question
from .results import Answer, Hit
from .time_words import time_forms

__all__ = ["founded_before", "not_founded", "past_affiliations", "past_answer"]


def founded_before(q: Question, ex, people) -> set[str]:
    """The organisations that are no earlier employer of ``people`` (entity ids): what they
    founded, and, when the question asks what came before a founding ("창업 전에 일한 곳"),
    what they head when no founding of theirs is known: a founder heads the company they
    founded ("모라칩스 여준호 대표").  A head's title held earlier ("누리전자 대표를 지낸 뒤
    다온랩스를 창업했다") still answers."""
    founded = {r.object for r in ex.relations if r.type == "FOUNDED" and r.subject in people}
    if founded or not _founding(q, ex, q.tokens):
        return founded  # with a founding known, a head's title may be an earlier post
    heads = set(past_table()["head_titles"])
    return founded | {
        r.object
        for r in ex.relations
        if r.type == "WORKED_AT" and r.subject in people and set(r.role.split()[-1:]) & heads
    }


def not_founded(q: Question, snap, hits: list[Hit], found: tuple[Answer, dict]):
    """``found``, or no answer when it is the company the asked person founded or heads and the
    question asks where they were before founding it ("창업 전에 일한 곳": never that one)."""
    ans, _ = found
    words = time_forms(q.tokens)  # "기술을 이전한 곳" asks no "before"
    if ans.method == "none" or not words & set(answer_type_tables()["forms"]["before_words"]):
        return found
    ex = snap.extraction
    people = {
        eid for eid, _ in q.entities if eid in ex.entities and ex.entities[eid].type == "Person"
    }
    founded = founded_before(q, ex, people)
    keys = {
        name_key(a) for eid in founded for a in (ex.entities[eid].name, *ex.entities[eid].aliases)
    }
    ids = {e.get("id") for e in ans.answer_entities}
    if (ids and ids <= founded) or name_key(ans.answer) in keys:
        return no_answer(q, hits, ans.answer_type), {"path=before": 1.0}
    return found


def _founding(q: Question, ex, toks) -> bool:
    """A sentence that says the named company was founded ("네이버 출신 개발자들이 세운")."""
    verbs = set(answer_type_tables()["relation_cues"]["FOUNDED"]["verbs"])
    return any(t.form in verbs for t in toks)


def _read_past(q: Question, snap, hits: list[Hit], founders: bool) -> list[tuple[str, str]]:
    """(organisation, sentence id) of every past cue about the asked people."""
    ex = snap.extraction
    people = []
    if not founders:
        texts = [t for _, t in article_sentences(snap, hits)]
        people = asked_people(q, ex) or post_holders(q, snap, hits) or written_people(q, texts)
    named = {eid for eid, _ in q.entities if eid in ex.entities}
    refs = person_refs([n for names in people for n in names])
    others_written = other_refs(snap, hits, {n for names in people for n in names})
    found = []
    ours = False  # the previous sentence was about the asked person ("염 대표는 ... 이후 ...")
    sentences = list(article_sentences(snap, hits))
    # a family name alone ("이 신임 CTO는") stands for the asked person only in an article that
    # names them: another article's "이 CTO" is someone else
    whole = [r for r in refs if not r.endswith(" ")]
    naming = {doc_of(sid) for sid, text in sentences if ref_spans(text, whole)}
    for sid, text in sentences:
        toks = sentence_tokens(text)
        mentioned = ex.sentence_entities.get(sid, [])
        if founders:
            if {eid for eid, _, _ in mentioned} & named and _founding(q, ex, toks):
                found += [(o, sid) for o, _ in past_affiliations(text, toks, [])]
            continue
        mine = ref_spans(text, refs if doc_of(sid) in naming else whole)
        others = [
            (s, e)
            for s, e in ref_spans(text, others_written)
            + [(s, e) for eid, s, e in mentioned if ex.entities[eid].type == "Person"]
            if not any(s < me and ms < e for ms, me in mine)
        ]
        if not mine and not others:
            mine = [(0, 0)] if ours else []  # the sentence goes on about the same person
        elif any(topic_at(toks, e) for _, e in mine + others):
            ours = any(topic_at(toks, e) for _, e in mine)
        elif others and not mine:
            ours = False
        carried = mine == [(0, 0)]
        for org, who in past_affiliations(text, toks, mine + others, carried):
            if 0 <= who < len(mine):
                found.append((org, sid))
    return found


def _with_graph(found: list[tuple[str, str]], q: Question, ex) -> list[tuple[str, str]]:
    """``found``, with the organisations the graph says the asked person worked at that a
    sentence of ``found`` writes before the last organisation read there: the career's earlier
    steps whose names the cues missed ("금융보안원에서 단장을 지낸 뒤 세이프넷코리아로 옮겨":
    Kiwi reads 금융보안원 as common nouns); never one written after (where they are now), before
    the person, or that they founded."""
    people = {e for e, _ in q.entities if e in ex.entities and ex.entities[e].type == "Person"}
    founded = founded_before(q, ex, people)
    worked = {
        (r.object, ev.sentence_id)
        for r in ex.relations
        if r.type == "WORKED_AT" and r.subject in people and r.object not in founded
        for ev in r.evidence
    }
    out = []
    for sid in dict.fromkeys(sid for _, sid in found):
        text = ex.sentences[sid].text if sid in ex.sentences else ""
        last = max(text.find(org) for org, s in found if s == sid)
        mentions = ex.sentence_entities.get(sid, [])
        # after the person when the sentence names them ("하람바이오 사무실에서 만난 최유진 창업자는
        # 대웅제약 연구원으로": where they are met is no step of the career)
        first = min((e for eid, _, e in mentions if eid in people), default=0)
        earlier = sorted(
            (s, eid)
            for eid, s, e in mentions
            if (eid, sid) in worked and first <= s and e <= last and eid in ex.entities
        )
        out += [(_written(text, s, ex.entities[eid]), sid) for s, eid in earlier]
        out += [(org, s) for org, s in found if s == sid]
    return out


def _written(text: str, at: int, entity) -> str:
    """The entity's name as the sentence writes it at character ``at``."""
    names = sorted({entity.name, *entity.aliases}, key=len, reverse=True)
    return next((n for n in names if text.startswith(n, at)), entity.name)


def _kept(found: list[tuple[str, str]], q: Question, ex) -> list[tuple[str, str]]:
    """Without the names the question gives (the company joined or founded) and without a
    name another found one extends ("구글" beside "구글 클라우드")."""
    named = {
        name_key(a) for eid, _ in q.entities if eid in ex.entities for a in ex.entities[eid].aliases
    }
    keys = {name_key(o) for o, _ in found}
    people = {
        k
        for e in ex.entities.values()
        if e.type == "Person"
        for a in e.aliases
        if len(k := name_key(a)) >= 2
    }
    out, seen = [], set()
    for org, sid in found:
        k = name_key(org)
        if k in seen or any(k.startswith(n) for n in named if len(n) >= 2):
            continue  # the organisation the question names, or a part of it
        if any(k != o and o.startswith(k) for o in keys):
            continue
        if any(k.startswith(p) for p in people):
            continue  # a person coordinated before the cue ("금경태 대표와 AMD 출신의 ...")
        if _place(org, sid, ex):
            continue  # where someone comes from ("캐나다 몬트리올 출신"), not an employer
        seen.add(k)
        out.append((org, sid))
    return out


def _place(org: str, sid: str, ex) -> bool:
    """The words name a place of the sentence and no organisation."""
    types = set()
    text = ex.sentences[sid].text if sid in ex.sentences else ""
    at = text.find(org)
    for eid, s, e in ex.sentence_entities.get(sid, []):
        if at >= 0 and s < at + len(org) and at < e and eid in ex.entities:
            types.add(ex.entities[eid].type)
    return "Place" in types and not types & ORG_TYPES


def past_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """The earlier employers of the asked person, or of the founders of the asked company,
    read from the sentences that say them; None when the question does not ask that or no
    sentence says it."""
    tables = answer_type_tables()
    words = time_forms(q.tokens)
    asks = set(tables["forms"]["before_words"]) | set(past_table()["question_words"])
    if not words & asks or not hits:
        return None
    ex = snap.extraction
    founders = not asked_people(q, ex) and bool(words & set(tables["forms"]["founder_nouns"]))
    found = _kept(_with_graph(_read_past(q, snap, hits, founders), q, ex), q, ex)
    if not found:
        return None
    if words & set(past_table()["latest_words"]):
        found = found[-1:]  # "직전": the last one written ("A에서 ... 지낸 뒤 B로 일했다")
    names = [o for o, _ in found]
    ents = [e for o in names if (e := ex.entity_by_name(o)) is not None and e.type in ORG_TYPES]
    ev = [h for _, sid in found if (h := hit_for(sid)) is not None]
    ev = list({h.sentence_id: h for h in ev}.values())
    rest = [h for h in hits if all(h.sentence_id != e.sentence_id for e in ev)]
    conf = 0.8
    return Answer(
        question=q.text,
        answer=", ".join(names),
        answer_entities=[e.summary() for e in ents],
        evidence=(ev + rest)[:5],
        method="sentence",
        confidence=conf,
        sentence=ev[0].text if ev else "",
        analysis=q.to_dict(),
        answer_type="company",
    ), {"path=before": 1.0, "path=past": 1.0, "before=sentence": 1.0, "prior": conf}
