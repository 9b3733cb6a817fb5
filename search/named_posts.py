"""Who holds or takes an organisation's post, read from how Korean news writes a reshuffle:
"이마트 대표이사로 누가 선임됐나?", "하나은행 행장은 누구?", "쌍용자원개발 사장은?".

A story of appointments names many people, many companies and the same posts over and over, so
the person nearest the asked company is often someone else's.  The wording says whose post it
is, by the particle after "ORG POST":

- "하나은행(행장 이호성)": the post and its holder bracketed after the organisation;
- "쌍용중공업 사장에는 이상원 전 쌍용해운 사장이 임명됐다", "신세계푸드 대표는 … 김성환 부사장이
  내정됐다": the post as a topic, the person after it as the subject or object of the verb;
- "허인철 실장을 이마트 대표이사로 발령했다", "김영복 전무는 쌍용자원개발 사장에": the person
  before, the post as the destination (으로/로/에) of a verb of appointing.

"김보웅 쌍용자원개발 사장은 고문으로 물러났다" writes the post as the title of the name right
before it: whose post it was, not who takes it, so that sentence answers nothing here.  The verbs
of appointing, the particles of a destination and the post nouns are data, the one table of
appointments (resources/appointments.toml, read through search/appointments.py).

>>> post_of_question("이마트 대표이사로 누가 선임됐나?", (0, 3))
'대표이사'
"""

from __future__ import annotations

import re

from .answer_types import Asked
from .appointments import appointing, appointment_table
from .passages import sentence_tokens
from .post_holders import names_post
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["holder_after", "named_post_answer", "post_of_question"]

#: the best sentences read for the post's holder
_TOP = 8
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: the particles a post word of the question may carry, longest first ("대표이사로" -> 대표이사)
_PARTICLES = ("에는", "으로", "은", "는", "이", "가", "로", "에", "의", "을", "를")
#: a Hangul personal name in brackets, "(행장 이호성)" or "(대표: 박주근,": two to four letters
_BRACKETED = r"\s*\(\s*{post}\s*[:：]?\s*([가-힣]{{2,4}})\s*[,)]"
#: the post and the particle that says whose it is; "대표이사 사장으로" writes one post in two
#: words, "사장 겸 … 위원장으로" two posts
_WRITTEN = r"\s*{post}(?:\s+(?:{more}))*(?:\s+겸\s+[^,.]*?)?(에는|에|으로|로|은|는)(?=[\s,])"
_ORGS = frozenset({"Company", "Organization"})


def post_of_question(text: str, span: tuple[int, int]) -> str | None:
    """The post noun written right after the organisation at ``span`` in a question, its
    particle cut ("하나은행 행장은 누구?" -> 행장); None when the next word names no post.

    >>> post_of_question("하나은행 행장은 누구?", (0, 4)), post_of_question("하나은행 실적은?", (0, 4))
    ('행장', None)
    """
    m = re.match(r"\s+([가-힣A-Za-z]+)", text[span[1] :])
    if m is None:
        return None
    word = m.group(1)
    cut = [word[: -len(p)] for p in _PARTICLES if word.endswith(p) and len(word) > len(p) + 1]
    # the word whole first: "대표이사" ends in 이 and is no "대표사" with a particle
    return next(
        (w for w in [word, *cut[:1]] if w in appointment_table()["posts"] or names_post(w)), None
    )


def holder_after(text: str, org: tuple[int, int], post: str, people: list[tuple[int, int]]):
    """The (start, end) of the person the sentence writes as taking or holding ``post`` of the
    organisation written at ``org``; None when its wording says neither.

    >>> s = "한결은행(행장 나도윤)이 1건을 기록했다."
    >>> s[slice(*holder_after(s, (0, 4), "행장", []))]
    '나도윤'
    """
    after = text[org[1] :]
    if m := re.match(_BRACKETED.format(post=re.escape(post)), after):
        return org[1] + m.start(1), org[1] + m.end(1)
    more = "|".join(map(re.escape, appointment_table()["posts"]))
    m = re.match(_WRITTEN.format(post=re.escape(post), more=more), after)
    if m is None or not appointing(sentence_tokens(text)):
        return None
    if any(0 <= org[0] - p[1] <= 1 for p in people):
        return None  # "김보웅 쌍용자원개발 사장은": the title of the name before it
    if m.group(1) in appointment_table()["destination"]:
        # "허인철 실장을 이마트 대표이사로": the last person of the clause before the post
        clause = text.rfind(",", 0, org[0]) + 1
        before = [p for p in people if clause <= p[0] and p[1] <= org[0]]
        return before[-1] if before else None
    # "쌍용중공업 사장에는 이상원 전 … 사장이": the last person before the subject or object
    # particle that ends the phrase after the post
    end = org[1] + m.end()
    stop = next(
        (t.start for t in sentence_tokens(text) if t.start >= end and t.tag in {"JKS", "JKO"}),
        len(text),
    )
    stop = min(stop, text.find(",", end) if "," in text[end:] else len(text))
    inside = [p for p in people if end <= p[0] and p[1] <= stop]
    return inside[-1] if inside else None


def named_post_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The person the best sentences write in the post of the organisation the question names
    ("쌍용양회 사장으로 임명된 사람은?"); None when the question names no organisation with a
    post after it, or no sentence writes that post's holder."""
    if asked.kind not in {"person", "thing"} or len(q.entities) != 1:
        return None
    eid = q.entities[0][0]
    post = post_of_question(q.text, q.spans[0])
    if post is None or (asked.kind == "thing" and asked.wh_index >= 0):
        return None  # "이마트 대표의 연봉은 얼마?" asks no person
    for h in hits[:_TOP]:
        orgs = [(e["start"], e["end"]) for e in h.entities if e["id"] == eid]
        if not orgs or not all(e["type"] in _ORGS for e in h.entities if e["id"] == eid):
            continue
        people = sorted(
            (e["start"], e["end"]) for e in h.entities if e["type"] == "Person" and e["id"] != eid
        )
        for org in orgs:
            found = holder_after(h.text, org, post, people)
            if found is not None:
                name = h.text[found[0] : found[1]]
                return said_in(q, [name], [h], hits, "named_post", _PRIOR, answer_type="person")
    return None
