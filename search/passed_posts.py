"""The posts a person went through, asked "위태호 의료원장이 거친 자리는?" or "…가 지낸 직책은?"
(not the places, "거친 곳은?"): Korean personnel news sums up a career as the object of a verb
of passing through, "한빛대병원 기획조정실장과 진료부원장을 거쳤다", "재무팀장, 경영지원실장 등을
역임했다", in a sentence that names the person or refers to them by family name and title ("위
신임 의료원장은 …").  Every item of that object is answered, not the one a reader picks.  The
words are data: resources/answer_types.toml ``[passed_posts]``.

>>> from search.passages import sentence_tokens
>>> text = "윤 원장은 의대를 졸업하고 누리병원 기획실장과 진료부원장을 거쳤다."
>>> passed_in(text, sentence_tokens(text))
['누리병원 기획실장', '진료부원장']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .answer_types import answer_type_tables
from .appointments import appointment_table
from .passages import sentence_tokens
from .post_holders import names_post
from .question import Question
from .question_links import people_named
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import NOMINAL, Token
from .surname_references import referred

__all__ = ["about_person", "asks_passed_posts", "hits_about", "passed_in", "passed_posts_answer"]

#: the best sentences read for the person's career
_TOP = 8
#: every item of one sentence's object: below what counts as confident until a refit
_PRIOR = 0.6
#: the words joining the items of a list of posts ("A과 B", "A, B")
_JOINS = frozenset({"과", "와", "및", ","})


def _table() -> dict:
    return answer_type_tables()["passed_posts"]


def asks_passed_posts(question: str) -> bool:
    """Does the question ask the posts someone went through ("거친 자리는?", "지낸 직책")?

    >>> asks_passed_posts("맹서준 원장이 거친 자리는?"), asks_passed_posts("맹서준 원장의 임기는?")
    (True, False)
    >>> asks_passed_posts("윤 CFO가 합류하기 전에 거친 곳은 어디어디인가?")
    False
    """
    flat = "".join(question.split())
    table = _table()
    return any(w in flat for w in table["question_words"]) and any(
        w in flat for w in table["post_nouns"]
    )


def passed_in(text: str, toks: list[Token]) -> list[str]:
    """The items of the object of a verb of passing through in a sentence ("A과 B를 거쳤다");
    [] when it writes none."""
    verbs = tuple(_table()["verbs"])
    for k, t in enumerate(toks):
        if k < 1 or not t.form.startswith(verbs) or toks[k - 1].tag != "JKO":
            continue
        j = k - 1
        while j > 0 and (toks[j - 1].tag in NOMINAL or toks[j - 1].form in _JOINS):
            j -= 1
        parts: list[list[Token]] = [[]]
        for tok in toks[j : k - 1]:
            if tok.form in _JOINS:
                parts.append([])
            elif tok.form not in _table()["list_ends"]:
                parts[-1].append(tok)
        items = [text[p[0].start : p[-1].end] for p in parts if p]
        if items:
            return items
    return []


def hits_about(hits: list[Hit], ex, eid: str) -> Iterator[Hit]:
    """The hits whose sentence is about the person ``eid`` (about_person), in their order."""
    aliases = list(ex.entities[eid].aliases)
    return (h for h in hits if about_person(h, eid, aliases))


def about_person(h: Hit, eid: str, aliases: list[str]) -> bool:
    """Does the sentence name the person, or write them by family name and title ("나 차관은")
    or by family name and a post ("위 신임 의료원장은", a post the titles do not list)?"""
    if any(e["id"] == eid for e in h.entities) or any(referred(h.text, a) for a in aliases):
        return True
    marks = "|".join(map(re.escape, appointment_table()["title_modifiers"]))
    families = {a[0] for a in aliases if re.fullmatch(r"[가-힣]{3}", a)}
    return any(
        names_post(m.group(2))
        for m in re.finditer(
            rf"(?<![가-힣])([가-힣])\s+(?:(?:{marks})\s+)*([가-힣]+?)[은는이가]\s", h.text
        )
        if m.group(1) in families
    )


def passed_posts_answer(q: Question, snap, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """Every post the best sentence naming the asked person writes as passed through; None when
    the question asks no career or names no one person, or no sentence writes one."""
    if not asks_passed_posts(q.text):
        return None
    ex = snap.extraction
    people = people_named(q, ex)
    if len(people) != 1:
        return None
    for h in hits_about(hits[:_TOP], ex, people[0]):
        if items := passed_in(h.text, sentence_tokens(h.text)):
            return said_in(q, items, [h], hits, "passed_posts", _PRIOR)
    return None
