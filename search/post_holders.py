"""Who holds a post asked by its noun alone: "한빛정밀 감사위원장" or "임상 책임연구자" is a
headline-style question of a thing (no interrogative, no head the tables know), yet it asks a
person: the one the text writes with that post, "(재판장 도하준 부장판사)", "노은서 위원장",
"위원장은 … 노은서 이사가 맡고 있다", "노은서 교수가 책임연구자를 맡아".  Which nouns name a
post, which do not ("공장", "시장"), are data: resources/answer_types.toml ``[post_holders]``;
the verbs a post is taken or held with are the appointments' (search/appointments.py).

>>> text = "심사단은 7명으로, 위원장은 교수 출신인 노은서 이사가 맡는다."
>>> people = [(text.index("노은서"), text.index("노은서") + 3)]
>>> holder_in(text, "위원장", people)
(23, 26)
"""

from __future__ import annotations

import re

from .answer_types import Asked, answer_type_tables
from .appointments import appointing
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["asked_post", "holder_in", "names_post", "post_holder_answer"]

#: the best sentences read for the post's holder
_TOP = 8
#: the characters between a post and the name written right before or after it ("위원장 노은서")
_BESIDE = 1
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.55


def asked_post(q: Question, asked: Asked) -> str | None:
    """The post a question of a thing with no interrogative asks by its head noun, with the
    nouns written onto it ("책임연구자", "대추위원장"); None when the word names no post or a
    place written the same way ("2공장")."""
    if asked.kind != "thing" or asked.wh_index >= 0 or asked.head_index < 0:
        return None
    end = q.tokens[asked.head_index].end
    word = q.text[_word_start(q.text, end - 1) : end]
    return word if names_post(word) else None


def names_post(word: str) -> bool:
    """Does the noun name a post by its ending ("판교점장", "경영지원본부장"), not a place or a
    thing written the same way ("2공장", "코스닥시장")?

    >>> names_post("판교점장"), names_post("2공장"), names_post("장")
    (True, False, False)
    """
    table = answer_type_tables()["post_holders"]
    if any(word.endswith(w) for w in table["not_posts"]):
        return False
    return any(word.endswith(e) and len(word) > len(e) for e in table["endings"])


def _word_start(text: str, at: int) -> int:
    """The character where the word holding character ``at`` begins ("대추위원장" -> 대)."""
    return text.rfind(" ", 0, at) + 1


def holder_in(text: str, post: str, people: list[tuple[int, int]]):
    """The (start, end) of the person the sentence writes with ``post``: the name right after
    or before it, else, where the sentence writes a verb of appointment ("맡", "위촉"), the
    person nearest it; None when the sentence writes neither.

    >>> text = "심사위원장에는 교수 출신인 노은서 이사가 위촉됐다."
    >>> holder_in(text, "위원장", [(text.index("노은서"), text.index("노은서") + 3)])
    (15, 18)
    """
    held = appointing(sentence_tokens(text))
    for m in _at(text, post):
        start = _word_start(text, m.start())
        beside = [p for p in people if 0 <= p[0] - m.end() <= _BESIDE]
        beside += [p for p in people if 0 <= start - p[1] <= _BESIDE]
        if beside:
            return beside[0]
        if held and people:
            return min(people, key=lambda p: min(abs(p[0] - m.end()), abs(start - p[1])))
    return None


def _written(post: str, hits: list[Hit]) -> str | None:
    """The longest ending of ``post`` a sentence writes at a morpheme's end ("대추위원장" is
    written "위원장은"), two letters at least; None when none writes it."""
    for n in range(len(post), 1, -1):
        if any(_at(h.text, post[-n:]) for h in hits):
            return post[-n:]
    return None


def _at(text: str, post: str) -> list[re.Match]:
    """Where ``text`` writes ``post`` ending at a morpheme's end, not inside a longer noun."""
    found = list(re.finditer(re.escape(post), text))
    if not found:
        return []
    toks = list(sentence_tokens(text))
    ends = {t.end for t in toks}
    return [m for m in found if m.end() in ends]


def post_holder_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The person the best sentences write with the post the question asks by its noun; None
    when the question asks no post or no sentence names its holder."""
    post = asked_post(q, asked)
    post = _written(post, hits[:_TOP]) if post else None
    if post is None:
        return None
    named = {eid for eid, _ in q.entities}
    for h in hits[:_TOP]:
        people = [
            (e["start"], e["end"])
            for e in h.entities
            if e.get("type") == "Person" and e.get("id") not in named
        ]
        found = holder_in(h.text, post, people)
        if found is not None:
            name = h.text[found[0] : found[1]]
            return said_in(q, [name], [h], hits, "post_holder", _PRIOR, answer_type="person")
    return None
