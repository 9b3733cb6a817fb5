"""The department a person teaches or treats in, asked "위태호 의료원장의 진료과는?" or, of a
post's new holder, "새 한빛대병원장의 진료과는?": Korean news writes a professor's department
between the name and the title, "위태호 심장내과 교수", or in brackets after the post the person
held, "채서진 다솜대학교병원장(신경외과 교수)".  A department is one word ending in 과 (科)
written right before a title of a professor or a doctor; the question's words, the endings and
the titles are data: resources/answer_types.toml ``[departments]``.  The person is the one the
question names, else the one the best sentences write as named to the post it asks
(search/post_appointees.py).

>>> text = "한빛세종병원장에는 탁은비 영상의학과 교수가 새로 임명됐다."
>>> department_after(text, text.index("탁은비") + 3)
'영상의학과'
>>> department_after("위태호 원장은 2년 전 외과 교수와 함께 왔다.", 3) is None
True
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .appointments import appointing
from .passages import sentence_tokens
from .post_appointees import appointee_after, asked_new_post
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["asks_department", "department_after", "department_answer"]

#: the best sentences read for the person and the department
_TOP = 8
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: the characters between a name and its department: a post glued to a bracket at most
#: ("채서진 다솜대학교병원장(신경외과 교수)")
_GAP = r"(?:\s+[^\s(),.]+)?[\s(]"


def asks_department(question: str) -> bool:
    """Does the question ask a department ("진료과는?", "어느 과 교수야?")?

    >>> asks_department("탁은비 병원장의 진료과는?"), asks_department("탁은비 병원장의 나이는?")
    (True, False)
    """
    flat = "".join(question.split())
    return any(w in flat for w in answer_type_tables()["departments"]["question_words"])


def department_after(text: str, end: int) -> str | None:
    """The department written right after a name ending at ``end``, before a professor's or a
    doctor's title; None when the text writes none there."""
    table = answer_type_tables()["departments"]
    titles = "|".join(map(re.escape, table["titles"]))
    m = re.match(rf"{_GAP}([가-힣]+과)\s*(?:{titles})", text[end:])
    if m is None or m.group(1) in table["not_departments"]:
        return None
    return m.group(1)


def _person_ends(q: Question, hits: list[Hit]):
    """(hit, end of the person's name) for each best sentence writing the person asked: the one
    written as named to the post the question asks the new holder of, else the one it names."""
    asked = {eid for eid, _ in q.entities}
    post = asked_new_post(q.text, False)
    for h in hits[:_TOP]:
        people = [(e["start"], e["end"], e["id"]) for e in h.entities if e.get("type") == "Person"]
        if post is None:
            yield from ((h, end) for _, end, eid in people if eid in asked)
        elif post.split()[0] in h.text and appointing(sentence_tokens(h.text)):
            if found := appointee_after(h.text, post, [p[:2] for p in people]):
                yield h, found[1]


def department_answer(q: Question, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The department the best sentences write for the person asked; None when the question
    asks none or no sentence writes one.  Returns ``(Answer, signals)``."""
    if not asks_department(q.text):
        return None
    for h, end in _person_ends(q, hits):
        if found := department_after(h.text, end):
            return said_in(q, [found], [h], hits, "department", _PRIOR, answer_type="thing")
    return None
