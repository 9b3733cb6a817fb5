"""The date of the event a "언제" question asks by its verb: "코드나래 서비스 언제 끝나?" is
answered by the date written with the verb of that event in the text ("다음 달 31일 서비스를
종료한다"), not by the date of another event of the same company ("2019년 … 세운 회사로"), and
"복합환승센터는 언제 착공하나?" by "내년 말에 착공해", not by "2019년 말에는 공사를 마칠".
Of several dates of the event's verbs, those of the sentences writing all the question's nouns
("서비스를 종료한다" for "서비스 언제 끝나?", not "공사를 마칠").
News writes the event in other words than the question; which verbs state the same event is
data: resources/answer_types.toml ``[asked_events] alike``.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> asked_verb(tokens_of(kiwi().tokenize("코드나래 서비스 언제 끝나?")), 2)
'끝나'
>>> asked_verb(tokens_of(kiwi().tokenize("출시는 언제인가?")), 2)
''
>>> asked_verb(tokens_of(kiwi().tokenize("달걀값 언제쯤 안정된대?")), 2)
'안정'
>>> sorted(alike_verbs("끝나"))[:3]
['끝나', '끝내', '닫']
"""

from __future__ import annotations

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .event_dates import first_predicate, noun_after, writes_named
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .resource_tables import resource_table
from .spans import Token

__all__ = ["alike_verbs", "asked_verb", "verb_dated"]


def asked_verb(tokens: list[Token], wh_i: int) -> str:
    """The verb right after 언제 ("언제 끝나?" -> 끝나, "언제 착공하나?" -> 착공); "" when the
    question's predicate is the copula ("출시는 언제인가?") or no verb follows."""
    if wh_i < 0:
        return ""
    if wh_i + 1 < len(tokens) and tokens[wh_i + 1].tag == "XSN":
        wh_i += 1  # "언제쯤 안정된대?": 쯤 is 언제's
    stem, at = first_predicate(tokens, wh_i)
    return stem if at == wh_i + 1 or (at == wh_i + 2 and tokens[wh_i + 1].tag == "NNG") else ""


def alike_verbs(verb: str) -> frozenset[str]:
    """``verb`` and the verbs that state the same event ([asked_events] alike)."""
    groups = resource_table("answer_types.toml")["asked_events"]["alike"]
    return frozenset({verb, *(w for g in groups if verb in g for w in g)})


def _stated_with(
    tokens: list[Token], first: int, last: int, verbs: frozenset[str], said_ok: bool
) -> bool:
    """The date at tokens ``first``..``last`` is written with a verb of ``verbs``: the first
    predicate after it, or, when a verb of saying follows and ``said_ok`` (the sentence writes
    no date before it: "시작한다고 1일 밝혔다" after "다음 달 16일부터" is when it was said),
    the one right before it ("윤슬 3.5를 공개했다고 2025년 12월 2일 밝혔다")."""
    stem, _ = first_predicate(tokens, last)
    if stem in verbs:
        return True
    if not said_ok or stem not in answer_type_tables()["event_dates"]["saying"]:
        return False
    for i in range(first - 1, -1, -1):  # the predicate right before the date
        if tokens[i].tag.startswith(("VV", "XSV")):
            made = tokens[i].tag.startswith("XSV") and i > 0
            return (tokens[i - 1].form if made else tokens[i].form) in verbs
    return False


def verb_dated(
    q: Question, asked: Asked, ri: ReaderInput, cands: list[Candidate]
) -> list[Candidate]:
    """The dates whose predicate states the event the question asks by its verb, with the
    belief of the others, and of those the sentences writing all the question's nouns;
    ``cands`` unchanged when the question asks by no verb or no date is written with one of
    its verbs.  (The question's own verb is not put first: news writes "열렸나" as "이사회를
    열어" and "나왔나" as "출시한", while "나왔다고" may be another clause's.)"""
    verb = asked_verb(q.tokens, asked.wh_index) if asked.wh == "언제" else ""
    if not verb:
        return cands
    verbs = alike_verbs(verb)
    dates = [c for c in cands if c.span is not None and "cand=date" in c.features]

    def stated(c: Candidate) -> bool:
        alone = not any(d.passage == c.passage and d.span.end <= c.span.start for d in dates)
        toks = ri.passages[c.passage].tokens
        # "노을 차트는 … 2025년 1월 출시 이후 병원 30곳이 도입했다": the event's noun
        named = noun_after(toks, c.span.last) in verbs and writes_named(ri, c)
        return named or _stated_with(toks, c.span.first, c.span.last, verbs, alone)

    kept = [c for c in dates if stated(c)]
    # "서비스 언제 끝나?": of the dates of an end, the one of the sentence that writes the
    # service ("서비스를 종료한다"), no "공사를 마칠" of another thing
    nouns = [t.form for t in q.tokens if t.tag in {"NNG", "NNP"} and len(t.form) > 1]
    told = [c for c in kept if nouns and all(n in ri.passages[c.passage].text for n in nouns)]
    return believed(told or kept, cands) if kept else cands
