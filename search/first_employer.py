"""The first place a named person worked: "권소율이 처음 입사한 회사는?" or "권소율의 첫 직장은?"
is answered by the organisation the sentences about the person date earliest ("그는 2015년
한가람통신에 합류하기 전 2008년 새봄텔레콤에서 사회생활을 시작했다" -> 새봄텔레콤), not by the
company the article is about.  The sentences about the person name them, or open with 그/그녀
right after one that does.  Words are resources/answer_types.toml ``first_employer``.

>>> from search.passages import sentence_tokens
>>> text = "그는 2015년 한가람통신에 합류하기 전 2008년 새봄텔레콤에서 일했다."
>>> dated_orgs(sentence_tokens(text), [(11, 16), (31, 36)])
[(2015, (11, 16)), (2008, (31, 36))]
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .calibration import named_path
from .passages import sentence_tokens
from .past_people import ORG_TYPES, article_sentences, person_refs, ref_spans
from .question import Question
from .question_links import people_named
from .results import Answer, Hit
from .spans import Token
from .who_is import entity_type, mentions_of

__all__ = [
    "asks_first_employer",
    "dated_orgs",
    "first_employer_answer",
    "organisation_answer",
    "sentences_about",
]


def _table() -> dict:
    return answer_type_tables()["first_employer"]


def asks_first_employer(tokens: list[Token]) -> bool:
    """Does the question ask where someone first worked (처음/첫 and a word of working)?"""
    forms = {t.form for t in tokens}
    return bool(forms & set(_table()["first"]) and forms & set(_table()["work"]))


def dated_orgs(toks: list[Token], orgs: list[tuple[int, int]]) -> list[tuple[int, tuple]]:
    """(year, organisation span) for every "YYYY년" followed by an organisation (of ``orgs``,
    character spans) before the next year."""
    years = [
        (int(t.form), t.end)
        for i, t in enumerate(toks[:-1])
        if t.tag == "SN" and len(t.form) == 4 and toks[i + 1].form == "년"
    ]
    out = []
    for k, (year, at) in enumerate(years):
        until = years[k + 1][1] if k + 1 < len(years) else float("inf")
        after = sorted(o for o in orgs if at <= o[0] < until)
        if after:
            out.append((year, after[0]))
    return out


def sentences_about(snap, hits: list[Hit], person: str) -> list[tuple[str, str]]:
    """(sentence id, text) of the sentences naming ``person`` (by a name, or by the surname
    before a title: "임 전 사장은"), and of those opened by 그/그녀 right after one of them."""
    ex = snap.extraction
    sentences = list(article_sentences(snap, hits))
    named = {sid for sid, _, _ in mentions_of(ex, person, [sid for sid, _ in sentences])}
    refs = person_refs(sorted(ex.entities[person].aliases))
    named |= {sid for sid, text in sentences if ref_spans(text, refs)}
    out, going_on = [], False
    for sid, text in sentences:
        first = sentence_tokens(text)[:1]
        going_on = sid in named or (
            going_on and bool(first) and first[0].form in _table()["pronouns"]
        )
        if going_on:
            out.append((sid, text))
    return out


def first_employer_answer(
    q: Question, snap, hits: list[Hit], hit_for
) -> tuple[Answer, dict] | None:
    """The organisation the sentences about the one person the question names date earliest;
    None when the question asks something else or no organisation is dated."""
    ex = snap.extraction
    people = people_named(q, ex)
    if len(people) != 1 or not asks_first_employer(q.tokens):
        return None
    dated = []
    for sid, text in sentences_about(snap, hits, people[0]):
        mentions = ex.sentence_entities.get(sid, [])
        orgs = {(s, e): eid for eid, s, e in mentions if entity_type(ex, eid) in ORG_TYPES}
        for year, span in dated_orgs(sentence_tokens(text), list(orgs)):
            dated.append((year, sid, orgs[span], text[slice(*span)]))
    if not dated:
        return None
    _, sid, eid, name = min(dated, key=lambda d: d[0])
    return organisation_answer(q, ex, (sid, eid, name), hits, hit_for)


def organisation_answer(
    q: Question, ex, said: tuple[str, str, str], hits: list[Hit], hit_for, by="first_employer"
) -> tuple[Answer, dict]:
    """The answer naming an organisation as one sentence writes it (``said``: the sentence id,
    the entity id, the name as written), that sentence first in the evidence, on the
    before-path's prior (first employers, destinations)."""
    sid, eid, name = said
    hit = hit_for(sid)
    rest = [h for h in hits if h.sentence_id != sid]
    return Answer(
        question=q.text,
        answer=name,
        answer_entities=[ex.entities[eid].summary()],
        evidence=([hit] if hit is not None else []) + rest[:4],
        method="sentence",
        confidence=0.8,
        sentence=ex.sentences[sid].text,
        analysis=q.to_dict(),
        answer_type="company",
    ), named_path("before", by, **{"before=sentence": 1.0, "prior": 0.8})
