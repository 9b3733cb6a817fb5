"""Where a named person belongs: "함은재 교수 소속" or "신보람은 어느 회사 소속인가요?" is answered by
the organisation news writes right after the person's name, before the title ("함은재 고려대
인공지능학과 교수와 장태인 포스텍 컴퓨터공학과 교수가" -> 고려대; "신보람 CJ대한통운
물류기술연구소장은" -> CJ대한통운), else right before it ("한강투자증권 변지호 연구원은", "A벤처스의 석민재 파트너"), not by
another organisation of the sentence (another person's, "장태인 포스텍 ... 교수").

The question is asked with a word of belonging (resources/answer_types.toml
``affiliation.question_words``) about a person it names; the organisation is a Company or
Organization mention one space after a mention of that person (its bracketed gloss between),
else one space (or 의) before it.
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .past_people import ORG_TYPES, article_sentences
from .post_holders import names_post
from .question import Question
from .question_links import people_named
from .results import Answer, Hit
from .titles import folded_titles

__all__ = ["affiliation_answer", "written_after"]

#: the confidence of an organisation written right after the asked person's name, reported as
#: the earlier employer's is (a sentence rule about a person's organisation, search/past.py)
_PRIOR = 0.8


def written_after(
    text: str, mentions, person: str, kinds: dict[str, str]
) -> tuple[int, int] | None:
    """The characters of the organisation mention right after a mention of ``person`` (an
    entity id) in a sentence; ``mentions``: its (entity id, start, end), ``kinds``: entity id
    -> type.

    >>> text = "함은재 고려대 교수와 장태인 포스텍 교수가 올랐다."
    >>> m = [("p1", 0, 3), ("o1", 4, 7), ("p2", 12, 15), ("o2", 16, 19)]
    >>> kinds = {"p1": "Person", "p2": "Person", "o1": "Organization", "o2": "Company"}
    >>> text[slice(*written_after(text, m, "p2", kinds))]
    '포스텍'
    """
    names = [(s, e) for eid, s, e in mentions if eid == person]
    orgs = sorted((s, e) for eid, s, e in mentions if kinds.get(eid) in ORG_TYPES)
    for s, e in orgs:  # "함은재 고려대 ... 교수", "레이철 모건(Rachel Morgan) 파인크레스트벤처스"
        if any(_GLOSS.fullmatch(text[end:s]) for _, end in names):
            return s, e
    for s, e in orgs:  # "한강투자증권 변지호 연구원", "메이플트리벤처스의 석민재 파트너"
        if any(text[e:start] in {" ", "의 "} for start, _ in names):
            return s, e
    return None


#: what may stand between a name and its organisation: a space, after the name's gloss
_GLOSS = re.compile(r"(\([^()]*\))? ")


def affiliation_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """The organisation of the person a question of belonging names, read from the first
    sentence that writes it right after the name; None when the question does not ask that or
    no sentence writes one."""
    words = set(answer_type_tables()["affiliation"]["question_words"])
    if not hits or not (any(t.form in words for t in q.tokens) or _asks_org_of_title(q.text)):
        return None
    ex = snap.extraction
    people = people_named(q, ex)
    if len(people) != 1:
        return None
    kinds = {eid: e.type for eid, e in ex.entities.items()}
    for sid, text in article_sentences(snap, hits):
        mentions = ex.sentence_entities.get(sid, [])
        span = written_after(text, mentions, people[0], kinds)
        if span is None:
            continue
        org = next(eid for eid, s, e in mentions if (s, e) == span)
        h = hit_for(sid)
        evidence = ([h] if h else []) + [x for x in hits if x.sentence_id != sid]
        return Answer(
            question=q.text,
            answer=text[span[0] : span[1]],
            answer_entities=[ex.entities[org].summary()],
            evidence=evidence[:5],
            method="sentence",
            confidence=_PRIOR,
            sentence=text,
            analysis=q.to_dict(),
            answer_type="organization",
        ), {"path=before": 1.0, "path=affiliation": 1.0, "before=sentence": 1.0, "prior": _PRIOR}
    return None


def _asks_org_of_title(question: str) -> bool:
    """ "석재덕은 어느 회사 상무인가?": which or what, a kind of organisation, then a title asks
    the organisation written with the person's title ([affiliation_titled] kinds).  Read by
    words: Kiwi reads "회사 가양점장인가" as 회사가 양 점장."""
    kinds = set(answer_type_tables()["affiliation_titled"]["kinds"])
    words = question.split()
    return any(
        words[i] in {"어느", "어떤", "무슨"} and words[i + 1] in kinds and _titled(words[i + 2])
        for i in range(len(words) - 2)
    )


def _titled(word: str) -> bool:
    """The word begins with a title, or with a noun ending on one or naming a post by its
    ending ("상무인가", "경영지원본부장인가", "가양점장인가")."""
    titles = folded_titles()
    word = word.casefold()
    return any(
        names_post(word[:k])
        or word[:k] in titles
        or any(word[:k].endswith(t) for t in titles if len(t) >= 2)
        for k in range(len(word), 1, -1)
    )
