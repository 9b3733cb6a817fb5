"""Yes/no questions whether an act was the first of its kind ("외부에서 대표를 영입한 것은 이번이
처음인가?").

News states a first in several shapes: "…한 것은 처음이다", "창사 이래 처음으로 …했다", "사상
최초로", "창사 첫 외부 출신 대표".  The best sentence that writes the question's act (its
words after the names, all but one of them, and always the last: "그룹 밖에서 대표를 영입") with
a noun or determiner of a first answers 예, unless the first is denied right after ("처음이
아니다": 아니오).  A sentence counting it second or later is search/later_counts.py's, read
before this.  The words are data: resources/yes_no_claims.toml ``[first_time]``.

Held-out round 22 answered "바로마트가 그룹 밖에서 대표를 영입한 것은 이번이 처음인가?" 아니오:
the sentence "1999년 창사 이후 그룹 밖에서 대표를 영입한 것은 처음이다" leaves the company to
the article's topic, and no reader took it.

>>> from search.passages import sentence_tokens
>>> q = sentence_tokens("가온식품이 외부에서 대표를 영입한 것은 이번이 처음인가?")
>>> act = first_act(q, 5)
>>> act
['외부', '대표', '영입']
>>> first_stated(sentence_tokens("창사 이래 처음으로 외부 인사를 대표로 영입했다."), act)
'yes'
>>> first_stated(sentence_tokens("외부에서 대표를 영입한 것은 처음이 아니다."), act)
'no'
>>> first_stated(sentence_tokens("외부에서 대표를 영입했다."), act) is None
True
"""

from __future__ import annotations

from .asked_clause import about_or_left
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import Token, base_tag

__all__ = ["first_act", "first_stated", "first_verdict"]

#: the best sentences read (retrieval puts the answering one first)
_TOP = 3
#: the tags of the act's words
_CONTENT = frozenset({"NNG", "NNP", "SL", "VV", "VA", "XR"})
#: light verbs and copulas are no part of the act
_LIGHT = frozenset({"하", "되", "있", "이", "않", "없"})
#: how many morphemes after the first-time noun its denial may stand ("처음/이/아니")
_DENIAL_REACH = 3


def _table() -> dict:
    return resource_table("yes_no_claims.toml")["first_time"]


def _first_at(t: Token) -> bool:
    table = _table()
    return (t.tag == "NNG" and t.form in table["nouns"]) or (
        t.tag == "MM" and t.form in table["determiners"]
    )


def first_act(toks: list[Token], after: int) -> list[str]:
    """The words of the act a question calls the first, written after character ``after`` (its
    last name's end); [] when it asks no first."""
    toks = list(toks)
    if not any(_first_at(t) for t in toks):
        return []
    frame = set(_table()["frame"])
    return [
        t.form
        for t in toks
        if t.start >= after
        and base_tag(t.tag) in _CONTENT
        and t.form not in frame | _LIGHT
        and len(t.form) >= 2 - (base_tag(t.tag) in {"VV", "VA", "NNG"})
    ]


def first_stated(toks: list[Token], act: list[str]) -> str | None:
    """ "yes" when the sentence writes the act (every word but one, the last always) and calls
    it a first, "no" when it denies that, None when it says neither."""
    forms = [t.form for t in toks]
    written = [w for w in act if w in forms]
    if not act or act[-1] not in forms or len(written) < len(act) - 1:
        return None
    negation = set(_table()["negation"])
    for i, t in enumerate(toks):
        if _first_at(t):
            denied = {x.form for x in toks[i + 1 : i + 1 + _DENIAL_REACH]} & negation
            return "no" if denied else "yes"
    return None


def first_verdict(
    q: Question, hits: list[Hit], subject: tuple[str, list[str], str] | None
) -> tuple[str, Hit] | None:
    """("yes" | "no", the sentence) for a question asking whether an act was a first, from the
    best sentence about the question's ``subject`` (id, aliases, type; or leaving it to the
    topic) that writes the act and calls it a first or denies that; None when none does."""
    act = first_act(q.tokens, max((e for _, e in q.spans), default=0))
    if not act:
        return None
    for h in hits[:_TOP]:
        if subject is not None and not about_or_left(h, *subject):
            continue
        verdict = first_stated(sentence_tokens(h.text), act)
        if verdict is not None:
            return verdict, h
    return None
