"""A start or an end asked is answered only by a date written as one.  "공동운항은 언제부터
시작되나?" is answered by the date news writes with 부터 ("다음 달 15일부터 좌석을 판매한다"),
not by the day it was announced ("협정을 맺었다고 4일 밝혔다"); "전속계약은 언제 끝나나?" by a
date written with 까지 or with a verb of ending ("2027년 3월까지", "내년 만료된다"), and by none
when the text writes no end: the year the group debuted is no end of its contract.

The words are data: resources/answer_types.toml ``[dates] range_words`` (부터, 까지), ``[asked_events]
alike`` (the verbs of a start and of an end) and ``[event_dates] starts`` (the nouns of a start).
"""

from __future__ import annotations

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .event_dates import asked_event, first_predicate
from .predicate_dates import alike_verbs, asked_verb
from .question import Question
from .range_ends import opens_period
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["bound_dated"]

#: a verb of each group the question's verb is looked up in ([asked_events] alike)
_START, _END = "시작", "끝나"
#: the words of a first before the event's noun: "첫 인도는 언제인가?" asks when the
#: deliveries start (Kiwi morphemes)
_FIRSTS = frozenset({"첫", "최초"})


def _asked_bound(q: Question, asked: Asked) -> str:
    """ "start", "end" or "" for what a 언제 question asks: 언제부터/언제까지 ("언제부터
    적용되나?" asks a start with any verb), or a verb or a noun of starting or ending ("언제
    끝나나?", "언제 시작되나?")."""
    if asked.wh == "when":
        return _glossed_bound(q)
    if asked.wh != "언제" or asked.wh_index < 0:
        return ""
    since, until = answer_type_tables()["dates"]["range_words"]
    toks = q.tokens
    after = toks[asked.wh_index + 1].form if asked.wh_index + 1 < len(toks) else ""
    verb = asked_verb(toks, asked.wh_index) or asked_event(toks)
    if after == until or (verb and verb in alike_verbs(_END)):
        return "end"
    starts = answer_type_tables()["event_dates"]["starts"]
    # "언제부터 건강보험이 적용되나?": 부터 asks the start whatever the verb
    if after == since or (verb and (verb in starts or verb in alike_verbs(_START))):
        return "start"
    if any(t.form in _FIRSTS for t in toks[: asked.wh_index]):
        return "start"  # "첫 인도는 언제인가?"
    return ""


def _glossed_bound(q: Question) -> str:
    """ "start", "end" or "" for an English "when" question by the Korean words its English
    is read as (search/english.py): "When does the codeshare start?" (시작, 부터) asks a
    start, "When does the contract expire?" (만료) an end; "" when it reads as both or
    neither."""
    since, until = answer_type_tables()["dates"]["range_words"]
    words = {t.form for t in q.tokens if not t.tag.startswith("S")}
    starts = {*answer_type_tables()["event_dates"]["starts"], *alike_verbs(_START), since}
    start = bool(words & starts)
    end = bool(words & {*alike_verbs(_END), until})
    return "start" if start and not end else "end" if end and not start else ""


def _written_as(c: Candidate, ri: ReaderInput, word: str, verbs: frozenset[str]) -> bool:
    """The date is written with ``word`` right after it ("15일부터"), opens a period whose end
    is written when ``word`` closes an end, or has one of ``verbs`` as its predicate ("내년
    만료된다")."""
    text = ri.passages[c.passage].text
    if text[c.span.end :].lstrip().startswith(word):
        return True
    if word == answer_type_tables()["dates"]["range_words"][1] and opens_period(
        text, c.span.start, c.span.end
    ):
        return True  # "A부터 B까지" read from A: its end is written (search/range_ends.py)
    stem, _ = first_predicate(ri.passages[c.passage].tokens, c.span.last)
    return stem in verbs


def bound_dated(
    q: Question, asked: Asked, ri: ReaderInput, cands: list[Candidate]
) -> list[Candidate]:
    """For a start: the dates written as one, and the candidates that are no date ("올해
    3분기"), with the belief of the dates dropped; for an end: the candidates written as one,
    none when no candidate is; ``cands`` unchanged when the question asks neither, or asks a
    start no date is written as."""
    bound = _asked_bound(q, asked)
    if not bound:
        return cands
    since, until = answer_type_tables()["dates"]["range_words"]
    if bound == "end":
        ends = alike_verbs(_END)
        ended = [c for c in cands if c.span is not None and _written_as(c, ri, until, ends)]
        # "언제 끝나나?" over a text that writes no end: its dates are of other events
        return believed(ended, cands) if ended else []
    verbs = alike_verbs(_START)
    dates = [c for c in cands if c.span is not None and "cand=date" in c.features]
    kept = [c for c in dates if _written_as(c, ri, since, verbs)]
    if not kept:
        # no date written as a start: at least none written as an end ("2031년까지 차례로
        # 이뤄진다" is when the deliveries end, not when they start)
        ended = [c for c in dates if _written_as(c, ri, until, frozenset())]
        kept = [c for c in dates if c not in ended] if ended else []
    if not kept:
        return cands
    return believed([c for c in cands if c in kept or c not in dates], cands)
