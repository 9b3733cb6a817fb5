"""Whose post a person holds, asked as "X는 어느 기관 이사장인가?", "어느 부처 장관인가?", "어느
도의 도지사인가?": the body is written with the person's title in one of three ways Korean news
uses, read in this order:

- between the name and the post: "박상우 국토교통부 장관", "안희정 충남도지사" (glued to the post);
- right before the name: "국토교통부 박상우 장관";
- as the sentence's topic when the title is written bare: "한국환경공단은 … 장준영 신임 이사장
  취임식을", "국민연금공단에 따르면 … 최광 전 이사장의 후임을" — the body the clause is about,
  never one in between ("보건복지부와 갈등 끝에 … 최광 전 이사장": 와 makes a party, not a topic).

The words written between a name and its post that belong to neither (전, 신임) are
resources/appointments.toml ``title_modifiers``; the topic's particles ``body_topics``.

>>> body_between("박상우 국토교통부 장관은 말했다.", 3, "장관")
'국토교통부'
>>> body_between("안희정 충남도지사가 말했다.", 3, "도지사")
'충남'
>>> body_between("최광 전 이사장이 물러났다.", 2, "이사장") is None
True
"""

from __future__ import annotations

import re

from .answer_types import Asked
from .appointments import appointment_table
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .title_reach import folded_titles

__all__ = ["asked_post_of", "body_before", "body_between", "post_body_answer"]

#: the best sentences read for the person's title
_TOP = 8
#: words read after a name for its title: "박상우 국토교통부 장관", "최광 전 이사장"
_WORDS = 4
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
_BODIES = frozenset({"Organization", "Company", "Place"})
_WORD_END = re.compile(r"[,.·…\"“”()\[\]]")


def asked_post_of(q: Question, asked: Asked) -> str | None:
    """The post a question of "어느/어떤/무슨 BODY POST" asks whose it is ("이사장"); None when
    the question asks no body by a title after its interrogative.

    >>> from search.question import analyze_question
    >>> from search.answer_types import read_asked
    >>> from kg import analyze_document, resolve
    >>> ex = resolve([analyze_document("d", "한지호 장관이 말했다.")])
    >>> q = analyze_question("한지호는 어느 부처 장관인가?", ex)
    >>> asked_post_of(q, read_asked(q.tokens))
    '장관'
    """
    if asked.wh not in {"어느", "어떤", "무슨"} or asked.wh_index < 0:
        return None
    # the heads of local governments written short ("지사") are the table's, not grammar's
    titles = folded_titles() | set(appointment_table()["post_after"])
    for t in q.tokens[asked.wh_index + 1 :]:
        if t.tag.startswith("NN") and t.form.casefold() in titles:
            return t.form
        if t.tag.startswith(("V", "E")):
            break
    return None


def body_between(text: str, name_end: int, post: str) -> str | None:
    """The words written between the name ending at ``name_end`` and its ``post`` in the next
    few words (the title's modifiers dropped), the post's own word's beginning included
    ("충남도지사" -> 충남); None when the post is not written there or nothing stands between."""
    mods = set(appointment_table()["title_modifiers"])
    words = text[name_end:].split()[:_WORDS]
    body: list[str] = []
    for w in words:
        at = w.find(post)
        if at >= 0:
            # "금감원장": the body's last syllable is the head title's first (원장), written once
            glued = w[: at + 1] if at and len(post) == 2 and post.endswith("장") else w[:at]
            body += [glued] if glued else []
            kept = [b for b in body if b not in mods]
            return " ".join(kept) or None
        if _WORD_END.search(w):
            return None
        body.append(w)
    return None


def body_before(text: str, name_start: int, bodies: list[tuple[int, int]]) -> str | None:
    """The body the clause before the name is about: one written right before the name
    ("국토교통부 박상우 장관"), else the first written as the sentence's topic ("공단은",
    "공단에 따르면"); None when neither is."""
    for s, e in bodies:
        if e <= name_start and not text[e:name_start].strip():
            return text[s:e]
    topics = appointment_table()["body_topics"]
    for s, e in bodies:
        if e > name_start:
            break
        if any(text.startswith(p, e) for p in topics):
            return text[s:e]
    return None


def post_body_answer(
    q: Question, snap, asked: Asked, hits: list[Hit]
) -> tuple[Answer, dict] | None:
    """The body whose post the one person the question names holds, read from the best
    sentences writing that person with the post; None when the question asks no such body or
    no sentence writes it."""
    if len(q.entities) != 1:
        return None
    eid = q.entities[0][0]
    person = snap.extraction.entities.get(eid)
    if person is None or person.type != "Person":
        return None
    post = asked_post_of(q, asked)
    if post is None:
        return None
    fallback = None
    for h in hits[:_TOP]:
        names = [(e["start"], e["end"]) for e in h.entities if e["id"] == eid]
        bodies = sorted(
            (e["start"], e["end"]) for e in h.entities if e["type"] in _BODIES and e["id"] != eid
        )
        for s, e in names:
            if post not in h.text[e:]:
                continue
            found = body_between(h.text, e, post)
            if found is None and _bare_post(h.text, e, post):
                found = body_before(h.text, s, bodies)
            if not found:
                continue
            # "금융위원장": the body's last syllable is the post's first (금융위 위원장)
            shared = found + post[0]
            if shared in _body_forms() or any(h.text[bs:be] == shared for bs, be in bodies):
                found = shared
            # a body the text names ("국토교통부") before a clipped one ("국토장관": 국토)
            if any(h.text[bs:be] == found for bs, be in bodies):
                return said_in(q, [found], [h], hits, "post_body", _PRIOR, "organization")
            fallback = fallback or (found, h)
    if fallback is None:
        return None
    return said_in(q, [fallback[0]], [fallback[1]], hits, "post_body", _PRIOR, "organization")


def _body_forms() -> set[str]:
    """Every name of appointments.toml ``body_forms`` ("금융위", "충남도")."""
    return {f for row in appointment_table()["body_forms"] for f in row}


def _bare_post(text: str, name_end: int, post: str) -> bool:
    """Is ``post`` written right after the name, with at most its modifiers between
    ("최광 전 이사장")?"""
    mods = set(appointment_table()["title_modifiers"])
    for w in text[name_end:].split()[:_WORDS]:
        if w.startswith(post):
            return True
        if w not in mods:
            return False
    return False
