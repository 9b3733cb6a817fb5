"""Who was named to a post the question writes as one word: "다솜강서병원장에 임명된 사람은?" and
"다솜의료재단의 새 의료원장은 누구인가?" ask the person Korean news writes right after the post
and its particle of destination, in a sentence of a verb of naming: "▲강서병원장에 기현아 교수
▲수원병원장에 석도현 교수가 각각 임명됐다", "새 의료원장에 채서진 병원장을 임명했다", "제15대
의료원장에 위태호 교수를 선임했다".  A name right after "POST에" is the one named to it, however
many posts the sentence lists; a person written before the post ("김영복 전무는 사장에
선임됐다") is read by search/named_posts.py, which answers first when the question names the
organisation before the post.

The post is a word ending as a post does (answer_types.toml ``[post_holders]``, read by
search/post_holders.py) or one of the appointments' posts; the question asks its new holder by a
verb of naming after it ("…장에 임명된") or by a mark of the new holder before it (``new_marks``
of resources/appointments.toml).  The verbs and particles are the appointments' table
(search/appointments.py).

>>> text = "▲한빛병원장에 도하윤 교수 ▲세종병원장에 진서율 교수가 각각 임명됐다."
>>> people = [(text.index(n), text.index(n) + 3) for n in ("도하윤", "진서율")]
>>> text[slice(*appointee_after(text, "세종병원장", people))]
'진서율'
>>> text[slice(*appointee_after(text, "세종병원 원장", people))]
'진서율'
>>> text = "자회사 누리랩스의 대표에는 한서진 상무가 내정됐다."
>>> appointee_after(text, "대표", [(15, 18)], [(4, 8)]) is None
True
"""

from __future__ import annotations

import re

from .answer_types import Asked
from .appointments import appointing, appointment_table
from .passages import sentence_tokens
from .post_holders import names_post
from .question import Question
from .question_links import people_named
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = [
    "appointee_after",
    "asked_new_post",
    "named_post_of",
    "post_appointee_answer",
    "post_of_appointee_answer",
]

#: the best sentences read for the post's new holder
_TOP = 8
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: a question's word: the noun and the particle after it, punctuation aside
_WORD = re.compile(r"([가-힣A-Za-z]+?)(에는|에|으로는|으로|로는|로|은|는|이|가|의)?[?,.!]*$")
#: the marks of a list's items: "▲한빛병원장 도하윤 교수" lists an appointment
_BULLETS = frozenset("▲△■●○")
#: the types of an organisation whose post a sentence may write
_ORGS = frozenset({"Company", "Organization"})
#: what may stand right before a post written as a whole word: a space, a bullet, a bracket
_WORD_START = " ▲△■●○-·(\"'"


def _posts_named(word: str) -> bool:
    return word in appointment_table()["posts"] or names_post(word)


def asked_new_post(question: str, naming: bool) -> str | None:
    """The post a question asks the new holder of: the word before a particle of destination
    when the question writes a verb of naming (``naming``: "강서병원장에 임명된 사람은?"), or
    the word after a mark of the new holder ("새 의료원장은 누구인가?"); None for neither.

    >>> asked_new_post("다솜강서병원장에 임명된 사람은?", True)
    '다솜강서병원장'
    >>> asked_new_post("다솜의료재단의 새 의료원장은 누구인가?", False)
    '의료원장'
    >>> asked_new_post("새 다솜병원 원장의 진료과는?", False)
    '다솜병원 원장'
    >>> asked_new_post("의료원장의 진료과는?", False) is None
    True
    """
    table = appointment_table()
    words = question.split()
    for i, written in enumerate(words):
        m = _WORD.fullmatch(written)
        if m is None or not _posts_named(m.group(1)):
            continue
        before = words[max(i - 2, 0) : i]
        if before[-1:] and before[-1] in table["new_marks"]:
            return m.group(1)
        if len(before) == 2 and before[0] in table["new_marks"]:
            return f"{before[1]} {m.group(1)}"  # "새 다솜병원 원장은": the post of a body
        if naming and m.group(2) in table["destination"]:
            body = _WORD.fullmatch(before[-1]) if before else None
            if body is not None and body.group(2) is None:
                return f"{before[-1]} {m.group(1)}"  # "누리병원 원장에 임명된": as above
            return m.group(1)
    return None


def appointee_after(
    text: str,
    post: str,
    people: list[tuple[int, int]],
    others: list[tuple[int, int]] = (),
):
    """The (start, end) of the person written right after ``post`` and its particle of
    destination ("세종병원장에 진서율 교수"), the post written as a whole word and not as the post
    of an organisation at ``others`` ("가람AI랩스의 대표에는": another body's, not the one
    asked); None when the text writes none."""
    particles = "|".join(sorted(appointment_table()["destination"], key=len, reverse=True))
    marks = "|".join(map(re.escape, appointment_table()["new_marks"]))
    for m in re.finditer(rf"{_post_pattern(post)}(?:{particles})(?:는)?\s+", text):
        if m.start() and text[m.start() - 1] not in _WORD_START:
            continue  # "부의료원장에": another post ending the same way
        between = rf"의?\s*(?:(?:{marks})\s+)?"
        if any(o[1] <= m.start() and re.fullmatch(between, text[o[1] : m.start()]) for o in others):
            continue  # "누리랩스의 대표에는": that body's post
        found = [p for p in people if p[0] == m.end()]
        if found:
            return found[0]
    return None


def _post_pattern(post: str) -> str:
    """A pattern of ``post`` as a text writes it: a body's post asked in two words is written
    glued, its head's repeated letters once ("다솜병원 원장" is written "다솜병원장")."""
    body, _, head = post.rpartition(" ")
    if not body:
        return re.escape(post)
    heads = "|".join(re.escape(head[i:]) for i in range(len(head)))
    return rf"{re.escape(body)}\s*(?:{heads})"


def post_appointee_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The person the best sentences write right after the post the question asks the new
    holder of; None when it asks none or no sentence of a verb of naming writes one.

    Returns ``(Answer, signals)`` like every answerer of search/qa.py."""
    post = asked_new_post(q.text, appointing(q.tokens)) if asked.kind == "person" else None
    if post is None:
        return None
    named = {eid for eid, _ in q.entities}
    for h in hits[:_TOP]:
        if not any(w in h.text for w in post.split()) or not appointing(sentence_tokens(h.text)):
            continue
        people = [
            (e["start"], e["end"])
            for e in h.entities
            if e.get("type") == "Person" and e.get("id") not in named
        ]
        others = [
            (e["start"], e["end"])
            for e in h.entities
            if e.get("type") in _ORGS and e.get("id") not in named
        ]
        # a word before the post may be its body or another word of the question: with, else
        # without it
        for written in dict.fromkeys([post, post.rpartition(" ")[2]]):
            if found := appointee_after(h.text, written, people, others):
                name = h.text[found[0] : found[1]]
                return said_in(q, [name], [h], hits, "post_appointee", _PRIOR, answer_type="person")
    return None


def named_post_of(text: str, person: tuple[int, int], naming: bool) -> str | None:
    """The post written right before the person at ``person``: as a ▲ item ("△장기이식센터장
    봉재민 교수", a list of appointments whatever its verb), or, in a sentence of naming
    (``naming``), with its particle of destination ("데이터본부장에는 백시우 전 …"); None when
    the word before names no post or is the person's title ("부회장 차승혁은 회장으로").

    >>> text = "△암센터장 변도윤 교수 △장기이식센터장 봉재민 교수."
    >>> named_post_of(text, (text.index("봉재민"), text.index("봉재민") + 3), False)
    '장기이식센터장'
    """
    particles = "|".join(sorted(appointment_table()["destination"], key=len, reverse=True))
    m = re.search(
        rf"(?:^|([{re.escape(_WORD_START)}]))([가-힣A-Za-z]+?)((?:{particles})는?)?\s+$",
        text[: person[0]],
    )
    if m is None or not _posts_named(m.group(2)):
        return None
    # "부회장 차승혁은 회장으로 승진해": a post right before a name, no particle, is its title
    return m.group(2) if (naming and m.group(3)) or m.group(1) in _BULLETS else None


def post_of_appointee_answer(
    q: Question, snap, asked: Asked, hits: list[Hit]
) -> tuple[Answer, dict] | None:
    """The post the one person the question names is named to, asked "봉재민 교수는 어떤 센터를
    맡았나?", "백시우는 어떤 자리에 발탁됐나?" (a verb of naming or taking, an interrogative of a
    kind); None for any other question or when no sentence writes the post before the name."""
    ex = snap.extraction
    people = people_named(q, ex)
    if len(people) != 1 or len(q.entities) != 1 or asked.wh_index < 0:
        return None
    if asked.kind not in {"thing", "place", "organization"} or not appointing(q.tokens):
        return None
    for h in hits[:_TOP]:
        naming = appointing(sentence_tokens(h.text))
        for e in h.entities:
            if e["id"] == people[0] and (
                post := named_post_of(h.text, (e["start"], e["end"]), naming)
            ):
                return said_in(
                    q, [post], [h], hits, "post_of_appointee", _PRIOR, answer_type="thing"
                )
    return None
