"""What a yes/no question asks, beyond its names: which of its words is the predicate, and
whether it asks that the thing is already done.

"유담제약은 인수 후 큐비스바이오의 사명을 바꾸나?" asks about the name (사명 바꾸), not the
acquisition: a noun written right before a word of time (후, 뒤, 이후, 전) only says when.  The
relation the question's words suggest (ACQUIRED) is then not what is asked, and the graph's
acquisition edge says nothing of it.

"여지훈 대표는 이미 공식 취임했나?" asks that it is done: a sentence that states the predicate
without a past ending ("다음 달 초 ... 공식 취임한다", "취임할 예정이다") says not yet.

>>> from search.spans import tokens_of
>>> from kg.kiwi import kiwi
>>> def _toks(text): return tokens_of(kiwi().tokenize(text))
>>> sorted(timed_nouns(tokens_of(kiwi().tokenize("A는 인수 후 B의 사명을 바꾸나?"))))
['인수']
>>> q = tokens_of(kiwi().tokenize("여지훈 대표는 이미 공식 취임했나?"))
>>> not_yet(q, "여 대표는 다음 달 초 이사회를 거쳐 공식 취임한다.")
True
>>> not_yet(q, "여 대표는 지난 1일 공식 취임했다.")
False
>>> not_yet(tokens_of(kiwi().tokenize("A는 이미 인증을 받았나?")), "A는 인증을 신청할 예정이다.")
True

"곧바로 이용자에게 통지했어?" is answered no by "통지를 열흘 넘게 미뤄", "닷새가 지나서야
통지한": the sentence says it came late.

>>> delayed(_toks("A는 곧바로 회원들에게 알렸나?"), "A는 닷새가 지나서야 회원들에게 통지했다.")
True
>>> delayed(_toks("A는 곧바로 회원들에게 알렸나?"), "A는 당일 회원들에게 통지했다.")
False

"마르코 벨리니 부사장은 첫날 발표했나?" is answered no by "둘째 날에는 ... 벨리니 부사장이
... 발표한다": the sentence that states it names another day of the same count.

>>> other_ordinal("B는 첫날 발표했나?", "둘째 날에는 B가 발표한다.")
True
>>> other_ordinal("B는 첫날 발표했나?", "첫날이 아니라 둘째 날 B가 발표한다.")
True
>>> other_ordinal("B는 첫날 발표했나?", "첫날에는 B가 발표한다.")
False
>>> sorted(_ordinal_items("첫 주주총회는 둘째 날에 열린다"))
[('둘째', '날')]
"""

from __future__ import annotations

import functools
import itertools
import re

from kg.resources import resources

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .question import Question
from .spans import Token, base_tag

__all__ = ["asks_relation", "delayed", "not_yet", "other_ordinal", "timed_nouns"]

_NOUNS = {"NNG", "NNP"}
#: the morphemes that state a predicate in a question (the noun of 하다 counts: 취임)
_PREDICATE = {"NNG", "VV", "VA", "XR"}
#: endings that close the predicate's word: a past mark must come before them
_WORD_ENDS = {"EF", "EC", "ETM", "ETN"}


def timed_nouns(q_tokens: list[Token]) -> set[str]:
    """The question's nouns written right before a word of time ("인수 후", "합병 이후"):
    when the asked thing happens, not what is asked."""
    time_words = set(answer_type_tables()["yes_no"]["timed"])
    return {
        prev.form
        for prev, t in itertools.pairwise(q_tokens)
        if t.form in time_words and base_tag(prev.tag) in _NOUNS
    }


def asks_relation(q: Question) -> bool:
    """Whether a yes/no question asks its relation: a word of the relation's frame that it
    writes is not merely its time ("인수 후 ... 사명을 바꾸나?" does not ask 인수)."""
    frame = resources().frame_of.get(q.relation) if q.relation else None
    if frame is None:
        return bool(q.relation)
    words = set(frame.stems) | set(frame.nouns)
    written = {t.form for t in q.tokens if t.form in words}
    return not written or bool(written - timed_nouns(q.tokens))


def _asks_done(q_tokens: list[Token]) -> list[str]:
    """What a question asking that a thing is already done states it with: its predicate, then
    the object before it ("이미 ... 취임했나?": 취임; "이미 인증을 받았나?": 받, 인증); [] when
    it does not ask so."""
    table = answer_type_tables()["yes_no"]
    forms = [t.form for t in q_tokens]
    if not set(forms) & set(table["already"]):
        return []
    for i, t in enumerate(q_tokens):
        if t.tag == "EP" and t.form in table["past_marks"]:
            before = [k for k in range(i) if base_tag(q_tokens[k].tag) in _PREDICATE]
            if not before:
                return []
            k = before[-1]
            j = k - 1
            while j > 0 and q_tokens[j].tag == "MAG":
                j -= 1  # "실증을 이미 마쳤나?": the adverb stands between object and verb
            objects = [q_tokens[j - 1].form] if j >= 1 and q_tokens[j].tag == "JKO" else []
            return [q_tokens[k].form, *objects]
    return []


def not_yet(q_tokens: list[Token], text: str) -> bool:
    """A question asking that its predicate is already done, and a sentence that states it (or
    its object: "인증을 신청할 예정이다" for "이미 인증을 받았나?") without a past ending
    ("취임한다", "취임할 예정이다"): it is not done yet."""
    table = answer_type_tables()["yes_no"]
    toks = sentence_tokens(text)
    for asked in _asks_done(q_tokens):
        at = [i for i, t in enumerate(toks) if t.form == asked]
        if at:
            return not _past(toks[at[-1] + 1 :], table)
    return False


def _past(rest: list[Token], table: dict) -> bool:
    """A past mark before the first ending of the word (or phrase) ``rest`` continues."""
    for t in rest:
        if t.tag == "EP" and t.form in table["past_marks"]:
            return True
        if t.tag == "ETM" and t.form in table["past_adnominal"]:
            return True
        if t.tag in _WORD_ENDS:
            return False
    return False


@functools.lru_cache(maxsize=1)
def _ordinal_pattern() -> re.Pattern:
    t = answer_type_tables()["yes_no"]

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # the unit is a word of its own or takes a particle ("첫 주주총회" names no week), and is not
    # denied ("첫날이 아니라")
    return re.compile(
        rf"({alt(t['ordinals'])})\s?({alt(t['ordinal_units'])})"
        rf"(?=$|[^가-힣]|[{''.join(t['ordinal_particles'])}])(?![가-힣]*\s?아니)"
    )


def _ordinal_items(text: str) -> set[tuple[str, str]]:
    """The (ordinal, unit) pairs a text writes and does not deny ("둘째 날" -> (둘째, 날))."""
    return {(m.group(1), m.group(2)) for m in _ordinal_pattern().finditer(text)}


def other_ordinal(question: str, text: str) -> bool:
    """The question names one day (week, year) by its count ("첫날") and the sentence another of
    the same unit, not the question's ("둘째 날에는", "첫날이 아니라 둘째 날")."""
    asked = _ordinal_items(question)
    if not asked:
        return False
    stated = _ordinal_items(text)
    units = {u for _, u in asked}
    return not asked & stated and any(u in units for _, u in stated)


def delayed(q_tokens: list[Token], text: str) -> bool:
    """The question asks that it happened at once ("곧바로 통지했어?") and the sentence says it
    came late: a word of delay ("미루", "뒤늦") or "only after" ("지나서야", "뒤에야")."""
    table = answer_type_tables()["yes_no"]
    if not {t.form for t in q_tokens} & set(table["at_once"]):
        return False
    toks = sentence_tokens(text)
    if any(t.form in table["delay"] and base_tag(t.tag) in _PREDICATE for t in toks):
        return True
    pairs = {tuple(p) for p in table["only_after"]}
    return any((a.form, b.form) in pairs for a, b in itertools.pairwise(toks))
