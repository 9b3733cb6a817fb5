"""Who holds an organisation's post, written as the person's title: "한국환경공단 이사장은
누구인가?" where the story writes "장준영 한국환경공단 신임 이사장이 4일 취임한다" — the name,
the organisation and the post as one title, the post's modifiers (신임, 현) between.

search/named_posts.py reads the post written right after the organisation with a particle and
leaves "NAME ORG POST" alone: in a reshuffle that is often the one leaving ("김보웅 쌍용자원개발
사장은 고문으로 물러났다").  Here the title is read only in a sentence writing no verb of leaving
(resources/appointments.toml ``leaving``) or of a successor (``successor``: "X 누리 사장 후임에
Y") and without 전 before the post, so the one who left is
not named the holder.

>>> s = "장준영 누리공단 신임 이사장이 4일 취임한다."
>>> s[slice(*titled_holder(s, (4, 8), "이사장", [(0, 3)]))]
'장준영'
"""

from __future__ import annotations

from .answer_types import Asked
from .appointments import appointment_table
from .named_posts import post_of_question
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["titled_holder", "titled_holder_answer"]

#: the best sentences read for the post's holder
_TOP = 8
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: words between the organisation and its post that keep the post the person's present one
_PRESENT = frozenset({"신임", "현"})
_ORGS = frozenset({"Company", "Organization"})


def titled_holder(text: str, org: tuple[int, int], post: str, people: list[tuple[int, int]]):
    """The (start, end) of the person whose title is "ORG POST" written right after the name
    ("장준영 누리공단 신임 이사장"); None when no name is right before the organisation, the post
    does not follow it, the post is a former one (전) or the sentence writes a verb of leaving
    or a successor ("후임")."""
    before = [p for p in people if 0 <= org[0] - p[1] <= 1]
    if not before:
        return None
    words = text[org[1] :].split()
    while words and words[0] in _PRESENT:
        words = words[1:]
    if not words or not words[0].startswith(post):
        return None
    table = appointment_table()
    if any(v in text for v in [*table["leaving"], *table["successor"]]):
        # "김보웅 쌍용자원개발 사장은 고문으로 물러났다", "X 누리모터스 사장 후임에 Y": the
        # one replaced
        return None
    return before[0]


def titled_holder_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The person the best sentences write with the title "ORG POST" the question asks
    ("누리공단 이사장은 누구인가?"); None when the question asks no post of one organisation or
    no sentence writes its holder so."""
    if asked.kind != "person" or len(q.entities) != 1:
        return None
    eid = q.entities[0][0]
    post = post_of_question(q.text, q.spans[0])
    if post is None:
        return None
    for h in hits[:_TOP]:
        orgs = [(e["start"], e["end"]) for e in h.entities if e["id"] == eid]
        if not orgs or not all(e["type"] in _ORGS for e in h.entities if e["id"] == eid):
            continue
        people = [(e["start"], e["end"]) for e in h.entities if e["type"] == "Person"]
        for org in orgs:
            found = titled_holder(h.text, org, post, people)
            if found is not None:
                name = h.text[found[0] : found[1]]
                return said_in(q, [name], [h], hits, "titled_holder", _PRIOR, "person")
    return None
