"""Who was promoted: "효성에서 부사장으로 승진한 사람은?" or "이번 인사 승진자" asks every person the
article writes as promoted, not the one a reader picks from the sentence.  Appointment news
lists them before the post they rise to ("A, B, C 등 총 4명이 부사장으로 승진했다", "A와 B 등
전무 2명을 부사장으로 승진 발령했다", "A는 전무에서 부사장으로, B는 상무에서 전무로 각각
승진했다"); with a post asked, only the people of its clause.  A name in brackets is another
post's holder ("중진공(이사장 김유채)").  The words are the appointments' table
(resources/appointments.toml ``promoting``, ``promoted_people``: search/appointments.py).

>>> text = "A사는 한도윤 본부장과 여은재 실장 등 전무 2명을 부사장으로 승진 발령했다."
>>> people = [(4, 7), (13, 16)]
>>> promoted_in(text, "부사장", people)
[(4, 7), (13, 16)]
>>> text = "한도윤 연구소장은 전무에서 부사장으로, 여은재 사업부장은 상무에서 전무로 각각 승진했다."
>>> promoted_in(text, "전무", [(0, 3), (22, 25)])
[(22, 25)]
"""

from __future__ import annotations

import re

from .answer_types import Asked
from .appointments import appointment_table, appointment_verbs
from .enclosing_bracket import enclosing_bracket
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["promoted_answer", "promoted_in"]

#: the best sentences read for the promoted
_TOP = 8
#: an answer read from the sentences' wording: below what counts as confident until a refit
_PRIOR = 0.55


def promoted_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """Every person the best sentences of one article write as promoted (to the post the
    question names, when it names one); None when the question asks no promotion or no
    sentence writes one."""
    if not any(v in q.text for v in appointment_verbs("promoting")):
        return None
    people = appointment_table()["promoted_people"]
    if asked.kind not in {"person", "list"} and not any(w in q.text for w in people):
        return None
    owner, post = _asked_post(q)
    named = {eid for eid, _ in q.entities}
    said: list[Hit] = []
    names: list[str] = []
    for h in hits[:_TOP]:
        if said and h.doc_id != said[0].doc_id:
            continue  # one article's promotions, not another's of the knowledge base
        people = [
            (e["start"], e["end"])
            for e in h.entities
            if e.get("type") == "Person" and e.get("id") not in named
        ]
        found = [h.text[s:e] for s, e in promoted_in(h.text, post, people, owner)]
        if found:
            said.append(h)
            names += [n for n in found if n not in names]
    if not names:
        return None
    return said_in(q, names, said, hits, "post_holder", _PRIOR, answer_type="list")


def _asked_post(q: Question) -> tuple[str | None, str | None]:
    """The word before the post and the post the question names before (으)로 ("누리백화점
    대표이사로 승진한": the owner and the post), or Nones."""
    toks = q.tokens
    for i in range(1, len(toks)):
        if toks[i].form in {"로", "으로"} and toks[i - 1].tag.startswith("NN"):
            start = q.text.rfind(" ", 0, toks[i - 1].start) + 1  # the word's whole noun
            before = q.text[:start].split()
            return (before[-1] if before else None), q.text[start : toks[i - 1].end]
    return None, None


def promoted_in(
    text: str, post: str | None, people: list[tuple[int, int]], owner: str | None = None
):
    """The (start, end) of the people ``text`` writes as promoted, in their order: those
    written before the verb (and after the one before it), or, with ``post``, those of the
    clause ending on "POST(으)로" before the verb — "OWNER POST(으)로" when the text writes the
    question's word before the post there ("누리백화점 대표이사로", not another company's);
    none in brackets.

    >>> text = "한도윤 실장을 가온마트 대표로, 여은재 본부장을 가온몰 대표로 승진 발령했다."
    >>> promoted_in(text, "대표", [(0, 3), (18, 21)], "가온몰")
    [(18, 21)]
    """
    verbs = appointment_verbs("promoting")
    out = []
    last = 0
    for v in re.finditer("|".join(re.escape(w) for w in verbs), text):
        spans = [(last, v.start())]
        if post:
            at = rf"(?<![가-힣]){re.escape(post)}(?:으로|로)"
            owned = rf"{re.escape(owner or '')}\s*{at}"
            if owner and re.search(owned, text[last : v.start()]):
                at = owned
            spans = [
                (_clause_start(text, m.start(), last), m.start())
                for m in re.finditer(at, text[: v.start()])
                if m.start() >= last
            ]
        for s, e in spans:
            out += [
                p
                for p in people
                if s <= p[0] and p[1] <= e and enclosing_bracket(text, p[0]) is None
            ]  # "중진공(이사장 김유채)": a post in brackets is the bracketed name's
        last = v.end()
    return list(dict.fromkeys(out))


def _clause_start(text: str, at: int, floor: int) -> int:
    """Where the clause ending at ``at`` begins: after the "…로," that closes the one before
    ("A는 전무에서 부사장으로, B는 …"), else at ``floor``."""
    ends = [m.end() for m in re.finditer(r"로\s*,", text[floor:at])]
    return floor + ends[-1] if ends else floor
