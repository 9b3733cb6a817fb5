"""An answer its sentence states as the question's own definition: "최대주주는 지분 41.2%를
가진 세진홀딩스다" for "세진케미칼의 최대주주는?", "문을 닫는 곳은 ... 노을스튜디오와 ... 블루핀치다"
for "문을 닫는 자회사는?".  The sentence's topic (its words before the first 은/는) restates
the question, and the answer is the complement of the copula that ends the sentence: the
sentence says the asked thing *is* the answer.  The reader's calibrated confidence often falls
below the no-answer line on such a sentence (its words are few and the answer sits far from
the question's names), so search/qa.py keeps the answer instead of withdrawing it.

A topic that holds a word the question does not ("승진한 임원은 14명이며" for "퇴임한 임원은
몇 명?") restates another question and keeps nothing.
"""

from __future__ import annotations

from .passages import sentence_tokens
from .question import Question
from .results import Answer

__all__ = ["defined_by_topic"]

#: tags of the topic's words that must all be the question's (Kiwi's "-R" of a regular
#: verb stripped); a number too ("3분기 매출은" is no answer to "2분기 매출은?")
_CONTENT = frozenset({"NNG", "NNP", "VV", "VA", "XR", "SL", "SH", "SN"})
#: nouns a topic names its thing by that the question names by its own kind ("문을 닫는
#: 곳은" for "문을 닫는 자회사는?")
_KIND_HEADS = frozenset({"곳", "것", "쪽", "이", "사람", "회사", "기업", "업체"})


def defined_by_topic(q: Question, ans: Answer) -> bool:
    """``ans`` (every item, for a list) is what its first evidence sentence defines the
    question's thing as (``states_as_topic``)."""
    if ans.method != "sentence" or not ans.answer or not ans.evidence:
        return False
    asked = {t.form.casefold() for t in q.tokens}
    return states_as_topic(asked, ans.evidence[0].text, ans.answer.split(", "))


def states_as_topic(asked: set[str], text: str, items: list[str]) -> bool:
    """Every item is written after the topic of ``text`` and one is the complement of the
    copula ending it ("A와 B다"); the topic holds only words of ``asked`` (the question's
    forms) and kind nouns.

    >>> q = {t.form for t in sentence_tokens("세진케미칼의 최대주주는 어디인가?")}
    >>> states_as_topic(q, "최대주주는 지분 41.2%를 가진 세진홀딩스다.", ["세진홀딩스"])
    True
    >>> states_as_topic(q, "2대 주주는 지분 11%를 가진 한빛캐피탈이다.", ["한빛캐피탈"])
    False
    >>> states_as_topic(q, "최대주주인 세진홀딩스는 지분을 늘렸다.", ["세진홀딩스"])
    False
    >>> q = {t.form for t in sentence_tokens("2분기 매출은 얼마인가?")}
    >>> states_as_topic(q, "3분기 매출은 120억 원이다.", ["120억 원"])
    False
    >>> states_as_topic(q, "2분기 매출은 120억 원이다.", ["120억 원"])
    True
    """
    if not items or any(item not in text for item in items):
        return False
    toks = sentence_tokens(text)
    if not any(_copula_ends_at(toks, text.rfind(item) + len(item)) for item in items):
        return False
    topic = next((i for i, t in enumerate(toks) if t.tag == "JX" and t.form in {"은", "는"}), -1)
    if topic <= 0 or any(toks[topic].end > text.rfind(item) for item in items):
        return False
    words = [t.form.casefold() for t in toks[:topic] if t.tag.split("-")[0] in _CONTENT]
    named = [w for w in words if w not in _KIND_HEADS]
    return bool(named) and all(w in asked for w in named)


def _copula_ends_at(toks, end: int) -> bool:
    """The copula glued at character ``end`` ends the sentence ("...세진홀딩스다.")."""
    for i, t in enumerate(toks[:-1]):
        if t.tag == "VCP" and t.start == end:
            rest = [r for r in toks[i + 1 :] if r.tag != "SF"]
            return len(rest) == 1 and rest[0].tag == "EF"
    return False
